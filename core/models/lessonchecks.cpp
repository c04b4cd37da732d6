// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonchecks.h"

#include "workspace.h"

#include <algorithm>
#include <optional>

using namespace attention;

LessonChecks::LessonChecks(QObject *parent)
    : QObject(parent)
    , m_predict(new LessonTaskModel(QStringLiteral("predict"), this))
    , m_patterns(new LessonTaskModel(QStringLiteral("pattern"), this))
    , m_temperature(new LessonTaskModel(QStringLiteral("temperature"), this))
    , m_mask(new LessonTaskModel(QStringLiteral("mask"), this))
    , m_discussion(new LessonTaskModel(QStringLiteral("discussion"), this))
{ }

void LessonChecks::loadTasks()
{
    if (!m_workspace)
        return;
    for (LessonTaskModel *tasks : { m_predict, m_patterns, m_temperature, m_mask, m_discussion })
        tasks->load(m_workspace->get());
}

void LessonChecks::setWorkspace(ModelWorkspace *workspace)
{
    if (workspace == m_workspace)
        return;
    const bool same = m_workspace && workspace && &m_workspace->get() == &workspace->get();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &ModelWorkspace::changed, this, &LessonChecks::loadTasks);
        connect(m_workspace, &ModelWorkspace::changed, this, &LessonChecks::changed);
    }
    if (!same)
        loadTasks();
    emit workspaceChanged();
    emit changed();
}

namespace {

/// Head `head`'s weights for a curated sentence, or nullopt when the sentence, head or token does not exist.
std::optional<Matrix> weightsIn(
    const Workspace &w, const QString &sentenceId, int head, int from, qreal temperature, bool causal)
{
    const Sentence *s = w.sentence(sentenceId);
    if (!s || head < 0 || head >= w.model->headCount() || from < 0 || from >= int(s->tokens.size()) || temperature <= 0)
        return std::nullopt;
    LayerResult r = w.model->compute(s->tokens, causal ? Mask::causal() : Mask::none(), temperature);
    return std::move(r.heads[std::size_t(head)].weights);
}

} // namespace

int LessonChecks::headNamed(const QString &name) const
{
    return m_workspace ? m_workspace->get().model->headIndex(name) : -1;
}

int LessonChecks::tokenIndex(const QString &sentenceId, const QString &text) const
{
    const Sentence *s = m_workspace ? m_workspace->get().sentence(sentenceId) : nullptr;
    return s ? findToken(s->tokens, text) : -1;
}

int LessonChecks::strongestTarget(const QString &sentenceId, int head, int from) const
{
    const Sentence *s = m_workspace ? m_workspace->get().sentence(sentenceId) : nullptr;
    return s ? m_workspace->get().model->strongestTarget(s->tokens, head, from) : -1;
}

qreal LessonChecks::weightIn(
    const QString &sentenceId, int head, int from, int to, qreal temperature, bool causal) const
{
    if (!m_workspace)
        return -1;
    const auto w = weightsIn(m_workspace->get(), sentenceId, head, from, temperature, causal);
    return w && to >= 0 && to < w->cols() ? (*w)(from, to) : -1;
}

QList<qreal> LessonChecks::entropiesIn(
    const QString &sentenceId, int head, int from, const QList<qreal> &temperatures, bool causal) const
{
    QList<qreal> entropies;
    if (!m_workspace)
        return entropies;
    for (const qreal t : temperatures) {
        const auto w = weightsIn(m_workspace->get(), sentenceId, head, from, t, causal);
        if (!w)
            return {};
        entropies << entropyBits(w->row(from));
    }
    return entropies;
}

int LessonChecks::sharpestOf(
    const QString &sentenceId, int head, int from, const QList<qreal> &temperatures, bool causal) const
{
    const QList<qreal> entropies = entropiesIn(sentenceId, head, from, temperatures, causal);
    if (entropies.isEmpty())
        return -1;
    return int(std::min_element(entropies.begin(), entropies.end()) - entropies.begin());
}

QList<QString> LessonChecks::labelsIn(const QString &sentenceId) const
{
    const Sentence *s = m_workspace ? m_workspace->get().sentence(sentenceId) : nullptr;
    return s ? tokenLabels(s->tokens) : QList<QString>();
}
