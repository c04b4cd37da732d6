#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Quick start on Debian 12 / Ubuntu: installs the packages that are missing, builds, then
#   scripts/quickstart.sh run [APP OPTIONS…]   starts the app (or runs a command-line option)
#   scripts/quickstart.sh test                 runs the whole test suite (headless)
# Packages are installed with apt-get, through sudo when not run as root.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${ATTENTION_BUILD_DIR:-$here/build}"
action="${1:-}"
shift || true

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libeigen3-dev libopenblas-dev
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
    qml6-module-qtquick-window qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-shapes qml6-module-qtcharts qml6-module-qttest
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
    qt6-qpa-plugins libgl1-mesa-dri fonts-dejavu-core qt6-translations-l10n
)
# for the test suite's package test only (tests/package/check-package.sh)
test_packages=(debhelper dpkg-dev fakeroot lintian desktop-file-utils appstream)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build_all() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTENTION_WERROR=ON
    cmake --build "$build" --parallel "$(nproc)"
}

case "$action" in
    run)
        install_missing
        build_all
        exec "$build/app/attention-explorer" "$@"
        ;;
    test)
        packages+=("${test_packages[@]}")
        install_missing
        build_all
        ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
        ;;
    *)
        echo "usage: scripts/quickstart.sh run [options] | test" >&2
        exit 2
        ;;
esac
