// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class AttentionSession;
namespace attention {
struct Worksheet;
}

/// What the window saves and prints of the current view: the attention matrix as CSV or JSON (the same columns as
/// --export), and the worksheet for the sentence and head (PDF, or a printer through the system's print dialog).
/// Each returns "" or what went wrong, naming the file; a file is replaced only by a whole new one (QSaveFile).
class Exporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// A printer is set up on this system (else printing is offered no further than a PDF).
    Q_PROPERTY(bool canPrint READ canPrint CONSTANT FINAL)
    /// "A4" or "Letter": the paper the user's region uses.
    Q_PROPERTY(QString defaultPaper READ defaultPaper CONSTANT FINAL)

public:
    explicit Exporter(QObject *parent = nullptr);

    bool canPrint() const;
    QString defaultPaper() const;

    /// The matrix shown (rows = from, columns = to) as "csv" or "json" at `path`.
    Q_INVOKABLE QString saveMatrix(AttentionSession *session, const QString &path, const QString &format) const;
    /// The worksheet of the sentence and head shown, as a PDF. Options: "answers" (bool, the answer key page),
    /// "heatmap" (bool, the heatmap on the front instead of an empty grid), "paper" ("A4" or "Letter").
    Q_INVOKABLE QString saveWorksheet(AttentionSession *session, const QString &path, const QVariantMap &options) const;
    /// How to read the attention matrix, as rich text in the current language.
    Q_INVOKABLE QString matrixExplanation() const;
    /// The table of attention patterns of the session's sentences (pattern, example, link, designed head), rich text.
    /// `compact`: a paragraph per pattern, for a phone.
    Q_INVOKABLE QString patternTable(AttentionSession *session, bool compact) const;
    /// The 45-minute lesson plan for teachers, rich text.
    Q_INVOKABLE QString lessonPlan() const;
    /// The teacher's handout (lesson plan, matrix explanation, pattern table) as a PDF ("paper": "A4" or "Letter").
    Q_INVOKABLE QString saveLessonPlan(AttentionSession *session, const QString &path, const QString &paper) const;
    /// The worksheet of the sentence and head `session` shows, with the options of saveWorksheet().
    static attention::Worksheet worksheetFor(const AttentionSession &session, const QVariantMap &options);
    /// The same worksheet sent to a printer chosen in the system's print dialog ("" also when the user cancels).
    Q_INVOKABLE QString printWorksheet(AttentionSession *session, const QVariantMap &options) const;
};
