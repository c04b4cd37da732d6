#!/bin/sh
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the app icon's PNG sizes from the SVG (needs librsvg2-bin). The PNGs are committed, so a build needs
# no SVG renderer; run this after changing the SVG.
set -eu
cd "$(dirname "$0")/icons"
id=io.github.attention_explorer.AttentionExplorer
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$id.svg" -o "${size}x${size}/$id.png"
done
