#!/bin/sh
# Builds the libFuzzer targets (lexer, parser, validator, json) with swiftc, instrumented
# for libFuzzer and AddressSanitizer. SwiftPM is not used: its products need a main, and
# libFuzzer supplies its own.
#
# Usage: fuzz/build.sh [target...]   (default: all; binaries go to $FUZZ_OUT)
set -eu
# (ld.gold warns about every ASan helper symbol; those lines are dropped.)
root=$(cd "$(dirname "$0")/.." && pwd)
out=${FUZZ_OUT:-/tmp/xpgraph-fuzz}
mkdir -p "$out/modules"
flags="-O -g -sanitize=fuzzer,address -parse-as-library -enable-testing"
targets=${*:-lexer parser validator json}

if [ ! -f "$out/modules/libJSON.a" ] || [ -n "$(find "$root/Sources/JSON" -newer "$out/modules/libJSON.a")" ]; then
    echo "building JSON"
    (cd "$out/modules" && swiftc $flags -module-name JSON -emit-module -emit-library -static \
        -o libJSON.a "$root"/Sources/JSON/*.swift)
fi
if [ ! -f "$out/modules/libGraphQL.a" ] || [ -n "$(find "$root/Sources/GraphQL" "$out/modules/libJSON.a" -newer "$out/modules/libGraphQL.a")" ]; then
    echo "building GraphQL"
    (cd "$out/modules" && swiftc $flags -module-name GraphQL -emit-module -emit-library -static \
        -I . -o libGraphQL.a $(find "$root/Sources/GraphQL" -name '*.swift'))
fi
for target in $targets; do
    echo "building fuzz-$target"
    swiftc $flags -I "$out/modules" -L "$out/modules" -lGraphQL -lJSON -lm \
        -module-name Fuzz_$target "$root/fuzz/targets/$target.swift" -o "$out/fuzz-$target" \
        2>&1 | grep -v "Cannot export local symbol" || true
done
