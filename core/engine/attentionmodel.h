// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attention.h"
#include "token.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace attention {

/// What one head is for, in words (shown in the app next to its numbers).
struct HeadInfo {
    QString id; ///< "coreference"
    QString name; ///< "Coreference"
    QString description; ///< one line: what the query looks for
    QStringList dimensions; ///< one label per named query/key dimension (empty for a model without names)
    QString positionLabel; ///< what the head prefers by position, or empty
    int positionColumns = 0; ///< query/key columns after the named dimensions that carry the position preference

    /// Columns of this head's block of Q and K that are used (the rest are zero padding).
    int usedColumns() const { return int(dimensions.size()) + positionColumns; }
};

/// The seam between the app and a model: anything that turns text into tokens and computes an attention layer
/// on them, with its heads named. The designed teaching model is one; a trained checkpoint is another. Views
/// and lessons only use this interface (see docs/architecture.md).
class AttentionModel
{
public:
    virtual ~AttentionModel() = default;

    /// A short name ("Designed heads") and one honest sentence on what kind of model it is.
    virtual QString name() const = 0;
    virtual QString note() const = 0;
    /// Layers of attention; every layer has the same heads.
    virtual int layerCount() const { return 1; }
    virtual const std::vector<HeadInfo> &heads() const = 0;
    int headCount() const { return int(heads().size()); }
    /// Index of a head by id or name, ignoring case, spaces and punctuation ("Subject-verb" = "subjectverb"); -1 if
    /// none.
    int headIndex(const QString &name) const;
    /// true when the model's query and key dimensions have names (the designed heads do; a checkpoint does not), so
    /// the math view can label them.
    virtual bool hasNamedDimensions() const { return false; }

    /// X, the rows layer `layer`'s W_Q, W_K and W_V multiply: tokens → [n × d_model].
    virtual Matrix input(const Tokens &tokens, int layer = 0) const = 0;
    /// A name for each column of X (empty strings where a column has no meaning of its own).
    virtual QStringList inputNames() const = 0;
    /// A name for each column of a head's value vectors, or empty when they have none.
    virtual QStringList valueNames() const { return {}; }

    /// Text → the model's tokens. Throws Error (naming the limit) for text it cannot take. A model with a fixed
    /// number of positions cuts a longer text to maxTokens() (countTokens() says how many there were).
    virtual Tokens tokenize(const QString &text) const = 0;
    /// true for a decoder that is always causal (GPT-2): the mask setting cannot lift it.
    virtual bool alwaysCausal() const { return false; }
    /// Most tokens the model takes in one text.
    virtual int maxTokens() const { return 512; }
    /// How many tokens the text has before any cut.
    virtual int countTokens(const QString &text) const { return int(tokenize(text).size()); }
    /// Layer `layer` (from 0) on these tokens: every head's Q, K, V, scores, weights and output.
    virtual LayerResult compute(
        const Tokens &tokens, const Mask &mask = {}, Scalar temperature = 1, int layer = 0) const = 0;

    /// Every layer's attention, [layer][head] → n×n weights (the default computes layer by layer).
    virtual std::vector<std::vector<MatrixF>> attentions(
        const Tokens &tokens, const Mask &mask = {}, Scalar temperature = 1) const;

    /// The token that `from` attends to most in `head` (the answer lessons and quizzes check against), or -1.
    int strongestTarget(const Tokens &tokens, int head, int from, const Mask &mask = {}, Scalar temperature = 1) const;
};

/// Lower-cases and drops everything but letters and digits, so "Subject–verb", "subject-verb" and "SubjectVerb" match.
QString normalizedName(const QString &name);

} // namespace attention
