// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <Eigen/Core>

#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace attention {

using Scalar = double;
/// A dense row-major matrix: one row per token.
using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowVector = Eigen::Matrix<Scalar, 1, Eigen::Dynamic>;
/// Single precision, for trained checkpoints' weights and every layer's attention at once.
using MatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowVectorF = Eigen::Matrix<float, 1, Eigen::Dynamic>;
/// true where a query row may attend to a key column.
using BoolMatrix = Eigen::Matrix<bool, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

inline constexpr Scalar kMasked = -std::numeric_limits<Scalar>::infinity();

/// An input the engine cannot compute with; what() names the argument and the problem.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
    /// An error a learner can meet in the window, carried as a message template with %1… placeholders (marked with
    /// QT_TRANSLATE_NOOP("Error", …) where it is thrown) and its arguments: what() is the English message, and
    /// localized() the template in the current language with the arguments filled in.
    Error(const char *messageTemplate, const QStringList &arguments);
    /// The same, about a place in a file ("FILE: sentence \"id\": field \"text\""): the message is "WHERE: problem".
    Error(const QString &where, const char *messageTemplate, const QStringList &arguments);
    /// `inner` about a place: its message (and template) after "WHERE: ".
    Error(const QString &where, const Error &inner);

    /// The message in the current language (context "Error" of the app's translations); what() for an error made
    /// from a plain message.
    QString localized() const;
    /// The template the message was made from, or nullptr.
    const char *messageTemplate() const { return m_template; }
    const QStringList &arguments() const { return m_arguments; }

private:
    const char *m_template = nullptr;
    QStringList m_arguments;
    QString m_where;
};

/// Which key positions each query position may attend to.
struct Mask {
    enum class Kind { None, Causal, Allowed, Additive };

    Kind kind = Kind::None;
    BoolMatrix allowed; ///< Kind::Allowed: [n×m], true = may attend
    Matrix additive; ///< Kind::Additive: [n×m], added to the scaled scores; −∞ = may not attend

    static Mask none() { return {}; }
    static Mask causal() { return { Kind::Causal, {}, {} }; }
    static Mask fromAllowed(BoolMatrix allowed) { return { Kind::Allowed, std::move(allowed), {} }; }
    static Mask fromAdditive(Matrix additive) { return { Kind::Additive, {}, std::move(additive) }; }
};

/// Every intermediate of one attention head, in the order the formula computes them.
struct HeadResult {
    Matrix q; ///< [n×d_k]
    Matrix k; ///< [m×d_k]
    Matrix v; ///< [m×d_v]
    Matrix scores; ///< Q·Kᵀ                [n×m]
    Matrix scaled; ///< Q·Kᵀ/(T·√d_k)       [n×m]
    Matrix masked; ///< scaled + mask       [n×m], −∞ where masked
    Matrix weights; ///< A = softmax(masked) [n×m], each row sums to 1 (or is all 0 if fully masked)
    Matrix output; ///< A·V                 [n×d_v]
};

/// Projection weights of a multi-head attention layer; rows of X are multiplied from the left (q = x·W_Q + b_Q).
struct LayerWeights {
    Matrix wq, wk, wv; ///< [d_model × h·d_k], [d_model × h·d_k], [d_model × h·d_v]
    RowVector bq, bk, bv; ///< empty or [h·d_k], [h·d_k], [h·d_v]
    Matrix wo; ///< empty (no output projection) or [h·d_v × d_out]
    RowVector bo; ///< empty or [d_out]
};

/// The result of a multi-head layer: each head's intermediates, their concatenation and the projected output.
struct LayerResult {
    Matrix input; ///< X the layer was computed from [n × d_model] (empty when Q, K and V were given directly)
    std::vector<HeadResult> heads;
    Matrix concat; ///< [n × h·d_v], head outputs side by side
    Matrix output; ///< concat·W_O + b_O [n × d_out], or concat when there is no W_O
};

/// softmax over each row, stable: exp(x − max_row) / Σ exp(x − max_row).
/// The most attention weights one request may build, checked before anything of that size is allocated (an Error
/// names the limit): one layer's heads × queries × keys ≤ kMaxLayerWeights (2²² = 4 194 304: 2048 tokens in one
/// head, 512 in 16; BERT-base at 512 tokens has 3.1 million), and a checkpoint's every layer at once,
/// layers × heads × tokens² ≤ kMaxModelWeights (2²⁶ = 67 108 864; BERT-base at 512 tokens has 37.7 million).
inline constexpr double kMaxLayerWeights = 4194304;
inline constexpr double kMaxModelWeights = 67108864;

/// Throws Error when `heads` heads of `queries` × `keys` weights exceed kMaxLayerWeights.
void requireLayerWithinLimit(double heads, double queries, double keys);

/// logits:[n×m] → [n×m]. Entries equal to −∞ get exactly 0; a row that is −∞ everywhere becomes all zeros.
/// Throws Error on NaN or +∞.
Matrix softmaxRows(const Matrix &logits);

/// Adds the mask to scaled scores: −∞ where a position may not attend. scaled:[n×m] → [n×m].
Matrix applyMask(const Matrix &scaled, const Mask &mask);

/// One head: A = softmax(Q·Kᵀ/(T·√d_k) + mask), output = A·V.
/// Q:[n×d_k], K:[m×d_k], V:[m×d_v], T > 0 → HeadResult (A:[n×m], output:[n×d_v]).
HeadResult scaledDotProductAttention(
    const Matrix &q, const Matrix &k, const Matrix &v, const Mask &mask = {}, Scalar temperature = 1);

/// Multi-head self-attention: Q = X·W_Q + b_Q (likewise K, V), split column-wise into `heads` heads,
/// per-head scaledDotProductAttention, heads concatenated, then ·W_O + b_O.
/// X:[n×d_model] → LayerResult (output:[n×d_out]).
LayerResult multiHeadAttention(
    const Matrix &x, const LayerWeights &weights, int heads, const Mask &mask = {}, Scalar temperature = 1);

/// Multi-head attention from already projected Q, K, V, split column-wise into `heads` heads.
/// Q:[n × h·d_k], K:[m × h·d_k], V:[m × h·d_v] → LayerResult (output = concat).
LayerResult multiHeadAttention(
    const Matrix &q, const Matrix &k, const Matrix &v, int heads, const Mask &mask = {}, Scalar temperature = 1);

/// Shannon entropy of one attention row in bits: H = −Σ a_j·log₂ a_j (zero weights contribute 0). row:[m] → H ≥ 0.
Scalar entropyBits(const RowVector &row);

/// The mean of a layer's heads' weights (a checkpoint's [head] → n×n), n×n; empty for no heads.
MatrixF headAverage(const std::vector<MatrixF> &heads);

/// Attention rollout (Abnar & Zuidema 2020): with each layer's head-averaged attention Â_l = ½·A_l + ½·I (rows
/// renormalised, the residual connection counted as attention to oneself), R = Â_L·…·Â_1 estimates how much each
/// token's representation after layer L draws on each input token. `layers` holds one averaged matrix per layer.
MatrixF attentionRollout(const std::vector<MatrixF> &layers);

/// Inside the math for one query row of one head, with the real numbers.
struct RowExplanation {
    std::vector<Scalar> scores; ///< q·k_j for each key j
    std::vector<Scalar> featureScores; ///< the part of q·k_j from the first `namedColumns` columns (named features)
    std::vector<Scalar> positionScores; ///< the rest of q·k_j (the position encoding's columns)
    std::vector<Scalar> scaled; ///< q·k_j/(T·√d_k)
    std::vector<bool> masked; ///< true where the mask forbids attending (the masked score is −∞)
    std::vector<Scalar> weights; ///< softmax of the masked row: a row of A
    int topScore = -1; ///< the key with the highest score (the first of equals)
    Scalar divisor = 0; ///< T·√d_k
    Scalar entropy = 0; ///< H = −Σ a_j·log₂ a_j, in bits
    Scalar effectiveTokens = 0; ///< 2^H: how many tokens the row is spread over
    std::vector<std::pair<Scalar, Scalar>>
        entropyCurve; ///< (T′, H at T′) for each T′ asked for: only the softmax re-run
};

/// Explains row `token` of a computed head: the scores split at column `namedColumns` of q and k (features ·
/// features + position · position = q·k, since the dot product is a sum over columns), scaled by T·√d_k, masked,
/// softmaxed, the row's entropy, and its entropy at each temperature of `curve` with the same scores and mask.
/// head: HeadResult with Q:[n×d_k], K:[m×d_k], computed at `temperature`; 0 ≤ token < n; 0 ≤ namedColumns ≤ d_k.
RowExplanation explainRow(
    const HeadResult &head, int namedColumns, int token, Scalar temperature, const std::vector<Scalar> &curve = {});

/// Mean of the heads' attention weights: (1/h)·Σ A_h. All A_h:[n×m] → [n×m].
Matrix averageWeights(const std::vector<HeadResult> &heads);

} // namespace attention
