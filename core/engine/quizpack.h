// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "designedmodel.h"
#include "sentencepack.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace attention {

/// One quiz question (format: docs/quiz-packs.md): multiple choice with a fixed answer, or "tap the token that …"
/// whose answer is whatever the model computes, so it stays right if the model changes.
struct QuizQuestion {
    enum class Type { Choice, TapToken };
    QString id;
    Type type = Type::Choice;
    QString prompt;
    QString explanation;
    QStringList options; ///< Choice
    int answer = -1; ///< Choice: index into options
    QString sentenceId; ///< TapToken: a sentence of the built-in pack
    int head = -1; ///< TapToken: head index
    int from = -1; ///< TapToken: the token whose strongest target is the answer
};

struct QuizPack {
    QString id;
    QString title;
    std::vector<QuizQuestion> questions;

    /// The quiz bundled with the app.
    static const QuizPack &builtIn();
    /// Reads and checks a pack; throws Error naming the file, the question and the field. Tap-token questions are
    /// checked against `sentences` and `model` (the sentence, head and token must exist).
    static QuizPack load(const QString &path, const SentencePack &sentences = SentencePack::builtIn(),
        const AttentionModel &model = DesignedModel::builtIn());
    static QuizPack fromJson(const QJsonObject &object, const QString &source,
        const SentencePack &sentences = SentencePack::builtIn(),
        const AttentionModel &model = DesignedModel::builtIn());
};

} // namespace attention
