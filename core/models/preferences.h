// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// The user's display choices, kept on the device (QSettings, group "appearance") so the app opens the way it was
/// left. A value that is not one of the known ones (a damaged or hand-edited file) is ignored and the default used;
/// a settings file that cannot be read is never written over.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged FINAL)

public:
    explicit Preferences(QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);

signals:
    void themeChanged();

private:
    QString m_theme;
};
