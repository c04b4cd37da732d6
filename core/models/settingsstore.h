// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;
class QQmlEngine;

/// The one owner of the app's settings file (QSettings: the theme, lesson answers, quiz progress, recent models).
/// open() checks the file once, when the app starts: a file that cannot be read is kept as
/// "<file>.damaged-<time>" and new settings are started (nothing the learner had is written over), and the lock and
/// temporary files a killed process left behind are removed. Every write is checked; when the settings cannot be
/// saved, `problem` says so for the window to show (answers and choices then last until the app closes).
class SettingsStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// What went wrong with the settings file, for the user, or empty.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged FINAL)

public:
    static SettingsStore &instance();
    /// The QML singleton: the process's one instance (owned by C++).
    static SettingsStore *create(QQmlEngine *, QJSEngine *);

    /// Checks the settings file and opens it (done once at start; again only to start over, as tests do).
    void open();

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    /// Stores `value` under `key` (an invalid QVariant removes the key and any group below it) and writes the file;
    /// false, with `problem` set, when it cannot be saved.
    bool setValue(const QString &key, const QVariant &value);
    /// Stores several values and writes the file once (as setValue for each).
    bool setValues(const QVariantMap &values);
    QString fileName() const;
    QString problem() const { return m_problem; }

signals:
    void problemChanged();

private:
    SettingsStore();
    void setProblem(const QString &problem);

    std::unique_ptr<QSettings> m_settings;
    QString m_problem;
    /// The file could not be read or moved aside: nothing is written over it.
    bool m_readOnly = false;
};
