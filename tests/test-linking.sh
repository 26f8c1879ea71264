#!/bin/sh
# Every way users link libmigproc, each built in a temporary folder and run:
#   pkg-config, shared and static, against a DESTDIR install;
#   CMake through pkg_check_modules against the same install (when cmake is here);
#   a meson project using it as a subproject (dependency() falling back);
#   a plain `cc main.c lib/*.c` with no build system.
# Usage: test-linking.sh BUILD_ROOT SOURCE_ROOT PREFIX LIBDIR
set -eu
build=$1 source=$2 prefix=$3 libdir=$4
case $libdir in /*) ;; *) libdir=$prefix/$libdir ;; esac

for tool in pkg-config make cc; do
    command -v $tool >/dev/null || { echo "$tool not installed: skipped"; exit 77; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passes=0 fails=0
expected="BZ CR GT HN MX PA SV"
# check NAME COMMAND...: runs the program, compares the codes it prints.
check() {
    name=$1; shift
    got=$("$@" 2>&1 | cut -d' ' -f1 | sort | xargs) || true
    if [ "$got" = "$expected" ]; then
        echo "ok   $name"; passes=$((passes + 1))
    else
        echo "FAIL $name: printed '$got'"; fails=$((fails + 1))
    fi
}
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

# --- install into a DESTDIR ---------------------------------------------
dest=$tmp/dest
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet
for f in "$prefix/include/migproc.h" "$libdir/libmigproc.so.1" "$libdir/libmigproc.a" \
         "$libdir/pkgconfig/migproc.pc" "$prefix/bin/migproc"; do
    test -e "$dest$f" || fail "not installed: $f"
done
export PKG_CONFIG_PATH="$dest$libdir/pkgconfig" PKG_CONFIG_LIBDIR="$dest$libdir/pkgconfig"
export PKG_CONFIG_SYSROOT_DIR="$dest"
echo "pkg-config: $(pkg-config --cflags --libs migproc)"

# --- pkg-config and make, shared and static --------------------------------
mkdir "$tmp/pkgconfig"
cp "$source/examples/pkgconfig/main.c" "$source/examples/pkgconfig/Makefile" "$tmp/pkgconfig/"
if make -s -C "$tmp/pkgconfig" all static; then
    check "pkg-config, shared" env LD_LIBRARY_PATH="$dest$libdir" "$tmp/pkgconfig/both-rcm-mirps"
    check "pkg-config --static" "$tmp/pkgconfig/both-rcm-mirps-static"
    LD_LIBRARY_PATH="$dest$libdir" ldd "$tmp/pkgconfig/both-rcm-mirps" | grep -q libmigproc.so.1 ||
        fail "the shared build does not load libmigproc.so.1"
    ! ldd "$tmp/pkgconfig/both-rcm-mirps-static" | grep -q libmigproc ||
        fail "the static build still loads libmigproc"
else
    fail "make against pkg-config"
fi

# --- CMake, pkg_check_modules ----------------------------------------------
if command -v cmake >/dev/null; then
    mkdir -p "$tmp/examples"
    cp -r "$source/examples/cmake" "$source/examples/pkgconfig" "$tmp/examples/"
    if cmake -S "$tmp/examples/cmake" -B "$tmp/cmake-build" >"$tmp/cmake.log" 2>&1 &&
       cmake --build "$tmp/cmake-build" >>"$tmp/cmake.log" 2>&1; then
        check "CMake pkg_check_modules" env LD_LIBRARY_PATH="$dest$libdir" \
            "$tmp/cmake-build/both-rcm-mirps"
    else
        cat "$tmp/cmake.log"; fail "CMake build"
    fi
else
    echo "note: cmake not installed, the CMake consumer was not built"
fi

# --- meson subproject -------------------------------------------------------
unset PKG_CONFIG_PATH PKG_CONFIG_LIBDIR PKG_CONFIG_SYSROOT_DIR
mkdir -p "$tmp/sub/examples"
cp -r "$source/examples/meson-subproject" "$source/examples/pkgconfig" "$tmp/sub/examples/"
mkdir "$tmp/sub/examples/meson-subproject/subprojects"
ln -s "$source" "$tmp/sub/examples/meson-subproject/subprojects/libmigproc"
if meson setup --force-fallback-for=migproc "$tmp/sub-build" "$tmp/sub/examples/meson-subproject" \
        >"$tmp/sub.log" 2>&1 && ninja -C "$tmp/sub-build" >>"$tmp/sub.log" 2>&1; then
    check "meson subproject" "$tmp/sub-build/both-rcm-mirps"
else
    cat "$tmp/sub.log"; fail "meson subproject build"
fi

# --- no build system --------------------------------------------------------
if cc -std=c11 -O2 -I"$source/include" -o "$tmp/plain" "$source/examples/pkgconfig/main.c" \
        "$source"/lib/*.c; then
    check "cc main.c lib/*.c" "$tmp/plain"
else
    fail "plain cc build"
fi

echo "$passes passed, $fails failed"
test "$fails" -eq 0
