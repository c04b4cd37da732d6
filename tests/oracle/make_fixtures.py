#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes attention fixtures computed by PyTorch, the independent oracle for the C++ engine.

Each fixture is {"input": <--compute request>, "expected": <every intermediate>}. Weights and
outputs come from torch.nn.MultiheadAttention (average_attn_weights=False) wherever it can express
the case (temperature 1, no fully masked row); the per-step intermediates (scores, scaled, masked)
come from torch's own matmul/softmax. Both paths are cross-checked here before anything is written.

Run with Debian's interpreter (it has python3-torch):
    /usr/bin/python3 tests/oracle/make_fixtures.py --seed 2026 --out tests/data/oracle
"""
import argparse
import json
import math
import pathlib

import torch
import torch.nn.functional as F

# (name, n, d_model, heads, mask, temperature, with output projection)
CASES = [
    ("single-token", 1, 4, 1, "none", 1.0, False),
    ("two-tokens", 2, 2, 1, "none", 1.0, True),
    ("three-causal", 3, 6, 2, "causal", 1.0, True),
    ("five-sharp", 5, 8, 2, "none", 0.25, True),
    ("seven-flat", 7, 12, 3, "causal", 4.0, True),
    ("allowed-mask", 6, 8, 2, "allowed", 1.0, True),
    ("fully-masked-row", 4, 8, 1, "allowed-empty-row", 1.0, False),
    ("additive-mask", 6, 8, 2, "additive", 1.0, True),
    ("sixteen-four-heads", 16, 32, 4, "none", 1.0, True),
    ("wide-model", 12, 128, 8, "causal", 0.5, True),
    ("sixty-four-tokens", 64, 16, 2, "none", 2.0, True),
    ("projected-qkv", 9, 12, 3, "causal", 1.0, False),
]


def rounded(t, digits=4):
    """Rounds so that the JSON holds exactly the value torch computed with."""
    return torch.tensor([[float(f"{v:.{digits}g}") for v in row] for row in t.tolist()], dtype=torch.float64)


def as_list(t):
    if t.dim() == 1:
        return [None if v == -math.inf else float(f"{v:.10g}") for v in t.tolist()]
    return [as_list(row) for row in t]


def make_mask(kind, n, gen):
    """Returns (JSON form, torch additive mask [n×n] with -inf where not allowed, torch bool mask for MHA or None)."""
    if kind == "none":
        return "none", torch.zeros(n, n, dtype=torch.float64), None
    if kind == "causal":
        blocked = torch.triu(torch.ones(n, n, dtype=torch.bool), diagonal=1)
        return "causal", torch.zeros(n, n, dtype=torch.float64).masked_fill(blocked, -math.inf), blocked
    if kind.startswith("allowed"):
        allowed = torch.rand(n, n, generator=gen, dtype=torch.float64) > 0.4
        allowed |= torch.eye(n, dtype=torch.bool)
        if kind == "allowed-empty-row":
            allowed[1, :] = False
        additive = torch.zeros(n, n, dtype=torch.float64).masked_fill(~allowed, -math.inf)
        return {"allowed": allowed.tolist()}, additive, ~allowed
    if kind == "additive":
        additive = rounded(torch.randn(n, n, generator=gen, dtype=torch.float64))
        additive[torch.rand(n, n, generator=gen) > 0.7] = -math.inf
        additive.fill_diagonal_(0.0)
        return {"additive": as_list(additive)}, additive, None
    raise ValueError(kind)


def make_case(name, n, d, heads, mask_kind, temperature, with_out, gen):
    x = rounded(torch.randn(n, d, generator=gen, dtype=torch.float64))
    mha = torch.nn.MultiheadAttention(d, heads, bias=True, batch_first=True, dtype=torch.float64)
    with torch.no_grad():
        for p in mha.parameters():
            p.copy_(rounded(torch.randn(p.shape, generator=gen, dtype=torch.float64).reshape(p.shape[0], -1)
                            * (1 / math.sqrt(d))).reshape(p.shape))
        if not with_out:
            mha.out_proj.weight.copy_(torch.eye(d, dtype=torch.float64))
            mha.out_proj.bias.zero_()
    w_q, w_k, w_v = mha.in_proj_weight.detach().chunk(3)
    b_q, b_k, b_v = mha.in_proj_bias.detach().chunk(3)
    w_o, b_o = mha.out_proj.weight.detach(), mha.out_proj.bias.detach()

    mask_json, additive, torch_mask = make_mask(mask_kind, n, gen)

    # Step by step in torch: project, split, score, scale, mask, softmax, A·V, concat, W_O.
    q_all, k_all, v_all = F.linear(x, w_q, b_q), F.linear(x, w_k, b_k), F.linear(x, w_v, b_v)
    dk = d // heads
    per_head = []
    outputs = []
    for h in range(heads):
        q, k, v = (t[:, h * dk:(h + 1) * dk] for t in (q_all, k_all, v_all))
        scores = q @ k.T
        scaled = scores / (temperature * math.sqrt(dk))
        masked = scaled + additive
        weights = torch.softmax(masked, dim=-1).nan_to_num(0.0)  # a fully masked row attends to nothing
        out = weights @ v
        outputs.append(out)
        per_head.append({"Q": q, "K": k, "V": v, "scores": scores, "scaled_scores": scaled,
                         "masked_scores": masked, "weights": weights, "output": out})
    concat = torch.cat(outputs, dim=1)
    final = F.linear(concat, w_o, b_o)

    # Cross-check with torch's own multi-head attention where it can express the case.
    if temperature == 1.0 and mask_kind != "allowed-empty-row":
        mha_mask = additive if mask_kind == "additive" else torch_mask
        ref_out, ref_w = mha(x[None], x[None], x[None], attn_mask=mha_mask, need_weights=True,
                             average_attn_weights=False)
        assert torch.allclose(ref_out[0], final, atol=1e-10), name
        for h in range(heads):
            assert torch.allclose(ref_w[0, h], per_head[h]["weights"], atol=1e-12), name

    if name == "projected-qkv":
        request = {"Q": as_list(q_all), "K": as_list(k_all), "V": as_list(v_all), "heads": heads}
        final = concat
    else:
        request = {"X": as_list(x), "W_Q": as_list(w_q.T), "W_K": as_list(w_k.T), "W_V": as_list(w_v.T),
                   "b_Q": as_list(b_q), "b_K": as_list(b_k), "b_V": as_list(b_v), "heads": heads}
        if with_out:
            request.update({"W_O": as_list(w_o.T), "b_O": as_list(b_o)})
    request.update({"mask": mask_json, "temperature": temperature})
    if name == "projected-qkv":
        # Q, K, V went through the JSON round trip at 10 digits; recompute the expectation from those values.
        return make_projected(request, heads, additive, temperature)
    expected = {"per_head": [{k: as_list(v) for k, v in h.items()} for h in per_head],
                "concat": as_list(concat), "output": as_list(final)}
    return {"input": request, "expected": expected}


def make_projected(request, heads, additive, temperature):
    q_all, k_all, v_all = (torch.tensor(request[k], dtype=torch.float64) for k in ("Q", "K", "V"))
    dk = q_all.shape[1] // heads
    per_head, outputs = [], []
    for h in range(heads):
        q, k, v = (t[:, h * dk:(h + 1) * dk] for t in (q_all, k_all, v_all))
        scores = q @ k.T
        scaled = scores / (temperature * math.sqrt(dk))
        masked = scaled + additive
        weights = torch.softmax(masked, dim=-1).nan_to_num(0.0)
        out = weights @ v
        outputs.append(out)
        per_head.append({"Q": q, "K": k, "V": v, "scores": scores, "scaled_scores": scaled,
                         "masked_scores": masked, "weights": weights, "output": out})
    concat = torch.cat(outputs, dim=1)
    expected = {"per_head": [{k: as_list(v) for k, v in h.items()} for h in per_head],
                "concat": as_list(concat), "output": as_list(concat)}
    return {"input": request, "expected": expected}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=pathlib.Path, required=True)
    args = parser.parse_args()
    gen = torch.Generator().manual_seed(args.seed)
    torch.manual_seed(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        fixture = make_case(*case, gen)
        fixture["input"]["comment"] = f"{case[0]}: generated by tests/oracle/make_fixtures.py --seed {args.seed}"
        path = args.out / f"{case[0]}.json"
        path.write_text(json.dumps(fixture, separators=(",", ":")) + "\n")
        print(f"{path}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
