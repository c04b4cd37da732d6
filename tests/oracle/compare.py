#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs `attention-explorer --compute` on every fixture in a folder and prints the largest difference from the
oracle's numbers, per case and per intermediate. Exits 1 if any difference exceeds the tolerance.

    python3 tests/oracle/compare.py build/app/attention-explorer tests/data/oracle [--tolerance 1e-5]
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

KEYS = ("Q", "K", "V", "scores", "scaled_scores", "masked_scores", "weights", "output")


def max_diff(a, b):
    if isinstance(a, list):
        if not isinstance(b, list) or len(a) != len(b):
            return float("inf")
        return max((max_diff(x, y) for x, y in zip(a, b)), default=0.0)
    if a is None or b is None:
        return 0.0 if a is b else float("inf")
    return abs(a - b)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app")
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("--tolerance", type=float, default=1e-5)
    args = parser.parse_args()
    worst_all = 0.0
    for path in sorted(args.folder.glob("*.json")):
        fixture = json.loads(path.read_text())
        with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
            json.dump(fixture["input"], f)
            f.flush()
            out = subprocess.run([args.app, "--compute", f.name], capture_output=True, text=True, check=True)
        result = json.loads(out.stdout)
        expected = fixture["expected"]
        diffs = {k: max(max_diff(h[k], e[k]) for h, e in zip(result["per_head"], expected["per_head"])) for k in KEYS}
        diffs["output"] = max(diffs["output"], max_diff(result["output"], expected["output"]))
        worst = max(diffs.values())
        worst_all = max(worst_all, worst)
        print(f"{path.name:28s} worst {worst:.2e}  " + " ".join(f"{k}={v:.1e}" for k, v in diffs.items()))
    print(f"largest difference: {worst_all:.2e} (tolerance {args.tolerance:g})")
    sys.exit(0 if worst_all <= args.tolerance else 1)


if __name__ == "__main__":
    main()
