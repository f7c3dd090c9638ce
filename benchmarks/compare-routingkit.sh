#!/usr/bin/env bash
# Compares the contraction hierarchy with RoutingKit's on the DIMACS New York road graphs, interleaved.
#
# RoutingKit is not part of this repository. Build it yourself outside the repository (its own Makefile) together
# with a small driver that reads the plain .gr file, calls ContractionHierarchy::build(node_count, tail, head,
# weight), then answers the pairs with ContractionHierarchyQuery (get_distance, then get_node_path) and a 100 × 100
# matrix (pin_targets, run_to_pinned_targets), each RUNS times (its third argument; medians), printing the same
# key=value lines as our driver:
#   read_ms=… / build_ms=… up=… down=… / query_us=… path_us=… checksum=… / matrix_ms=…
# and pass its path as ROUTINGKIT_DRIVER. Also runs the Boost peer's text read (load_ms) for the database-load goal.
# A matrix takes about a millisecond: RUNS defaults to 11 so that its median is not the slower of two warm ones.
#
#   ROUTINGKIT_DRIVER=/path/to/rk_ch benchmarks/compare-routingkit.sh [ROUNDS] [RUNS]   # default 2 rounds, 11 runs
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="$root/../shared"
rounds="${1:-2}"
runs="${2:-11}"
for value in "$rounds" "$runs"; do
    [[ "$value" =~ ^[1-9][0-9]{0,3}$ ]] || { echo "ROUNDS and RUNS are whole numbers from 1 to 9999, not '$value'" >&2; exit 2; }
done
build="$here/peers-build"
peer="${ROUTINGKIT_DRIVER:?set ROUTINGKIT_DRIVER to the RoutingKit driver (see the comment at the top)}"
pairs="$shared/peers/ny_pairs.txt"
mkdir -p "$build"
if [ ! -x "$build/bgl_dijkstra" ] || [ "$shared/peers/bgl_dijkstra.cpp" -nt "$build/bgl_dijkstra" ]; then
    g++ -O2 -std=c++17 -o "$build/bgl_dijkstra" "$shared/peers/bgl_dijkstra.cpp" -lz
fi
echo "building corridor-ch (release)" >&2
(cd "$here" && swift build -c release --product corridor-ch >&2 && swift build -c release --product corridor-ch-load >&2)
ours="$here/.build/release/corridor-ch"
load="$here/.build/release/corridor-ch-load"
log="$build/routingkit-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "raw output: $log" >&2
rss() { /usr/bin/time -f "rss_kb=%M" "$@" 2>&1 | sed 's/^/  /'; }
for metric in d t; do
    graph="$build/USA-road-$metric.NY.gr"
    [ -f "$graph" ] || zcat "$shared/data/dimacs/USA-road-$metric.NY.gr.gz" > "$graph"
    database="$build/USA-road-$metric.NY.sqlite"
    # Made before the rounds: a load timed in the process that has just built and freed the hierarchy reuses its
    # memory and would read as faster than a user's first load.
    [ -f "$database" ] || "$load" "$graph" --pairs "$pairs" --db "$database" --runs 1 > /dev/null
    for round in $(seq 1 "$rounds"); do
        echo "$metric round $round of $rounds" >&2
        { echo "metric=$metric round=$round engine=corridor"; rss "$ours" "$graph" --pairs "$pairs" --runs "$runs"; } >> "$log"
        { echo "metric=$metric round=$round engine=routingkit"; rss "$peer" "$graph" "$pairs" "$runs"; } >> "$log"
        { echo "metric=$metric round=$round engine=corridor-db"; "$load" "$graph" --pairs "$pairs" --db "$database"; } >> "$log"
        { echo "metric=$metric round=$round engine=boost-read"; "$build/bgl_dijkstra" "$graph" --runs 1; } >> "$log"
    done
done
python3 - "$log" <<'PY'
import re, statistics, sys
rows, current = {}, None
for line in open(sys.argv[1]):
    m = re.match(r"metric=(\w) round=(\d+) engine=(\S+)", line)
    if m:
        current = (m.group(1), int(m.group(2)), m.group(3)); rows[current] = {}; continue
    if current:
        for key, value in re.findall(r"(\w+)=([-\d.]+)", line):
            rows[current].setdefault(key, []).append(float(value))
def value(metric, rnd, engine, key):
    values = rows.get((metric, rnd, engine), {}).get(key)
    return statistics.median(values) if values else None
for metric in "dt":
    rounds = sorted({r for m, r, _ in rows if m == metric})
    print(f"USA-road-{metric}.NY: {len(rounds)} interleaved rounds; medians; ratios are medians of same-round ratios")
    print(f"{'figure':34} {'RoutingKit':>11} {'corridor':>11} {'ratio':>7}")
    def line(name, key, peer_engine="routingkit", ours_engine="corridor", peer_key=None, scale=1.0):
        pairs = [(value(metric, r, ours_engine, key), value(metric, r, peer_engine, peer_key or key)) for r in rounds]
        pairs = [(a, b) for a, b in pairs if a is not None and b]
        if not pairs: return
        ours, peer = statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs)
        ratio = statistics.median(a / b for a, b in pairs)
        print(f"{name:34} {peer * scale:>11.2f} {ours * scale:>11.2f} {ratio:>7.2f}")
    line("build, s", "build_ms", scale=1e-3)
    line("query, distance only, us", "query_us")
    line("query with path, us", "path_us")
    line("100 x 100 matrix, ms", "matrix_ms")
    line("upward arcs", "up")
    line("downward arcs", "down")
    line("peak RSS, MB", "rss_kb", scale=1 / 1024)
    line("DB load vs Boost .gr read, ms", "db_load_ms", peer_engine="boost-read", ours_engine="corridor-db", peer_key="load_ms")
    checks = {e: value(metric, rounds[0], e, "checksum") for e in ("corridor", "routingkit", "corridor-db")}
    print("checksums (1000 pairs):", ", ".join(f"{e} {int(c) if c else c}" for e, c in checks.items()))
    print()
PY
