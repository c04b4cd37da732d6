#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every fuzz target with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer for SECONDS each:
#   tests/fuzz/run-fuzzers.sh [SECONDS [BUILD_DIR [TARGET…]]]      (default: 30 seconds, build-fuzz, every target)
# BUILD_DIR is configured with clang and -DATTENTION_FUZZ=ON when it does not exist yet. Each target starts from its
# seeds (the repository's own files and tests/fuzz/regressions/TARGET, listed in BUILD_DIR/tests/fuzz/*.seeds); what
# libFuzzer finds is kept in BUILD_DIR/fuzz-corpus/TARGET, a crashing input in BUILD_DIR/fuzz-crashes/. Prints one
# line per target (runs, seconds, new corpus entries) and fails when any target crashes, hangs (10 s per input),
# exceeds 4 GB or trips a sanitizer. A found crash belongs in tests/fuzz/regressions/TARGET/ once fixed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-30}
build=${2:-$here/build-fuzz}
shift $(( $# > 2 ? 2 : $# ))
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DATTENTION_FUZZ=ON >/dev/null
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(sentencepack quizpack lessonpack compute text commandline safetensors checkpoint)
cmake --build "$build" --target "${targets[@]/#/fuzz_}" >/dev/null

# Qt's own start-up allocations are kept until exit on purpose; leak checking would only report those.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_QPA_PLATFORM=offscreen
failed=()
printf '%-14s %10s %8s %8s  %s\n' target runs seconds corpus result
for target in "${targets[@]}"; do
    bin="$build/tests/fuzz/fuzz_$target"
    corpus="$build/fuzz-corpus/$target"
    seeds="$build/fuzz-seeds/$target"
    crashes="$build/fuzz-crashes"
    mkdir -p "$corpus" "$crashes"
    rm -rf "$seeds" && mkdir -p "$seeds"
    while IFS= read -r path; do
        [ -n "$path" ] || continue
        if [ -d "$path" ]; then find "$path" -type f -exec cp -t "$seeds" --backup=numbered {} +; else cp --backup=numbered "$path" "$seeds"; fi
    done <"$build/tests/fuzz/fuzz_$target.seeds"
    before=$(ls "$corpus" | wc -l)
    log="$build/fuzz-$target.log"
    if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$crashes/$target-" "$corpus" "$seeds" >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log)"
        failed+=("$target")
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    printf '%-14s %10s %8s %8s  %s\n' "$target" "${runs:-?}" "${took:-?}" "+$(( $(ls "$corpus" | wc -l) - before ))" "$result"
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "crashed, hung or tripped a sanitizer: ${failed[*]}" >&2
    for t in "${failed[@]}"; do tail -40 "$build/fuzz-$t.log" >&2; done
    exit 1
fi
