#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the measured sections of docs/trained-model.md from the app's own command line, so the model card shows
what the app computes: the head table (`--model trained --head-statistics`) between the markers
<!-- head-statistics --> … <!-- /head-statistics -->, and the masked-word predictions (`--fill-mask`) between
<!-- fill-mask --> … <!-- /fill-mask -->. tst_checkpoints theModelCardIsCurrent fails when they are out of date.

    python3 resources/models/model_card.py [APP]      (default: build/app/attention-explorer)
"""
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
APP = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "app", "attention-explorer")
CARD = os.path.join(ROOT, "docs", "trained-model.md")
MASKED = ["The cat sat on the [MASK] .", "She went [MASK] the store .", "The whale [MASK] in the sea .",
          "The president spoke to [MASK] ."]


def app(*args):
    return subprocess.run([APP, "--model", "trained", *args], capture_output=True, text=True, check=True).stdout


def replace(text, name, body):
    pattern = re.compile(rf"(<!-- {name} -->\n).*?(<!-- /{name} -->)", re.S)
    if not pattern.search(text):
        sys.exit(f"{CARD}: no <!-- {name} --> … <!-- /{name} --> section")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def main():
    with open(CARD, encoding="utf-8") as f:
        text = f.read()
    text = replace(text, "head-statistics", app("--head-statistics"))
    blocks = "".join(f'$ attention-explorer --model trained --fill-mask "{m}"\n' + app("--fill-mask", m)
                     for m in MASKED)
    text = replace(text, "fill-mask", "```\n" + blocks + "```\n")
    with open(CARD, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
