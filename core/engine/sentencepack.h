// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "designedmodel.h"
#include "token.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace attention {

/// The largest magnitude a pack may give a feature (the analyser's own values are 0 or 1).
inline constexpr double kMaxFeatureValue = 100;

/// A claim a curated sentence makes: in `head`, the row of token `from` has its largest weight at token `to`.
struct Expectation {
    QString head;
    int headIndex = -1;
    int from = -1;
    int to = -1;
};

/// One curated sentence: its text, what to notice, and the relations it demonstrates.
struct Sentence {
    QString id;
    QString title;
    QString pattern;
    QString text;
    QString explanation;
    std::vector<Expectation> expectations;
    Tokens tokens; ///< analysed, with the pack's feature overrides applied
};

/// One row of the table of attention patterns: a pattern, the first sentence of the pack that shows it, and the link
/// its first claim makes (which the pack's checks prove holds).
struct PatternExample {
    QString pattern;
    QString sentenceId;
    QString text;
    QString from; ///< the token that attends
    QString to; ///< the token it attends to most
    int headIndex = -1; ///< of the designed model
};

/// A sentence pack (format: docs/sentence-packs.md). Loading checks everything; a bad pack is an Error that names
/// the file, the sentence and the field, and never half-loads.
struct SentencePack {
    QString id;
    QString title;
    QString language;
    std::vector<Sentence> sentences;
    /// The sentences' texts, in order.
    QStringList texts() const;

    /// The packs bundled with the app.
    static const SentencePack &builtIn();
    static SentencePack load(const QString &path, const AttentionModel &model = DesignedModel::builtIn());
    static SentencePack fromJson(
        const QJsonObject &object, const QString &source, const AttentionModel &model = DesignedModel::builtIn());

    const Sentence *find(const QString &id) const;
};

/// A token of a curated sentence in a head, as packs name it: {"sentence": ID, "head": NAME, "from": TOKEN}.
struct TokenRef {
    QString sentenceId;
    const Sentence *sentence = nullptr;
    int head = -1;
    int from = -1;
};

/// Reads the "sentence", "head" and "from" fields of `o` and checks them against `sentences` and `model`; throws
/// Error naming `where` and the field.
TokenRef readTokenRef(
    const QJsonObject &o, const QString &where, const SentencePack &sentences, const AttentionModel &model);

/// Index of a token given as "word" (first occurrence, case-insensitive), "word#k" (k-th occurrence, from 1)
/// or a number (0-based index); -1 if there is no such token.
int findToken(const Tokens &tokens, const QJsonValue &ref);

/// The pack's patterns in order of first appearance, each with its first sentence that makes a claim.
std::vector<PatternExample> patternExamples(const SentencePack &pack);

} // namespace attention
