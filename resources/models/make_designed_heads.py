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
(Python 3 with NumPy: Debian's python3-numpy)
"""
import json
import math
import sys

import numpy as np

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


FIT_RANGE = 511                    # offsets a sentence can have (kMaxTokens − 1)
EXACT_RANGE = 10                   # the preferences hold exactly for tokens up to this far apart (see fit_profile)


def rows_for(offsets):
    w = omegas()
    return [[math.cos(o * d) for o in w] + [math.sin(o * d) for o in w] for d in offsets]


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def fit_profile(profile, equal, increasing, ridge=0.01):
    """Coefficients a_f, b_f with P(Δ) = Σ a_f·cos(ω_f·Δ) + b_f·sin(ω_f·Δ) ≈ profile(Δ) by weighted least squares over
    every offset a sentence can have (nearby offsets weighted most), *subject to* constraints that make the
    documented preferences exact: P(Δ) = value for each (Δ, value) in `equal`, and P(a) ≥ P(b) + margin for each
    (a, b, margin) in `increasing` ("nearest first"). Solved by the exterior penalty method: violated constraints
    are added as least-squares rows whose weight grows until no constraint is off by more than 1e-9."""
    offsets = np.arange(-FIT_RANGE, FIT_RANGE + 1)
    a = np.array(rows_for(offsets))
    w = np.array([1.0 if abs(d) <= 12 else 0.3 for d in offsets])
    y = np.array([profile(int(d)) for d in offsets])
    g_eq = np.array(rows_for([d for d, _ in equal])).reshape(len(equal), 2 * POSITION_FREQUENCIES)
    b_eq = np.array([v for _, v in equal])
    g_in = np.array([np.subtract(*rows_for([x, z])) for x, z, _ in increasing])
    b_in = np.array([m for _, _, m in increasing])
    base = np.vstack([a * np.sqrt(w)[:, None], np.sqrt(ridge) * np.eye(a.shape[1])])
    rhs = np.concatenate([y * np.sqrt(w), np.zeros(a.shape[1])])
    c = np.linalg.lstsq(base, rhs, rcond=None)[0]
    active = np.zeros(len(b_in), dtype=bool)
    for mu in 10.0 ** np.arange(2, 14):
        for _ in range(50):
            active |= g_in @ c < b_in
            m = np.vstack([base, np.sqrt(mu) * g_eq, np.sqrt(mu) * g_in[active]])
            r = np.concatenate([rhs, np.sqrt(mu) * b_eq, np.sqrt(mu) * b_in[active]])
            c_new = np.linalg.lstsq(m, r, rcond=None)[0]
            done = np.allclose(c_new, c, atol=1e-13)
            c = c_new
            if done:
                break
        violation = max(np.abs(g_eq @ c - b_eq).max(initial=0.0), np.maximum(0, b_in - g_in @ c).max(initial=0.0))
        if violation < 1e-9:
            break
    f = POSITION_FREQUENCIES
    return {"cos": [float(v) for v in c[:f]], "sin": [float(v) for v in c[f:]]}, float(violation)


def nearest_first(left, right=0, margin=0.005):
    """P(−1) > P(−2) > … > P(−left) and P(1) > P(2) > … > P(right): the nearer of two tokens on one side wins."""
    return [(-k, -k - 1, margin) for k in range(1, left)] + [(k, k + 1, margin) for k in range(1, right)]


def profile_value(coefficients, d):
    return dot(coefficients["cos"] + coefficients["sin"], rows_for([d])[0])


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
        "description": "A pronoun looks back for a noun phrase that agrees with it in person, number, humanness and "
                       "gender; a reflexive (himself) takes the subject of its own clause, an object pronoun (them) "
                       "never does; among the rest it prefers a subject, then the nearest.",
        "dims": [
            dim("pronoun looks for a noun or pronoun", {"pronoun": 4.0}, {"noun": 1.0, "pronoun": 1.0}),
            dim("number agrees (singular +, plural −)", {"singular": 2.0, "plural": -2.0}, {"singular": 1.0, "plural": -1.0}),
            dim("humanness agrees (human +, non-human −)", {"human": 2.0, "non-human": -2.0}, {"human": 1.0, "non-human": -1.0}),
            dim("gender agrees (masculine +, feminine −)", {"masculine": 2.0, "feminine": -2.0}, {"masculine": 1.0, "feminine": -1.0}),
            dim("first person agrees (I, we ↔ me, our; he, they ✗)", {"pronoun": -4.0, "first-person": 6.0}, {"first-person": 1.0}),
            dim("second person agrees (you ↔ your; he, they ✗)", {"pronoun": -4.0, "second-person": 6.0}, {"second-person": 1.0}),
            dim("prefers a subject", {"pronoun": 1.5}, {"subject": 1.0}),
            dim("binding: reflexive → own clause's subject, object pronoun ↛ it (cosine)", {"binding-cos": 3.0}, {"subject-cos": 1.0}),
            dim("binding: reflexive → own clause's subject, object pronoun ↛ it (sine)", {"binding-sin": 3.0}, {"subject-sin": 1.0}),
        ],
        "position": {"label": "not itself (−8); earlier tokens nearest first; later tokens below them",
                     "profile": lambda d: -8.0 if d == 0 else (-4.0 if d > 0 else -0.03 * (-d - 1)),
                     "equal": [(0, -8.0)],
                     "increasing": nearest_first(EXACT_RANGE)
                     + [(-EXACT_RANGE, k, 2.0) for k in range(1, EXACT_RANGE + 1)]},
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
        "scale": 3.0,
    },
    {
        "id": "modifier",
        "name": "Modifier",
        "description": "A modifier looks for the word it modifies: a determiner, adjective or noun modifier the noun of "
                       "its own noun phrase; a predicative adjective (\"was calm\") the subject; an adverb the "
                       "adjective or adverb right after it, or else the verb.",
        "dims": [
            dim("determiner, adjective, possessive or noun modifier looks for a head noun (not a noun modifier)",
                {"adjective": 3.0, "determiner": 3.0, "possessive": 3.0, "noun-modifier": 3.0, "predicative": -3.0},
                {"noun": 1.0, "noun-modifier": -1.0}),
            dim("same noun phrase (cosine of the phrase phase)", {"phrase-cos": 2.0}, {"phrase-cos": 1.0}),
            dim("same noun phrase (sine of the phrase phase)", {"phrase-sin": 2.0}, {"phrase-sin": 1.0}),
            dim("predicative adjective looks for the subject", {"predicative": 4.0}, {"subject": 1.0}),
            dim("degree adverb looks for the adjective or adverb it grades", {"degree": 4.0},
                {"adjective": 1.0, "adverb": 1.0}),
            dim("other adverb looks for a verb", {"adverb": 3.0, "degree": -3.0}, {"verb": 1.0}),
            dim("same clause (cosine of the clause phase)", {"clause-cos": 1.0}, {"clause-cos": 1.0}),
            dim("same clause (sine of the clause phase)", {"clause-sin": 1.0}, {"clause-sin": 1.0}),
        ],
        "position": {"label": "the next token", "strength": 2.0, "peak": 1},
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
        "description": "The question mark looks back for what makes its sentence a question: the wh-word that opens it, "
                       "or else the auxiliary before the subject (Is the museum open?, …, aren't you?); the wh-word "
                       "looks for its question mark. Only inside one sentence.",
        "dims": [
            dim("question mark looks for the wh-word", {"question-mark": 4.0}, {"wh": 1.0}),
            dim("question mark looks for the inverted auxiliary", {"question-mark": 3.0}, {"inverted": 1.0}),
            dim("wh-word looks for the question mark", {"wh": 4.0}, {"question-mark": 1.0}),
            dim("same sentence (cosine of the sentence phase)", {"sentence-cos": 2.0}, {"sentence-cos": 1.0}),
            dim("same sentence (sine of the sentence phase)", {"sentence-sin": 2.0}, {"sentence-sin": 1.0}),
        ],
        "scale": 4.0,
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
                strength = p["strength"]
            else:
                coefficients, violation = fit_profile(p["profile"], p["equal"], p["increasing"])
                strength = 1.0
                shown = ", ".join(f"P({d})={profile_value(coefficients, d):.2f}" for d in (-3, -2, -1, 0, 1, 2, 3))
                far = [profile_value(coefficients, d) for d in range(-FIT_RANGE, FIT_RANGE + 1) if abs(d) > 63]
                print(f"{h['id']}: {shown}; largest constraint violation {violation:.1e}; "
                      f"beyond ±63: {min(far):.2f} … {max(far):.2f}", file=sys.stderr)
            out["position"] = {"label": p["label"], "strength": strength, **coefficients}
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
