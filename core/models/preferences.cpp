// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "settingsstore.h"

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
    const QString stored = SettingsStore::instance().value(kThemeKey).toString();
    m_theme = knownTheme(stored) ? stored : QStringLiteral("light");
}

void Preferences::setTheme(const QString &theme)
{
    if (!knownTheme(theme) || theme == m_theme)
        return;
    m_theme = theme;
    emit themeChanged();
    store(kThemeKey, m_theme);
}

int Preferences::answer(const QString &key) const
{
    bool ok = false;
    const int choice = SettingsStore::instance().value(QStringLiteral("lessons/") + key).toInt(&ok);
    return ok && choice >= 0 ? choice : -1;
}

void Preferences::setAnswer(const QString &key, int choice)
{
    store(QStringLiteral("lessons/") + key, choice < 0 ? QVariant() : QVariant(choice));
}

void Preferences::forgetAnswers()
{
    store(QStringLiteral("lessons"), QVariant());
    emit answersForgotten();
}

void Preferences::store(const QString &key, const QVariant &value)
{
    SettingsStore::instance().setValue(key, value);
}

QStringList Preferences::recentModels() const
{
    return SettingsStore::instance().value(QStringLiteral("models/recent")).toStringList();
}

void Preferences::addRecentModel(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList recent = recentModels();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 5)
        recent.removeLast();
    store(QStringLiteral("models/recent"), recent);
    emit recentModelsChanged();
}
