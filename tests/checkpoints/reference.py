#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A reference implementation of BERT and GPT-2 (forward pass with every attention matrix) and of their tokenizers,
in plain PyTorch (Debian's python3-torch, python3-regex), written from the published definitions:

* BERT (Devlin et al. 2019; HuggingFace modeling_bert.py): post-LN encoder, word + learned position + token-type
  embeddings, exact (erf) GELU; BasicTokenizer (clean text, CJK characters apart, NFC, lower case and strip accents
  when do_lower_case, split on whitespace and punctuation) + greedy longest-match WordPiece, [CLS] … [SEP].
* GPT-2 (Radford et al. 2019; modeling_gpt2.py): pre-LN decoder, causal, Conv1D weights [in, out], "gelu_new"
  (tanh approximation); byte-level BPE: bytes → printable characters, the GPT-2 pre-tokenisation regex, merges by
  rank, no BOS.

It is independent of the app's C++ code and is what tst_checkpoints compares against (through the fixtures that
make_fixtures.py writes with it). Usage as a tool:

    /usr/bin/python3 tests/checkpoints/reference.py MODEL_DIR "text"   # prints tokens, ids and attention as JSON
"""
import json
import math
import struct
import sys
import unicodedata

import regex
import torch

DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16, "F64": torch.float64}


# ---------------------------------------------------------------------------------------------------------- files

def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        raw = bytearray(data[8 + n + begin: 8 + n + end])
        t = torch.frombuffer(raw, dtype=DTYPES[info["dtype"]]) if raw else torch.zeros(0, dtype=DTYPES[info["dtype"]])
        out[name] = t.reshape(info["shape"]).to(torch.float64)
    return out


def write_safetensors(path, tensors, dtype="F32"):
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        b = t.to(DTYPES[dtype]).contiguous().view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[name] = {"dtype": dtype, "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
        blobs.append(b)
        offset += len(b)
    h = json.dumps(header).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))


# ------------------------------------------------------------------------------------------------------ tokenizers

def _is_whitespace(c):
    return c in " \t\n\r" or unicodedata.category(c) == "Zs"


def _is_control(c):
    return c not in "\t\n\r" and unicodedata.category(c).startswith("C")


def _is_punctuation(c):
    cp = ord(c)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(c).startswith("P")


def _is_cjk(cp):
    return any(a <= cp <= b for a, b in ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
                                         (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)))


class WordPiece:
    def __init__(self, vocab, lower, unk="[UNK]", cls="[CLS]", sep="[SEP]"):
        self.vocab, self.lower, self.unk, self.cls, self.sep = vocab, lower, unk, cls, sep

    def basic(self, text):
        text = "".join(" " if _is_whitespace(c) else c for c in text
                       if not (ord(c) == 0 or ord(c) == 0xFFFD or _is_control(c)))
        text = "".join(f" {c} " if _is_cjk(ord(c)) else c for c in text)
        text = unicodedata.normalize("NFC", text)
        out = []
        for token in text.split():
            if self.lower:
                token = token.lower()
                token = "".join(c for c in unicodedata.normalize("NFD", token) if unicodedata.category(c) != "Mn")
            word = ""
            for c in token:
                if _is_punctuation(c):
                    if word:
                        out.append(word)
                    out.append(c)
                    word = ""
                else:
                    word += c
            if word:
                out.append(word)
        return out

    def wordpiece(self, word):
        if len(word) > 100:
            return [self.unk]
        pieces, start = [], 0
        while start < len(word):
            end, cur = len(word), None
            while start < end:
                sub = word[start:end]
                if start > 0:
                    sub = "##" + sub
                if sub in self.vocab:
                    cur = sub
                    break
                end -= 1
            if cur is None:
                return [self.unk]
            pieces.append(cur)
            start = end
        return pieces

    def __call__(self, text):
        tokens = [self.cls] + [p for w in self.basic(text) for p in self.wordpiece(w)] + [self.sep]
        return tokens, [self.vocab[t] for t in tokens]


def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


GPT2_PATTERN = regex.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")


class ByteBpe:
    def __init__(self, vocab, merges):
        self.vocab = vocab
        self.ranks = {tuple(m): i for i, m in enumerate(merges)}
        self.byte_map = bytes_to_unicode()

    def bpe(self, word):
        parts = list(word)
        while len(parts) > 1:
            pairs = [(self.ranks.get((a, b), math.inf), i) for i, (a, b) in enumerate(zip(parts, parts[1:]))]
            rank, _ = min(pairs)
            if rank == math.inf:
                break
            first, second = next((parts[i], parts[i + 1]) for r, i in pairs if r == rank)
            merged, i = [], 0
            while i < len(parts):
                if i + 1 < len(parts) and parts[i] == first and parts[i + 1] == second:
                    merged.append(first + second)
                    i += 2
                else:
                    merged.append(parts[i])
                    i += 1
            parts = merged
        return parts

    def __call__(self, text):
        tokens = []
        for piece in GPT2_PATTERN.findall(text):
            tokens += self.bpe("".join(self.byte_map[b] for b in piece.encode("utf-8")))
        return tokens, [self.vocab[t] for t in tokens]


# ----------------------------------------------------------------------------------------------------------- models

def layer_norm(x, w, b, eps):
    mean = x.mean(-1, keepdim=True)
    var = ((x - mean) ** 2).mean(-1, keepdim=True)
    return (x - mean) / torch.sqrt(var + eps) * w + b


def attention(x, wq, bq, wk, bk, wv, bv, heads, causal):
    """x [n, d]; w* as y = x·w + b with w [d, d]; returns context [n, d] and weights [heads, n, n]."""
    n, d = x.shape
    dh = d // heads
    q = (x @ wq + bq).reshape(n, heads, dh).transpose(0, 1)
    k = (x @ wk + bk).reshape(n, heads, dh).transpose(0, 1)
    v = (x @ wv + bv).reshape(n, heads, dh).transpose(0, 1)
    scores = q @ k.transpose(1, 2) / math.sqrt(dh)
    if causal:
        scores = scores.masked_fill(torch.triu(torch.ones(n, n, dtype=torch.bool), 1), -math.inf)
    a = torch.softmax(scores, -1)
    return (a @ v).transpose(0, 1).reshape(n, d), a


def bert_layers(t, config, ids):
    """The last layer's hidden states and every layer's attention [layer][head, n, n]."""
    p = "bert." if "bert.embeddings.word_embeddings.weight" in t else ""
    g = lambda name: t[p + name]
    eps = config.get("layer_norm_eps", 1e-12)
    heads = config["num_attention_heads"]
    n = len(ids)
    x = g("embeddings.word_embeddings.weight")[ids] + g("embeddings.position_embeddings.weight")[:n] \
        + g("embeddings.token_type_embeddings.weight")[0]
    x = layer_norm(x, g("embeddings.LayerNorm.weight"), g("embeddings.LayerNorm.bias"), eps)
    out = []
    for i in range(config["num_hidden_layers"]):
        L = lambda name: g(f"encoder.layer.{i}.{name}")
        ctx, a = attention(x, L("attention.self.query.weight").T, L("attention.self.query.bias"),
                           L("attention.self.key.weight").T, L("attention.self.key.bias"),
                           L("attention.self.value.weight").T, L("attention.self.value.bias"), heads, False)
        out.append(a)
        x = layer_norm(ctx @ L("attention.output.dense.weight").T + L("attention.output.dense.bias") + x,
                       L("attention.output.LayerNorm.weight"), L("attention.output.LayerNorm.bias"), eps)
        h = x @ L("intermediate.dense.weight").T + L("intermediate.dense.bias")
        h = 0.5 * h * (1 + torch.erf(h / math.sqrt(2)))
        x = layer_norm(h @ L("output.dense.weight").T + L("output.dense.bias") + x,
                       L("output.LayerNorm.weight"), L("output.LayerNorm.bias"), eps)
    return x, out


def bert_forward(t, config, ids):
    return bert_layers(t, config, ids)[1]


def gpt2_forward(t, config, ids):
    p = "transformer." if "transformer.wte.weight" in t else ""
    g = lambda name: t[p + name]
    eps = config.get("layer_norm_epsilon", 1e-5)
    heads, d = config["n_head"], config["n_embd"]
    n = len(ids)
    x = g("wte.weight")[ids] + g("wpe.weight")[:n]
    out = []
    for i in range(config["n_layer"]):
        L = lambda name: g(f"h.{i}.{name}")
        h = layer_norm(x, L("ln_1.weight"), L("ln_1.bias"), eps)
        w, b = L("attn.c_attn.weight"), L("attn.c_attn.bias")
        ctx, a = attention(h, w[:, :d], b[:d], w[:, d:2 * d], b[d:2 * d], w[:, 2 * d:], b[2 * d:], heads, True)
        out.append(a)
        x = x + ctx @ L("attn.c_proj.weight") + L("attn.c_proj.bias")
        h = layer_norm(x, L("ln_2.weight"), L("ln_2.bias"), eps)
        h = h @ L("mlp.c_fc.weight") + L("mlp.c_fc.bias")
        h = 0.5 * h * (1 + torch.tanh(math.sqrt(2 / math.pi) * (h + 0.044715 * h ** 3)))
        x = x + h @ L("mlp.c_proj.weight") + L("mlp.c_proj.bias")
    return out


def fill_mask(folder, text, top=5):
    """BertForMaskedLM's prediction for the first [MASK]: transform (dense, GELU, LayerNorm), decoder tied to the
    word embeddings, bias; softmax; the `top` tokens with their probabilities."""
    config, t, tokenizer, _ = load(folder)
    inv = {i: w for w, i in tokenizer.vocab.items()}
    parts = text.split("[MASK]")
    tokens = ["[CLS]"]
    for k, part in enumerate(parts):
        if k:
            tokens.append("[MASK]")
        tokens += [p for w in tokenizer.basic(part) for p in tokenizer.wordpiece(w)]
    tokens.append("[SEP]")
    ids = [tokenizer.vocab[x] for x in tokens]
    with torch.no_grad():
        h = bert_layers(t, config, ids)[0][tokens.index("[MASK]")]
        h = h @ t["cls.predictions.transform.dense.weight"].T + t["cls.predictions.transform.dense.bias"]
        h = 0.5 * h * (1 + torch.erf(h / math.sqrt(2)))
        h = layer_norm(h, t["cls.predictions.transform.LayerNorm.weight"], t["cls.predictions.transform.LayerNorm.bias"],
                       config.get("layer_norm_eps", 1e-12))
        p = torch.softmax(h @ t["bert.embeddings.word_embeddings.weight"].T + t["cls.predictions.bias"], -1)
    values, indices = p.topk(top)
    return [[inv[int(i)], round(float(v), 6)] for v, i in zip(values, indices)]


def load(folder):
    with open(f"{folder}/config.json") as f:
        config = json.load(f)
    tensors = read_safetensors(f"{folder}/model.safetensors")
    if config["model_type"] == "bert":
        with open(f"{folder}/vocab.txt", encoding="utf-8") as f:
            vocab = {line.rstrip("\n"): i for i, line in enumerate(f)}
        lower = True
        try:
            with open(f"{folder}/tokenizer_config.json") as f:
                lower = json.load(f).get("do_lower_case", True)
        except FileNotFoundError:
            pass
        return config, tensors, WordPiece(vocab, lower), bert_forward
    with open(f"{folder}/vocab.json", encoding="utf-8") as f:
        vocab = json.load(f)
    with open(f"{folder}/merges.txt", encoding="utf-8") as f:
        merges = [line.split() for line in f if line.strip() and not line.startswith("#version")]
    return config, tensors, ByteBpe(vocab, merges), gpt2_forward


def run(folder, text):
    config, tensors, tokenizer, forward = load(folder)
    tokens, ids = tokenizer(text)
    with torch.no_grad():
        attentions = forward(tensors, config, ids)
    return {"tokens": tokens, "ids": ids, "attention": [a.tolist() for a in attentions]}


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1], sys.argv[2])))
