#!/usr/bin/env bash
# The public federation gateway benchmark's workload through the XP Graph gateway.
#
# Builds release, starts the benchmark's four subgraphs (xpgraph bench-subgraphs)
# and the gateway composed from them, checks the response against
# expected-response.json, then drives request.json with `xpgraph bench` and
# prints requests/s, latency percentiles, response size, the ratio to the
# published anchor, and the CPU time each process spent per request.
#
# Usage: bench/gateway/run.sh [--duration 60] [--concurrency 50] [--pin] [--jemalloc]
#                             [--no-build]
#   --pin       gateway on CPU 0, subgraphs and load generator on CPU 1 (taskset)
#   --jemalloc  gateway and subgraphs use jemalloc (LD_PRELOAD of Debian's libjemalloc2)
#               instead of glibc's malloc
# Environment: PORT_BASE (4201), GATEWAY_PORT (4200), ANCHOR (1833), XPGRAPH (the binary
# to measure, .build/release/xpgraph by default; set it with --no-build).
set -euo pipefail

cd "$(dirname "$0")/../.."
here=bench/gateway
duration=60
concurrency=50
pin=false
build=true
allocator=()
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) duration="$2"; shift 2 ;;
        --concurrency) concurrency="$2"; shift 2 ;;
        --pin) pin=true; shift ;;
        --jemalloc) allocator=(env LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2); shift ;;
        --no-build) build=false; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
port_base=${PORT_BASE:-4201}
gateway_port=${GATEWAY_PORT:-4200}
anchor=${ANCHOR:-1833}
scratch=$(mktemp -d)

if $build; then swift build -c release --product xpgraph; fi
xpgraph=${XPGRAPH:-.build/release/xpgraph}

gateway_cpus=()
others_cpus=()
if $pin; then
    gateway_cpus=(taskset -c 0)
    others_cpus=(taskset -c 1)
fi

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

wait_for() {
    for _ in $(seq 1 100); do
        if curl -sf "$1" >/dev/null; then return 0; fi
        sleep 0.1
    done
    echo "$1 did not come up" >&2
    exit 1
}

"${others_cpus[@]}" "${allocator[@]}" "$xpgraph" bench-subgraphs --port-base "$port_base" \
    --sdl-dir "$here/sdl-fed1" >"$scratch/subgraphs.log" 2>&1 &
subgraphs_pid=$!
pids+=("$subgraphs_pid")
names=(accounts inventory products reviews)
specs=()
for i in 0 1 2 3; do
    port=$((port_base + i))
    wait_for "http://127.0.0.1:$port/health"
    specs+=(--subgraph "${names[$i]}=http://127.0.0.1:$port/graphql")
done

"${gateway_cpus[@]}" "${allocator[@]}" "$xpgraph" gateway --host 127.0.0.1 --port "$gateway_port" "${specs[@]}" \
    >"$scratch/gateway.log" 2>&1 &
gateway_pid=$!
pids+=("$gateway_pid")
wait_for "http://127.0.0.1:$gateway_port/health"
url="http://127.0.0.1:$gateway_port/graphql"

curl -sf "$url" -H 'Content-Type: application/json' --data-binary "@$here/request.json" \
    -o "$scratch/response.json"
if cmp -s "$scratch/response.json" "$here/expected-response.json"; then
    echo "response: identical to $here/expected-response.json ($(wc -c <"$scratch/response.json") bytes)"
else
    echo "response differs from $here/expected-response.json" >&2
    exit 1
fi

cpu_seconds() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / tck }' "/proc/$1/stat"; }
gateway_before=$(cpu_seconds "$gateway_pid")
subgraphs_before=$(cpu_seconds "$subgraphs_pid")

"${others_cpus[@]}" "$xpgraph" bench --url "$url" --body "$here/request.json" \
    --concurrency "$concurrency" --duration "$duration" --anchor "$anchor" | tee "$scratch/bench.txt"

gateway_after=$(cpu_seconds "$gateway_pid")
subgraphs_after=$(cpu_seconds "$subgraphs_pid")
requests=$(awk '/^requests:/ { print $2 }' "$scratch/bench.txt")
python3 - "$requests" "$gateway_before" "$gateway_after" "$subgraphs_before" "$subgraphs_after" <<'EOF'
import sys
requests = int(sys.argv[1])
gateway = (float(sys.argv[3]) - float(sys.argv[2])) * 1000 / max(requests, 1)
subgraphs = (float(sys.argv[5]) - float(sys.argv[4])) * 1000 / max(requests, 1)
print(f"CPU per request: gateway {gateway:.2f} ms, subgraphs {subgraphs:.2f} ms")
print(f"gateway-bound capacity on 2 dedicated cores: {2000 / gateway:.0f} requests/s")
EOF
