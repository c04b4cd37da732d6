// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "computerequest.h"

#include "jsonio.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace attention {
namespace {

QString field(const QString &source, const QString &name)
{
    return QStringLiteral("%1: field \"%2\"").arg(source, name);
}

Mask maskFromJson(const QJsonValue &value, const QString &source, QString *name)
{
    const QString where = field(source, QStringLiteral("mask"));
    if (value.isUndefined() || value.isNull() || value.toString() == QLatin1String("none")) {
        *name = QStringLiteral("none");
        return Mask::none();
    }
    if (value.toString() == QLatin1String("causal")) {
        *name = QStringLiteral("causal");
        return Mask::causal();
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(QLatin1String("allowed")) && o.size() == 1) {
            *name = QStringLiteral("allowed");
            return Mask::fromAllowed(
                json::toBoolMatrix(o.value(QLatin1String("allowed")), where + QStringLiteral(".allowed")));
        }
        if (o.contains(QLatin1String("additive")) && o.size() == 1) {
            *name = QStringLiteral("additive");
            return Mask::fromAdditive(
                json::toMatrixWithMinusInf(o.value(QLatin1String("additive")), where + QStringLiteral(".additive")));
        }
    }
    json::fail(where, QStringLiteral("expected \"none\", \"causal\", {\"allowed\": [[…]]} or {\"additive\": [[…]]}"));
}

} // namespace

ComputeRequest ComputeRequest::fromJson(const QJsonObject &o, const QString &source)
{
    static const QSet<QString> known = { QStringLiteral("X"), QStringLiteral("W_Q"), QStringLiteral("W_K"),
        QStringLiteral("W_V"), QStringLiteral("W_O"), QStringLiteral("b_Q"), QStringLiteral("b_K"),
        QStringLiteral("b_V"), QStringLiteral("b_O"), QStringLiteral("Q"), QStringLiteral("K"), QStringLiteral("V"),
        QStringLiteral("heads"), QStringLiteral("mask"), QStringLiteral("temperature"), QStringLiteral("comment") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            json::fail(field(source, it.key()),
                QStringLiteral("unknown field (expected X, W_Q, W_K, W_V, W_O, b_Q, b_K, b_V, "
                               "b_O, Q, K, V, heads, mask, temperature or comment)"));
    }

    ComputeRequest r;
    const auto matrix = [&](const char *name) {
        const QString key = QLatin1String(name);
        if (!o.contains(key))
            json::fail(source, QStringLiteral("missing field \"%1\"").arg(key));
        return json::toMatrix(o.value(key), field(source, key));
    };
    const auto optionalVector = [&](const char *name) {
        const QString key = QLatin1String(name);
        return o.contains(key) ? json::toRowVector(o.value(key), field(source, key)) : RowVector();
    };

    r.fromX = o.contains(QLatin1String("X"));
    const bool direct =
        o.contains(QLatin1String("Q")) || o.contains(QLatin1String("K")) || o.contains(QLatin1String("V"));
    if (r.fromX == direct)
        json::fail(source,
            QStringLiteral(
                "give either \"X\" with \"W_Q\", \"W_K\", \"W_V\", or \"Q\", \"K\", \"V\" — not both, not neither"));
    if (r.fromX) {
        r.x = matrix("X");
        r.weights.wq = matrix("W_Q");
        r.weights.wk = matrix("W_K");
        r.weights.wv = matrix("W_V");
        if (o.contains(QLatin1String("W_O")))
            r.weights.wo = matrix("W_O");
        r.weights.bq = optionalVector("b_Q");
        r.weights.bk = optionalVector("b_K");
        r.weights.bv = optionalVector("b_V");
        r.weights.bo = optionalVector("b_O");
    } else {
        for (const char *name : { "W_Q", "W_K", "W_V", "W_O", "b_Q", "b_K", "b_V", "b_O" }) {
            if (o.contains(QLatin1String(name)))
                json::fail(field(source, QLatin1String(name)),
                    QStringLiteral("weights only apply with \"X\", not with Q, K, V"));
        }
        r.q = matrix("Q");
        r.k = matrix("K");
        r.v = matrix("V");
    }

    if (o.contains(QLatin1String("heads"))) {
        const double h = json::toNumber(o.value(QLatin1String("heads")), field(source, QStringLiteral("heads")));
        if (h < 1 || h > 1024 || std::floor(h) != h)
            json::fail(
                field(source, QStringLiteral("heads")), QStringLiteral("expected a whole number from 1 to 1024"));
        r.heads = int(h);
    }
    if (o.contains(QLatin1String("temperature"))) {
        const QString where = field(source, QStringLiteral("temperature"));
        r.temperature = json::toNumber(o.value(QLatin1String("temperature")), where);
        if (r.temperature <= 0)
            json::fail(where, QStringLiteral("must be greater than 0"));
    }
    r.mask = maskFromJson(o.value(QLatin1String("mask")), source, &r.maskName);

    return r;
}

LayerResult ComputeRequest::compute() const
{
    return fromX ? multiHeadAttention(x, weights, heads, mask, temperature)
                 : multiHeadAttention(q, k, v, heads, mask, temperature);
}

QJsonObject resultToJson(const ComputeRequest &request, const LayerResult &result)
{
    QJsonArray heads;
    for (const HeadResult &h : result.heads) {
        heads.append(QJsonObject {
            { QStringLiteral("Q"), json::fromMatrix(h.q) },
            { QStringLiteral("K"), json::fromMatrix(h.k) },
            { QStringLiteral("V"), json::fromMatrix(h.v) },
            { QStringLiteral("scores"), json::fromMatrix(h.scores) },
            { QStringLiteral("scaled_scores"), json::fromMatrix(h.scaled) },
            { QStringLiteral("masked_scores"), json::fromMatrix(h.masked) },
            { QStringLiteral("weights"), json::fromMatrix(h.weights) },
            { QStringLiteral("output"), json::fromMatrix(h.output) },
        });
    }
    return QJsonObject {
        { QStringLiteral("format"), QStringLiteral("attention-explorer/compute-result") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("heads"), request.heads },
        { QStringLiteral("temperature"), request.temperature },
        { QStringLiteral("mask"), request.maskName },
        { QStringLiteral("per_head"), heads },
        { QStringLiteral("average_weights"), json::fromMatrix(averageWeights(result.heads)) },
        { QStringLiteral("concat"), json::fromMatrix(result.concat) },
        { QStringLiteral("output"), json::fromMatrix(result.output) },
    };
}

} // namespace attention
