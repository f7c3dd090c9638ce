#!/usr/bin/env bash
# Compares the routing core with the Boost Graph Library peer on the DIMACS New York road graph, interleaved.
#
# Builds the peer from ../shared/peers (beside the repository) into benchmarks/peers-build/ (git-ignored), builds
# `corridor` and the lean driver `corridor-dijkstra` in release mode, then runs, ROUNDS times in turn:
#   Boost CSR (one-to-all + the 1000 pairs), corridor-dijkstra with dijkstra, bidirectional and astar (same work),
#   and the peak-memory runs (load + one-to-all only) of Boost, corridor-dijkstra and `corridor bench`.
# Prints medians and ratios to Boost measured in the same rounds (the machine is noisy: only such ratios hold).
#
#   benchmarks/compare-peers.sh [ROUNDS]        # default 3 rounds; about a minute per round
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="$root/../shared"
rounds="${1:-3}"
build="$here/peers-build"
if [ ! -f "$shared/peers/bgl_dijkstra.cpp" ] || [ ! -f "$shared/data/dimacs/USA-road-d.NY.gr.gz" ]; then
    echo "compare-peers: ../shared/peers and ../shared/data/dimacs are needed beside the repository; nothing to compare." >&2
    exit 0
fi
mkdir -p "$build"
if [ ! -x "$build/bgl_dijkstra" ] || [ "$shared/peers/bgl_dijkstra.cpp" -nt "$build/bgl_dijkstra" ]; then
    echo "building the Boost peer (g++ -O2, as ../shared/peers/README.md says)" >&2
    g++ -O2 -std=c++17 -o "$build/bgl_dijkstra" "$shared/peers/bgl_dijkstra.cpp" -lz
fi
graph="$build/USA-road-d.NY.gr"
[ -f "$graph" ] || zcat "$shared/data/dimacs/USA-road-d.NY.gr.gz" > "$graph"
coordinates="$shared/data/dimacs/USA-road-d.NY.co.gz"
pairs="$shared/peers/ny_pairs.txt"

echo "building corridor and corridor-dijkstra (release)" >&2
(cd "$root" && swift build -c release --scratch-path .build-perf --product corridor >&2)
(cd "$here" && swift build -c release --scratch-path .build --product corridor-dijkstra >&2)
corridor="$root/.build-perf/release/corridor"
driver="$here/.build/release/corridor-dijkstra"

log="$build/compare-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "raw output: $log" >&2
rss() { /usr/bin/time -f "rss_kb=%M" "$@" 2>&1 >/dev/null | grep rss_kb | sed 's/rss_kb=//'; }
for round in $(seq 1 "$rounds"); do
    echo "round $round of $rounds" >&2
    {
        echo "round=$round engine=bgl"
        "$build/bgl_dijkstra" "$graph" --runs 5 --pairs "$pairs"
        for algorithm in dijkstra bidirectional astar; do
            echo "round=$round engine=corridor-$algorithm"
            "$driver" "$graph" --runs 5 --pairs "$pairs" --algorithm "$algorithm" --coordinates "$coordinates"
        done
        echo "round=$round rss bgl=$(rss "$build/bgl_dijkstra" "$graph" --runs 5)"
        echo "round=$round rss corridor-dijkstra=$(rss "$driver" "$graph" --runs 5)"
        echo "round=$round rss corridor-bench=$(rss "$corridor" bench --dimacs "$graph" --one-to-all 1 --runs 5)"
    } >> "$log"
done

python3 - "$log" <<'PY'
import re, statistics, sys
rows = {}   # (round, engine) -> dict
current = None
for line in open(sys.argv[1]):
    m = re.match(r"round=(\d+) engine=(\S+)", line)
    if m:
        current = (int(m.group(1)), m.group(2)); rows[current] = {}; continue
    m = re.match(r"round=(\d+) rss (\S+)=(\d+)", line)
    if m:
        rows.setdefault((int(m.group(1)), "rss"), {})[m.group(2)] = int(m.group(3)) / 1024; continue
    if current:
        for key, value in re.findall(r"(\w+)=([-\d.]+)", line):
            if line.startswith("one_to_all") and key == "checksum": key = "one_to_all_checksum"
            if line.startswith("p2p") and key == "checksum": key = "p2p_checksum"
            rows[current][key] = float(value)
rounds = sorted({r for r, _ in rows})
def per_round(engine, key): return [rows[(r, engine)][key] for r in rounds if key in rows.get((r, engine), {})]
def ratio(engine, key, base_engine, base_key=None):
    base_key = base_key or key
    return statistics.median(a / b for a, b in zip(per_round(engine, key), per_round(base_engine, base_key)))
med = lambda xs: statistics.median(xs) if xs else float("nan")
print(f"{len(rounds)} interleaved rounds; medians; ratios are medians of same-round ratios")
print(f"{'figure':44} {'Boost CSR':>10} {'corridor':>10} {'ratio':>7} {'goal':>6}")
def line(name, ours, boost, r, goal):
    print(f"{name:44} {boost:>10.2f} {ours:>10.2f} {r:>7.2f} {goal:>6}")
line("one-to-all from node 1, ms", med(per_round("corridor-dijkstra", "median_ms")), med(per_round("bgl", "median_ms")),
     ratio("corridor-dijkstra", "median_ms", "bgl"), "≤0.90")
line("p2p Dijkstra, 1000 pairs, ms per query", med(per_round("corridor-dijkstra", "mean_us")) / 1000,
     med(per_round("bgl", "mean_us")) / 1000, ratio("corridor-dijkstra", "mean_us", "bgl"), "≤0.85")
line("build graph from parsed arcs, ms", med(per_round("corridor-dijkstra", "build_ms")), med(per_round("bgl", "build_ms")),
     ratio("corridor-dijkstra", "build_ms", "bgl"), "≤1.00")
line("parse .gr text, ms (no goal)", med(per_round("corridor-dijkstra", "parse_ms")), med(per_round("bgl", "parse_ms")),
     ratio("corridor-dijkstra", "parse_ms", "bgl"), "–")
rss = lambda name: [rows[(r, "rss")][name] for r in rounds]
line("peak RSS load + one-to-all, MB (lean driver)", med(rss("corridor-dijkstra")), med(rss("bgl")),
     statistics.median(a / b for a, b in zip(rss("corridor-dijkstra"), rss("bgl"))), "≤1.25")
line("peak RSS, MB (`corridor bench --one-to-all`)", med(rss("corridor-bench")), med(rss("bgl")),
     statistics.median(a / b for a, b in zip(rss("corridor-bench"), rss("bgl"))), "–")
print()
print(f"{'against our one-way Dijkstra':44} {'one-way':>10} {'this':>10} {'ratio':>7} {'goal':>6}")
for engine, goal in (("corridor-bidirectional", "≤0.55"), ("corridor-astar", "≤0.60")):
    line(f"{engine[9:]} p2p, ms per query", med(per_round(engine, "mean_us")) / 1000,
         med(per_round("corridor-dijkstra", "mean_us")) / 1000, ratio(engine, "mean_us", "corridor-dijkstra"), goal)
    line(f"{engine[9:]} mean settled nodes", med(per_round(engine, "mean_settled")),
         med(per_round("corridor-dijkstra", "mean_settled")), ratio(engine, "mean_settled", "corridor-dijkstra"), "")
checks = {(e, k): {rows[(r, e)].get(k) for r in rounds} for e in ["bgl", "corridor-dijkstra", "corridor-bidirectional", "corridor-astar"]
          for k in ["one_to_all_checksum", "p2p_checksum"]}
print()
print("checksums: " + ", ".join(f"{e} {k.split('_')[0]} {'/'.join(str(int(x)) for x in sorted(v) if x is not None)}" for (e, k), v in checks.items()))
PY
