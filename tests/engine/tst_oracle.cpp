// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against PyTorch: fixtures made by tests/oracle/make_fixtures.py (torch.nn.MultiheadAttention and
// torch's softmax), every intermediate compared within 1e-5.
#include "computerequest.h"
#include "jsonio.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace attention;

namespace {

/// Compares a computed matrix with the oracle's list of rows; null in the oracle means −∞.
void compare(const Matrix &actual, const QJsonValue &expected, const QString &what)
{
    const QJsonArray rows = expected.toArray();
    QVERIFY2(actual.rows() == rows.size(), qPrintable(what + QStringLiteral(": row count")));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows[i].toArray();
        QVERIFY2(actual.cols() == row.size(), qPrintable(what + QStringLiteral(": column count")));
        for (qsizetype j = 0; j < row.size(); ++j) {
            const double a = actual(i, j);
            if (row[j].isNull()) {
                QVERIFY2(std::isinf(a) && a < 0,
                    qPrintable(QStringLiteral("%1(%2,%3) should be −∞").arg(what).arg(i).arg(j)));
                continue;
            }
            const double e = row[j].toDouble();
            if (!(std::abs(a - e) <= 1e-5))
                QFAIL(qPrintable(QStringLiteral("%1(%2,%3): engine %4, PyTorch %5")
                                     .arg(what)
                                     .arg(i)
                                     .arg(j)
                                     .arg(a, 0, 'g', 12)
                                     .arg(e, 0, 'g', 12)));
        }
    }
}

} // namespace

class TestOracle : public QObject
{
    Q_OBJECT

private slots:
    void matchesPyTorch_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(ATTENTION_TEST_DATA "/oracle"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 10, "the PyTorch fixtures are missing");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void matchesPyTorch()
    {
        QFETCH(QString, path);
        const QJsonObject fixture = json::parseObject(json::readFile(path), path).object();
        const ComputeRequest request = ComputeRequest::fromJson(fixture.value(QLatin1String("input")).toObject(), path);
        const LayerResult result = request.compute();
        const QJsonObject expected = fixture.value(QLatin1String("expected")).toObject();
        const QJsonArray heads = expected.value(QLatin1String("per_head")).toArray();
        QCOMPARE(qsizetype(result.heads.size()), heads.size());
        for (qsizetype h = 0; h < heads.size(); ++h) {
            const QJsonObject e = heads[h].toObject();
            const HeadResult &r = result.heads[std::size_t(h)];
            const QString head = QStringLiteral("head %1 ").arg(h);
            compare(r.q, e.value(QLatin1String("Q")), head + QStringLiteral("Q"));
            compare(r.k, e.value(QLatin1String("K")), head + QStringLiteral("K"));
            compare(r.v, e.value(QLatin1String("V")), head + QStringLiteral("V"));
            compare(r.scores, e.value(QLatin1String("scores")), head + QStringLiteral("scores"));
            compare(r.scaled, e.value(QLatin1String("scaled_scores")), head + QStringLiteral("scaled"));
            compare(r.masked, e.value(QLatin1String("masked_scores")), head + QStringLiteral("masked"));
            compare(r.weights, e.value(QLatin1String("weights")), head + QStringLiteral("weights"));
            compare(r.output, e.value(QLatin1String("output")), head + QStringLiteral("output"));
        }
        compare(result.concat, expected.value(QLatin1String("concat")), QStringLiteral("concat"));
        compare(result.output, expected.value(QLatin1String("output")), QStringLiteral("output"));
    }
};

QTEST_GUILESS_MAIN(TestOracle)
#include "tst_oracle.moc"
