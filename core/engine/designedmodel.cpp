// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "designedmodel.h"

#include "analyzer.h"

#include "jsonio.h"

#include <QJsonArray>

#include <cmath>

namespace attention {
namespace {

constexpr int kMaxHeads = 64;
constexpr int kMaxFrequencies = 256;
constexpr int kMaxDimensions = 256;

/// {"feature": coefficient, …} → coefficients indexed by Feature.
std::vector<std::pair<int, double>> featureTerms(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        json::fail(where, QStringLiteral("expected an object of feature names to numbers"));
    std::vector<std::pair<int, double>> terms;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const int f = featureIndex(it.key());
        if (f < 0)
            json::fail(where,
                QStringLiteral("unknown feature \"%1\" (known: %2)")
                    .arg(it.key(), featureNames().join(QStringLiteral(", "))));
        terms.emplace_back(f, json::toNumber(it.value(), QStringLiteral("%1.%2").arg(where, it.key())));
    }
    return terms;
}

} // namespace

const DesignedModel &DesignedModel::builtIn()
{
    static const DesignedModel model = load(QStringLiteral(":/attention/models/designed-heads.json"));
    return model;
}

DesignedModel DesignedModel::load(const QString &path)
{
    return fromJson(json::parseObject(json::readFile(path, 16 * 1024 * 1024), path).object(), path);
}

DesignedModel DesignedModel::fromJson(const QJsonObject &o, const QString &source)
{
    json::requireFormat(o, source, "attention-explorer/designed-model");

    DesignedModel m;
    m.m_name = json::requireText(o, "name", source);
    m.m_note = json::requireText(o, "note", source);

    const QString freqWhere = source + QStringLiteral(": field \"position.frequencies\"");
    const RowVector freqs =
        json::toRowVector(o.value(QLatin1String("position")).toObject().value(QLatin1String("frequencies")), freqWhere);
    if (freqs.size() > kMaxFrequencies)
        json::fail(freqWhere, QStringLiteral("more than %1 frequencies").arg(kMaxFrequencies));
    for (Eigen::Index i = 0; i < freqs.size(); ++i) {
        if (freqs(i) <= 0)
            json::fail(freqWhere, QStringLiteral("entry %1: frequencies must be greater than 0").arg(i + 1));
        m.m_frequencies.push_back(freqs(i));
    }

    const QJsonValue headsValue = o.value(QLatin1String("heads"));
    if (!headsValue.isArray() || headsValue.toArray().isEmpty() || headsValue.toArray().size() > kMaxHeads)
        json::fail(source, QStringLiteral("field \"heads\": expected a list of 1 to %1 heads").arg(kMaxHeads));
    const QJsonArray heads = headsValue.toArray();

    // First pass: check every head and find the widest, so all heads share one d_k (zero columns change no dot
    // product).
    struct Spec {
        std::vector<std::pair<std::vector<std::pair<int, double>>, std::vector<std::pair<int, double>>>> dims;
        RowVector cosCoef, sinCoef;
        double strength = 0, scale = 1;
        bool position = false;
    };
    std::vector<Spec> specs;
    int dk = 1;
    for (qsizetype h = 0; h < heads.size(); ++h) {
        const QString where = QStringLiteral("%1: heads[%2]").arg(source).arg(h);
        if (!heads[h].isObject())
            json::fail(where, QStringLiteral("expected an object"));
        const QJsonObject ho = heads[h].toObject();
        HeadInfo info;
        info.id = json::requireText(ho, "id", where);
        info.name = json::requireText(ho, "name", where);
        info.description = json::requireText(ho, "description", where);
        if (m.headIndex(info.id) >= 0 || m.headIndex(info.name) >= 0)
            json::fail(where, QStringLiteral("a head called \"%1\" already exists").arg(info.name));
        Spec spec;
        spec.scale = json::toNumber(ho.value(QLatin1String("scale")), where + QStringLiteral(".scale"));
        if (spec.scale <= 0)
            json::fail(where + QStringLiteral(".scale"), QStringLiteral("must be greater than 0"));
        const QJsonValue dimsValue = ho.value(QLatin1String("dims"));
        if (!dimsValue.isArray() || dimsValue.toArray().size() > kMaxDimensions)
            json::fail(where + QStringLiteral(".dims"),
                QStringLiteral("expected a list of at most %1 dimensions").arg(kMaxDimensions));
        const QJsonArray dims = dimsValue.toArray();
        for (qsizetype d = 0; d < dims.size(); ++d) {
            const QString dw = QStringLiteral("%1.dims[%2]").arg(where).arg(d);
            const QJsonObject dobj = dims[d].toObject();
            info.dimensions << json::requireText(dobj, "label", dw);
            spec.dims.emplace_back(featureTerms(dobj.value(QLatin1String("query")), dw + QStringLiteral(".query")),
                featureTerms(dobj.value(QLatin1String("key")), dw + QStringLiteral(".key")));
        }
        if (ho.contains(QLatin1String("position"))) {
            const QString pw = where + QStringLiteral(".position");
            const QJsonObject po = ho.value(QLatin1String("position")).toObject();
            info.positionLabel = json::requireText(po, "label", pw);
            spec.position = true;
            spec.strength = json::toNumber(po.value(QLatin1String("strength")), pw + QStringLiteral(".strength"));
            spec.cosCoef = json::toRowVector(po.value(QLatin1String("cos")), pw + QStringLiteral(".cos"));
            spec.sinCoef = json::toRowVector(po.value(QLatin1String("sin")), pw + QStringLiteral(".sin"));
            if (spec.cosCoef.size() != freqs.size() || spec.sinCoef.size() != freqs.size())
                json::fail(pw,
                    QStringLiteral("cos and sin need one coefficient per position frequency (%1)").arg(freqs.size()));
        }
        if (spec.dims.empty() && !spec.position)
            json::fail(where, QStringLiteral("a head needs at least one dimension or a position preference"));
        info.positionColumns = spec.position ? m.positionDims() : 0;
        dk = std::max(dk, info.usedColumns());
        m.m_heads.push_back(info);
        specs.push_back(std::move(spec));
    }

    // Second pass: the weights. Column block h·d_k … (h+1)·d_k − 1 belongs to head h.
    const int dModel = m.dModel();
    const int hCount = m.headCount();
    LayerWeights &w = m.m_weights;
    w.wq = Matrix::Zero(dModel, hCount * dk);
    w.wk = Matrix::Zero(dModel, hCount * dk);
    w.wv = Matrix::Zero(dModel, hCount * kFeatureCount);
    for (int h = 0; h < hCount; ++h) {
        const Spec &spec = specs[std::size_t(h)];
        int col = h * dk;
        for (const auto &[query, key] : spec.dims) {
            for (const auto &[f, c] : query)
                w.wq(f, col) += spec.scale * c;
            for (const auto &[f, c] : key)
                w.wk(f, col) += c;
            ++col;
        }
        if (spec.position) {
            // q = (a·sin ωi + b·cos ωi, a·cos ωi − b·sin ωi), k = (sin ωj, cos ωj) ⇒ q·k = a·cos ω(j−i) + b·sin ω(j−i)
            for (std::size_t f = 0; f < m.m_frequencies.size(); ++f) {
                const int s = kFeatureCount + 2 * int(f), c = s + 1;
                const double a = spec.scale * spec.strength * spec.cosCoef(Eigen::Index(f));
                const double b = spec.scale * spec.strength * spec.sinCoef(Eigen::Index(f));
                w.wq(s, col) = a;
                w.wq(c, col) = b;
                w.wq(s, col + 1) = -b;
                w.wq(c, col + 1) = a;
                w.wk(s, col) = 1;
                w.wk(c, col + 1) = 1;
                col += 2;
            }
        }
        for (int f = 0; f < kFeatureCount; ++f)
            w.wv(f, h * kFeatureCount + f) = 1;
    }
    return m;
}

QStringList DesignedModel::inputNames() const
{
    QStringList names = featureNames();
    for (std::size_t f = 0; f < m_frequencies.size(); ++f) {
        names << QStringLiteral("sin ω%1·i").arg(f) << QStringLiteral("cos ω%1·i").arg(f);
    }
    return names;
}

Matrix DesignedModel::input(const Tokens &tokens, int) const
{
    Matrix x = Matrix::Zero(Eigen::Index(tokens.size()), dModel());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        for (int f = 0; f < kFeatureCount; ++f)
            x(Eigen::Index(i), f) = tokens[i].features[f];
        for (std::size_t f = 0; f < m_frequencies.size(); ++f) {
            x(Eigen::Index(i), kFeatureCount + 2 * Eigen::Index(f)) = std::sin(m_frequencies[f] * double(i));
            x(Eigen::Index(i), kFeatureCount + 2 * Eigen::Index(f) + 1) = std::cos(m_frequencies[f] * double(i));
        }
    }
    return x;
}

Tokens DesignedModel::tokenize(const QString &text) const
{
    return analyze(text, m_lexicon ? *m_lexicon : Lexicon::builtIn());
}

LayerResult DesignedModel::compute(const Tokens &tokens, const Mask &mask, Scalar temperature, int layer) const
{
    if (layer != 0)
        throw Error("the designed model has one layer");
    return multiHeadAttention(input(tokens), m_weights, headCount(), mask, temperature);
}

} // namespace attention
