#!/bin/bash
# Regenerates the Swift resolver protocols of the subgraphs that use them.
set -euo pipefail
cd "$(dirname "$0")/.."
xpgraph=${XPGRAPH:-.build/debug/xpgraph}
for name in users auth forms gps; do
    "$xpgraph" codegen swift --schema "schema/$name.graphql" \
        --output "subgraphs/$name/Generated" --source-name "schema/$name.graphql"
done
