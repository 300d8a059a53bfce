#!/bin/bash
# Regenerates the Swift resolver protocols of the subgraphs and the XP frontend's
# TypeScript types and persisted-query manifest (codegen/client).
set -euo pipefail
cd "$(dirname "$0")/.."
xpgraph=${XPGRAPH:-.build/debug/xpgraph}
for name in users auth forms gps; do
    "$xpgraph" codegen swift --schema "schema/$name.graphql" \
        --output "subgraphs/$name/Generated" --source-name "schema/$name.graphql"
done
"$xpgraph" codegen client --schema schema/supergraph.graphql --operations schema/operations \
    --output codegen/client --scalar DateTime=string --scalar JSON=unknown
