#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the integration tests and prints the JDBC URL to export
# as CCHC_TEST_PG_URL. The cluster lives in its own directory, listens on 127.0.0.1 only and never
# touches the system's clusters or their configuration. Installs PostgreSQL from the Debian
# packages when it is missing (needs root). Exits non-zero when PostgreSQL cannot be made available.
#
#   .ci/postgres.sh         start, print the URL
#   .ci/postgres.sh stop    stop the cluster started before and remove its directory
set -euo pipefail
STATE=${CCHC_PG_STATE:-/tmp/cchc-ci-postgres}
PORT=${CCHC_PG_PORT:-55432}
DB=cchc_test
USER_NAME=cchc
PASSWORD=cchc

# initdb and postgres refuse to run as root: run them as the postgres user then.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-start}" = stop ]; then
    if [ -d "$STATE/data" ]; then
        as_owner "$(cat "$STATE/bin")/pg_ctl" -D "$STATE/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$STATE"
    exit 0
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
fi
BIN=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -1)/bin

if [ -d "$STATE/data" ]; then "$0" stop; fi
mkdir -p "$STATE"
echo "$BIN" > "$STATE/bin"
if [ "$(id -u)" = 0 ]; then chown postgres "$STATE"; fi
as_owner "$BIN/initdb" -D "$STATE/data" -U postgres -A trust -E UTF8 --no-locale >&2
as_owner "$BIN/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$STATE" start >&2

psql_admin() { as_owner psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qAtc "$1"; }
psql_admin "create role $USER_NAME login password '$PASSWORD'" >&2
psql_admin "create database $DB owner $USER_NAME" >&2
echo "jdbc:postgresql://127.0.0.1:$PORT/$DB?user=$USER_NAME&password=$PASSWORD"
