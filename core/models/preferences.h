// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// The user's choices, kept on the device (QSettings: group "appearance", lesson answers in "lessons") so the app
/// opens the way it was left. One per QML engine (a singleton): the one owner of appearance state, which Theme reads. A
/// value that is not one of the known ones (a damaged or hand-edited file) is ignored and the default used. The file
/// itself is SettingsStore's.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged FINAL)
    /// Model folders opened lately, newest first (at most five).
    Q_PROPERTY(QList<QString> recentModels READ recentModels NOTIFY recentModelsChanged FINAL)

public:
    explicit Preferences(QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);

    /// A learner's answer to one step of a lesson activity (group "lessons"): a choice from 0, or -1 when the step
    /// has not been answered (or the stored value is not a number).
    Q_INVOKABLE int answer(const QString &key) const;
    /// Keeps an answer for the next start; -1 forgets it.
    Q_INVOKABLE void setAnswer(const QString &key, int choice);
    /// Forgets every lesson answer (the quiz keeps its own progress).
    Q_INVOKABLE void forgetAnswers();
    QStringList recentModels() const;
    /// Puts a model folder first in recentModels.
    Q_INVOKABLE void addRecentModel(const QString &path);

signals:
    void recentModelsChanged();
    void themeChanged();
    /// forgetAnswers() was called: views holding answers clear them.
    void answersForgotten();

private:
    /// Writes one value (SettingsStore: a file that could not be read is never written over).
    static void store(const QString &key, const QVariant &value);

    QString m_theme;
};
