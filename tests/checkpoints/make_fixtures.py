#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tiny random BERT and GPT-2 checkpoints (HuggingFace folder layout) to tests/data/checkpoints/, and for
each the tokens, ids and every layer's and head's attention that reference.py computes (in float64, from the stored
weights) for a few texts with punctuation, capitals, accents, unknown words, numbers and repeats: expected.json.
Seeded, so the files are reproducible. Weights are large enough that attention is far from uniform.

    /usr/bin/python3 tests/checkpoints/make_fixtures.py
"""
import collections
import json
import os
import sys
import unicodedata

import torch

sys.path.insert(0, os.path.dirname(__file__))
import reference  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "data", "checkpoints")

TEXTS = [
    "Hello, World! The cat's hat isn't on the mat.",
    "Café naïve résumé — ÉCOLE and Zoë, 123 apples & 4.5 pears?",
    "the the THE The: repeated, repeated... words!!",
    "unbelievable xylophones playing 日本語 text",
    "  Spaces   and\ttabs\nnewlines ",
]

WORDS = ["the", "cat", "hat", "mat", "on", "is", "isn", "and", "hello", "world", "play", "##ing", "##s", "##ed",
         "un", "##believ", "##able", "repeat", "words", "apple", "pear", "text", "space", "tab", "new", "line",
         "cafe", "naive", "resume", "ecole", "café", "naïve", "résumé", "##es", "##ly"]


def bert_vocab(cased):
    chars = list("abcdefghijklmnopqrstuvwy0123456789") + list(".,!?'&:;-—")  # no x, no z: [UNK] words
    if cased:
        chars += list("ABCDEFGHIJKLMNOPQRSTUVWY") + list("éïë")
    words = WORDS + (["Hello", "World", "The", "Café", "ECOLE"] if cased else [])
    tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + chars + ["##" + c for c in chars] + words
    return list(dict.fromkeys(tokens))


def gpt2_vocab(merges_wanted=90):
    byte_map = reference.bytes_to_unicode()
    corpus = " ".join(TEXTS[:3]) + " the cat sat on the mat and the hat is on the cat playing with words"
    words = collections.Counter("".join(byte_map[b] for b in piece.encode()) for piece in
                                reference.GPT2_PATTERN.findall(corpus))
    splits = {w: list(w) for w in words}
    merges = []
    for _ in range(merges_wanted):
        pairs = collections.Counter()
        for w, count in words.items():
            for a, b in zip(splits[w], splits[w][1:]):
                pairs[(a, b)] += count
        if not pairs:
            break
        best = max(sorted(pairs), key=lambda p: pairs[p])
        merges.append(best)
        for w in words:
            s, out, i = splits[w], [], 0
            while i < len(s):
                if i + 1 < len(s) and (s[i], s[i + 1]) == best:
                    out.append(s[i] + s[i + 1])
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            splits[w] = out
    vocab = {byte_map[b]: i for i, b in enumerate(sorted(byte_map))}
    for a, b in merges:
        vocab.setdefault(a + b, len(vocab))
    vocab["<|endoftext|>"] = len(vocab)
    return vocab, merges


def normal(*shape, std):
    return torch.randn(*shape, dtype=torch.float64) * std


def ln(d):
    return 1 + normal(d, std=0.1), normal(d, std=0.1)


def bert_weights(config, prefix):
    d, f, v = config["hidden_size"], config["intermediate_size"], config["vocab_size"]
    t = {}
    t["embeddings.word_embeddings.weight"] = normal(v, d, std=1.0)
    t["embeddings.position_embeddings.weight"] = normal(config["max_position_embeddings"], d, std=1.0)
    t["embeddings.token_type_embeddings.weight"] = normal(config["type_vocab_size"], d, std=0.5)
    t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"] = ln(d)
    for i in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{i}."
        for name, std in (("query", 0.7), ("key", 0.7), ("value", 0.3)):
            t[p + f"attention.self.{name}.weight"] = normal(d, d, std=std)
            t[p + f"attention.self.{name}.bias"] = normal(d, std=0.2)
        t[p + "attention.output.dense.weight"], t[p + "attention.output.dense.bias"] = normal(d, d, std=0.3), normal(d, std=0.1)
        t[p + "attention.output.LayerNorm.weight"], t[p + "attention.output.LayerNorm.bias"] = ln(d)
        t[p + "intermediate.dense.weight"], t[p + "intermediate.dense.bias"] = normal(f, d, std=0.3), normal(f, std=0.1)
        t[p + "output.dense.weight"], t[p + "output.dense.bias"] = normal(d, f, std=0.3), normal(d, std=0.1)
        t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"] = ln(d)
    t = {prefix + k: w for k, w in t.items()}
    if prefix:  # a *ForMaskedLM checkpoint also has its prediction head, which the app does not need
        t["cls.predictions.bias"] = normal(v, std=0.1)
    return t


def gpt2_weights(config, prefix):
    d, v = config["n_embd"], config["vocab_size"]
    t = {"wte.weight": normal(v, d, std=1.0), "wpe.weight": normal(config["n_positions"], d, std=1.0)}
    for i in range(config["n_layer"]):
        p = f"h.{i}."
        t[p + "ln_1.weight"], t[p + "ln_1.bias"] = ln(d)
        t[p + "attn.c_attn.weight"] = torch.cat([normal(d, d, std=0.7), normal(d, d, std=0.7), normal(d, d, std=0.3)], 1)
        t[p + "attn.c_attn.bias"] = normal(3 * d, std=0.2)
        t[p + "attn.c_proj.weight"], t[p + "attn.c_proj.bias"] = normal(d, d, std=0.3), normal(d, std=0.1)
        t[p + "ln_2.weight"], t[p + "ln_2.bias"] = ln(d)
        t[p + "mlp.c_fc.weight"], t[p + "mlp.c_fc.bias"] = normal(d, 4 * d, std=0.3), normal(4 * d, std=0.1)
        t[p + "mlp.c_proj.weight"], t[p + "mlp.c_proj.bias"] = normal(4 * d, d, std=0.3), normal(d, std=0.1)
    t["ln_f.weight"], t["ln_f.bias"] = ln(d)
    return {prefix + k: w for k, w in t.items()}


def write(name, config, tensors, dtype, files):
    folder = os.path.join(OUT, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump(config, f, indent=1)
    for filename, text in files.items():
        with open(os.path.join(folder, filename), "w", encoding="utf-8") as f:
            f.write(text)
    reference.write_safetensors(os.path.join(folder, "model.safetensors"), tensors, dtype)
    expected = [dict(text=t, **reference.run(folder, t)) for t in TEXTS]
    for e in expected:  # 7 decimals are plenty for a 1e-4 comparison and keep the file small
        e["attention"] = [[[[round(w, 7) for w in row] for row in head] for head in layer] for layer in e["attention"]]
    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "written by tests/checkpoints/make_fixtures.py with reference.py", "texts": expected},
                  f, ensure_ascii=False)
    head_statistics(folder)
    print(name, [len(e["ids"]) for e in expected], file=sys.stderr)


KINDS = ["previous", "next", "self", "first", "sep", "punctuation", "other"]


def label(token):
    """How the app shows a token: "##ing" → "ing", GPT-2's byte characters decoded and the leading space dropped."""
    if token.startswith("##"):
        return token[2:]
    if not (token.startswith("[") and token.endswith("]")):
        decode = {c: b for b, c in reference.bytes_to_unicode().items()}
        if all(c in decode for c in token):
            try:
                token = bytes(decode[c] for c in token).decode("utf-8")
            except UnicodeDecodeError:  # a piece of a character's bytes: shown as the replacement character
                return "\ufffd"
    return token.strip()


def head_statistics(folder):
    """Where each row's strongest link goes, per layer and head, over the fixture's texts, from the reference
    attention in expected.json: previous, next, self, first token, [SEP], punctuation, other (the first that
    applies). Written as head-statistics.json; tst_checkpoints checks the app's HeadStatistics against it."""
    with open(os.path.join(folder, "expected.json"), encoding="utf-8") as f:
        texts = json.load(f)["texts"]
    counts = None
    for e in texts:
        tokens, attention = e["tokens"], e["attention"]
        if counts is None:
            counts = [[dict.fromkeys(KINDS, 0) for _ in layer] for layer in attention]
        for l, layer in enumerate(attention):
            for h, rows in enumerate(layer):
                for i, row in enumerate(rows):
                    j = max(range(len(row)), key=lambda k: row[k])
                    shown = label(tokens[j])
                    kind = ("previous" if j == i - 1 else "next" if j == i + 1 else "self" if j == i
                            else "first" if j == 0 else "sep" if tokens[j] == "[SEP]"
                            else "punctuation" if shown and all(unicodedata.category(c)[0] in "PS" and c != "\ufffd"
                                                                for c in shown)
                            else "other")
                    counts[l][h][kind] += 1
    with open(os.path.join(folder, "head-statistics.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "written by tests/checkpoints/make_fixtures.py from expected.json",
                   "texts": [e["text"] for e in texts], "counts": counts}, f, indent=1)


def main():
    if sys.argv[1:] == ["--statistics"]:  # only head-statistics.json, from the committed expected.json files
        for name in sorted(os.listdir(OUT)):
            if os.path.exists(os.path.join(OUT, name, "expected.json")):
                head_statistics(os.path.join(OUT, name))
        return
    torch.manual_seed(2026)
    for name, cased, prefix, dtype, layers, heads, d in (("bert-uncased", False, "", "F32", 3, 4, 32),
                                                          ("bert-cased-mlm", True, "bert.", "F16", 2, 2, 16)):
        vocab = bert_vocab(cased)
        config = {"model_type": "bert", "architectures": ["BertForMaskedLM" if prefix else "BertModel"],
                  "vocab_size": len(vocab), "hidden_size": d, "num_hidden_layers": layers,
                  "num_attention_heads": heads, "intermediate_size": 2 * d, "max_position_embeddings": 64,
                  "type_vocab_size": 2, "layer_norm_eps": 1e-12, "hidden_act": "gelu"}
        write(name, config, bert_weights(config, prefix), dtype,
              {"vocab.txt": "\n".join(vocab) + "\n",
               "tokenizer_config.json": json.dumps({"do_lower_case": not cased})})
    for name, prefix, dtype, layers, heads, d in (("gpt2", "", "F32", 2, 3, 24), ("gpt2-lm-bf16", "transformer.", "BF16", 2, 2, 16)):
        vocab, merges = gpt2_vocab()
        config = {"model_type": "gpt2", "architectures": ["GPT2LMHeadModel" if prefix else "GPT2Model"],
                  "vocab_size": len(vocab), "n_embd": d, "n_layer": layers, "n_head": heads, "n_positions": 96,
                  "n_inner": None, "layer_norm_epsilon": 1e-5, "activation_function": "gelu_new"}
        write(name, config, gpt2_weights(config, prefix), dtype,
              {"vocab.json": json.dumps(vocab, ensure_ascii=False),
               "merges.txt": "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in merges)})


if __name__ == "__main__":
    main()
