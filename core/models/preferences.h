// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/// The user's choices, kept on the device (QSettings: group "appearance", lesson answers in "lessons") so the app
/// opens the way it was left. One per QML engine (a singleton): the one owner of appearance state, which Theme reads.
/// Every choice takes effect at once, without a restart. A value that is not one of the known ones (a damaged or
/// hand-edited file) is ignored and the default used. The file itself is SettingsStore's.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// "light", "dark" or "contrast" (high contrast: white and yellow on black).
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged FINAL)
    /// The heatmap's colour map: "viridis", "cividis" (for colour-blind readers) or "greyscale" (for printing).
    Q_PROPERTY(QString colorMap READ colorMap WRITE setColorMap NOTIFY colorMapChanged FINAL)
    /// The heatmap's colour scale: "absolute" (0 to 100 %) or "row" (0 to each row's largest weight).
    Q_PROPERTY(QString heatmapScale READ heatmapScale WRITE setHeatmapScale NOTIFY heatmapScaleChanged FINAL)
    /// The text size as a factor of the normal size, from 1 (100 %) to 2 (200 %) in steps of 0.1.
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged FINAL)
    /// For a projector: large text, thicker arcs, and the controls a presenter does not need hidden.
    Q_PROPERTY(bool presenter READ presenter WRITE setPresenter NOTIFY presenterChanged FINAL)
    /// No animation: arcs appear at once.
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged FINAL)
    /// "" for the system's language, or "en", "de", "es", "fr". Setting it translates the window at once.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)
    /// The locale the window shows numbers in ("de_DE", …): the language in use, which --lang may override. Changes
    /// after the window has been retranslated.
    Q_PROPERTY(QString localeName READ localeName NOTIFY localeNameChanged FINAL)
    /// Model folders opened lately, newest first (at most five).
    Q_PROPERTY(QList<QString> recentModels READ recentModels NOTIFY recentModelsChanged FINAL)

public:
    explicit Preferences(QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QString colorMap() const { return m_colorMap; }
    void setColorMap(const QString &colorMap);
    QString heatmapScale() const { return m_heatmapScale; }
    void setHeatmapScale(const QString &scale);
    double textScale() const { return m_textScale; }
    /// Sets the text size, kept within 1–2 and rounded to a step of 0.1.
    void setTextScale(double scale);
    bool presenter() const { return m_presenter; }
    void setPresenter(bool presenter);
    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool reducedMotion);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString localeName() const;

    /// The languages the app is translated into, as codes ("de", "es", "fr"; English is the source).
    static QStringList translatedLanguages();
    /// The language to start in: `requested` (--lang) when given, else the stored choice, else the system's.
    static QString startLanguage(const QString &requested);
    /// Translates the application into `language` ("" for the system's): installs the app's and Qt's translations
    /// (replacing earlier ones) and makes it the default locale, for number formats. False when the app has no
    /// translation for it (English is shown, with numbers in that language's format).
    static bool applyLanguage(const QString &language);

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
    /// Every appearance setting back to its default (answers, progress and recent models are kept).
    Q_INVOKABLE void resetAppearance();

signals:
    void recentModelsChanged();
    void themeChanged();
    void colorMapChanged();
    void heatmapScaleChanged();
    void textScaleChanged();
    void presenterChanged();
    void reducedMotionChanged();
    void languageChanged();
    void localeNameChanged();
    /// forgetAnswers() was called: views holding answers clear them.
    void answersForgotten();

private:
    /// Writes one value (SettingsStore: a file that could not be read is never written over).
    static void store(const QString &key, const QVariant &value);
    /// Sets `member` to `value` if it is one of `known`, stores it under `key` and emits `changed`.
    void setChoice(QString &member, const QString &value, const QStringList &known, const QString &key,
        void (Preferences::*changed)());
    /// Sets `member` to `value`, stores it under `key` and emits `changed`, when it differs.
    void setFlag(bool &member, bool value, const QString &key, void (Preferences::*changed)());

    QString m_theme;
    QString m_colorMap;
    QString m_heatmapScale;
    double m_textScale = 1;
    bool m_presenter = false;
    bool m_reducedMotion = false;
    QString m_language;
};
