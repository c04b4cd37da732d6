// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionmodel.h"
#include "lexicon.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace attention {

/// The teaching model (format: docs/designed-heads.md): one attention layer whose heads' W_Q and W_K are
/// written from named features so that q_i·k_j is high for one linguistic relation. Input
/// x = [features ; sinusoidal position encoding]; W_V copies the features, so a head's output says which
/// features flowed to the token. Text is analysed with a lexicon into word tokens with features.
class DesignedModel : public AttentionModel
{
public:
    /// The model bundled with the app (resources/models/designed-heads.json).
    static const DesignedModel &builtIn();
    /// Reads and checks a model file; throws Error naming the file, the place and the problem.
    static DesignedModel load(const QString &path);
    static DesignedModel fromJson(const QJsonObject &object, const QString &source);

    QString name() const override { return m_name; }
    QString note() const override { return m_note; }
    const std::vector<HeadInfo> &heads() const override { return m_heads; }
    bool hasNamedDimensions() const override { return true; }
    /// analyze(text) with the model's lexicon (the built-in one unless setLexicon was called).
    Tokens tokenize(const QString &text) const override;
    /// The lexicon typed text is analysed with; it must outlive the model.
    void setLexicon(const Lexicon &lexicon) { m_lexicon = &lexicon; }

    int dModel() const { return kFeatureCount + positionDims(); }
    int positionDims() const { return 2 * int(m_frequencies.size()); }
    int dK() const { return int(m_weights.wq.cols()) / headCount(); }
    /// Names of the input dimensions: the features, then "sin ω₀·i", "cos ω₀·i", ….
    QStringList inputNames() const override;
    /// W_V copies the features: a value's columns are the feature names.
    QStringList valueNames() const override { return featureNames(); }
    const LayerWeights &weights() const { return m_weights; }

    /// X = [features ; PE(i)], PE(i) = (sin ω_f·i, cos ω_f·i) for each frequency. tokens → [n × d_model].
    Matrix input(const Tokens &tokens, int layer = 0) const override;
    /// The layer on these tokens: every head's Q, K, V, scores, weights and output (there is one layer).
    LayerResult compute(
        const Tokens &tokens, const Mask &mask = {}, Scalar temperature = 1, int layer = 0) const override;

private:
    QString m_name;
    QString m_note;
    std::vector<double> m_frequencies;
    std::vector<HeadInfo> m_heads;
    LayerWeights m_weights;
    const Lexicon *m_lexicon = nullptr;
};

} // namespace attention
