#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes designed-heads.json, the teaching model: a transformer layer whose heads are designed, not trained.

Each head is a list of named query/key dimensions. A dimension says which token features make up the
query's coordinate (what the query token looks for) and which make up the key's (what a key token offers);
q_i·k_j is then the sum over dimensions. A head may add a relative-position preference: a profile over
offsets Δ = j − i that is fitted (ridge least squares) onto the sinusoidal position encoding, so that the
position part of q_i·k_j ≈ profile(Δ). The app builds W_Q, W_K, W_V from this file and computes attention
with the same engine as any model. See docs/designed-heads.md.

    python3 resources/models/make_designed_heads.py > resources/models/designed-heads.json
(plain Python 3, no packages needed)
"""
import json
import math
import sys

POSITION_FREQUENCIES = 16           # position dims = 2 × this
OMEGA_MAX, OMEGA_MIN = 3.0, 0.05    # geometric spacing of the frequencies (radians per token)
OFFSETS = range(-63, 64)


def omegas():
    f = POSITION_FREQUENCIES
    return [OMEGA_MAX * (OMEGA_MIN / OMEGA_MAX) ** (i / (f - 1)) for i in range(f)]


def solve(a, b):
    """Gaussian elimination with partial pivoting: a·x = b."""
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                factor = m[r][col] / m[col][col]
                for c in range(col, n + 1):
                    m[r][c] -= factor * m[col][c]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit_profile(profile, ridge=0.1):
    """Coefficients a_f, b_f with Σ a_f·cos(ω_f·Δ) + b_f·sin(ω_f·Δ) ≈ profile(Δ), offsets near 0 weighted most."""
    w = omegas()
    rows, targets, weights = [], [], []
    for d in OFFSETS:
        rows.append([math.cos(o * d) for o in w] + [math.sin(o * d) for o in w])
        targets.append(profile(d))
        weights.append(1.0 if abs(d) <= 12 else 0.3)
    k = len(rows[0])
    ata = [[sum(weights[r] * rows[r][i] * rows[r][j] for r in range(len(rows))) + (ridge if i == j else 0.0)
            for j in range(k)] for i in range(k)]
    aty = [sum(weights[r] * rows[r][i] * targets[r] for r in range(len(rows))) for i in range(k)]
    c = solve(ata, aty)
    return {"cos": [round(v, 6) for v in c[:POSITION_FREQUENCIES]],
            "sin": [round(v, 6) for v in c[POSITION_FREQUENCIES:]]}


MAX_DISTANCE = 512                 # the longest sentence the app accepts (kMaxTokens)


def peak_kernel(offset):
    """Coefficients a_f, b_f with Σ a_f·cos(ω_f·Δ) + b_f·sin(ω_f·Δ) = Σ c_f·cos(ω_f·(Δ − offset)): a kernel that is 1 at
    Δ = offset and lower at every other offset a sentence can have (|Δ| < MAX_DISTANCE). Unlike a least-squares
    fit, which only controls the offsets it is fitted on and aliases beyond them, the kernel's peak is exact and the
    weights c_f ≥ 0 (Σ c_f = 1) are chosen to make its largest value elsewhere as low as possible (maximin, by
    multiplicative weights), so the head keeps its choice to the longest sentence."""
    w = omegas()
    ks = [k for k in range(-MAX_DISTANCE, MAX_DISTANCE + 1) if k != 0]
    cosines = [[math.cos(o * k) for o in w] for k in ks]
    c = [1.0 / len(w)] * len(w)
    for _ in range(1500):
        worst = min(range(len(ks)), key=lambda r: 1.0 - sum(ci * x for ci, x in zip(c, cosines[r])))
        c = [ci * math.exp(0.05 * (1.0 - x)) for ci, x in zip(c, cosines[worst])]
        total = sum(c)
        c = [ci / total for ci in c]
    gap = min(1.0 - sum(ci * x for ci, x in zip(c, row)) for row in cosines)
    return ({"cos": [round(ci * math.cos(o * offset), 6) for ci, o in zip(c, w)],
             "sin": [round(ci * math.sin(o * offset), 6) for ci, o in zip(c, w)]}, gap)


def dim(label, query, key):
    return {"label": label, "query": query, "key": key}


HEADS = [
    {
        "id": "coreference",
        "name": "Coreference",
        "description": "A pronoun looks back for a noun phrase that agrees with it in number, humanness and gender; "
                       "among those that agree, it prefers the subject.",
        "dims": [
            dim("pronoun looks for a noun or pronoun", {"pronoun": 4.0}, {"noun": 1.0, "pronoun": 1.0}),
            dim("number agrees (singular +, plural −)", {"singular": 2.0, "plural": -2.0}, {"singular": 1.0, "plural": -1.0}),
            dim("humanness agrees (human +, non-human −)", {"human": 2.0, "non-human": -2.0}, {"human": 1.0, "non-human": -1.0}),
            dim("gender agrees (masculine +, feminine −)", {"masculine": 2.0, "feminine": -2.0}, {"masculine": 1.0, "feminine": -1.0}),
            dim("prefers the subject", {"pronoun": 1.5}, {"subject": 1.0}),
        ],
        "position": {"label": "not itself, not later tokens", "strength": 8.0,
                     "profile": lambda d: -1.0 if d == 0 else (-0.5 if d > 0 else 0.0)},
        "scale": 2.5,
    },
    {
        "id": "subject-verb",
        "name": "Subject–verb",
        "description": "A verb looks for the subject of its own clause, skipping the subjects of clauses nested inside.",
        "dims": [
            dim("verb looks for a subject", {"verb": 3.0, "aux": 3.0}, {"subject": 1.0}),
            dim("same clause (cosine of the clause phase)", {"clause-cos": 2.0}, {"clause-cos": 1.0}),
            dim("same clause (sine of the clause phase)", {"clause-sin": 2.0}, {"clause-sin": 1.0}),
            dim("number agrees", {"singular": 1.0, "plural": -1.0}, {"singular": 1.0, "plural": -1.0}),
        ],
        "position": {"label": "the subject usually comes before its verb", "strength": 1.0,
                     "profile": lambda d: 0.0 if d < 0 else -0.5},
        "scale": 3.0,
    },
    {
        "id": "modifier",
        "name": "Modifier",
        "description": "An adjective or determiner looks for the noun it belongs to: the next noun to its right.",
        "dims": [
            dim("adjective or determiner looks for a noun", {"adjective": 3.0, "determiner": 3.0, "possessive": 3.0},
                {"noun": 1.0}),
        ],
        "position": {"label": "a few tokens to the right, the nearest most", "strength": 6.0,
                     "profile": lambda d: 1.0 - 0.3 * (d - 1) if 1 <= d <= 5 else (-1.0 if d <= 0 else -0.6)},
        "scale": 2.5,
    },
    {
        "id": "previous-token",
        "name": "Previous token",
        "description": "Every token looks at the token just before it, using only the position encoding.",
        "dims": [],
        "position": {"label": "the token just before", "strength": 90.0, "peak": -1},
        "scale": 1.0,
    },
    {
        "id": "question",
        "name": "Question",
        "description": "A wh-word looks for the question mark that closes its question, and the question mark looks "
                       "back at the wh-word.",
        "dims": [
            dim("wh-word looks for the question mark", {"wh": 4.0}, {"question-mark": 1.0}),
            dim("question mark looks for the wh-word", {"question-mark": 4.0}, {"wh": 1.0}),
        ],
        "scale": 2.0,
    },
]


def main():
    heads = []
    for h in HEADS:
        out = {k: h[k] for k in ("id", "name", "description", "scale", "dims")}
        if "position" in h:
            p = h["position"]
            if "peak" in p:
                coefficients, gap = peak_kernel(p["peak"])
                print(f"{h['id']}: the peak at {p['peak']} is {gap:.3f} above every other offset within "
                      f"±{MAX_DISTANCE}", file=sys.stderr)
            else:
                coefficients = fit_profile(p["profile"])
            out["position"] = {"label": p["label"], "strength": p["strength"], **coefficients}
        heads.append(out)
    model = {
        "format": "attention-explorer/designed-model",
        "version": 1,
        "name": "Designed heads",
        "note": "Designed heads, not a trained LLM: each head's W_Q and W_K are written by hand from linguistic "
                "features so that q·k is high for one relation.",
        "position": {"frequencies": [round(o, 9) for o in omegas()]},
        "value": "features",
        "heads": heads,
    }
    print(json.dumps(model, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
