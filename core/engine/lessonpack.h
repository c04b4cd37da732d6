// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionmodel.h"
#include "sentencepack.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace attention {

/// One task of a lesson activity (format: docs/lesson-packs.md): a token of a curated sentence in a head, whose
/// answer the app computes — the token it attends to most ("predict", "pattern"), the temperature that focuses it
/// most ("temperature"), or whether it may still attend to `to` under the causal mask ("mask"); or a question to
/// discuss with its sentence ("discussion").
struct LessonTask {
    QString activity; ///< "predict", "pattern", "temperature" or "mask"
    TokenRef ref; ///< the sentence, head and token the task is about
    int to = -1; ///< mask: the later token asked about
    std::vector<double> temperatures; ///< temperature: the choices offered
    QString why; ///< optional: why the model answers as it does (shown after the answer)
    QString question; ///< discussion: the question to discuss
};

/// The Learn page's activities as data, checked against a sentence pack and a model when loaded; a bad pack is an
/// Error naming the file, the task and the field.
struct LessonPack {
    QString id;
    std::vector<LessonTask> tasks;

    /// The lessons bundled with the app (resources/lessons/english.json).
    static const LessonPack &builtIn();
    static LessonPack load(const QString &path, const SentencePack &sentences = SentencePack::builtIn(),
        const AttentionModel &model = DesignedModel::builtIn());
    static LessonPack fromJson(const QJsonObject &object, const QString &source,
        const SentencePack &sentences = SentencePack::builtIn(),
        const AttentionModel &model = DesignedModel::builtIn());
};

} // namespace attention
