#!/bin/sh
# What CI runs: `npm pack` (which builds the .wasm), install the tarball into a
# fresh temporary project, and run test/*.test.mjs there against the installed
# package, reading the repository's seed facts and symbol map.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$here" && npm pack --silent --pack-destination "$tmp" >/dev/null)
tarball=$(ls "$tmp"/migproc-*.tgz)
echo "tarball: $(basename "$tarball"), $(wc -c <"$tarball") bytes, $(tar -tzf "$tarball" | wc -l) files:" \
     "$(tar -tzf "$tarball" | sed 's|^package/||' | xargs)"
mkdir "$tmp/project" "$tmp/project/test"
cd "$tmp/project"
echo '{"name": "migproc-tarball-test", "private": true, "type": "module"}' >package.json
npm install --silent --no-audit --no-fund "$tarball"
cp "$here"/test/*.test.mjs test/
MIGPROC_SEED_FACTS=$root/tests/ffi/seed-facts.json MIGPROC_MAP=$root/lib/migproc.map \
    node --test test/*.test.mjs
