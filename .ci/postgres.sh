#!/usr/bin/env bash
# Starts PostgreSQL from the Debian packages on 127.0.0.1:5432 with a database and user for the
# integration tests, and prints the JDBC URL to export as CCHC_TEST_PG_URL. Installs it if missing
# (needs root). Exits non-zero when PostgreSQL cannot be made available.
set -euo pipefail
DB=cchc_test
USER_NAME=cchc
PASSWORD=cchc

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
fi
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q "^$VERSION main"; then
    pg_createcluster "$VERSION" main >&2
fi
# loopback only
pg_conftool "$VERSION" main set listen_addresses 127.0.0.1 >&2
if ! pg_lsclusters -h | grep -q "^$VERSION main .* online"; then
    pg_ctlcluster "$VERSION" main start >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi; }
for i in $(seq 1 30); do as_postgres psql -p "$PORT" -qAtc 'select 1' >/dev/null 2>&1 && break; sleep 1; done
if [ "$(as_postgres psql -p "$PORT" -qAtc "select 1 from pg_roles where rolname = '$USER_NAME'")" != 1 ]; then
    as_postgres psql -p "$PORT" -qc "create role $USER_NAME login password '$PASSWORD'" >&2
fi
if [ "$(as_postgres psql -p "$PORT" -qAtc "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
    as_postgres psql -p "$PORT" -qc "create database $DB owner $USER_NAME" >&2
fi
echo "jdbc:postgresql://127.0.0.1:$PORT/$DB?user=$USER_NAME&password=$PASSWORD"
