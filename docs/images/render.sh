#!/bin/bash
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the pictures in docs/images from a build: README's pages at phone, tablet, projector and desktop sizes,
# Explore and Learn in every language, a projector in high contrast, and the worksheet's and the lesson plan's pages
# (pdftoppm, from poppler-utils). Usage: docs/images/render.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
app="$build/app/attention-explorer"
out=$(cd "$(dirname "$0")" && pwd)
export QT_QPA_PLATFORM=offscreen
# README
"$app" --lang en --screenshot "$out/explore-desktop.png" --size 1440x900 --select 7
"$app" --lang en --screenshot "$out/explore-phone.png" --size 390x844 --select 7
"$app" --lang en --screenshot "$out/explore-projector-dark.png" --size 1280x720 --theme dark --select 7
"$app" --lang en --screenshot "$out/math-desktop.png" --size 1440x900 --page math --select 7
"$app" --lang en --screenshot "$out/heads-tablet.png" --size 1024x768 --page heads --theme dark --select 7
"$app" --lang en --screenshot "$out/learn-phone.png" --size 390x844 --page learn
# docs/classroom.md
for lang in en de es fr; do
    "$app" --lang "$lang" --screenshot "$out/explore-$lang-phone.png" --size 390x844 --select 7
    "$app" --lang "$lang" --screenshot "$out/explore-$lang-tablet.png" --size 1024x768 --select 7
    "$app" --lang "$lang" --screenshot "$out/learn-$lang-desktop.png" --size 1440x900 --page learn
done
"$app" --screenshot "$out/explore-projector-contrast.png" --size 1280x720 --theme contrast --select 7
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$app" --worksheet pronoun-cat --answers --paper A4 -o "$work/worksheet.pdf"
pdftoppm -r 50 -png "$work/worksheet.pdf" "$work/page"
mv "$work/page-1.png" "$out/worksheet-front.png"
mv "$work/page-2.png" "$out/worksheet-answers.png"
"$app" --lang de --lesson-plan --paper A4 -o "$work/plan.pdf"
pdftoppm -r 50 -png -f 1 -l 1 "$work/plan.pdf" "$work/plan"
mv "$work"/plan-1.png "$out/lesson-plan-de.png"
