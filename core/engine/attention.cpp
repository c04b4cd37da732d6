// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attention.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdint>

namespace attention {

namespace {

/// `messageTemplate` with %1… replaced by `arguments`.
QString filled(QString messageTemplate, const QStringList &arguments)
{
    for (const QString &argument : arguments)
        messageTemplate = messageTemplate.arg(argument);
    return messageTemplate;
}

} // namespace

Error::Error(const char *messageTemplate, const QStringList &arguments)
    : std::runtime_error(filled(QString::fromUtf8(messageTemplate), arguments).toStdString())
    , m_template(messageTemplate)
    , m_arguments(arguments)
{ }

Error::Error(const QString &where, const char *messageTemplate, const QStringList &arguments)
    : std::runtime_error(
        (where + QStringLiteral(": ") + filled(QString::fromUtf8(messageTemplate), arguments)).toStdString())
    , m_template(messageTemplate)
    , m_arguments(arguments)
    , m_where(where)
{ }

Error::Error(const QString &where, const Error &inner)
    : std::runtime_error((where + QStringLiteral(": ") + QString::fromStdString(inner.what())).toStdString())
    , m_template(inner.m_template)
    , m_arguments(inner.m_arguments)
    , m_where(inner.m_where.isEmpty() ? where : where + QStringLiteral(": ") + inner.m_where)
{ }

QString Error::localized() const
{
    if (!m_template)
        return QString::fromStdString(what());
    const QString problem = filled(QCoreApplication::translate("Error", m_template), m_arguments);
    return m_where.isEmpty() ? problem : m_where + QStringLiteral(": ") + problem;
}
namespace {

std::string shapeOf(const Matrix &m)
{
    return "[" + std::to_string(m.rows()) + "×" + std::to_string(m.cols()) + "]";
}

template<typename Derived> void requireFinite(const Eigen::DenseBase<Derived> &m, const char *name)
{
    if (!m.allFinite())
        throw Error(std::string(name) + " contains NaN or infinity");
}

void requireBias(const RowVector &bias, Eigen::Index width, const char *name, const char *weightName)
{
    if (bias.size() != 0 && bias.size() != width)
        throw Error(std::string(name) + " has " + std::to_string(bias.size()) + " entries, but " + weightName + " has "
            + std::to_string(width) + " columns");
    requireFinite(bias, name);
}

/// x·w + b; `what` names the product in the error when it overflows.
Matrix project(const Matrix &x, const Matrix &w, const RowVector &b, const char *what)
{
    Matrix out = x * w;
    if (b.size() != 0)
        out.rowwise() += b;
    if (!out.allFinite())
        throw Error(std::string(what) + " overflowed: the inputs are too large to compute with");
    return out;
}

} // namespace

void requireLayerWithinLimit(double heads, double queries, double keys)
{
    if (heads * queries * keys > kMaxLayerWeights)
        throw Error(std::to_string(std::int64_t(heads)) + " head(s) of " + std::to_string(std::int64_t(queries)) + "×"
            + std::to_string(std::int64_t(keys)) + " attention weights are more than the limit of "
            + std::to_string(std::int64_t(kMaxLayerWeights)) + " per layer (e.g. 2048 tokens in one head)");
}

Matrix softmaxRows(const Matrix &logits)
{
    if (logits.array().isNaN().any())
        throw Error("softmax input contains NaN");
    if ((logits.array() == std::numeric_limits<Scalar>::infinity()).any())
        throw Error("softmax input contains +infinity");

    Matrix out(logits.rows(), logits.cols());
    for (Eigen::Index r = 0; r < logits.rows(); ++r) {
        const auto row = logits.row(r).array();
        const auto allowed = row > kMasked;
        if (!allowed.any()) {
            out.row(r).setZero(); // nothing to attend to: no weight anywhere, not 0/0
            continue;
        }
        const Scalar rowMax = row.maxCoeff();
        // exp(−∞) is not exactly 0 in Eigen's vectorised exp, so masked entries are selected away, and
        // results below the smallest normal number are flushed so that later products never meet denormals.
        const auto e = allowed.select((row - rowMax).exp(), Scalar(0));
        const auto flushed = (e < std::numeric_limits<Scalar>::min()).select(Scalar(0), e);
        out.row(r) = flushed / flushed.sum(); // the row maximum contributes exp(0) = 1, so the sum is ≥ 1
    }
    return out;
}

Matrix applyMask(const Matrix &scaled, const Mask &mask)
{
    const auto n = scaled.rows();
    const auto m = scaled.cols();
    switch (mask.kind) {
    case Mask::Kind::None:
        return scaled;
    case Mask::Kind::Causal: {
        if (n != m)
            throw Error("a causal mask needs as many queries as keys, got " + shapeOf(scaled));
        Matrix out = scaled;
        for (Eigen::Index i = 0; i < n; ++i)
            out.row(i).tail(m - i - 1).setConstant(kMasked);
        return out;
    }
    case Mask::Kind::Allowed:
        if (mask.allowed.rows() != n || mask.allowed.cols() != m)
            throw Error("mask is [" + std::to_string(mask.allowed.rows()) + "×" + std::to_string(mask.allowed.cols())
                + "], but the scores are " + shapeOf(scaled));
        return mask.allowed.select(scaled, Matrix::Constant(n, m, kMasked));
    case Mask::Kind::Additive:
        if (mask.additive.rows() != n || mask.additive.cols() != m)
            throw Error("mask is " + shapeOf(mask.additive) + ", but the scores are " + shapeOf(scaled));
        if (mask.additive.array().isNaN().any()
            || (mask.additive.array() == std::numeric_limits<Scalar>::infinity()).any())
            throw Error("mask contains NaN or +infinity (only finite numbers and −infinity are allowed)");
        return scaled + mask.additive;
    }
    return scaled;
}

HeadResult scaledDotProductAttention(
    const Matrix &q, const Matrix &k, const Matrix &v, const Mask &mask, Scalar temperature)
{
    if (q.cols() == 0)
        throw Error("Q and K need at least one column (d_k ≥ 1)");
    if (q.cols() != k.cols())
        throw Error("Q is " + shapeOf(q) + " and K is " + shapeOf(k) + ": they need the same number of columns (d_k)");
    if (k.rows() != v.rows())
        throw Error(
            "K is " + shapeOf(k) + " and V is " + shapeOf(v) + ": they need the same number of rows (one per key)");
    if (!std::isfinite(temperature) || temperature <= 0)
        throw Error("temperature must be a finite number greater than 0, got " + std::to_string(temperature));
    requireFinite(q, "Q");
    requireFinite(k, "K");
    requireFinite(v, "V");
    requireLayerWithinLimit(1, double(q.rows()), double(k.rows()));

    HeadResult r;
    r.q = q;
    r.k = k;
    r.v = v;
    r.scores.noalias() = q * k.transpose();
    if (!r.scores.allFinite())
        throw Error("Q·Kᵀ overflowed: the inputs are too large to compute with");
    r.scaled = r.scores / (temperature * std::sqrt(Scalar(q.cols())));
    if (!r.scaled.allFinite())
        throw Error("Q·Kᵀ/(T·√d_k) overflowed: the temperature is too small for these scores");
    r.masked = applyMask(r.scaled, mask);
    r.weights = softmaxRows(r.masked);
    r.output.noalias() = r.weights * v;
    if (!r.output.allFinite())
        throw Error("A·V overflowed: V is too large to compute with");
    return r;
}

LayerResult multiHeadAttention(
    const Matrix &q, const Matrix &k, const Matrix &v, int heads, const Mask &mask, Scalar temperature)
{
    if (heads < 1)
        throw Error("heads must be at least 1, got " + std::to_string(heads));
    if (q.cols() % heads != 0)
        throw Error("Q has " + std::to_string(q.cols()) + " columns, which do not split evenly into "
            + std::to_string(heads) + " heads");
    if (v.cols() % heads != 0)
        throw Error("V has " + std::to_string(v.cols()) + " columns, which do not split evenly into "
            + std::to_string(heads) + " heads");
    if (q.cols() != k.cols())
        throw Error("Q is " + shapeOf(q) + " and K is " + shapeOf(k) + ": they need the same number of columns");
    requireLayerWithinLimit(heads, double(q.rows()), double(k.rows()));

    const auto dk = q.cols() / heads;
    const auto dv = v.cols() / heads;
    LayerResult result;
    result.heads.reserve(std::size_t(heads));
    result.concat.resize(q.rows(), v.cols());
    for (int h = 0; h < heads; ++h) {
        result.heads.push_back(scaledDotProductAttention(
            q.middleCols(h * dk, dk), k.middleCols(h * dk, dk), v.middleCols(h * dv, dv), mask, temperature));
        result.concat.middleCols(h * dv, dv) = result.heads.back().output;
    }
    result.output = result.concat;
    return result;
}

LayerResult multiHeadAttention(const Matrix &x, const LayerWeights &w, int heads, const Mask &mask, Scalar temperature)
{
    const auto dModel = x.cols();
    const auto requireRows = [dModel](const Matrix &m, const char *name) {
        if (m.rows() != dModel)
            throw Error(std::string(name) + " has " + std::to_string(m.rows()) + " rows, but X has "
                + std::to_string(dModel) + " columns (d_model)");
        requireFinite(m, name);
    };
    requireFinite(x, "X");
    requireRows(w.wq, "W_Q");
    requireRows(w.wk, "W_K");
    requireRows(w.wv, "W_V");
    if (w.wq.cols() != w.wk.cols())
        throw Error("W_Q has " + std::to_string(w.wq.cols()) + " columns and W_K has " + std::to_string(w.wk.cols())
            + ": queries and keys need the same width");
    if (heads >= 1 && (w.wq.cols() % heads != 0 || w.wv.cols() % heads != 0))
        throw Error("W_Q has " + std::to_string(w.wq.cols()) + " and W_V " + std::to_string(w.wv.cols())
            + " columns: both must split evenly into " + std::to_string(heads) + " heads");
    requireBias(w.bq, w.wq.cols(), "b_Q", "W_Q");
    requireBias(w.bk, w.wk.cols(), "b_K", "W_K");
    requireBias(w.bv, w.wv.cols(), "b_V", "W_V");
    if (w.wo.size() != 0) {
        if (w.wo.rows() != w.wv.cols())
            throw Error("W_O has " + std::to_string(w.wo.rows()) + " rows, but W_V has " + std::to_string(w.wv.cols())
                + " columns (the width of the concatenated heads)");
        requireFinite(w.wo, "W_O");
        requireBias(w.bo, w.wo.cols(), "b_O", "W_O");
    } else if (w.bo.size() != 0) {
        throw Error("b_O is given without W_O");
    }

    requireLayerWithinLimit(std::max(heads, 1), double(x.rows()), double(x.rows()));
    LayerResult result = multiHeadAttention(project(x, w.wq, w.bq, "X·W_Q + b_Q"),
        project(x, w.wk, w.bk, "X·W_K + b_K"), project(x, w.wv, w.bv, "X·W_V + b_V"), heads, mask, temperature);
    if (w.wo.size() != 0)
        result.output = project(result.concat, w.wo, w.bo, "concat·W_O + b_O");
    result.input = x;
    return result;
}

Scalar entropyBits(const RowVector &row)
{
    Scalar h = 0;
    for (Eigen::Index j = 0; j < row.size(); ++j) {
        if (row(j) > 0)
            h -= row(j) * std::log2(row(j));
    }
    return h;
}

Matrix averageWeights(const std::vector<HeadResult> &heads)
{
    if (heads.empty())
        return {};
    Matrix sum = heads.front().weights;
    for (std::size_t h = 1; h < heads.size(); ++h)
        sum += heads[h].weights;
    return sum / Scalar(heads.size());
}

RowExplanation explainRow(
    const HeadResult &head, int namedColumns, int token, Scalar temperature, const std::vector<Scalar> &curve)
{
    if (token < 0 || token >= head.q.rows())
        throw Error("explainRow: token out of range");
    if (namedColumns < 0 || namedColumns > head.q.cols())
        throw Error("explainRow: namedColumns out of range");
    if (!(temperature > 0))
        throw Error("explainRow: the temperature must be greater than 0");
    RowExplanation e;
    const Eigen::Index dk = head.q.cols();
    e.divisor = temperature * std::sqrt(Scalar(dk));
    const auto q = head.q.row(token);
    for (Eigen::Index j = 0; j < head.scores.cols(); ++j) {
        const Scalar feature = q.head(namedColumns).dot(head.k.row(j).head(namedColumns));
        e.scores.push_back(head.scores(token, j));
        e.featureScores.push_back(feature);
        e.positionScores.push_back(head.scores(token, j) - feature);
        e.scaled.push_back(head.scaled(token, j));
        e.masked.push_back(head.masked(token, j) == kMasked);
        e.weights.push_back(head.weights(token, j));
        if (e.topScore < 0 || e.scores.back() > e.scores[std::size_t(e.topScore)])
            e.topScore = int(j);
    }
    e.entropy = entropyBits(head.weights.row(token));
    e.effectiveTokens = std::exp2(e.entropy);
    for (const Scalar t : curve) {
        Matrix logits = head.scores.row(token) / (t * std::sqrt(Scalar(dk)));
        for (Eigen::Index j = 0; j < logits.cols(); ++j) {
            if (e.masked[std::size_t(j)])
                logits(0, j) = kMasked;
        }
        e.entropyCurve.emplace_back(t, entropyBits(softmaxRows(logits).row(0)));
    }
    return e;
}

MatrixF headAverage(const std::vector<MatrixF> &heads)
{
    if (heads.empty())
        return {};
    MatrixF sum = heads.front();
    for (std::size_t h = 1; h < heads.size(); ++h)
        sum += heads[h];
    return sum / float(heads.size());
}

MatrixF attentionRollout(const std::vector<MatrixF> &layers)
{
    if (layers.empty())
        return {};
    const Eigen::Index n = layers.front().rows();
    MatrixF rollout = MatrixF::Identity(n, n);
    for (const MatrixF &a : layers) {
        MatrixF mixed = 0.5f * a + 0.5f * MatrixF::Identity(n, n);
        for (Eigen::Index i = 0; i < n; ++i)
            mixed.row(i) /= mixed.row(i).sum();
        rollout = mixed * rollout;
    }
    return rollout;
}

} // namespace attention
