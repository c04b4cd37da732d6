#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What each head of a checkpoint attends to most, measured: for every row of every text (the typed-sentence set's
texts, tests/data/typed-sentences.json), where the row's strongest link goes — the previous token, the next one,
itself, [CLS], [SEP], a punctuation mark, or elsewhere. Uses the app's own command line, so it measures what the app
shows. Prints a Markdown table (one row per layer × head) for docs/trained-model.md.

    /usr/bin/python3 resources/models/head_statistics.py [APP] [MODEL]     (defaults: build/app/attention-explorer, trained)
"""
import collections
import json
import os
import subprocess
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
APP = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "app", "attention-explorer")
MODEL = sys.argv[2] if len(sys.argv) > 2 else "trained"
KINDS = ["previous", "next", "self", "[CLS]", "[SEP]", "punctuation", "other"]


def main():
    with open(os.path.join(ROOT, "tests", "data", "typed-sentences.json"), encoding="utf-8") as f:
        texts = sorted({item["text"] for item in json.load(f)["items"]})
    counts = collections.defaultdict(collections.Counter)
    for text in texts:
        out = subprocess.run([APP, "--model", MODEL, "--text", text, "--layer", "all", "--head", "all",
                              "--format", "json"], capture_output=True, text=True, check=True).stdout
        d = json.loads(out)
        tokens = d["tokens"]
        n = len(tokens)
        for l, layer in enumerate(d["attention"]):
            for h, rows in enumerate(layer):
                for i, row in enumerate(rows):
                    j = max(range(n), key=lambda k: row[k])
                    kind = ("previous" if j == i - 1 else "next" if j == i + 1 else "self" if j == i
                            else "[CLS]" if tokens[j] == "[CLS]" else "[SEP]" if tokens[j] == "[SEP]"
                            else "punctuation" if all(unicodedata.category(c).startswith("P") for c in tokens[j])
                            else "other")
                    counts[(l, h)][kind] += 1
    print(f"{len(texts)} texts. Share of rows whose strongest link is …\n")
    print("| layer | head | " + " | ".join(KINDS) + " |")
    print("|---|---|" + "---|" * len(KINDS))
    for (l, h), c in sorted(counts.items()):
        total = sum(c.values())
        print(f"| {l + 1} | {h + 1} | " + " | ".join(f"{100 * c[k] / total:.0f} %" for k in KINDS) + " |")


if __name__ == "__main__":
    main()
