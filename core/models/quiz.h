// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelworkspace.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace attention {
struct QuizPack;
}

/// The quiz: one question at a time, immediate feedback, the score, a review of wrong answers, and progress and best
/// score kept on the device (QSettings, group "quiz/<pack id>"). "Tap the token" questions are marked against what
/// the model computes, not against a stored answer.
class Quiz : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The model and sentences tap-token questions are marked against (the built-in ones unless set).
    Q_PROPERTY(ModelWorkspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged FINAL)
    Q_PROPERTY(QString title READ title NOTIFY packChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY packChanged FINAL)
    Q_PROPERTY(QString loadError READ loadError NOTIFY packChanged FINAL)
    Q_PROPERTY(int index READ index WRITE setIndex NOTIFY changed FINAL)
    Q_PROPERTY(QString prompt READ prompt NOTIFY changed FINAL)
    Q_PROPERTY(QString explanation READ explanation NOTIFY changed FINAL)
    Q_PROPERTY(bool tapToken READ tapToken NOTIFY changed FINAL)
    Q_PROPERTY(QStringList options READ options NOTIFY changed FINAL)
    Q_PROPERTY(QString sentenceId READ sentenceId NOTIFY changed FINAL)
    Q_PROPERTY(int head READ head NOTIFY changed FINAL)
    Q_PROPERTY(int from READ from NOTIFY changed FINAL)
    Q_PROPERTY(bool answered READ answered NOTIFY changed FINAL)
    Q_PROPERTY(int chosen READ chosen NOTIFY changed FINAL)
    Q_PROPERTY(bool correct READ correct NOTIFY changed FINAL)
    Q_PROPERTY(int correctAnswer READ correctAnswer NOTIFY changed FINAL)
    Q_PROPERTY(int score READ score NOTIFY changed FINAL)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY changed FINAL)
    Q_PROPERTY(bool finished READ finished NOTIFY changed FINAL)
    Q_PROPERTY(int bestScore READ bestScore NOTIFY changed FINAL)
    Q_PROPERTY(QList<int> wrongQuestions READ wrongQuestions NOTIFY changed FINAL)

public:
    explicit Quiz(QObject *parent = nullptr);
    ~Quiz() override;

    QString title() const;
    int count() const;
    /// Why the last loadPack() failed (the quiz shown is unchanged), or empty.
    ModelWorkspace *workspace() const { return m_workspace; }
    void setWorkspace(ModelWorkspace *workspace);
    QString loadError() const { return m_loadError; }
    /// Set when the settings file could not be read; it was copied aside before anything was written.
    int index() const { return m_index; }
    void setIndex(int index);
    QString prompt() const;
    QString explanation() const;
    bool tapToken() const;
    QStringList options() const;
    QString sentenceId() const;
    int head() const;
    int from() const;
    bool answered() const { return answerOf(m_index) >= 0; }
    /// The option (or token) chosen for the current question, or -1.
    int chosen() const { return answerOf(m_index); }
    bool correct() const { return answered() && chosen() == correctAnswer(); }
    /// The right option, or for "tap the token" questions the token the model attends to most.
    int correctAnswer() const { return correctAnswerAt(m_index); }
    int score() const;
    int answeredCount() const;
    bool finished() const { return answeredCount() == count(); }
    int bestScore() const { return m_best; }
    QList<int> wrongQuestions() const;

    /// Answers the current question (once); the answer and the best score are saved at once.
    Q_INVOKABLE void answer(int choice);
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    /// Clears the answers (the best score stays).
    Q_INVOKABLE void restart();
    /// Clears the answers and the best score.
    Q_INVOKABLE void resetProgress();
    /// Loads a teacher's quiz pack; on any problem keeps the current quiz and sets loadError. Returns success.
    Q_INVOKABLE bool loadPack(const QString &path);
    Q_INVOKABLE QString promptAt(int question) const;
    Q_INVOKABLE QString explanationAt(int question) const;
    /// The right answer in words: the option's text, or the token's text.
    Q_INVOKABLE QString correctTextAt(int question) const;

signals:
    void packChanged();
    void changed();
    void workspaceChanged();

private:
    /// The right answer of every question, from the pack and (for tap-token questions) the workspace's model;
    /// true if any changed.
    bool markAnswers();
    int answerOf(int question) const;
    int correctAnswerAt(int question) const;
    void load();
    void save();

    QPointer<ModelWorkspace> m_workspace;
    std::unique_ptr<attention::QuizPack> m_pack;
    std::vector<int> m_answers; ///< per question: chosen option/token, or -1
    std::vector<int> m_correct; ///< per question: the right answer (computed once per pack)
    int m_index = 0;
    int m_best = 0;
    QString m_loadError;
};
