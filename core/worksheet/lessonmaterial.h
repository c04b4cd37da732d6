// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sentencepack.h"

#include <QPageSize>
#include <QString>

#include <vector>

namespace attention {

/// How to read the attention matrix (rows, columns, row sums, columns, the diagonal, the mask), as HTML in the
/// current language.
QString matrixExplanationHtml();

/// The table of attention patterns as HTML: pattern, example sentence, what attends to what, and the designed head
/// that shows it. `headNames` are the designed model's head names, by index. `compact`: one paragraph per pattern
/// instead of a table, for a phone's width.
QString patternTableHtml(const std::vector<PatternExample> &rows, const QStringList &headNames, bool compact = false);

/// The 45-minute lesson plan (resources/lessons/lesson-plan.html) in the current language where it is translated,
/// else in English.
QString lessonPlanHtml();

/// The teacher's handout: the lesson plan, how to read the matrix, and the table of patterns.
QString lessonDocumentHtml(const std::vector<PatternExample> &rows, const QStringList &headNames);

/// Writes `html` as a PDF at `path` (QTextDocument, paginated; through a temporary file). Returns "" or what went
/// wrong, naming the file.
QString saveHtmlPdf(const QString &html, const QString &path, QPageSize::PageSizeId pageSize, const QString &title);

/// The designed model's head names in the current language, by index (the claims of a sentence pack are about its
/// heads).
QStringList designedHeadNames();

} // namespace attention
