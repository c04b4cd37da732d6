// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionmodel.h"
#include "headstatistics.h"
#include "lessonpack.h"
#include "quizpack.h"
#include "sentencepack.h"

#include <memory>

namespace attention {

/// What the app works with: one model, and the sentence pack whose claims are checked against it (each sentence
/// analysed into tokens). Built once — the built-in one, or from files a teacher opens — and handed to the session,
/// the lessons, the quiz and the math view; nothing below the app reaches for a global.
struct Workspace {
    std::shared_ptr<const AttentionModel> model;
    std::shared_ptr<const SentencePack> pack;
    /// The Learn page's activities, checked against `pack` (empty when they name sentences the pack lacks).
    std::shared_ptr<const LessonPack> lessons;
    /// The quiz the Learn page starts with (a teacher may open another).
    std::shared_ptr<const QuizPack> quiz;
    /// For a trained checkpoint: what each head attends to, measured on the pack's sentences with the designed
    /// heads as judge (each head's description in the app); null for the designed model.
    std::shared_ptr<const HeadStatistics> headStatistics;

    /// Head `head` of layer `layer` in words: the model's description, or for a checkpoint its measured pattern.
    QString headDescription(int layer, int head) const;

    /// The designed model and the curated sentences bundled with the app.
    static std::shared_ptr<const Workspace> builtIn();
    /// The built-in model with the sentence pack at `packPath` (format: docs/sentence-packs.md). Throws Error
    /// naming the file, the sentence and the field.
    static std::shared_ptr<const Workspace> withPack(const QString &packPath);

    /// A trained checkpoint (a model folder, see CheckpointModel) with the built-in sentences or the pack at
    /// `packPath`, each read by the checkpoint's own tokenizer. The claims, activities and tap-token questions are
    /// about the designed heads, so they are left out; the quiz keeps its questions about attention in general.
    /// Throws Error naming the file and the problem.
    static std::shared_ptr<const Workspace> withCheckpoint(const QString &folder, const QString &packPath = {});

    /// The curated sentence with this id, or nullptr.
    const Sentence *sentence(const QString &id) const { return pack->find(id); }
};

} // namespace attention
