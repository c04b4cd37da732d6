// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "palette.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <QMarginsF>

#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPdfWriter;

namespace attention {

/// A printable worksheet for one sentence and head: the sentence and its tokens, a grid to shade (or the heatmap),
/// questions whose answers are read off the computed matrix, and an answer key page. Written with Qt's PDF writer
/// or sent to a printer; the same pages either way.
struct Worksheet {
    struct Question {
        QString prompt;
        QString answer;
    };

    QString text; ///< the sentence as written
    QString modelName;
    QString headName;
    QString headDescription;
    QStringList tokens;
    std::vector<double> weights; ///< n×n, row-major: row = from, column = to
    std::vector<bool> masked; ///< n×n, or empty: cells the mask forbids
    QString explanation; ///< what the curated sentence shows, for the answer key ("" for a typed sentence)
    std::vector<Question> questions;

    /// The front page shows the heatmap instead of an empty grid to shade.
    bool heatmapOnFront = false;
    /// With the answer key page.
    bool answers = true;
    Palette palette = Palette::Greyscale;

    int size() const { return int(tokens.size()); }
    double weight(int from, int to) const { return weights[std::size_t(from) * tokens.size() + std::size_t(to)]; }
    bool isMasked(int from, int to) const
    {
        return !masked.empty() && masked[std::size_t(from) * tokens.size() + std::size_t(to)];
    }
};

/// The questions for a worksheet, each answered from `sheet`'s weights (never from a claim's text): which token a
/// token attends to most — for each token in `askAbout` (a curated sentence's claims for the head), or else the
/// token with the clearest link —, what a row adds up to, which token receives the most attention in total, and
/// with a causal mask why the upper triangle is empty. Translated with QCoreApplication (context "Worksheet").
std::vector<Worksheet::Question> worksheetQuestions(const Worksheet &sheet, const std::vector<int> &askAbout);

/// Draws the worksheet's pages on `device` (a QPdfWriter or a QPrinter, already set to its page size).
void paintWorksheet(const Worksheet &sheet, QPagedPaintDevice *device);

/// Writes the worksheet as a PDF at `path` (A4 or Letter, `pageSize`) through a temporary file, so an existing file
/// is replaced only by a whole one. Returns "" or what went wrong, naming the file.
QString saveWorksheetPdf(const Worksheet &sheet, const QString &path, QPageSize::PageSizeId pageSize);

/// Writes a PDF at `path` through a temporary file (an existing file is replaced only by a whole new one): a writer
/// at 300 dpi with the page size, margins (mm) and title given, on which `paint` draws the pages. Returns "" or what
/// went wrong, naming the file.
QString writePdf(const QString &path, QPageSize::PageSizeId pageSize, const QMarginsF &margins, const QString &title,
    const std::function<void(QPdfWriter &)> &paint);

/// The paper the user's locale uses: Letter in the United States, Canada and a few others, else A4.
QPageSize::PageSizeId defaultPaper();

} // namespace attention
