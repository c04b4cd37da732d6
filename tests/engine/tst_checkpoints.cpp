// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Trained-model checkpoints: the tiny BERT and GPT-2 folders in tests/data/checkpoints were written by
// tests/checkpoints/make_fixtures.py with an independent PyTorch reference (reference.py), together with the tokens,
// ids and every layer's and head's attention it computes. The app's loader, tokenizers and forward pass must give
// the same, and every damaged file must be refused with a message that names the file and the problem.
#include "checkpointmodel.h"
#include "jsonio.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace attention;

namespace {

const QString kFixtures = QStringLiteral(ATTENTION_TEST_DATA "/checkpoints");

} // namespace

class TestCheckpoints : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheReference_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("text");
        for (const char *model : { "bert-uncased", "bert-cased-mlm", "gpt2", "gpt2-lm-bf16" }) {
            for (int t = 0; t < 5; ++t)
                QTest::addRow("%s, text %d", model, t) << QString::fromLatin1(model) << t;
        }
    }
    void matchesTheReference()
    {
        QFETCH(QString, model);
        QFETCH(int, text);
        const QString folder = kFixtures + u'/' + model;
        const QJsonObject expected = json::parseObject(json::readFile(folder + QStringLiteral("/expected.json")), model)
                                         .object()
                                         .value(u"texts")
                                         .toArray()[text]
                                         .toObject();
        const auto m = CheckpointModel::load(folder);
        const Tokens tokens = m->tokenize(expected.value(u"text").toString());
        const QJsonArray wantTokens = expected.value(u"tokens").toArray();
        const QJsonArray wantIds = expected.value(u"ids").toArray();
        QStringList got, want;
        for (const Token &t : tokens)
            got << QStringLiteral("%1=%2").arg(t.text).arg(t.id);
        for (qsizetype i = 0; i < wantTokens.size(); ++i)
            want << QStringLiteral("%1=%2").arg(wantTokens[i].toString()).arg(wantIds[i].toInt());
        QCOMPARE(got, want);

        const auto attentions = m->attentions(tokens);
        const QJsonArray wantAttention = expected.value(u"attention").toArray();
        QCOMPARE(qsizetype(attentions.size()), wantAttention.size());
        double worst = 0;
        for (std::size_t l = 0; l < attentions.size(); ++l) {
            const LayerResult layer = m->compute(tokens, Mask::none(), 1, int(l));
            for (std::size_t h = 0; h < attentions[l].size(); ++h) {
                const Matrix want = json::toMatrix(wantAttention[qsizetype(l)].toArray()[qsizetype(h)], model);
                QCOMPARE(want.rows(), attentions[l][h].rows());
                worst = std::max(worst, (attentions[l][h].cast<double>() - want).cwiseAbs().maxCoeff());
                // the layer computed on its own, in double, through the shared engine, agrees too
                worst = std::max(worst, (layer.heads[h].weights - want).cwiseAbs().maxCoeff());
            }
        }
        qInfo("%s text %d: %zu tokens, max |Δ| = %.2g", qPrintable(model), text, tokens.size(), worst);
        QVERIFY2(worst <= 1e-4, qPrintable(QString::number(worst)));
    }
};

QTEST_GUILESS_MAIN(TestCheckpoints)
#include "tst_checkpoints.moc"
