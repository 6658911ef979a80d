#!/usr/bin/env bash
# Benchmark of the consolidation run at province and national scale (run by hand, not by the tests).
# Usage: bench/run.sh            (from a fresh clone; builds the jar if needed)
#        BENCH_DIR=/tmp/b bench/run.sh   to keep the generated inputs elsewhere (default target/bench)
# Prints wall time, files/s, facts/s and peak RSS of a full and an incremental run, the time of a
# bare streaming parse of the same files, and the targets next to the figures. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JAR=$ROOT/target/cchc-rollup.jar
# runs are started as an analyst would: bin/cchc-rollup, with the class data sharing archive of target/app
LAUNCHER=$ROOT/bin/cchc-rollup
WORK=${BENCH_DIR:-$ROOT/target/bench}
TIME=/usr/bin/time

if [ ! -x "$TIME" ]; then
    echo "Installing GNU time (Debian package 'time')..."
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q time >/dev/null; else sudo apt-get install -y -q time >/dev/null; fi
fi
if [ ! -f "$JAR" ] || [ ! -f "$ROOT/target/app/cchc-rollup.jsa" ]; then
    echo "Building $JAR and target/app..."
    ./mvnw -q -B -ntp package -DskipTests
fi
mkdir -p "$WORK"

# generate DIR ARGS...: deterministic inputs, written once and reused
generate() {
    local dir=$1; shift
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        echo "Generating $dir ..."
        java -jar "$JAR" bench generate --output "$dir" "$@" >/dev/null
        touch "$dir/.complete"
    fi
}

# measure NAME HEAP ARGS...: runs bin/cchc-rollup ARGS under /usr/bin/time -v; sets WALL (s) and RSS (MB).
# With PLAIN_JAR=1 in the environment: java -jar target/cchc-rollup.jar instead.
measure() {
    local name=$1 heap=$2; shift 2
    local stats=$WORK/$name.time
    local start=("$LAUNCHER")
    if [ "${PLAIN_JAR:-0}" = 1 ]; then start=(java "-Xmx$heap" -jar "$JAR"); fi
    if ! JAVA_OPTS="-Xmx$heap" "$TIME" -v -o "$stats" "${start[@]}" "$@" >"$WORK/$name.log" 2>&1; then
        echo "FAILED: $name (see $WORK/$name.log)"; WALL=nan; RSS=nan; return 1
    fi
    WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$stats")
    RSS=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$stats")
}

files_in() { find "$1/reports" -type f | wc -l; }
facts_of() { grep -o 'Số liệu được chấp nhận: [0-9]*' "$1" | grep -o '[0-9]*$' || echo 0; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "nan" }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v != "nan" && v <= t) ? "đạt" : "KHÔNG ĐẠT" }'; }

# scale NAME HEAP: full run, incremental run with one new file, bare parse
scale() {
    local name=$1 heap=$2 input=$WORK/$1
    rm -rf "$WORK/$name-output" "$WORK/$name-data"
    find "$input/reports" -name '*bo-sung*' -delete
    local files; files=$(files_in "$input")

    measure "$name-full" "$heap" run --input "$input" --output "$WORK/$name-output" --data "$WORK/$name-data" || true
    FULL=$WALL; FULL_RSS=$RSS
    local facts; facts=$(facts_of "$WORK/$name-full.log")

    # one new file: a copy of the first workbook under another name (a resubmission)
    local first; first=$(find "$input/reports" -name '*.xlsx' | sort | head -1)
    # -p keeps the modification time: a file copied just now would wait for the stable-file rule
    cp -p "$first" "${first%.xlsx}_bo-sung.xlsx"
    measure "$name-incremental" "$heap" run --input "$input" --output "$WORK/$name-output" --data "$WORK/$name-data" || true
    INCR=$WALL; INCR_RSS=$RSS
    rm -f "${first%.xlsx}_bo-sung.xlsx"

    measure "$name-bare" "$heap" bench parse --input "$input" || true
    BARE=$WALL

    printf '\n== %s (%s files, %s facts, -Xmx%s, %s cores)\n' "$name" "$files" "$facts" "$heap" "$(nproc)"
    printf '  full run          %8s s   %6s files/s   %8s facts/s   peak RSS %s MB\n' \
        "$FULL" "$(div "$files" "$FULL")" "$(div "$facts" "$FULL")" "$FULL_RSS"
    printf '  incremental run   %8s s   (1 new file)                          peak RSS %s MB\n' "$INCR" "$INCR_RSS"
    printf '  bare parse        %8s s   (%s)\n' "$BARE" "$(grep -o 'bare-parse.*' "$WORK/$name-bare.log")"
    RATIO=$(div "$FULL" "$BARE")
    printf '  full / bare       %8s\n' "$RATIO"
}

generate "$WORK/province" --scale province
generate "$WORK/national" --scale national
if [ ! -f "$WORK/big/.complete" ]; then
    rm -rf "$WORK/big"; mkdir -p "$WORK/big/reports"
    echo "Generating a ~50 MB .xlsx ..."
    java -jar "$JAR" bench big-xlsx --output "$WORK/big/reports/lon.xlsx" >/dev/null
    touch "$WORK/big/.complete"
fi

# start-up: a run on an empty folder, with the launcher and with the plain jar
mkdir -p "$WORK/empty/reports"
rm -rf "$WORK/empty-data"
measure start 512m run --input "$WORK/empty" --output "$WORK/empty-output" --data "$WORK/empty-data" || true
START=$WALL
PLAIN_JAR=1 measure start-plain 512m run --input "$WORK/empty" --output "$WORK/empty-output" --data "$WORK/empty-data" || true
printf '\n== khởi động (chạy trên thư mục rỗng): %s s với bin/cchc-rollup, %s s với java -jar\n' "$START" "$WALL"

scale province 512m
scale national 512m
N_FULL=$FULL; N_INCR=$INCR; N_RATIO=$RATIO

measure big-xlsx 256m bench parse --input "$WORK/big" --threads 1 || true
BIG=$WALL; BIG_RSS=$RSS
printf '\n== một tệp .xlsx %s MB, -Xmx256m: %s s, peak RSS %s MB (%s)\n' \
    "$(( $(stat -c %s "$WORK/big/reports/lon.xlsx") / 1000000 ))" "$BIG" "$BIG_RSS" "$(grep -o 'bare-parse.*' "$WORK/big-xlsx.log" || echo thất bại)"

printf '\n== Mục tiêu                                   Đo được   Kết quả\n'
printf '  toàn quốc, chạy đầy đủ <= 30 s              %7s s   %s\n' "$N_FULL" "$(verdict "$N_FULL" 30)"
printf '  toàn quốc, <= 2 x đọc thô                   %7s x   %s\n' "$N_RATIO" "$(verdict "$N_RATIO" 2)"
printf '  chạy bổ sung 1 tệp <= 3 s                   %7s s   %s\n' "$N_INCR" "$(verdict "$N_INCR" 3)"
printf '  toàn quốc với -Xmx512m                      %9s   %s\n' "$([ "$N_FULL" != nan ] && echo xong || echo lỗi)" "$([ "$N_FULL" != nan ] && echo đạt || echo 'KHÔNG ĐẠT')"
printf '  tệp .xlsx 50 MB với -Xmx256m                %9s   %s\n' "$([ "$BIG" != nan ] && echo xong || echo lỗi)" "$([ "$BIG" != nan ] && echo đạt || echo 'KHÔNG ĐẠT')"
printf '\nChi tiết: %s/*.log, *.time\n' "$WORK"
