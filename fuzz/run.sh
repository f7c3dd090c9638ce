#!/usr/bin/env bash
# Fuzzes the readers of untrusted files with libFuzzer (Linux, Swift 6.1 or later), one harness after the other.
#
#   fuzz/run.sh SECONDS [HARNESS...]   fuzz each harness (dimacs, edges, network; default all) for SECONDS
#   fuzz/run.sh smoke                  run each harness once over its seed corpus (seconds, after the build)
#
# The sanitized build lives in fuzz/.build-fuzz (git-ignored), apart from the main build. Inputs the fuzzer finds
# go to .build-fuzz/corpus/HARNESS, crashes to .build-fuzz/artifacts/HARNESS/; the seeds in corpus/HARNESS are
# only read. Each run's log is .build-fuzz/HARNESS.log; the summary lines (executions, coverage, peak memory) are
# printed. Exits non-zero if a harness found a crash.
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:?usage: fuzz/run.sh SECONDS|smoke [dimacs|edges|network ...]}
shift
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(dimacs edges network)

flags=(--scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address)
swift build "${flags[@]}"
bin=$(swift build "${flags[@]}" --show-bin-path)

status=0
for harness in "${harnesses[@]}"; do
    work=.build-fuzz/corpus/$harness
    artifacts=.build-fuzz/artifacts/$harness/
    mkdir -p "$work" "$artifacts"
    options=(-max_len=8192 -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=10 -print_final_stats=1
             -artifact_prefix="$artifacts")
    if [ "$mode" = smoke ]; then
        options+=(-runs=0)
    else
        options+=(-max_total_time="$mode")
    fi
    echo "== $harness"
    if ! "$bin/fuzz-$harness" "${options[@]}" "$work" "corpus/$harness" > ".build-fuzz/$harness.log" 2>&1; then
        status=1
        grep -E "ERROR|SUMMARY|Fatal error|Test unit written" ".build-fuzz/$harness.log" || tail -20 ".build-fuzz/$harness.log"
    fi
    grep -E "^#[0-9]+ +(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss_mb" ".build-fuzz/$harness.log" | tail -3
done
exit $status
