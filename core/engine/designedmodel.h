// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attention.h"
#include "token.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace attention {

/// What one designed head is for, in words (shown in the app next to its numbers).
struct HeadInfo {
    QString id; ///< "coreference"
    QString name; ///< "Coreference"
    QString description; ///< one line: what the query looks for
    QStringList dimensions; ///< one label per designed query/key dimension
    QString positionLabel; ///< what the head prefers by position, or empty
    int positionColumns = 0; ///< query/key columns after the named dimensions that carry the position preference

    /// Columns of this head's block of Q and K that are used (the rest are zero padding).
    int usedColumns() const { return int(dimensions.size()) + positionColumns; }
};

/// The teaching model (format: docs/designed-heads.md): one attention layer whose heads' W_Q and W_K are
/// written from named features so that q_i·k_j is high for one linguistic relation. Input
/// x = [features ; sinusoidal position encoding]; W_V copies the features, so a head's output says which
/// features flowed to the token.
class DesignedModel
{
public:
    /// The model bundled with the app (resources/models/designed-heads.json).
    static const DesignedModel &builtIn();
    /// Reads and checks a model file; throws Error naming the file, the place and the problem.
    static DesignedModel load(const QString &path);
    static DesignedModel fromJson(const QJsonObject &object, const QString &source);

    QString name() const { return m_name; }
    QString note() const { return m_note; }
    int headCount() const { return int(m_heads.size()); }
    const std::vector<HeadInfo> &heads() const { return m_heads; }
    /// Index of a head by id or name, ignoring case, spaces and punctuation ("Subject-verb" = "subjectverb"); -1 if
    /// none.
    int headIndex(const QString &name) const;

    int dModel() const { return kFeatureCount + positionDims(); }
    int positionDims() const { return 2 * int(m_frequencies.size()); }
    int dK() const { return int(m_weights.wq.cols()) / headCount(); }
    /// Names of the input dimensions: the features, then "sin ω₀·i", "cos ω₀·i", ….
    QStringList inputNames() const;
    const LayerWeights &weights() const { return m_weights; }

    /// X = [features ; PE(i)], PE(i) = (sin ω_f·i, cos ω_f·i) for each frequency. tokens → [n × d_model].
    Matrix input(const Tokens &tokens) const;
    /// The layer on these tokens: every head's Q, K, V, scores, weights and output.
    LayerResult compute(const Tokens &tokens, const Mask &mask = {}, Scalar temperature = 1) const;
    /// The token that `from` attends to most in `head` (the answer lessons and quizzes check against), or -1.
    int strongestTarget(const Tokens &tokens, int head, int from, const Mask &mask = {}, Scalar temperature = 1) const;

private:
    QString m_name;
    QString m_note;
    std::vector<double> m_frequencies;
    std::vector<HeadInfo> m_heads;
    LayerWeights m_weights;
};

/// Lower-cases and drops everything but letters and digits, so "Subject–verb", "subject-verb" and "SubjectVerb" match.
QString normalizedName(const QString &name);

} // namespace attention
