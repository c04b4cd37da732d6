#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package from a copy of the sources and checks it:
#   tests/package/check-package.sh               the package builds; lintian (no errors), desktop-file-validate and
#                                                appstreamcli validate pass; the contents are listed and checked;
#                                                one version everywhere; every shared library and QML module the
#                                                installed app loads belongs to a package its Depends names
#   tests/package/check-package.sh --clean-root  also installs it with apt-get into a clean Debian 12 root made by
#                                                debootstrap and runs --version, --export and --screenshot there
#                                                (needs root and Debian's mirror; several minutes)
# Environment: ATTENTION_PACKAGE_DIR (work folder, default a new temporary one), ATTENTION_CLEAN_ROOT (a debootstrap
# root to copy instead of making one), ATTENTION_MIRROR (default http://deb.debian.org/debian).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
clean_root=no
[ "${1:-}" = "--clean-root" ] && clean_root=yes
work=${ATTENTION_PACKAGE_DIR:-$(mktemp -d)}
mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

step "Sources copied to $work/src"
rm -rf "$work/src" && mkdir -p "$work/src"
if git -C "$here" rev-parse --git-dir >/dev/null 2>&1; then
    (cd "$here" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$work/src"
else
    tar -C "$here" --exclude=./build -cf - . | tar -xf - -C "$work/src"
fi

step "dpkg-buildpackage -b (the tests run separately: nocheck)"
rm -f "$work"/attention-explorer_*.deb "$work"/attention-explorer-dbgsym_*
(cd "$work/src" && DEB_BUILD_OPTIONS="nocheck parallel=$(nproc)" dpkg-buildpackage -b -us -uc >"$work/build.log" 2>&1) \
    || { tail -40 "$work/build.log"; fail "dpkg-buildpackage (log: $work/build.log)"; }
deb=$(ls "$work"/attention-explorer_*.deb)
echo "$deb"
dpkg-deb -I "$deb" | sed -n '/Package:/,$p'

step "Contents"
dpkg-deb -c "$deb" | awk '{print $1, $6}'
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
app_id=io.github.attention_explorer.AttentionExplorer
for path in ./usr/bin/attention-explorer ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/icons/hicolor/48x48/apps/$app_id.png ./usr/share/icons/hicolor/256x256/apps/$app_id.png \
    ./usr/share/man/man1/attention-explorer.1.gz ./usr/share/doc/attention-explorer/copyright \
    ./usr/share/doc/attention-explorer/changelog.gz; do
    grep -qxF "$path" <<<"$contents" || fail "the package has no $path"
done
echo "every expected file is there"

step "lintian"
lintian --fail-on error --info "$deb" | tee "$work/lintian.txt" || fail "lintian reports errors"
echo "lintian: no errors ($(grep -c '^W:' "$work/lintian.txt" || true) warnings)"

root="$work/root"
rm -rf "$root" && dpkg-deb -x "$deb" "$root"
step "desktop-file-validate and appstreamcli validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli validate"

step "One version"
cmake_version=$(sed -n 's/^project(attention-explorer VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")
deb_version=$(dpkg-deb -f "$deb" Version)
app_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/attention-explorer" --version | awk '{print $2}')
meta_version=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$root/usr/share/metainfo/$app_id.metainfo.xml" | head -1)
man_version=$(zcat "$root/usr/share/man/man1/attention-explorer.1.gz" | sed -n 's/^\.TH .*"attention-explorer \([^"]*\)".*/\1/p')
echo "CMake $cmake_version, package $deb_version, --version $app_version, AppStream $meta_version, man page $man_version"
for v in "$deb_version" "$app_version" "$meta_version" "$man_version"; do
    [ "$v" = "$cmake_version" ] || fail "version $v differs from CMake's $cmake_version"
done

step "What the installed app loads comes from a package its Depends names"
depends=$(dpkg-deb -f "$deb" Depends | tr ',|' '\n\n' | sed 's/(.*//; s/^ *//; s/ *$//' | grep -v '^$' | sort -u)
# the QML modules (QML_IMPORT_TRACE) and plugins (QT_DEBUG_PLUGINS: "loaded library") of every page, and the shared
# libraries the binary and those plugins link
loaded=$(
    export QT_QPA_PLATFORM=offscreen QML_IMPORT_TRACE=1 QT_DEBUG_PLUGINS=1
    for page in explore math heads learn; do
        "$root/usr/bin/attention-explorer" --screenshot "$work/trace-$page.png" --page "$page" 2>&1 \
            | sed -n 's|.*"\(/[^"]*/qmldir\)".*|\1|p; s|.*"\(/[^"]*\.so\)" loaded library.*|\1|p'
    done
)
loaded=$(for file in "$root/usr/bin/attention-explorer" $(grep '\.so$' <<<"$loaded" | sort -u); do
    ldd "$file" | grep -oE '/[^ ]+\.so[^ ]*'
done; echo "$loaded")
# a library may come from a package that a declared one depends on (ldd lists the whole chain): the closure
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances $depends | sed -n 's/^ *|\{0,1\}\(Pre\)\{0,1\}Depends: <\{0,1\}\([^ >:]*\).*/\2/p; s/^\([a-z0-9][^ :]*\).*/\1/p' \
    | sort -u)
undeclared=()
for file in $(sort -u <<<"$loaded"); do
    package=$(dpkg -S "$(readlink -f "$file")" 2>/dev/null || dpkg -S "$file" 2>/dev/null || true)
    package=${package%%:*}
    if [ -z "$package" ]; then
        undeclared+=("$file (no package)")
    elif ! grep -qxF "$package" <<<"$depends"$'\n'"$closure"; then
        undeclared+=("$file ($package)")
    fi
done
[ ${#undeclared[@]} -eq 0 ] || fail "loaded but not declared: ${undeclared[*]}"
echo "$(sort -u <<<"$loaded" | grep -c qmldir) QML modules and $(sort -u <<<"$loaded" | grep -vc qmldir) shared libraries"\
    "loaded, each from a package in Depends ($(wc -l <<<"$depends")) or one they depend on"

[ "$clean_root" = yes ] || { echo; echo "PASS (package: $deb)"; exit 0; }

step "Clean Debian 12 root"
chroot_dir="$work/debian12"
rm -rf "$chroot_dir"
if [ -n "${ATTENTION_CLEAN_ROOT:-}" ]; then
    cp -a "$ATTENTION_CLEAN_ROOT" "$chroot_dir"
else
    debootstrap --variant=minbase bookworm "$chroot_dir" "${ATTENTION_MIRROR:-http://deb.debian.org/debian}" \
        >"$work/debootstrap.log" 2>&1 || fail "debootstrap (log: $work/debootstrap.log)"
fi
echo "packages before: $(chroot "$chroot_dir" dpkg-query -W | wc -l)"
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
cp "$deb" "$chroot_dir/tmp/"
mount -t proc proc "$chroot_dir/proc"
trap 'umount "$chroot_dir/proc" 2>/dev/null || true' EXIT
# the environment of a login session (XDG_RUNTIME_DIR as systemd-logind makes it)
mkdir -p -m 700 "$chroot_dir/run/user/0"
run() {
    chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 XDG_RUNTIME_DIR=/run/user/0 "$@"
}
run apt-get update -q >"$work/apt.log" 2>&1 || fail "apt-get update (log: $work/apt.log)"
run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$(basename "$deb")" >>"$work/apt.log" 2>&1 \
    || { tail -30 "$work/apt.log"; fail "apt-get install (log: $work/apt.log)"; }
grep -E "^(Setting up|Need to get|After this)" "$work/apt.log" | grep -E "attention|Need to get|After this" || true
echo "packages after: $(chroot "$chroot_dir" dpkg-query -W | wc -l)"
echo "\$ attention-explorer --version"
run attention-explorer --version
echo "\$ attention-explorer --export pronoun-cat --head Coreference --format csv | head -3"
run attention-explorer --export pronoun-cat --head Coreference --format csv | head -3
echo "\$ attention-explorer --model trained --text 'The cat sat on the mat.' --layer 2 --head 3 --format csv | head -2"
run attention-explorer --model trained --text 'The cat sat on the mat.' --layer 2 --head 3 --format csv | head -2
for size in 390x844 1440x900; do
    echo "\$ QT_QPA_PLATFORM=offscreen attention-explorer --screenshot /tmp/shot-$size.png --size $size"
    run env QT_QPA_PLATFORM=offscreen attention-explorer --screenshot "/tmp/shot-$size.png" --size "$size" 2>&1 \
        | tee "$work/screenshot-$size.log"
    [ ! -s "$work/screenshot-$size.log" ] || fail "the screenshot printed warnings"
    cp "$chroot_dir/tmp/shot-$size.png" "$work/clean-root-$size.png"
    head -c 8 "$work/clean-root-$size.png" | od -An -c | grep -q "P   N   G" || fail "shot-$size.png is not a PNG"
    dims=$(od -An -tu1 -j16 -N8 "$work/clean-root-$size.png" | awk '{printf "%dx%d", $3*256+$4, $7*256+$8}')
    [ "$dims" = "$size" ] || fail "shot-$size.png is $dims, not $size"
    if command -v identify >/dev/null; then
        colours=$(identify -format %k "$work/clean-root-$size.png")
        [ "$colours" -gt 100 ] || fail "shot-$size.png has only $colours colours"
        echo "shot-$size.png: $dims, $colours colours"
    fi
done
echo "menu entry and icon:"
run ls /usr/share/applications/$app_id.desktop /usr/share/icons/hicolor/scalable/apps/$app_id.svg
echo
echo "PASS (package: $deb, clean root: $chroot_dir, screenshots: $work/clean-root-*.png)"
