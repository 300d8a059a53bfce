#!/bin/sh
# Runs each libFuzzer target for a while, one after another, starting from the committed
# corpus in fuzz/corpus/<target>/. New inputs go to $FUZZ_OUT/corpus/<target>/, crashes to
# $FUZZ_OUT/crashes/<target>/; a summary line per target is printed at the end. Leak
# detection is off: values kept in globals for the whole run (the schema) read as leaks.
#
# Usage: fuzz/run.sh [seconds per target, default 300] [target...]
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
out=${FUZZ_OUT:-/tmp/xpgraph-fuzz}
seconds=${1:-300}
[ $# -gt 0 ] && shift
targets=${*:-lexer parser validator json}
"$root/fuzz/build.sh" $targets || exit 1
# LeakSanitizer at exit counts values kept in globals (the schema) as leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
summary=""
for target in $targets; do
    mkdir -p "$out/corpus/$target" "$out/crashes/$target"
    log="$out/fuzz-$target.log"
    "$out/fuzz-$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
        -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix="$out/crashes/$target/" \
        -dict="$root/fuzz/graphql.dict" \
        "$out/corpus/$target" "$root/fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*')
    [ -z "$runs" ] && runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
    crashes=$(ls "$out/crashes/$target" | wc -l)
    summary="$summary$target: exit $status, $runs executions, $crashes crash files in $out/crashes/$target
"
done
printf '%s' "$summary"
