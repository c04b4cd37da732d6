// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The math view's numbers are the computation: recomputed here by hand from x and the model's weights (plain loops,
// std::exp), and the softmax row it shows is the very row Explore shows.
#include "designedmodel.h"
#include "mathsteps.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace attention;

class TestMathSteps : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreTheComputation_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("head");
        QTest::addColumn<int>("token");
        QTest::addColumn<double>("temperature");
        QTest::addColumn<bool>("causal");
        QTest::newRow("it, coreference") << QStringLiteral("pronoun-cat") << 0 << 7 << 1.0 << false;
        QTest::newRow("passed, subject-verb, sharp") << QStringLiteral("subject-students") << 1 << 5 << 0.3 << false;
        QTest::newRow("lazy, modifier, causal") << QStringLiteral("modifier-fox") << 2 << 7 << 1.0 << true;
        QTest::newRow("?, question, flat, causal") << QStringLiteral("question-capital") << 4 << 6 << 4.0 << true;
    }
    void numbersAreTheComputation()
    {
        QFETCH(QString, sentence);
        QFETCH(int, head);
        QFETCH(int, token);
        QFETCH(double, temperature);
        QFETCH(bool, causal);
        AttentionSession session;
        MathSteps steps;
        steps.setSession(&session);
        session.setSentenceId(sentence);
        session.setHeadIndex(head);
        session.setTemperature(temperature);
        session.setCausal(causal);
        session.setSelectedToken(token);
        QVERIFY(steps.valid());

        // By hand: x, q = x·W_Q and k_j = x_j·W_K over this head's columns, s_j = q·k_j, a = softmax.
        const DesignedModel &model = DesignedModel::builtIn();
        const Matrix x = model.input(session.analysedTokens());
        const Matrix &wq = model.weights().wq, &wk = model.weights().wk;
        const int dk = model.dK(), first = head * dk, n = int(x.rows());
        QCOMPARE(steps.dk(), dk);
        const auto project = [&](const Matrix &w, int row, int col) {
            double sum = 0;
            for (int f = 0; f < x.cols(); ++f)
                sum += x(row, f) * w(f, first + col);
            return sum;
        };
        const int named = int(steps.queryLabels().size());
        for (int c = 0; c < named; ++c)
            QVERIFY(std::abs(steps.queryValues()[c] - project(wq, token, c)) < 1e-9);
        std::vector<double> scores(std::size_t(n), 0.0);
        double maxLogit = -INFINITY;
        for (int j = 0; j < n; ++j) {
            for (int c = 0; c < dk; ++c)
                scores[std::size_t(j)] += project(wq, token, c) * project(wk, j, c);
            QVERIFY(std::abs(steps.scores()[j] - scores[std::size_t(j)]) < 1e-9);
            QVERIFY(std::abs(steps.featureScores()[j] + steps.positionScores()[j] - steps.scores()[j]) < 1e-9);
            QVERIFY(
                std::abs(steps.scaled()[j] - scores[std::size_t(j)] / (temperature * std::sqrt(double(dk)))) < 1e-9);
            QCOMPARE(steps.masked()[j], causal && j > token);
            if (!steps.masked()[j])
                maxLogit = std::max(maxLogit, steps.scaled()[j]);
        }
        double sum = 0;
        for (int j = 0; j < n; ++j)
            sum += steps.masked()[j] ? 0 : std::exp(steps.scaled()[j] - maxLogit);
        for (int j = 0; j < n; ++j) {
            const double expected = steps.masked()[j] ? 0 : std::exp(steps.scaled()[j] - maxLogit) / sum;
            QVERIFY(std::abs(steps.weights()[j] - expected) < 1e-12);
        }
        // The math screen's softmax row is the Explore row, number for number.
        QCOMPARE(steps.weights(), session.selectedWeights());

        // The output is Σ a_j·v_j, and W_V copies the features: e.g. the "noun" feature of the output is the weight
        // that went to nouns.
        const int noun = int(Feature::Noun);
        double nounShare = 0;
        for (int j = 0; j < n; ++j)
            nounShare += steps.weights()[j] * x(j, noun);
        const auto at = steps.outputLabels().indexOf(QStringLiteral("noun"));
        QVERIFY(nounShare < 1e-9 ? at < 0 : std::abs(steps.outputValues()[at] - nounShare) < 1e-12);
    }

    void entropyFollowsTemperature()
    {
        AttentionSession session;
        MathSteps steps;
        steps.setSession(&session);
        session.setSelectedToken(7);
        const double h1 = steps.entropy();
        QVERIFY(std::abs(steps.effectiveTokens() - std::exp2(h1)) < 1e-12);
        const QList<QPointF> curve = steps.entropyCurve();
        QCOMPARE(curve.size(), 41);
        for (int i = 1; i < curve.size(); ++i)
            QVERIFY2(curve[i].y() >= curve[i - 1].y() - 1e-12, "entropy never falls as T rises");
        QVERIFY(std::abs(curve[20].y() - h1) < 1e-9); // log10 T = 0
        session.setTemperature(0.1);
        QVERIFY(steps.entropy() < 0.1 * h1);
        QVERIFY(std::abs(steps.entropy() - curve.first().y()) < 1e-9);
        session.setTemperature(10);
        QVERIFY(steps.effectiveTokens() > 9.5); // 10 tokens: nearly uniform
    }

    void averageHasNoSingleComputation()
    {
        AttentionSession session;
        MathSteps steps;
        steps.setSession(&session);
        QSignalSpy changed(&steps, &MathSteps::changed);
        session.setSelectedToken(2);
        QVERIFY(steps.valid());
        session.setHeadIndex(-1);
        QVERIFY(!steps.valid());
        QVERIFY(steps.weights().isEmpty());
        session.setHeadIndex(3);
        session.setSelectedToken(-1);
        QVERIFY(!steps.valid());
        // Five changes in one turn of the event loop: the views are told once, when it comes round.
        QCOMPARE(changed.count(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(steps.weightMatrix()->rows(), 10); // the matrices are there without a selection
        QCOMPARE(steps.weightMatrix()->highlightRow(), -1);
        session.setSentenceId(QStringLiteral("modifier-fox")); // a new sentence sends four session signals
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(steps.weightMatrix()->rows(), 9);
    }

    void matrixTablesAreWellBehaved()
    {
        AttentionSession session;
        MathSteps steps;
        steps.setSession(&session);
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester queries(steps.queries(), mode), keys(steps.keys(), mode), values(steps.values(), mode),
            scores(steps.scoreMatrix(), mode), weights(steps.weightMatrix(), mode), inputBars(steps.inputBars(), mode),
            scoreBars(steps.scoreBars(), mode), weightBars(steps.weightBars(), mode),
            outputBars(steps.outputBars(), mode);
        session.setSelectedToken(7);
        QVERIFY(steps.valid());
        session.setSentenceId(QStringLiteral("position-long"));
        session.setSelectedToken(3);
        session.setCausal(true);
        QCoreApplication::processEvents();
        QCOMPARE(steps.weightMatrix()->rows(), int(session.tokens().size()));
        QCOMPARE(steps.weightMatrix()->highlightRow(), 3);
        // The bars hold the same row, one per token, with the mask and the selected token's own row marked.
        QCOMPARE(steps.weightBars()->count(), int(session.tokens().size()));
        for (int j = 0; j < steps.weightBars()->count(); ++j) {
            const QModelIndex bar = steps.weightBars()->index(j);
            QCOMPARE(bar.data(ValueListModel::ValueRole).toDouble(), session.selectedWeights().value(j));
            QCOMPARE(bar.data(ValueListModel::MaskedRole).toBool(), j > 3);
            QCOMPARE(bar.data(ValueListModel::HighlightedRole).toBool(), j == 3);
        }
        session.setHeadIndex(-1);
        QCoreApplication::processEvents();
        QVERIFY(!steps.valid());
    }

    void headMatricesMatchTheShownHead()
    {
        AttentionSession session;
        session.setSentenceId(QStringLiteral("modifier-fox"));
        session.setCausal(true);
        const int heads = session.heads()->count() - 1;
        for (int h = -1; h < heads; ++h) {
            session.setHeadIndex(h);
            const AttentionMatrixModel *shown = session.heads()->matrix(h);
            QCOMPARE(shown->weights(), session.matrix()->weights());
            QCOMPARE(shown->isMasked(0, 1), true);
        }
    }
};

QTEST_GUILESS_MAIN(TestMathSteps)
#include "tst_mathsteps.moc"
