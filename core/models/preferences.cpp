// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "settingsstore.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kColorMapKey = QStringLiteral("appearance/color-map");
const QString kHeatmapScaleKey = QStringLiteral("appearance/heatmap-scale");
const QString kTextScaleKey = QStringLiteral("appearance/text-scale");
const QString kPresenterKey = QStringLiteral("appearance/presenter");
const QString kReducedMotionKey = QStringLiteral("appearance/reduced-motion");
const QString kLanguageKey = QStringLiteral("appearance/language");

const QStringList kThemes = { QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("contrast") };
const QStringList kColorMaps = { QStringLiteral("viridis"), QStringLiteral("cividis"), QStringLiteral("greyscale") };
const QStringList kHeatmapScales = { QStringLiteral("absolute"), QStringLiteral("row") };
// "" is the system's language
const QStringList kLanguages = { QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
    QStringLiteral("fr") };

double clampedTextScale(double scale)
{
    return std::round(std::clamp(scale, 1.0, 2.0) * 10) / 10;
}

/// The stored value of `key` if it is one of `known`, else the first of them.
QString storedChoice(const QString &key, const QStringList &known)
{
    const QVariant stored = SettingsStore::instance().value(key);
    return stored.isValid() && known.contains(stored.toString()) ? stored.toString() : known.constFirst();
}

bool storedFlag(const QString &key)
{
    const QVariant stored = SettingsStore::instance().value(key);
    return stored.toString() == QLatin1String("true");
}

/// The application's translators: the app's own strings and Qt's (dialog buttons, file dialogs).
struct Translators {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Translators &translators()
{
    static Translators instance;
    return instance;
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
    , m_theme(storedChoice(kThemeKey, kThemes))
    , m_colorMap(storedChoice(kColorMapKey, kColorMaps))
    , m_heatmapScale(storedChoice(kHeatmapScaleKey, kHeatmapScales))
    , m_presenter(storedFlag(kPresenterKey))
    , m_reducedMotion(storedFlag(kReducedMotionKey))
    , m_language(storedChoice(kLanguageKey, kLanguages))
{
    bool ok = false;
    const double scale = SettingsStore::instance().value(kTextScaleKey).toDouble(&ok);
    m_textScale = ok && std::isfinite(scale) ? clampedTextScale(scale) : 1;
}

void Preferences::setChoice(
    QString &member, const QString &value, const QStringList &known, const QString &key, void (Preferences::*changed)())
{
    if (!known.contains(value) || value == member)
        return;
    member = value;
    emit(this->*changed)();
    store(key, member);
}

void Preferences::setTheme(const QString &theme)
{
    setChoice(m_theme, theme, kThemes, kThemeKey, &Preferences::themeChanged);
}

void Preferences::setColorMap(const QString &colorMap)
{
    setChoice(m_colorMap, colorMap, kColorMaps, kColorMapKey, &Preferences::colorMapChanged);
}

void Preferences::setHeatmapScale(const QString &scale)
{
    setChoice(m_heatmapScale, scale, kHeatmapScales, kHeatmapScaleKey, &Preferences::heatmapScaleChanged);
}

void Preferences::setTextScale(double scale)
{
    if (!std::isfinite(scale))
        return;
    scale = clampedTextScale(scale);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    emit textScaleChanged();
    store(kTextScaleKey, m_textScale);
}

void Preferences::setFlag(bool &member, bool value, const QString &key, void (Preferences::*changed)())
{
    if (value == member)
        return;
    member = value;
    emit(this->*changed)();
    store(key, member);
}

void Preferences::setPresenter(bool presenter)
{
    setFlag(m_presenter, presenter, kPresenterKey, &Preferences::presenterChanged);
}

void Preferences::setReducedMotion(bool reducedMotion)
{
    setFlag(m_reducedMotion, reducedMotion, kReducedMotionKey, &Preferences::reducedMotionChanged);
}

void Preferences::setLanguage(const QString &language)
{
    if (!kLanguages.contains(language) || language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    store(kLanguageKey, m_language);
    applyLanguage(m_language);
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    // after the retranslation, so views that re-read something then (numbers, a combo box's choice) see it done
    emit localeNameChanged();
}

QString Preferences::localeName() const
{
    return QLocale().name();
}

QStringList Preferences::translatedLanguages()
{
    return { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr") };
}

QString Preferences::startLanguage(const QString &requested)
{
    return requested.isEmpty() ? storedChoice(kLanguageKey, kLanguages) : requested;
}

bool Preferences::applyLanguage(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    Translators &t = translators();
    for (std::unique_ptr<QTranslator> *translator : { &t.app, &t.qt }) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, QStringLiteral("attention-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(app.get());
    t.app = std::move(app);
    // Qt's own strings (the buttons of dialogs and file dialogs), where the system has them
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        t.qt = std::move(qt);
    }
    return true;
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

void Preferences::resetAppearance()
{
    setTheme(kThemes.constFirst());
    setColorMap(kColorMaps.constFirst());
    setHeatmapScale(kHeatmapScales.constFirst());
    setTextScale(1);
    setPresenter(false);
    setReducedMotion(false);
    setLanguage(QString());
}
