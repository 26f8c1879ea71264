#!/bin/sh
# Every way users link libmigproc, each built in a temporary folder and run:
#   pkg-config, shared and static, against a DESTDIR install;
#   CMake through pkg_check_modules, and through find_package(migproc CONFIG),
#   against the same install (when cmake is here);
#   a meson project using it as a subproject (dependency() falling back), and
#   the README's snippet as written, which gives the parent no test, benchmark,
#   fuzz or documentation target and installs only the library it needs;
#   a plain `cc main.c lib/*.c` with no build system.
# Also: the installed man pages (man migproc_find, man -k migproc) when man-db
# is here.
# Usage: test-linking.sh BUILD_ROOT SOURCE_ROOT PREFIX LIBDIR MANDIR
set -eu
build=$1 source=$2 prefix=$3 libdir=$4 mandir=${5:-share/man}
case $libdir in /*) ;; *) libdir=$prefix/$libdir ;; esac
case $mandir in /*) ;; *) mandir=$prefix/$mandir ;; esac

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
for f in "$libdir/cmake/migproc/migprocConfig.cmake" \
         "$libdir/cmake/migproc/migprocConfigVersion.cmake"; do
    test -e "$dest$f" || fail "not installed: $f"
done
# The installed static archive defines no global symbol but migproc_*.
leaked=$(nm -g --defined-only "$dest$libdir/libmigproc.a" | awk 'NF == 3 && $3 !~ /^migproc_/ { print $3 }' | xargs)
if [ -z "$leaked" ] && nm -g --defined-only "$dest$libdir/libmigproc.a" | grep -q ' T migproc_find$'; then
    echo "ok   libmigproc.a: only migproc_* global"; passes=$((passes + 1))
else
    fail "libmigproc.a defines global symbols outside migproc_*: $leaked"
fi
# A man page for every function the header declares, found by man and
# listed by man -k once mandb has indexed them (no Doxygen involved).
if command -v mandb >/dev/null && command -v man >/dev/null; then
    mandb -q "$dest$mandir" >/dev/null 2>&1 || true
    listed=$(MANPATH="$dest$mandir" man -k migproc 2>/dev/null | awk '{ print $1 }' | sort -u)
    missing=""
    for f in $(sed -n 's/^MIGPROC_API [^;(]*[ *]\(migproc_[a-z0-9_]*\)(.*/\1/p' "$source/include/migproc.h"); do
        echo "$listed" | grep -qx "$f" || missing="$missing $f"
    done
    if [ -z "$missing" ] && MANPATH="$dest$mandir" MANWIDTH=80 man migproc_find 2>/dev/null |
            grep -q 'migproc_id migproc_find(const char \*key);'; then
        echo "ok   man migproc_find; man -k migproc lists $(echo "$listed" | wc -l) pages"
        passes=$((passes + 1))
    else
        fail "man pages: not listed by man -k:$missing"
    fi
else
    echo "note: man-db not installed, the man pages were not looked up"
fi
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
    cp -r "$source/examples/cmake-config" "$tmp/examples/"
    if cmake -S "$tmp/examples/cmake-config" -B "$tmp/cmake-config-build" \
            -DCMAKE_PREFIX_PATH="$dest$prefix" >"$tmp/cmake-config.log" 2>&1 &&
       cmake --build "$tmp/cmake-config-build" >>"$tmp/cmake-config.log" 2>&1; then
        check "CMake find_package(migproc CONFIG)" env LD_LIBRARY_PATH="$dest$libdir" \
            "$tmp/cmake-config-build/both-rcm-mirps"
        check "CMake find_package(migproc CONFIG), migproc::static" \
            "$tmp/cmake-config-build/both-rcm-mirps-static"
    else
        cat "$tmp/cmake-config.log"; fail "CMake find_package build"
    fi
    # A version the installed package is not compatible with is refused.
    sed 's/find_package(migproc 1\.0 /find_package(migproc 2.0 /' \
        "$source/examples/cmake-config/CMakeLists.txt" >"$tmp/examples/cmake-config/CMakeLists.txt"
    if cmake -S "$tmp/examples/cmake-config" -B "$tmp/cmake-config-v2" \
            -DCMAKE_PREFIX_PATH="$dest$prefix" >"$tmp/cmake-config-v2.log" 2>&1; then
        fail "find_package(migproc 2.0) accepted the installed package"
    else
        echo "ok   find_package(migproc 2.0) refused"; passes=$((passes + 1))
    fi
else
    echo "note: cmake not installed, the CMake consumers were not built"
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
# The README's snippet as written, in a parent that installs its program: the
# parent gets no test, benchmark or target of libmigproc's own (bench, fuzz,
# docs, the CLI), and its install holds the program and the library it loads.
mkdir -p "$tmp/parent/subprojects"
cp "$source/examples/pkgconfig/main.c" "$tmp/parent/"
ln -s "$source" "$tmp/parent/subprojects/libmigproc"
printf '%s\n' "project('parent', 'c', meson_version: '>= 1.0')" \
    "migproc = dependency('migproc', fallback: ['libmigproc', 'migproc_dep'])" \
    "executable('both-rcm-mirps', 'main.c', dependencies: migproc, install: true)" \
    >"$tmp/parent/meson.build"
if meson setup --force-fallback-for=migproc "$tmp/parent-build" "$tmp/parent" \
        >"$tmp/parent.log" 2>&1 && ninja -C "$tmp/parent-build" >>"$tmp/parent.log" 2>&1; then
    check "meson subproject, the README's snippet" "$tmp/parent-build/both-rcm-mirps"
    if python3 "$source/tests/check-subproject.py" "$tmp/parent-build" "$tmp/parent-dest"; then
        echo "ok   meson subproject: nothing of its own in the parent"; passes=$((passes + 1))
    else
        fail "meson subproject: the parent gets more than the library"
    fi
else
    cat "$tmp/parent.log"; fail "meson subproject (the README's snippet) build"
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
