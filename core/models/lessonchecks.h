// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessontaskmodel.h"
#include "modelworkspace.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// What the lessons and the quiz check answers against: questions about a curated sentence of the workspace in a
/// given head, temperature and mask, computed by its model — independent of what the learner has open, so an
/// answer keeps its numbers whatever is shown later.
class LessonChecks : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ModelWorkspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged FINAL)
    /// The Learn page's activities (from the workspace's lesson pack), one model of tasks each.
    Q_PROPERTY(LessonTaskModel *predict READ predict CONSTANT FINAL)
    Q_PROPERTY(LessonTaskModel *patterns READ patterns CONSTANT FINAL)
    Q_PROPERTY(LessonTaskModel *temperature READ temperature CONSTANT FINAL)
    Q_PROPERTY(LessonTaskModel *mask READ mask CONSTANT FINAL)
    Q_PROPERTY(LessonTaskModel *discussion READ discussion CONSTANT FINAL)

public:
    explicit LessonChecks(QObject *parent = nullptr);

    ModelWorkspace *workspace() const { return m_workspace; }
    void setWorkspace(ModelWorkspace *workspace);
    LessonTaskModel *predict() const { return m_predict; }
    LessonTaskModel *patterns() const { return m_patterns; }
    LessonTaskModel *temperature() const { return m_temperature; }
    LessonTaskModel *mask() const { return m_mask; }
    LessonTaskModel *discussion() const { return m_discussion; }

    /// Head index by name or id (case, spaces and punctuation ignored), or -1.
    Q_INVOKABLE int headNamed(const QString &name) const;
    /// Index of the first token with this text (case-insensitive) in a curated sentence, or -1.
    Q_INVOKABLE int tokenIndex(const QString &sentenceId, const QString &text) const;
    /// The token that `from` attends to most in `head` of a curated sentence at temperature 1 without a mask (the
    /// settings the curated claims are made for); -1 for an unknown sentence.
    Q_INVOKABLE int strongestTarget(const QString &sentenceId, int head, int from) const;
    /// The weight from `from` to `to` in `head` of a curated sentence at `temperature`, with the causal mask or
    /// none; -1 for an unknown sentence or token.
    Q_INVOKABLE qreal weightIn(
        const QString &sentenceId, int head, int from, int to, qreal temperature, bool causal) const;
    /// Entropy in bits of token `from`'s row in `head` of a curated sentence at each of `temperatures`; empty for
    /// an unknown sentence or token.
    Q_INVOKABLE QList<qreal> entropiesIn(
        const QString &sentenceId, int head, int from, const QList<qreal> &temperatures, bool causal) const;
    /// Which of `temperatures` gives token `from`'s row in `head` of a curated sentence the lowest entropy (the first
    /// of equals), or -1.
    Q_INVOKABLE int sharpestOf(
        const QString &sentenceId, int head, int from, const QList<qreal> &temperatures, bool causal) const;
    /// The labels of a curated sentence's tokens (a repeated text gets its position: "he₃"), empty if unknown.
    Q_INVOKABLE QList<QString> labelsIn(const QString &sentenceId) const;

signals:
    void workspaceChanged();
    /// The workspace's model or pack changed: answers computed from them must be asked again.
    void changed();

private:
    void loadTasks();

    QPointer<ModelWorkspace> m_workspace;
    LessonTaskModel *m_predict;
    LessonTaskModel *m_patterns;
    LessonTaskModel *m_temperature;
    LessonTaskModel *m_mask;
    LessonTaskModel *m_discussion;
};
