// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "worksheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace attention {

namespace {

QString percent(double share)
{
    return QLocale().toString(100 * share, 'f', 1) + QStringLiteral(" %");
}

/// A token named so that a repeated word is unambiguous: “the” (token 5).
QString tokenName(const Worksheet &sheet, int i)
{
    const QString word = sheet.tokens[i];
    const int same = int(std::count(sheet.tokens.begin(), sheet.tokens.end(), word));
    //: a token of the sentence, %1 the word
    const QString quoted = QCoreApplication::translate("Worksheet", "“%1”").arg(word);
    return same > 1 ? QCoreApplication::translate("Worksheet", "%1 (token %2)").arg(quoted).arg(i + 1) : quoted;
}

/// The column of row `from` with the largest weight.
int strongest(const Worksheet &sheet, int from)
{
    int best = 0;
    for (int j = 1; j < sheet.size(); ++j) {
        if (sheet.weight(from, j) > sheet.weight(from, best))
            best = j;
    }
    return best;
}

/// The row whose strongest link to another token is the largest: the clearest thing to ask about.
int clearestRow(const Worksheet &sheet)
{
    int row = 0;
    double best = -1;
    for (int i = 0; i < sheet.size(); ++i) {
        for (int j = 0; j < sheet.size(); ++j) {
            if (j != i && sheet.weight(i, j) > best) {
                best = sheet.weight(i, j);
                row = i;
            }
        }
    }
    return row;
}

} // namespace

std::vector<Worksheet::Question> worksheetQuestions(const Worksheet &sheet, const std::vector<int> &askAbout)
{
    std::vector<Worksheet::Question> questions;
    const int n = sheet.size();
    if (n == 0)
        return questions;

    std::vector<int> rows;
    for (int from : askAbout) {
        if (from >= 0 && from < n && std::find(rows.begin(), rows.end(), from) == rows.end() && rows.size() < 3)
            rows.push_back(from);
    }
    if (rows.empty())
        rows.push_back(clearestRow(sheet));
    for (int from : rows) {
        const int to = strongest(sheet, from);
        questions.push_back({ QCoreApplication::translate("Worksheet", "Which token does %1 attend to most?")
                                  .arg(tokenName(sheet, from)),
            //: %1 the token, %2 its weight in percent
            QCoreApplication::translate("Worksheet", "%1, with %2 of its attention.")
                .arg(tokenName(sheet, to), percent(sheet.weight(from, to))) });
    }

    const int row = rows.front();
    double sum = 0;
    for (int j = 0; j < n; ++j)
        sum += sheet.weight(row, j);
    questions.push_back({ QCoreApplication::translate(
                              "Worksheet", "Add up the weights in the row of %1. What do you get, and why?")
                              .arg(tokenName(sheet, row)),
        QCoreApplication::translate("Worksheet",
            "%1: softmax turns each row of scores into shares of the token's attention, and shares add up to 100 %.")
            .arg(percent(sum)) });

    int receiver = 0;
    double most = -1;
    for (int j = 0; j < n; ++j) {
        double column = 0;
        for (int i = 0; i < n; ++i)
            column += sheet.weight(i, j);
        if (column > most) {
            most = column;
            receiver = j;
        }
    }
    questions.push_back({ QCoreApplication::translate("Worksheet",
                              "Which token receives the most attention in total (the column with the largest sum)?"),
        //: %1 the token, %2 the column's sum, %3 the number of rows
        QCoreApplication::translate("Worksheet", "%1: its column adds up to %2 of the %3 rows' attention.")
            .arg(tokenName(sheet, receiver), QLocale().toString(most, 'f', 2))
            .arg(n) });

    if (!sheet.masked.empty() && n > 1 && sheet.isMasked(0, n - 1))
        questions.push_back({ QCoreApplication::translate("Worksheet", "Why is every cell above the diagonal empty?"),
            QCoreApplication::translate("Worksheet",
                "The causal mask: a token may attend only to itself and the tokens before it, as when a model writes "
                "text one word at a time.") });
    return questions;
}

namespace {

/// Draws the pages in millimetres: positions are converted to the device's pixels, text is set in points.
class Pages
{
public:
    explicit Pages(QPagedPaintDevice *device)
        : m_device(device)
        , m_painter(device)
        , m_mm(device->logicalDpiX() / 25.4)
        , m_width(device->width() / m_mm)
        , m_height(device->height() / m_mm)
    { }

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    double mm() const { return m_mm; }
    double width() const { return m_width; }
    double y() const { return m_y; }
    double left() const { return m_height - m_y; }
    void skip(double mm) { m_y += mm; }

    void newPage()
    {
        m_device->newPage();
        m_y = 0;
    }

    /// Makes room for `mm` millimetres, on a new page if they do not fit on this one.
    void need(double mm)
    {
        if (m_y + mm > m_height && m_y > 0)
            newPage();
    }

    static QFont font(double points, bool bold = false)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    /// A wrapped paragraph across the page from x (mm); returns its height in mm.
    double paragraph(const QString &text, const QFont &font, double x = 0, const QColor &color = Qt::black)
    {
        m_painter.setFont(font);
        const QRectF area(x * m_mm, 0, (m_width - x) * m_mm, 1e6);
        const QRectF box = m_painter.boundingRect(area, Qt::TextWordWrap, text);
        need(box.height() / m_mm);
        m_painter.setPen(color);
        m_painter.drawText(QRectF(x * m_mm, m_y * m_mm, area.width(), box.height()), Qt::TextWordWrap, text);
        const double h = box.height() / m_mm;
        m_y += h;
        return h;
    }

    /// A line to write on, `indent` mm from the left.
    void writingLine(double indent)
    {
        need(8);
        m_y += 7;
        m_painter.setPen(QPen(QColor(150, 150, 150), 0.2 * m_mm));
        m_painter.drawLine(QPointF(indent * m_mm, m_y * m_mm), QPointF(m_width * m_mm, m_y * m_mm));
        m_y += 1;
    }

private:
    QPagedPaintDevice *m_device;
    QPainter m_painter;
    double m_mm;
    double m_width;
    double m_height;
    double m_y = 0;
};

/// The attention matrix as a grid with the tokens along both edges: empty cells to shade, or the heatmap with each
/// cell's weight in percent where the cell is big enough to read it.
void paintGrid(Pages &pages, const Worksheet &sheet, bool filled, double reserve)
{
    const int n = sheet.size();
    QPainter &p = pages.painter();
    const double mm = pages.mm();
    const QFont labelFont = Pages::font(n > 16 ? 7 : 9);
    p.setFont(labelFont);
    double labelWidth = 0;
    for (const QString &t : sheet.tokens)
        labelWidth = std::max(labelWidth, p.fontMetrics().horizontalAdvance(t) / mm);
    labelWidth = std::min(labelWidth + 2, 35.0);
    const double maxGrid = std::min(pages.width() - labelWidth, 170.0);
    // as large as fits, leaving `reserve` mm of the page below it (the questions), and never below 6 mm
    const double cell = std::max(std::min({ 12.0, maxGrid / n, (pages.left() - labelWidth - reserve) / n }), 6.0);
    const double gridSize = cell * n;
    pages.need(labelWidth + gridSize + 8);
    const double top = pages.y() + labelWidth;
    const double left = labelWidth;

    // column labels (turned to read upwards) and row labels
    p.setPen(Qt::black);
    for (int i = 0; i < n; ++i) {
        p.save();
        p.translate((left + (i + 0.5) * cell) * mm, (top - 1) * mm);
        p.rotate(-90);
        p.drawText(QRectF(0, -cell * mm / 2, (labelWidth - 1) * mm, cell * mm), Qt::AlignLeft | Qt::AlignVCenter,
            sheet.tokens[i]);
        p.restore();
        p.drawText(QRectF(0, (top + i * cell) * mm, (labelWidth - 1) * mm, cell * mm),
            Qt::AlignRight | Qt::AlignVCenter, sheet.tokens[i]);
    }

    const bool numbers = filled && cell >= 7;
    QFont numberFont = Pages::font(cell >= 11 ? 8 : 6.5);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const QRectF r((left + j * cell) * mm, (top + i * cell) * mm, cell * mm, cell * mm);
            if (sheet.isMasked(i, j)) {
                p.fillRect(r, QColor(225, 225, 225));
                p.save();
                p.setClipRect(r);
                p.setPen(QPen(QColor(160, 160, 160), 0.2 * mm));
                for (double d = -cell; d < cell; d += 2)
                    p.drawLine(QPointF(r.left() + d * mm, r.bottom()), QPointF(r.left() + (d + cell) * mm, r.top()));
                p.restore();
                continue;
            }
            if (!filled)
                continue;
            const QColor colour = QColor::fromRgb(paletteColor(sheet.palette, sheet.weight(i, j)));
            p.fillRect(r, colour);
            if (numbers) {
                const bool darkCell = colour.lightnessF() < 0.55;
                p.setPen(darkCell ? Qt::white : Qt::black);
                p.setFont(numberFont);
                p.drawText(r, Qt::AlignCenter, QLocale().toString(std::lround(100 * sheet.weight(i, j))));
            }
        }
    }
    p.setPen(QPen(QColor(120, 120, 120), 0.2 * mm));
    for (int k = 0; k <= n; ++k) {
        p.drawLine(QPointF(left * mm, (top + k * cell) * mm), QPointF((left + gridSize) * mm, (top + k * cell) * mm));
        p.drawLine(QPointF((left + k * cell) * mm, top * mm), QPointF((left + k * cell) * mm, (top + gridSize) * mm));
    }
    pages.skip(labelWidth + gridSize + 2);
    pages.paragraph(filled && !numbers ? QCoreApplication::translate("Worksheet",
                        "Rows: the token that attends (from). Columns: the token attended to (to). "
                        "Darker cells: more attention.")
            : filled                   ? QCoreApplication::translate("Worksheet",
                                    "Rows: the token that attends (from). Columns: the token attended "
                                                      "to (to). Numbers: weight in percent; each row adds up to 100.")
                                       : QCoreApplication::translate("Worksheet",
                                           "Rows: the token that attends (from). Columns: the token attended "
                                                             "to (to). Each row's weights add up to 100 %."),
        Pages::font(8.5), 0, QColor(60, 60, 60));
}

void paintHeader(Pages &pages, const Worksheet &sheet, const QString &title)
{
    pages.paragraph(title, Pages::font(16, true));
    pages.skip(1);
    //: %1 model, %2 head
    pages.paragraph(
        QCoreApplication::translate("Worksheet", "Model: %1 · Head: %2").arg(sheet.modelName, sheet.headName)
            + (sheet.headDescription.isEmpty() ? QString() : QStringLiteral(" — ") + sheet.headDescription),
        Pages::font(9), 0, QColor(60, 60, 60));
    pages.skip(3);
}

} // namespace

void paintWorksheet(const Worksheet &sheet, QPagedPaintDevice *device)
{
    Pages pages(device);
    if (!pages.isActive() || sheet.size() == 0)
        return;

    paintHeader(pages, sheet, QCoreApplication::translate("Worksheet", "Self-attention worksheet"));
    pages.paragraph(
        QCoreApplication::translate("Worksheet", "Name: ______________________________    Date: ______________"),
        Pages::font(10));
    pages.skip(4);
    pages.paragraph(QCoreApplication::translate("Worksheet", "The sentence"), Pages::font(11, true));
    pages.paragraph(sheet.text, Pages::font(12));
    pages.skip(2);
    QStringList numbered;
    for (int i = 0; i < sheet.size(); ++i)
        numbered << QStringLiteral("%1 %2").arg(i + 1).arg(sheet.tokens[i]);
    //: the sentence's tokens, numbered
    pages.paragraph(
        QCoreApplication::translate("Worksheet", "Tokens: ") + numbered.join(QStringLiteral("   ")), Pages::font(10));
    pages.skip(4);
    pages.paragraph(sheet.heatmapOnFront
            ? QCoreApplication::translate(
                "Worksheet", "The heatmap shows how much each token (row) attends to every token (column).")
            : QCoreApplication::translate("Worksheet",
                "Shade each row: which tokens do you expect this token to attend to? Darkest where you expect the "
                "most. Then compare with the app or the answer key."),
        Pages::font(10));
    pages.skip(3);
    // two lines to write each answer on, one for a long sentence (whose grid needs the room)
    const int lines = sheet.size() <= 10 ? 2 : 1;
    paintGrid(pages, sheet, sheet.heatmapOnFront, 26 + (8 + 8 * lines) * double(sheet.questions.size()));
    pages.skip(5);

    pages.paragraph(QCoreApplication::translate("Worksheet", "Questions"), Pages::font(11, true));
    pages.skip(1);
    for (std::size_t q = 0; q < sheet.questions.size(); ++q) {
        pages.need(7 + 8 * lines);
        pages.paragraph(QStringLiteral("%1. ").arg(q + 1) + sheet.questions[q].prompt, Pages::font(10.5));
        for (int l = 0; l < lines; ++l)
            pages.writingLine(5);
        pages.skip(2);
    }

    if (!sheet.answers)
        return;
    pages.newPage();
    paintHeader(pages, sheet, QCoreApplication::translate("Worksheet", "Answer key"));
    pages.paragraph(sheet.text, Pages::font(11));
    pages.skip(3);
    paintGrid(pages, sheet, true, 36 + 13 * double(sheet.questions.size()) + (sheet.explanation.isEmpty() ? 0 : 26));
    pages.skip(4);
    if (!sheet.explanation.isEmpty()) {
        pages.paragraph(sheet.explanation, Pages::font(10));
        pages.skip(3);
    }
    for (std::size_t q = 0; q < sheet.questions.size(); ++q) {
        pages.paragraph(QStringLiteral("%1. ").arg(q + 1) + sheet.questions[q].prompt, Pages::font(10, true));
        pages.paragraph(sheet.questions[q].answer, Pages::font(10), 5);
        pages.skip(2.5);
    }
    pages.skip(2);
    pages.paragraph(
        QCoreApplication::translate("Worksheet",
            "Every number is computed by Self-Attention Explorer: A = softmax(Q·Kᵀ/√d_k). Attention weights "
            "show where a head looks, not why a model decides what it does."),
        Pages::font(8.5), 0, QColor(60, 60, 60));
}

QString writePdf(const QString &path, QPageSize::PageSizeId pageSize, const QMarginsF &margins, const QString &title,
    const std::function<void(QPdfWriter &)> &paint)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        {
            QPdfWriter writer(&file);
            writer.setResolution(300);
            writer.setPageSize(QPageSize(pageSize));
            writer.setPageMargins(margins, QPageLayout::Millimeter);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("Self-Attention Explorer"));
            paint(writer);
        }
        if (file.commit())
            return {};
    }
    //: %1 the file, %2 the system's reason
    return QCoreApplication::translate("Worksheet", "%1: cannot be written (%2)")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}

QString saveWorksheetPdf(const Worksheet &sheet, const QString &path, QPageSize::PageSizeId pageSize)
{
    if (sheet.size() == 0)
        return QCoreApplication::translate("Worksheet", "%1: the sentence has no tokens").arg(path);
    return writePdf(path, pageSize, QMarginsF(16, 14, 16, 14),
        QCoreApplication::translate("Worksheet", "Self-attention worksheet") + QStringLiteral(": ") + sheet.text,
        [&](QPdfWriter &writer) { paintWorksheet(sheet, &writer); });
}

QPageSize::PageSizeId defaultPaper()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

} // namespace attention
