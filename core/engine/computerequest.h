// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attention.h"

#include <QJsonObject>
#include <QString>

namespace attention {

/// The input of `attention-explorer --compute` (format: docs/compute-format.md): either Q, K, V
/// directly, or X with projection weights; plus heads, mask and temperature.
struct ComputeRequest {
    bool fromX = false; ///< true: X + LayerWeights; false: Q, K, V
    Matrix x;
    LayerWeights weights;
    Matrix q, k, v;
    int heads = 1;
    Mask mask;
    QString maskName = QStringLiteral("none"); ///< "none", "causal", "allowed" or "additive"
    Scalar temperature = 1;

    /// Reads a request from a parsed JSON object; every error names `source`, the field and the problem.
    static ComputeRequest fromJson(const QJsonObject &object, const QString &source);

    /// Runs the engine on this request.
    LayerResult compute() const;
};

/// Every intermediate of a computed layer as JSON (−∞ written as null).
QJsonObject resultToJson(const ComputeRequest &request, const LayerResult &result);

} // namespace attention
