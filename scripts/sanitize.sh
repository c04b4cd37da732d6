#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The sanitizer run (CI runs it after the README's test command): a Debug build with clang, AddressSanitizer,
# UndefinedBehaviorSanitizer and libFuzzer's instrumentation (build-sanitize/), the whole test suite in it, then every
# fuzz target for FUZZ_SECONDS (default 30) each. Installs clang when it is missing (the rest is what
# scripts/quickstart.sh installs).
#   scripts/sanitize.sh [FUZZ_SECONDS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${ATTENTION_SANITIZE_DIR:-$here/build-sanitize}"
seconds="${1:-30}"
if ! command -v clang++ >/dev/null; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends clang
fi
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DATTENTION_FUZZ=ON
cmake --build "$build" --parallel "$(nproc)"
# Qt keeps some start-up allocations until exit on purpose (fonts, plugins); leak reports would be only those.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# the package test builds its own (non-sanitized) package: the normal run has it
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 3000 -E '^package$'
"$here/tests/fuzz/run-fuzzers.sh" "$seconds" "$build"
