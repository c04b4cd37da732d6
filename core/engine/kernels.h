// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

/// The element-wise steps of a checkpoint's forward pass (everything between the matrix products) on row-major float
/// matrices, written as plain loops that the compiler vectorises. On x86-64 Linux each is compiled for SSE2, AVX2
/// and AVX-512 and the CPU's best is picked when the program starts, as OpenBLAS does for the products, so one
/// portable binary runs at the speed of the machine it is on. Sums run in a fixed order, so every CPU gives the same
/// numbers.
namespace attention::kernels {

enum class Activation { Gelu, GeluNew, Relu };

/// x[i][j] += bias[j] for the first `cols` entries of each row; `stride` is the distance between rows.
void addBias(float *x, std::ptrdiff_t rows, std::ptrdiff_t cols, std::ptrdiff_t stride, const float *bias);

/// x[i][j] = f(x[i][j] + bias[j]) with f the activation: exact GELU x·Φ(x), GPT-2's tanh approximation, or ReLU.
void biasActivate(float *x, std::ptrdiff_t rows, std::ptrdiff_t cols, const float *bias, Activation f);

/// Each row of x, after adding `bias` (if not null), normalised to mean 0 and variance 1, then times `weight` plus
/// `shift`.
void layerNorm(float *x, std::ptrdiff_t rows, std::ptrdiff_t cols, const float *bias, const float *weight,
    const float *shift, float eps);

/// Row i of s becomes softmax(scale · s[i]) (scale > 0); when causal only its first i + 1 entries are used and the
/// rest set to 0. `stride` is the distance between rows.
void softmaxRows(float *s, std::ptrdiff_t rows, std::ptrdiff_t cols, std::ptrdiff_t stride, float scale, bool causal);

/// e^x for one float, the same polynomial the vectorised loops use (relative error below 2e-7 for x in
/// [−87, 88]; smaller x gives the smallest normal float, not 0).
float exp(float x);

} // namespace attention::kernels
