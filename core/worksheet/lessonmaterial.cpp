// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonmaterial.h"

#include "datatext.h"
#include "designedmodel.h"
#include "worksheet.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace attention {

QString matrixExplanationHtml()
{
    return QStringLiteral("<h2>") + QCoreApplication::translate("Lesson", "Reading the attention matrix")
        + QStringLiteral("</h2><ul><li>")
        + QCoreApplication::translate("Lesson",
            "<b>Rows are “from”, columns are “to”.</b> Each row is one token paying attention; each column is a token "
            "being attended to. The cell in row “it” and column “cat” is the share of “it”’s attention that goes to "
            "“cat”.")
        + QStringLiteral("</li><li>")
        + QCoreApplication::translate("Lesson",
            "<b>Every row adds up to 100 %.</b> Softmax turns a row of scores into shares of one token’s attention, so "
            "raising one cell lowers the others in its row.")
        + QStringLiteral("</li><li>")
        + QCoreApplication::translate("Lesson",
            "<b>Columns add up to anything.</b> A column’s sum says how much the other tokens look at that token: a "
            "large sum marks a token many rows use, such as a subject. Compare columns to find the tokens a head "
            "relies on.")
        + QStringLiteral("</li><li>")
        + QCoreApplication::translate("Lesson",
            "<b>The diagonal</b> is each token attending to itself. <b>Under a causal mask</b> every cell above the "
            "diagonal is empty: no token may use a later one, as in a model that writes one word at a time.")
        + QStringLiteral("</li><li>")
        + QCoreApplication::translate("Lesson",
            "<b>One matrix is one head.</b> Each head looks for one relation; the average of all heads blurs them.")
        + QStringLiteral("</li></ul>");
}

QString patternTableHtml(const std::vector<PatternExample> &rows, const QStringList &headNames, bool compact)
{
    //: a link in the table of patterns: %1 the token that attends, %2 the one it attends to
    const auto link = [](const PatternExample &r) {
        return QCoreApplication::translate("Lesson", "“%1” → “%2”").arg(r.from, r.to);
    };
    const QString note = QCoreApplication::translate("Lesson",
        "Each link is the strongest one from that token in that head, computed — the app's tests "
        "check every one.");
    if (compact) {
        QString html = QStringLiteral("<h2>") + QCoreApplication::translate("Lesson", "Attention patterns")
            + QStringLiteral("</h2>");
        for (const PatternExample &r : rows) {
            //: one pattern on a phone: %1 pattern, %2 link, %3 head, %4 example sentence
            html += QCoreApplication::translate("Lesson", "<p><b>%1</b>: %2 (head %3)<br>%4</p>")
                        .arg(translatedText(r.pattern).toHtmlEscaped(), link(r).toHtmlEscaped(),
                            headNames.value(r.headIndex).toHtmlEscaped(), r.text.toHtmlEscaped());
        }
        return html + QStringLiteral("<p>") + note + QStringLiteral("</p>");
    }
    QString html = QStringLiteral("<h2>") + QCoreApplication::translate("Lesson", "Attention patterns")
        + QStringLiteral("</h2><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\"><tr><th>")
        + QCoreApplication::translate("Lesson", "Pattern") + QStringLiteral("</th><th>")
        + QCoreApplication::translate("Lesson", "Example") + QStringLiteral("</th><th>")
        + QCoreApplication::translate("Lesson", "What attends to what") + QStringLiteral("</th><th>")
        + QCoreApplication::translate("Lesson", "Head") + QStringLiteral("</th></tr>");
    for (const PatternExample &r : rows) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(translatedText(r.pattern).toHtmlEscaped(), r.text.toHtmlEscaped(), link(r).toHtmlEscaped(),
                        headNames.value(r.headIndex).toHtmlEscaped());
    }
    return html + QStringLiteral("</table><p>") + note + QStringLiteral("</p>");
}

QString lessonPlanHtml()
{
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    QFile translated(QStringLiteral(":/attention/lessons/lesson-plan_%1.html").arg(language));
    QFile english(QStringLiteral(":/attention/lessons/lesson-plan.html"));
    QFile &file = translated.exists() ? translated : english;
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString lessonDocumentHtml(const std::vector<PatternExample> &rows, const QStringList &headNames)
{
    return lessonPlanHtml() + matrixExplanationHtml() + patternTableHtml(rows, headNames);
}

QString saveHtmlPdf(const QString &html, const QString &path, QPageSize::PageSizeId pageSize, const QString &title)
{
    return writePdf(path, pageSize, QMarginsF(18, 16, 18, 16), title, [&](QPdfWriter &writer) {
        // Laid out with the writer's own metrics on its printable area and drawn a page at a time (print() would
        // lay it out for the screen's resolution and shrink it).
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setHtml(html);
        const QSizeF page(writer.width(), writer.height());
        document.setPageSize(page);
        QPainter painter(&writer);
        for (int i = 0; i < document.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            document.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
            painter.restore();
        }
    });
}

QStringList designedHeadNames()
{
    QStringList names;
    for (const HeadInfo &h : DesignedModel::builtIn().heads())
        names << translatedText(h.name);
    return names;
}

} // namespace attention
