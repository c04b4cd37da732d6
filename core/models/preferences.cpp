// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QSettings>

namespace {

const QString kThemeKey = QStringLiteral("appearance/theme");

bool knownTheme(const QString &theme)
{
    return theme == QLatin1String("light") || theme == QLatin1String("dark");
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    const QString stored = QSettings().value(kThemeKey).toString();
    m_theme = knownTheme(stored) ? stored : QStringLiteral("light");
}

void Preferences::setTheme(const QString &theme)
{
    if (!knownTheme(theme) || theme == m_theme)
        return;
    m_theme = theme;
    emit themeChanged();
    QSettings settings;
    if (settings.status() == QSettings::FormatError) {
        // Never write over a file that could not be read (it also holds the quiz progress): the choice holds for
        // this session only.
        qWarning("%s: cannot read the settings; the theme is not saved", qPrintable(settings.fileName()));
        return;
    }
    settings.setValue(kThemeKey, m_theme);
    settings.sync();
}
