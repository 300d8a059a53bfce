#!/bin/bash
# Builds XP Graph and runs the whole system with its embedded PostgreSQL and Redis.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/apt.sh
swift build -c release --product xpgraph
exec .build/release/xpgraph serve "$@"
