// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "checkpointmodel.h"
#include "designedmodel.h"

#include <algorithm>

namespace attention {

namespace {

/// The built-in designed model, shared without a copy (it lives as long as the program).
std::shared_ptr<const AttentionModel> builtInModel()
{
    return std::shared_ptr<const AttentionModel>(&DesignedModel::builtIn(), [](const AttentionModel *) {});
}

/// The built-in quiz, shared without a copy.
std::shared_ptr<const QuizPack> builtInQuiz()
{
    return std::shared_ptr<const QuizPack>(&QuizPack::builtIn(), [](const QuizPack *) {});
}

} // namespace

std::shared_ptr<const Workspace> Workspace::builtIn()
{
    static const auto workspace = std::make_shared<const Workspace>(Workspace { builtInModel(),
        std::shared_ptr<const SentencePack>(&SentencePack::builtIn(), [](const SentencePack *) {}),
        std::shared_ptr<const LessonPack>(&LessonPack::builtIn(), [](const LessonPack *) {}), builtInQuiz(), nullptr });
    return workspace;
}

std::shared_ptr<const Workspace> Workspace::withPack(const QString &packPath)
{
    auto pack = std::make_shared<const SentencePack>(SentencePack::load(packPath, DesignedModel::builtIn()));
    // The built-in activities stay when the pack has their sentences; otherwise there are none.
    auto lessons = std::make_shared<LessonPack>();
    try {
        *lessons =
            LessonPack::load(QStringLiteral(":/attention/lessons/english.json"), *pack, DesignedModel::builtIn());
    } catch (const Error &) {
        lessons->tasks.clear();
    }
    return std::make_shared<const Workspace>(
        Workspace { builtInModel(), std::move(pack), std::move(lessons), builtInQuiz(), nullptr });
}

std::shared_ptr<const Workspace> Workspace::withCheckpoint(const QString &folder, const QString &packPath)
{
    const auto checkpoint = CheckpointModel::load(folder);
    std::shared_ptr<const AttentionModel> model = checkpoint;
    auto pack = std::make_shared<SentencePack>(
        packPath.isEmpty() ? SentencePack::builtIn() : SentencePack::load(packPath, DesignedModel::builtIn()));
    for (Sentence &s : pack->sentences) {
        s.tokens = model->tokenize(s.text);
        s.expectations.clear();
        s.pattern.clear();
        s.explanation.clear();
    }
    auto quiz = std::make_shared<QuizPack>(QuizPack::builtIn());
    quiz->questions.erase(std::remove_if(quiz->questions.begin(), quiz->questions.end(),
                              [](const QuizQuestion &q) { return q.type == QuizQuestion::Type::TapToken; }),
        quiz->questions.end());
    // Measured while the model opens only when that is quick (Tiny BERT: milliseconds); for a BERT-base-sized model it
    // would take seconds on the GUI thread, so its heads keep the general description (--head-statistics measures it).
    std::shared_ptr<const HeadStatistics> statistics;
    if (double(checkpoint->width()) * checkpoint->width() * checkpoint->layerCount() <= 1e6)
        statistics = std::make_shared<const HeadStatistics>(
            HeadStatistics::measure(*model, pack->texts(), &DesignedModel::builtIn()));
    return std::make_shared<const Workspace>(Workspace {
        std::move(model), std::move(pack), std::make_shared<LessonPack>(), std::move(quiz), std::move(statistics) });
}

QString Workspace::headDescription(int layer, int head) const
{
    if (head < 0 || head >= model->headCount())
        return {};
    if (headStatistics) {
        const QString measured = headStatistics->describe(layer, head);
        if (!measured.isEmpty())
            return measured;
    }
    return model->heads()[std::size_t(head)].description;
}

} // namespace attention
