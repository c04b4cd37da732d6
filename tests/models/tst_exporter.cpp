// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the window saves: the matrix shown as CSV and JSON (the same numbers the command line exports), and the
// worksheet PDF of the sentence and head shown.
#include "attentionsession.h"
#include "exporter.h"
#include "worksheet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int pageCount(const QByteArray &pdf)
{
    int count = 0;
    for (auto it = QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)")).globalMatch(QString::fromLatin1(pdf));
         it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void matrixAsCsvAndJson()
    {
        AttentionSession session;
        session.setSentenceId(QStringLiteral("pronoun-cat"));
        session.setHeadIndex(session.headNamed(QStringLiteral("Coreference")));
        QTemporaryDir dir;
        Exporter exporter;
        const QString csv = dir.filePath(QStringLiteral("m.csv"));
        QCOMPARE(exporter.saveMatrix(&session, csv, QStringLiteral("csv")), QString());

        // The same table the command line exports for this sentence and head.
        QProcess cli;
        cli.start(QStringLiteral(ATTENTION_APP),
            { QStringLiteral("--export"), QStringLiteral("pronoun-cat"), QStringLiteral("--head"),
                QStringLiteral("Coreference"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(readAll(csv), cli.readAllStandardOutput());

        // Each row sums to 1; "it" attends most to "cat".
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        QCOMPARE(lines.size(), 11);
        const QList<QByteArray> header = lines[0].split(',');
        for (int r = 1; r < lines.size(); ++r) {
            const QList<QByteArray> cells = lines[r].split(',');
            double sum = 0;
            int best = 1;
            for (int c = 1; c < cells.size(); ++c) {
                sum += cells[c].toDouble();
                if (cells[c].toDouble() > cells[best].toDouble())
                    best = c;
            }
            QVERIFY2(std::abs(sum - 1) < 1e-5, lines[r].constData());
            if (cells[0] == "it")
                QCOMPARE(header[best], QByteArray("cat"));
        }

        const QString json = dir.filePath(QStringLiteral("m.json"));
        session.setCausal(true);
        QCOMPARE(exporter.saveMatrix(&session, json, QStringLiteral("json")), QString());
        const QJsonObject o = QJsonDocument::fromJson(readAll(json)).object();
        QCOMPARE(o.value(QStringLiteral("sentence")).toString(), QStringLiteral("pronoun-cat"));
        QCOMPARE(o.value(QStringLiteral("head")).toString(), QStringLiteral("Coreference"));
        QCOMPARE(o.value(QStringLiteral("mask")).toString(), QStringLiteral("causal"));
        QCOMPARE(o.value(QStringLiteral("tokens")).toArray().size(), 10);
        const QJsonArray rows = o.value(QStringLiteral("weights")).toArray();
        QCOMPARE(rows.size(), 10);
        QCOMPARE(rows[0].toArray()[0].toDouble(), 1.0); // the first token can only attend to itself
        QCOMPARE(rows[0].toArray()[1].toDouble(), 0.0);

        // A file that cannot be written is named in the error, and nothing is left behind.
        const QString bad = dir.filePath(QStringLiteral("no/such/folder/m.csv"));
        const QString error = exporter.saveMatrix(&session, bad, QStringLiteral("csv"));
        QVERIFY2(error.contains(QStringLiteral("m.csv")), qPrintable(error));
        QVERIFY(!exporter.saveMatrix(&session, csv, QStringLiteral("xlsx")).isEmpty());
    }

    void worksheetOfTheView()
    {
        AttentionSession session;
        session.setSentenceId(QStringLiteral("pronoun-cat"));
        // the curated claim in the head shown is asked about: "it" (token 8)
        QVERIFY(session.claimedTokens() == std::vector<int>({ 7 }));
        QTemporaryDir dir;
        Exporter exporter;
        const QString a4 = dir.filePath(QStringLiteral("sheet.pdf"));
        QCOMPARE(
            exporter.saveWorksheet(&session, a4, { { QStringLiteral("paper"), QStringLiteral("A4") } }), QString());
        QByteArray pdf = readAll(a4);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pageCount(pdf), 2); // with the answer key unless it is turned off
        QVERIFY(pdf.contains("/MediaBox [0 0 595"));

        const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
        QCOMPARE(exporter.saveWorksheet(&session, letter,
                     { { QStringLiteral("paper"), QStringLiteral("Letter") }, { QStringLiteral("answers"), false },
                         { QStringLiteral("heatmap"), true } }),
            QString());
        pdf = readAll(letter);
        QCOMPARE(pageCount(pdf), 1);
        QVERIFY(pdf.contains("/MediaBox [0 0 612"));

        // a typed sentence has no claims: the worksheet asks about its clearest link
        QCOMPARE(session.useText(QStringLiteral("The dog chased the ball because it was fast.")), QString());
        QVERIFY(session.claimedTokens().empty());
        QCOMPARE(exporter.saveWorksheet(&session, a4, {}), QString());
        QVERIFY(!exporter.saveWorksheet(&session, dir.filePath(QStringLiteral("x/y.pdf")), {}).isEmpty());
    }

    void worksheetOnAPrinter()
    {
        // Print… draws the same pages on the QPrinter the system dialog sets up; a printer writing to a PDF file
        // (no print server here) stands in for it.
        AttentionSession session;
        session.setSentenceId(QStringLiteral("pronoun-cat"));
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        printer.setPageSize(QPageSize(QPageSize::Letter));
        attention::paintWorksheet(Exporter::worksheetFor(session, { { QStringLiteral("answers"), true } }), &printer);
        const QByteArray pdf = readAll(printer.outputFileName());
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pageCount(pdf), 2);
        QVERIFY(pdf.contains("/MediaBox [0 0 612"));
    }
};

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
