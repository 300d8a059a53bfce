#!/bin/bash
# Runs every test; the integration tests start their own PostgreSQL and Redis.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/apt.sh
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
exec swift test "$@"
