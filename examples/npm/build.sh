#!/bin/sh
# Builds the library's WebAssembly module (examples/wasm) and puts it beside
# migproc.js, with the licence and the data notice (COPYING and NOTICE: whoever
# ships the tables ships both); `npm pack` runs this first (prepack).
# Needs meson, ninja, clang, lld and llvm (Debian: meson ninja-build clang lld llvm).
# The build directory is build-wasm at the top of the tree, or $MIGPROC_WASM_BUILD.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${MIGPROC_WASM_BUILD:-$root/build-wasm}
if [ ! -f "$build/build.ninja" ]; then
    (cd "$root" && meson setup "$build" --cross-file examples/wasm/cross/wasm32.ini >/dev/null)
fi
ninja -C "$build" >/dev/null
cp "$build/examples/wasm/migproc.wasm" "$here/migproc.wasm"
cp "$root/COPYING" "$here/LICENSE"
cp "$root/NOTICE" "$here/NOTICE"
echo "examples/npm/migproc.wasm: $(wc -c <"$here/migproc.wasm") bytes"
