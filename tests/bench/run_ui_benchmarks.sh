#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs bench_ui with the software scene graph (offscreen) and with OpenGL (Mesa llvmpipe in a real window under
# Xvfb), then prints every number against the budgets of DESIGN.md §7:
#   a change reaches the screen within one 60 Hz frame (16.7 ms) for n ≤ 64, within 50 ms at n = 512;
#   start to first frame ≤ 500 ms warm; peak memory ≤ 150 MB with a 64-token sentence.
# It also measures an empty window of the same size with each backend: the floor under the other numbers.
# usage: tests/bench/run_ui_benchmarks.sh [BUILD_DIR] [ROUNDS]   (needs xvfb and xauth for the OpenGL run)
set -euo pipefail
build="${1:-build}"
rounds="${2:-7}"
bench="$build/tests/bench/bench_ui"
out=$(mktemp -d)

QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$bench" "$rounds" > "$out/software.txt"
BENCH_EMPTY_WINDOW=1 QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$bench" "$rounds" >> "$out/software.txt"
if command -v xvfb-run > /dev/null; then
    # warm-up run so start-up is measured warm, then the measured run
    LIBGL_ALWAYS_SOFTWARE=1 QT_QPA_PLATFORM=xcb QSG_RHI_BACKEND=opengl xvfb-run -a -s "-screen 0 1600x1000x24" "$bench" 3 > /dev/null
    LIBGL_ALWAYS_SOFTWARE=1 QT_QPA_PLATFORM=xcb QSG_RHI_BACKEND=opengl xvfb-run -a -s "-screen 0 1600x1000x24" "$bench" "$rounds" > "$out/opengl.txt"
    BENCH_EMPTY_WINDOW=1 LIBGL_ALWAYS_SOFTWARE=1 QT_QPA_PLATFORM=xcb QSG_RHI_BACKEND=opengl xvfb-run -a -s "-screen 0 1600x1000x24" "$bench" "$rounds" >> "$out/opengl.txt"
fi

awk '
function verdict(v, budget) { return v <= budget ? "ok" : "OVER" }
/startup/ { printf "%-9s %-34s %8.1f ms   budget %6.1f   %s\n", $1, "start to first frame", $4, 500, verdict($4, 500) }
/unchanged-frame/ {
    split($2, a, "="); printf "%-9s %-34s %8.1f ms   (the backend redrawing an unchanged window: a floor, not a budget)\n", $1, "unchanged frame n=" a[2] " (median)", $5; next
}
/ n=/ {
    split($2, a, "="); n = a[2]; budget = n <= 64 ? 16.7 : (n >= 512 ? 50 : 33.3)
    printf "%-9s %-34s %8.1f ms   budget %6.1f   %s   (p90 %s, worst %s)\n", $1, $3 " n=" n " (median)", $5, budget, verdict($5, budget), $8, $11
}
/peak-memory-after-64/ { printf "%-9s %-34s %8.1f MB   budget %6.1f   %s\n", $1, "peak memory, 64 tokens", $3, 150, verdict($3, 150) }
/empty-window frame/ { printf "%-9s %-34s %8.1f ms   (an empty 1440x900 window: what the backend alone needs per frame)\n", $1, "empty window frame (median)", $5 }
/empty-window peak-memory/ { printf "%-9s %-34s %8.1f MB   (an empty window: what the backend alone needs)\n", $1, "empty window peak memory", $4 }
/peak-memory-overall/ { printf "%-9s %-34s %8.1f MB\n", $1, "peak memory, up to 512 tokens", $3 }
' "$out"/*.txt
rm -rf "$out"
