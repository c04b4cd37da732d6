#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws the training loss of Tiny BERT (resources/models/tiny-bert/training.json) as docs/trained-model-loss.svg.

    python3 resources/models/loss_curve.py
"""
import json
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def main():
    with open(os.path.join(ROOT, "resources", "models", "tiny-bert", "training.json")) as f:
        record = json.load(f)
    points = record["loss"]
    w, h, m = 640, 320, 50
    steps = max(p[0] for p in points) or 1
    top = max(p[1] for p in points)
    x = lambda s: m + (w - 2 * m) * s / steps
    y = lambda v: h - m - (h - 2 * m) * v / top
    line = " ".join(f"{x(s):.1f},{y(v):.1f}" for s, v in points)
    ticks = "".join(
        f'<text x="{m - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v:g}</text>'
        f'<line x1="{m}" x2="{w - m}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ddd"/>' for v in range(0, int(top) + 1, 2))
    svg = f'''<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">
<rect width="{w}" height="{h}" fill="white"/>{ticks}
<polyline fill="none" stroke="#b33d00" stroke-width="2" points="{line}"/>
<text x="{w / 2}" y="{h - 12}" text-anchor="middle">training step (batch of {record["batch"]} sequences)</text>
<text x="14" y="{h / 2}" text-anchor="middle" transform="rotate(-90 14 {h / 2})">masked-word loss (cross-entropy)</text>
<text x="{w / 2}" y="24" text-anchor="middle" font-size="14">Tiny BERT: training loss</text>
</svg>
'''
    with open(os.path.join(ROOT, "docs", "trained-model-loss.svg"), "w") as f:
        f.write(svg)


if __name__ == "__main__":
    main()
