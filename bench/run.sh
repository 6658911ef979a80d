#!/usr/bin/env bash
# Benchmark of the consolidation run at province and national scale (run by hand, not by the tests).
# Usage: bench/run.sh            (from a fresh clone; builds the jar if needed)
#        BENCH_DIR=/tmp/b bench/run.sh   to keep the generated inputs elsewhere (default target/bench)
#        BENCH_SCALES="many-files" bench/run.sh   only some inputs (province national many-files)
#        BENCH_APP=/path/to/other/build bench/run.sh   measure another build (its target/ and bin/)
#        BENCH_SKIP_BIG=1   without the 50 MB .xlsx
# Prints wall time, files/s, facts/s, peak RSS and the times by step of a full run, a run with nothing
# new and an incremental run, the time of a bare streaming parse of the same files (whole process), the
# ratios, and the targets next to the figures. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# BENCH_APP: another build's folder (its target/ and bin/) to measure instead, e.g. a build of main
APP=${BENCH_APP:-$ROOT}
JAR=$APP/target/cchc-rollup.jar
# runs are started as an analyst would: bin/cchc-rollup, with the class data sharing archive of target/app
LAUNCHER=$APP/bin/cchc-rollup
WORK=${BENCH_DIR:-$ROOT/target/bench}
TIME=/usr/bin/time

if [ ! -x "$TIME" ]; then
    echo "Installing GNU time (Debian package 'time')..."
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q time >/dev/null; else sudo apt-get install -y -q time >/dev/null; fi
fi
if [ ! -f "$JAR" ] || [ ! -f "$APP/target/app/cchc-rollup.jsa" ]; then
    [ "$APP" = "$ROOT" ] || { echo "No jar or target/app in $APP"; exit 1; }
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
        # reports as they would be on the night of a run: received earlier, not being copied right now
        find "$dir" -type f -exec touch -d '1 day ago' {} +
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

step() { grep -o "Step $2 COMPLETED in [0-9.]* s" "$WORK/$1.log" | grep -o '[0-9.]* s$' | grep -o '^[0-9.]*' || echo nan; }
part() { grep -o "Publish: $2 in [0-9.]* s" "$WORK/$1.log" | grep -o '[0-9.]* s$' | grep -o '^[0-9.]*' || echo nan; }
# steps NAME: one line of a run's times by step; start = the rest of the wall time (JVM, Spring, job launch, summary)
steps() {
    local scan read publish
    scan=$(step "$1" scan); read=$(step "$1" read); publish=$(step "$1" publish)
    printf 'start %s s, scan %s s, read %s s, publish %s s (load+score %s s, write %s s, swap %s s)' \
        "$(awk -v w="$WALL" -v a="$scan" -v b="$read" -v c="$publish" 'BEGIN { printf "%.1f", w - a - b - c }')" \
        "$scan" "$read" "$publish" "$(part "$1" 'facts loaded and scored')" "$(part "$1" 'outputs written')" \
        "$(part "$1" 'folders swapped')"
}

# scale NAME HEAP: full run, run with nothing new, incremental run with one new file, bare parse
scale() {
    local name=$1 heap=$2 input=$WORK/$1
    rm -rf "$WORK/$name-output" "$WORK/$name-data"
    find "$input/reports" -name '*bo-sung*' -delete
    local files; files=$(files_in "$input")
    local run=(run --input "$input" --output "$WORK/$name-output" --data "$WORK/$name-data")

    measure "$name-full" "$heap" "${run[@]}" || true
    FULL=$WALL; FULL_RSS=$RSS; FULL_STEPS=$(steps "$name-full"); READ=$(step "$name-full" read)
    local facts; facts=$(facts_of "$WORK/$name-full.log")

    measure "$name-unchanged" "$heap" "${run[@]}" || true
    # nothing new starts no job (the scan finds nothing before the job is launched): no step times
    SAME=$WALL; SAME_STEPS="no job launched"
    grep -q "Step scan COMPLETED" "$WORK/$name-unchanged.log" && SAME_STEPS=$(steps "$name-unchanged")

    # one new file: a copy of the first workbook under another name (a resubmission)
    local first; first=$(find "$input/reports" -name '*.xlsx' | sort | sed -n 1p)
    # -p keeps the modification time: a file copied just now would wait for the stable-file rule
    cp -p "$first" "${first%.xlsx}_bo-sung.xlsx"
    measure "$name-incremental" "$heap" "${run[@]}" || true
    INCR=$WALL; INCR_RSS=$RSS; INCR_STEPS=$(steps "$name-incremental")
    rm -f "${first%.xlsx}_bo-sung.xlsx"

    measure "$name-bare" "$heap" bench parse --input "$input" || true
    BARE=$WALL
    # the read step without its database (builds before 2026-12-05 lack this command)
    INTERP=nan
    if java -jar "$JAR" bench --help 2>/dev/null | grep -q interpret; then
        measure "$name-interpret" "$heap" bench interpret --input "$input" || true
        INTERP=$WALL
    fi

    printf '\n== %s (%s files, %s facts, -Xmx%s, %s cores)\n' "$name" "$files" "$facts" "$heap" "$(nproc)"
    printf '  full run          %8s s   %6s files/s   %8s facts/s   peak RSS %s MB\n' \
        "$FULL" "$(div "$files" "$FULL")" "$(div "$facts" "$FULL")" "$FULL_RSS"
    printf '                    %s\n' "$FULL_STEPS"
    printf '  nothing new       %8s s   %s\n' "$SAME" "$SAME_STEPS"
    printf '  incremental run   %8s s   (1 new file) peak RSS %s MB\n' "$INCR" "$INCR_RSS"
    printf '                    %s\n' "$INCR_STEPS"
    printf '  bare parse        %8s s   whole process (%s)\n' "$BARE" "$(grep -o 'bare-parse.*' "$WORK/$name-bare.log")"
    printf '  read, no database %8s s   whole process, files interpreted as the read step does (%s)\n' \
        "$INTERP" "$(grep -o 'interpret files.*' "$WORK/$name-interpret.log" 2>/dev/null || echo -)"
    RATIO=$(div "$FULL" "$BARE"); READ_RATIO=$(div "$READ" "$BARE")
    printf '  full / bare       %8s\n' "$RATIO"
    printf '  read step / bare  %8s\n' "$READ_RATIO"
    printf '  no database / bare %7s\n' "$(div "$INTERP" "$BARE")"
    # the generated inputs hold no error: a reject means the build measured is broken, and its times mean nothing
    local rejected interp_rejected
    rejected=$(grep -o 'bị từ chối: [0-9]*' "$WORK/$name-full.log" | grep -o '[0-9]*$' || echo 0)
    interp_rejected=$(grep -o 'interpret files.*rejects=[0-9]*' "$WORK/$name-interpret.log" 2>/dev/null \
        | grep -o 'rejects=[0-9]*' | grep -o '[0-9]*$' || echo 0)
    if [ "${rejected:-0}" != 0 ] || [ "${interp_rejected:-0}" != 0 ]; then
        printf '  CẢNH BÁO: %s số liệu bị từ chối khi chạy, %s khi đọc không CSDL; bộ dữ liệu đo không có lỗi nào:\n' \
            "${rejected:-0}" "${interp_rejected:-0}"
        printf '  bản dựng đang đo đọc sai, các số đo trên không dùng được\n'
    fi
}

SCALES=${BENCH_SCALES:-province national many-files}
for s in $SCALES; do generate "$WORK/$s" --scale "$s"; done
if [ -z "${BENCH_SKIP_BIG:-}" ] && [ ! -f "$WORK/big/.complete" ]; then
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

P_INCR=nan; N_FULL=nan; N_INCR=nan; N_RATIO=nan; M_RATIO=nan; M_READ=nan; M_INCR=nan; M_SAME=nan; M_RSS=nan
for s in $SCALES; do
    scale "$s" 512m
    case $s in
        province) P_INCR=$INCR ;;
        national) N_FULL=$FULL; N_INCR=$INCR; N_RATIO=$RATIO ;;
        many-files) M_RATIO=$RATIO; M_READ=$READ_RATIO; M_INCR=$INCR; M_SAME=$SAME; M_RSS=$FULL_RSS ;;
    esac
done

BIG=skipped; BIG_RSS=
if [ -z "${BENCH_SKIP_BIG:-}" ]; then
    measure big-xlsx 256m bench parse --input "$WORK/big" --threads 1 || true
    BIG=$WALL; BIG_RSS=$RSS
    printf '\n== một tệp .xlsx %s MB, -Xmx256m: %s s, peak RSS %s MB (%s)\n' \
        "$(( $(stat -c %s "$WORK/big/reports/lon.xlsx") / 1000000 ))" "$BIG" "$BIG_RSS" "$(grep -o 'bare-parse.*' "$WORK/big-xlsx.log" || echo thất bại)"
fi

printf '\n== Mục tiêu                                        Đo được   Kết quả\n'
printf '  toàn quốc, chạy đầy đủ <= 30 s                   %7s s   %s\n' "$N_FULL" "$(verdict "$N_FULL" 30)"
printf '  toàn quốc, <= 2 x đọc thô                        %7s x   %s\n' "$N_RATIO" "$(verdict "$N_RATIO" 2)"
printf '  nhiều tệp nhỏ, chạy đầy đủ <= 3 x đọc thô        %7s x   %s\n' "$M_RATIO" "$(verdict "$M_RATIO" 3)"
printf '  nhiều tệp nhỏ, bước đọc <= 2 x đọc thô           %7s x   %s\n' "$M_READ" "$(verdict "$M_READ" 2)"
printf '  tỉnh, chạy bổ sung 1 tệp <= 3 s                  %7s s   %s\n' "$P_INCR" "$(verdict "$P_INCR" 3)"
printf '  nhiều tệp nhỏ, chạy bổ sung 1 tệp <= 5 s         %7s s   %s\n' "$M_INCR" "$(verdict "$M_INCR" 5)"
printf '  nhiều tệp nhỏ, không có gì mới <= 2 s            %7s s   %s\n' "$M_SAME" "$(verdict "$M_SAME" 2)"
printf '  nhiều tệp nhỏ với -Xmx512m (peak RSS %s MB)     %9s   %s\n' "$M_RSS" "$([ "$M_RATIO" != nan ] && echo xong || echo lỗi)" "$([ "$M_RATIO" != nan ] && echo đạt || echo 'KHÔNG ĐẠT')"
if [ "$BIG" = skipped ]; then
    printf '  tệp .xlsx 50 MB với -Xmx256m                     %9s\n' "bỏ qua"
else
    printf '  tệp .xlsx 50 MB với -Xmx256m                     %9s   %s\n' "$([ "$BIG" != nan ] && echo xong || echo lỗi)" "$([ "$BIG" != nan ] && echo đạt || echo 'KHÔNG ĐẠT')"
fi
printf '\nChi tiết: %s/*.log, *.time\n' "$WORK"
