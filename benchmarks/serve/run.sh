#!/usr/bin/env bash
# The HTTP benchmark of `corridor serve` (see benchmarks/RESULTS.md): wrk on loopback, 30 s, 2 threads,
# 16 connections, GET /v1/route over 50 pairs in turn; then the whole-process time of `corridor route` for the
# same pairs, one process each. Needs a release build (`swift build -c release --product corridor`) and wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${CORRIDOR_BIN:-.build/release/corridor}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
export CORRIDOR_DB="$work/corridor.sqlite"
"$bin" serve --port 0 > "$work/serve.out" &
server=$!
for _ in $(seq 100); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
address=$(grep -o 'http://[^ ]*/' "$work/serve.out" | head -1)
echo "server: $address"
# Every pair must have a route (a 200), or the figures would mix in error answers.
origins="xian chongqing yiwu urumqi kashgar almaty zhengzhou chengdu wuhan beijing"
destinations="tehran baku tashkent moscow tbilisi"
for from in $origins; do
  for to in $destinations; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "${address}v1/route?from=$from&to=$to")
    [ "$status" = 200 ] || { echo "no 200 for $from → $to: $status"; exit 1; }
  done
done
wrk -t2 -c16 -d30s --latency -s benchmarks/serve/route-pairs.lua "$address" | tee "$work/wrk.txt"
kill -TERM "$server"; wait "$server" || true
# Whole process: start, open the database, load the network, plan, print JSON, exit; 50 pairs, medians.
times=()
for from in $origins; do
  for to in $destinations; do
    start=$(date +%s%N); "$bin" route --from "$from" --to "$to" --format json > /dev/null; end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "corridor route, whole process, %d runs: median %.1f ms, p90 %.1f ms\n", NR, a[int(NR/2)+1]/1000, a[int(NR*0.9)]/1000}'
