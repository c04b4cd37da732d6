#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Speed of a BERT-base-sized checkpoint: the app's forward pass (bench_checkpoint) against the PyTorch reference,
one thread each, on the same random weights (12 layers, width 768, 12 heads, 30 522 words; about 440 MB, written to
a temporary folder and not kept). Prints a comparison table: open time, forward with every attention at 128 and 512
tokens, and peak memory against the file size.

    /usr/bin/python3 tests/checkpoints/../bench/checkpoint_speed.py [BUILD_DIR]
Needs python3-torch and python3-regex (Debian).
"""
import os

# One thread for both sides: PyTorch's own pool and the BLAS it calls (set before torch is imported).
os.environ.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")

import json  # noqa: E402
import subprocess
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import torch  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "checkpoints"))
import reference  # noqa: E402

BUILD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "build")


def make(folder):
    torch.manual_seed(1)
    d, f, v, layers = 768, 3072, 30522, 12
    t = {"embeddings.word_embeddings.weight": torch.randn(v, d) * 0.05,
         "embeddings.position_embeddings.weight": torch.randn(512, d) * 0.05,
         "embeddings.token_type_embeddings.weight": torch.randn(2, d) * 0.05,
         "embeddings.LayerNorm.weight": torch.ones(d), "embeddings.LayerNorm.bias": torch.zeros(d)}
    for i in range(layers):
        p = f"encoder.layer.{i}."
        for name in ("query", "key", "value"):
            t[p + f"attention.self.{name}.weight"] = torch.randn(d, d) * 0.05
            t[p + f"attention.self.{name}.bias"] = torch.zeros(d)
        t[p + "attention.output.dense.weight"], t[p + "attention.output.dense.bias"] = torch.randn(d, d) * 0.05, torch.zeros(d)
        t[p + "attention.output.LayerNorm.weight"], t[p + "attention.output.LayerNorm.bias"] = torch.ones(d), torch.zeros(d)
        t[p + "intermediate.dense.weight"], t[p + "intermediate.dense.bias"] = torch.randn(f, d) * 0.05, torch.zeros(f)
        t[p + "output.dense.weight"], t[p + "output.dense.bias"] = torch.randn(d, f) * 0.05, torch.zeros(d)
        t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"] = torch.ones(d), torch.zeros(d)
    reference.write_safetensors(os.path.join(folder, "model.safetensors"), t, "F32")
    config = {"model_type": "bert", "vocab_size": v, "hidden_size": d, "num_hidden_layers": layers,
              "num_attention_heads": 12, "intermediate_size": f, "max_position_embeddings": 512, "type_vocab_size": 2}
    with open(os.path.join(folder, "config.json"), "w") as fh:
        json.dump(config, fh)
    with open(os.path.join(folder, "vocab.txt"), "w") as fh:
        fh.write("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + [f"w{i}" for i in range(v - 5)]) + "\n")
    return config


def torch_forward(folder, config, n, repeats=3):
    torch.set_num_threads(1)
    tensors = {k: w.float() for k, w in reference.read_safetensors(os.path.join(folder, "model.safetensors")).items()}
    ids = [(i * 7919 + 13) % 30000 for i in range(n)]
    times = []
    with torch.no_grad():
        for _ in range(repeats):
            start = time.perf_counter()
            reference.bert_forward(tensors, config, ids)
            times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2]


def main():
    with tempfile.TemporaryDirectory() as folder:
        config = make(folder)
        size_mb = os.path.getsize(os.path.join(folder, "model.safetensors")) / 2 ** 20
        rows = []
        for n in (128, 512):
            out = subprocess.run([os.path.join(BUILD, "tests", "bench", "bench_checkpoint"), folder, str(n), "3"],
                                 capture_output=True, text=True, check=True).stdout
            app = dict(line.split("=") for line in out.split())
            rows.append((n, float(app["open_ms"]), float(app["forward_ms"]), torch_forward(folder, config, n),
                         float(app["peak_rss_mb"])))
        print(f"BERT-base-sized random checkpoint: {size_mb:.0f} MB (float32), one thread")
        print(f"{'tokens':>6} {'open ms':>8} {'app forward ms':>15} {'PyTorch ms':>11} {'app / PyTorch':>14} "
              f"{'app peak MB':>12} {'budget MB':>10}")
        for n, open_ms, app_ms, torch_ms, rss in rows:
            print(f"{n:>6} {open_ms:>8.0f} {app_ms:>15.0f} {torch_ms:>11.0f} {app_ms / torch_ms:>14.2f} {rss:>12.0f} "
                  f"{size_mb * 1.3:>10.0f}")
        print("goals: open ≤ 1000 ms; app / PyTorch ≤ 1.0; peak ≤ file size + 30 %")


if __name__ == "__main__":
    main()
