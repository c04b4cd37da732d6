// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "attentionmatrixmodel.h"
#include "attentionsession.h"
#include "csv.h"
#include "datatext.h"
#include "designedmodel.h"
#include "lessonmaterial.h"
#include "modelworkspace.h"
#include "worksheet.h"
#include "workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSaveFile>

attention::Worksheet Exporter::worksheetFor(const AttentionSession &session, const QVariantMap &options)
{
    const AttentionMatrixModel &matrix = *session.matrix();
    attention::Worksheet sheet;
    sheet.text = session.text();
    sheet.modelName = session.modelName();
    sheet.headName = session.headName();
    sheet.headDescription = session.headDescription();
    sheet.tokens = matrix.tokens();
    sheet.weights = matrix.weights();
    const int n = matrix.size();
    bool anyMasked = false;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            sheet.masked.push_back(matrix.isMasked(i, j));
            anyMasked = anyMasked || sheet.masked.back();
        }
    }
    if (!anyMasked)
        sheet.masked.clear();
    sheet.explanation = session.isCustom() ? QString() : session.explanation();
    sheet.questions = attention::worksheetQuestions(sheet, session.claimedTokens());
    sheet.answers = options.value(QStringLiteral("answers"), true).toBool();
    sheet.heatmapOnFront = options.value(QStringLiteral("heatmap")).toBool();
    return sheet;
}

namespace {

std::vector<attention::PatternExample> patternsOf(const AttentionSession *session)
{
    if (!session || !session->workspace())
        return {};
    return attention::patternExamples(*session->workspace()->get().pack);
}

QPageSize::PageSizeId paperOf(const QVariantMap &options)
{
    const QString paper = options.value(QStringLiteral("paper")).toString();
    if (paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    if (paper.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    return attention::defaultPaper();
}

} // namespace

Exporter::Exporter(QObject *parent)
    : QObject(parent)
{ }

bool Exporter::canPrint() const
{
    return !QPrinterInfo::availablePrinterNames().isEmpty();
}

QString Exporter::defaultPaper() const
{
    return attention::defaultPaper() == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

QString Exporter::saveMatrix(AttentionSession *session, const QString &path, const QString &format) const
{
    if (!session || session->matrix()->size() == 0)
        return tr("There is no matrix to save.");
    const AttentionMatrixModel &matrix = *session->matrix();
    const int n = matrix.size();
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = attention::csvMatrix(
            matrix.tokens(), [&](int i, int j) { return QString::number(matrix.weight(i, j), 'f', 6); });
    } else if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (int i = 0; i < n; ++i) {
            QJsonArray row;
            for (int j = 0; j < n; ++j)
                row.append(matrix.weight(i, j));
            rows.append(row);
        }
        QJsonObject o { { QStringLiteral("tokens"), QJsonArray::fromStringList(matrix.tokens()) },
            { QStringLiteral("model"), session->modelName() }, { QStringLiteral("head"), session->headName() },
            { QStringLiteral("weights"), rows }, { QStringLiteral("temperature"), session->temperature() },
            { QStringLiteral("mask"), session->causal() ? QStringLiteral("causal") : QStringLiteral("none") } };
        if (session->layerCount() > 1)
            o.insert(QStringLiteral("layer"), session->layerIndex() + 1);
        if (session->isCustom())
            o.insert(QStringLiteral("text"), session->text());
        else
            o.insert(QStringLiteral("sentence"), session->sentenceId());
        bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        return tr("Unknown format \"%1\": csv or json.").arg(format);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        //: %1 the file, %2 the system's reason
        return tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString Exporter::saveWorksheet(AttentionSession *session, const QString &path, const QVariantMap &options) const
{
    if (!session)
        return tr("There is no sentence to make a worksheet of.");
    return attention::saveWorksheetPdf(worksheetFor(*session, options), path, paperOf(options));
}

QString Exporter::matrixExplanation() const
{
    return attention::matrixExplanationHtml();
}

QString Exporter::patternTable(AttentionSession *session, bool compact) const
{
    return attention::patternTableHtml(patternsOf(session), attention::designedHeadNames(), compact);
}

QString Exporter::lessonPlan() const
{
    return attention::lessonPlanHtml();
}

QString Exporter::saveLessonPlan(AttentionSession *session, const QString &path, const QString &paper) const
{
    return attention::saveHtmlPdf(attention::lessonDocumentHtml(patternsOf(session), attention::designedHeadNames()),
        path, paperOf({ { QStringLiteral("paper"), paper } }), tr("Self-attention in 45 minutes — a lesson plan"));
}

QString Exporter::printWorksheet(AttentionSession *session, const QVariantMap &options) const
{
    if (!session || session->matrix()->size() == 0)
        return tr("There is no sentence to make a worksheet of.");
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(paperOf(options)));
    printer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    printer.setDocName(tr("Self-attention worksheet"));
    QPrintDialog dialog(&printer);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    attention::paintWorksheet(worksheetFor(*session, options), &printer);
    return {};
}
