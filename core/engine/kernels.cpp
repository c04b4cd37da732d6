// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernels.h"

#include <cmath>
#include <cstdint>
#include <cstring>

// One copy of each loop per instruction set, chosen at start-up (GCC's function multi-versioning; needs the GNU C
// library's ifunc, so other platforms get the portable copy only).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define ATTENTION_KERNEL __attribute__((target_clones("default", "avx2", "avx512f")))
#else
#define ATTENTION_KERNEL
#endif

namespace attention::kernels {
namespace {

/// Lanes of the partial sums and maxima: as wide as the widest vector, so the loops vectorise without reordering.
constexpr std::ptrdiff_t Lanes = 16;

/// e^x by Cody & Waite reduction x = n·ln 2 + r and the minimax polynomial of the Cephes library's expf; inline and
/// branch-free so that the loops calling it vectorise.
inline float expInline(float x)
{
    x = x < -87.3f ? -87.3f : (x > 88.3f ? 88.3f : x);
    // n = round(x / ln 2); x / ln 2 ≥ −126, so adding 127.5 and truncating is floor(x / ln 2 + 0.5) + 127
    const std::int32_t biased = std::int32_t(x * 1.44269504088896341f + 127.5f);
    const float n = float(biased - 127);
    float r = x - n * 0.693359375f;
    r -= n * -2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    const float y = p * r * r + r + 1.f;
    const std::int32_t bits = biased << 23; // 2^n as a float: exponent field n + 127, n in [−126, 127]
    float scale;
    std::memcpy(&scale, &bits, sizeof scale);
    return y * scale;
}

inline float sum(const float *x, std::ptrdiff_t n)
{
    float lane[Lanes] = {};
    std::ptrdiff_t j = 0;
    for (; j + Lanes <= n; j += Lanes)
        for (std::ptrdiff_t l = 0; l < Lanes; ++l)
            lane[l] += x[j + l];
    float total = 0;
    for (; j < n; ++j)
        total += x[j];
    for (float v : lane)
        total += v;
    return total;
}

inline float maximum(const float *x, std::ptrdiff_t n)
{
    float lane[Lanes];
    for (float &v : lane)
        v = x[0];
    std::ptrdiff_t j = 0;
    for (; j + Lanes <= n; j += Lanes)
        for (std::ptrdiff_t l = 0; l < Lanes; ++l)
            lane[l] = x[j + l] > lane[l] ? x[j + l] : lane[l];
    float best = x[0];
    for (; j < n; ++j)
        best = x[j] > best ? x[j] : best;
    for (float v : lane)
        best = v > best ? v : best;
    return best;
}

} // namespace

float exp(float x)
{
    return expInline(x);
}

ATTENTION_KERNEL void addBias(
    float *x, std::ptrdiff_t rows, std::ptrdiff_t cols, std::ptrdiff_t stride, const float *bias)
{
    for (std::ptrdiff_t i = 0; i < rows; ++i) {
        float *row = x + i * stride;
        for (std::ptrdiff_t j = 0; j < cols; ++j)
            row[j] += bias[j];
    }
}

ATTENTION_KERNEL void biasActivate(float *x, std::ptrdiff_t rows, std::ptrdiff_t cols, const float *bias, Activation f)
{
    for (std::ptrdiff_t i = 0; i < rows; ++i) {
        float *row = x + i * cols;
        switch (f) {
        case Activation::Gelu:
            // x·Φ(x) = 0.5·x·(1 + erf(x/√2)), erf by Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7): with
            // z = |x|/√2 and r = 0.5·poly(t)·exp(−z²) = 1 − Φ(|x|), x·Φ(x) is x − x·r for x ≥ 0 and x·r below,
            // that is max(x, 0) − |x|·r, with no branch
            for (std::ptrdiff_t j = 0; j < cols; ++j) {
                const float a = row[j] + bias[j];
                const float abs = a < 0 ? -a : a;
                const float z = abs * 0.70710678118654752f;
                const float t = 1.f / (1.f + 0.3275911f * z);
                const float poly = t
                    * (0.254829592f
                        + t * (-0.284496736f + t * (1.421413741f + t * (-1.453152027f + t * 1.061405429f))));
                row[j] = (a > 0 ? a : 0.f) - abs * (0.5f * poly * expInline(-z * z));
            }
            break;
        case Activation::GeluNew:
            // 0.5·x·(1 + tanh(u)) with u = √(2/π)·(x + 0.044715·x³); 1 + tanh(u) = 2 − 2/(e^{2u} + 1)
            for (std::ptrdiff_t j = 0; j < cols; ++j) {
                const float a = row[j] + bias[j];
                const float u = 0.79788456080286536f * (a + 0.044715f * a * a * a);
                row[j] = a - a / (expInline(2.f * u) + 1.f);
            }
            break;
        case Activation::Relu:
            for (std::ptrdiff_t j = 0; j < cols; ++j) {
                const float a = row[j] + bias[j];
                row[j] = a > 0 ? a : 0.f;
            }
            break;
        }
    }
}

ATTENTION_KERNEL void layerNorm(float *x, std::ptrdiff_t rows, std::ptrdiff_t cols, const float *bias,
    const float *weight, const float *shift, float eps)
{
    for (std::ptrdiff_t i = 0; i < rows; ++i) {
        float *row = x + i * cols;
        if (bias)
            for (std::ptrdiff_t j = 0; j < cols; ++j)
                row[j] += bias[j];
        const float mean = sum(row, cols) / float(cols);
        float lane[Lanes] = {};
        std::ptrdiff_t j = 0;
        for (; j + Lanes <= cols; j += Lanes)
            for (std::ptrdiff_t l = 0; l < Lanes; ++l) {
                row[j + l] -= mean;
                lane[l] += row[j + l] * row[j + l];
            }
        float squares = 0;
        for (; j < cols; ++j) {
            row[j] -= mean;
            squares += row[j] * row[j];
        }
        for (float v : lane)
            squares += v;
        const float inv = float(1.0 / std::sqrt(double(squares) / double(cols) + double(eps)));
        for (j = 0; j < cols; ++j)
            row[j] = row[j] * inv * weight[j] + shift[j];
    }
}

ATTENTION_KERNEL void softmaxRows(
    float *s, std::ptrdiff_t rows, std::ptrdiff_t cols, std::ptrdiff_t stride, float scale, bool causal)
{
    for (std::ptrdiff_t i = 0; i < rows; ++i) {
        float *row = s + i * stride;
        const std::ptrdiff_t n = causal && i + 1 < cols ? i + 1 : cols;
        const float shift = scale * maximum(row, n);
        for (std::ptrdiff_t j = 0; j < n; ++j)
            row[j] = expInline(scale * row[j] - shift);
        const float inv = 1.f / sum(row, n);
        for (std::ptrdiff_t j = 0; j < n; ++j)
            row[j] *= inv;
        for (std::ptrdiff_t j = n; j < cols; ++j)
            row[j] = 0;
    }
}

} // namespace attention::kernels
