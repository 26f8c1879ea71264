#!/bin/sh
# Installs the build into a temporary DESTDIR and builds the pkg-config
# example against it, shared and static, as a user of the installed library
# would; then runs both.
# Usage: test-install.sh BUILD_ROOT SOURCE_ROOT PREFIX LIBDIR
set -eu
build=$1 source=$2 prefix=$3 libdir=$4
case $libdir in /*) ;; *) libdir=$prefix/$libdir ;; esac

command -v pkg-config >/dev/null || { echo "pkg-config not installed: skipped"; exit 77; }
command -v make >/dev/null || { echo "make not installed: skipped"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet

for f in "$prefix/include/migproc.h" "$libdir/libmigproc.so.1" "$libdir/libmigproc.a" \
         "$libdir/pkgconfig/migproc.pc" "$prefix/bin/migproc"; do
    test -e "$dest$f" || { echo "not installed: $f"; exit 1; }
done

cp "$source/examples/pkgconfig/main.c" "$source/examples/pkgconfig/Makefile" "$tmp/"
export PKG_CONFIG_PATH="$dest$libdir/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest"
export PKG_CONFIG_LIBDIR="$dest$libdir/pkgconfig"
echo "cflags: $(pkg-config --cflags migproc)  libs: $(pkg-config --libs migproc)"
make -s -C "$tmp" all static

expected="BZ CR GT HN MX PA SV"
shared=$(LD_LIBRARY_PATH="$dest$libdir" "$tmp/both-rcm-mirps" | cut -d' ' -f1 | sort | xargs)
static=$("$tmp/both-rcm-mirps-static" | cut -d' ' -f1 | sort | xargs)
fails=0
if [ "$shared" = "$expected" ]; then echo "ok   shared build: $shared"; else
    echo "FAIL shared build printed: $shared"; fails=$((fails + 1)); fi
if [ "$static" = "$expected" ]; then echo "ok   static build: $static"; else
    echo "FAIL static build printed: $static"; fails=$((fails + 1)); fi
if LD_LIBRARY_PATH="$dest$libdir" ldd "$tmp/both-rcm-mirps" | grep -q 'libmigproc.so.1'; then
    echo "ok   shared build links libmigproc.so.1"; else
    echo "FAIL shared build does not link libmigproc.so.1"; fails=$((fails + 1)); fi
if ldd "$tmp/both-rcm-mirps-static" | grep -q libmigproc; then
    echo "FAIL static build still needs libmigproc.so"; fails=$((fails + 1)); else
    echo "ok   static build needs no libmigproc.so"; fi
echo "$((4 - fails)) passed, $fails failed"
test "$fails" -eq 0
