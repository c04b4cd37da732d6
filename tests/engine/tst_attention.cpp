// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The attention engine on cases small enough to compute by hand, its invariants, and its input checks.
#include "attention.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <random>

using namespace attention;

namespace {

Matrix mat(std::initializer_list<std::initializer_list<double>> rows)
{
    Matrix m(Eigen::Index(rows.size()), Eigen::Index(rows.begin()->size()));
    Eigen::Index r = 0;
    for (const auto &row : rows) {
        Eigen::Index c = 0;
        for (double v : row)
            m(r, c++) = v;
        ++r;
    }
    return m;
}

Matrix randomMatrix(Eigen::Index rows, Eigen::Index cols, unsigned seed, double scale = 1)
{
    std::mt19937 gen(seed);
    std::normal_distribution<double> dist(0, scale);
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = dist(gen);
    return m;
}

void compareMatrices(const Matrix &actual, const Matrix &expected, double tolerance)
{
    QCOMPARE(actual.rows(), expected.rows());
    QCOMPARE(actual.cols(), expected.cols());
    for (Eigen::Index i = 0; i < actual.rows(); ++i) {
        for (Eigen::Index j = 0; j < actual.cols(); ++j) {
            if (std::abs(actual(i, j) - expected(i, j)) > tolerance)
                QFAIL(qPrintable(QStringLiteral("(%1,%2): got %3, expected %4")
                                     .arg(i)
                                     .arg(j)
                                     .arg(actual(i, j), 0, 'g', 12)
                                     .arg(expected(i, j), 0, 'g', 12)));
        }
    }
}

} // namespace

class TestAttention : public QObject
{
    Q_OBJECT

private slots:
    void twoTokensByHand()
    {
        // scores = [[1,0],[0,0]], d_k = 1: row 0 = softmax(1, 0) = (e/(e+1), 1/(e+1)), row 1 uniform.
        const HeadResult r =
            scaledDotProductAttention(mat({ { 1 }, { 0 } }), mat({ { 1 }, { 0 } }), mat({ { 1, 0 }, { 0, 1 } }));
        const double e = std::exp(1.0);
        compareMatrices(r.scores, mat({ { 1, 0 }, { 0, 0 } }), 0);
        compareMatrices(r.weights, mat({ { e / (e + 1), 1 / (e + 1) }, { 0.5, 0.5 } }), 1e-15);
        compareMatrices(r.output, mat({ { e / (e + 1), 1 / (e + 1) }, { 0.5, 0.5 } }), 1e-15);
    }

    void threeTokensCausalByHand()
    {
        // Q·Kᵀ = [[2,0,2],[0,2,2],[0,0,0]], ÷√4 = [[1,0,1],[0,1,1],[0,0,0]]; causal keeps j ≤ i.
        const Matrix q = mat({ { 2, 0, 0, 0 }, { 0, 2, 0, 0 }, { 0, 0, 2, 0 } });
        const Matrix k = mat({ { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 1, 1, 0, 0 } });
        const Matrix v = mat({ { 1, 0 }, { 0, 1 }, { 1, 1 } });
        const HeadResult r = scaledDotProductAttention(q, k, v, Mask::causal());
        const double e = std::exp(1.0);
        compareMatrices(r.scaled, mat({ { 1, 0, 1 }, { 0, 1, 1 }, { 0, 0, 0 } }), 1e-15);
        compareMatrices(
            r.weights, mat({ { 1, 0, 0 }, { 1 / (1 + e), e / (1 + e), 0 }, { 1. / 3, 1. / 3, 1. / 3 } }), 1e-15);
        compareMatrices(r.output, mat({ { 1, 0 }, { 1 / (1 + e), e / (1 + e) }, { 2. / 3, 2. / 3 } }), 1e-15);
        QVERIFY(std::isinf(r.masked(0, 1)) && r.masked(0, 1) < 0);
        QCOMPARE(r.weights(0, 1), 0.0);
        QCOMPARE(r.weights(1, 2), 0.0);
    }

    void temperatureSharpensByHand()
    {
        // T = 0.5 doubles the scaled scores: row 0 = softmax(2, 0).
        const HeadResult r =
            scaledDotProductAttention(mat({ { 1 }, { 0 } }), mat({ { 1 }, { 0 } }), mat({ { 1 }, { 0 } }), {}, 0.5);
        const double e2 = std::exp(2.0);
        QCOMPARE(r.weights(0, 0), e2 / (e2 + 1));
        QCOMPARE(r.scaled(0, 0), 2.0);
    }

    void explainRowByHand()
    {
        // Three tokens, d_k = 2, the first column "named". Row 2: q = (1, 1); keys (1, 0), (0, 1), (1, 1).
        // Scores 1, 1, 2 = feature part 1, 0, 1 + position part 0, 1, 1. T = 2: divide by 2·√2.
        const Matrix q = mat({ { 1, 0 }, { 0, 1 }, { 1, 1 } });
        const HeadResult h = scaledDotProductAttention(q, q, q, Mask::causal(), 2);
        const RowExplanation e = explainRow(h, 1, 2, 2, { 1, 10 });
        const double d = 2 * std::sqrt(2.0);
        QCOMPARE(e.scores, (std::vector<double> { 1, 1, 2 }));
        QCOMPARE(e.featureScores, (std::vector<double> { 1, 0, 1 }));
        QCOMPARE(e.positionScores, (std::vector<double> { 0, 1, 1 }));
        QCOMPARE(e.topScore, 2);
        QVERIFY(std::abs(e.divisor - d) < 1e-12);
        const double z = 2 * std::exp(1 / d) + std::exp(2 / d);
        const std::vector<double> a = { std::exp(1 / d) / z, std::exp(1 / d) / z, std::exp(2 / d) / z };
        double h2 = 0;
        for (std::size_t j = 0; j < 3; ++j) {
            QVERIFY(std::abs(e.scaled[j] - e.scores[j] / d) < 1e-12);
            QVERIFY(std::abs(e.weights[j] - a[j]) < 1e-12);
            QVERIFY(!e.masked[j]);
            h2 -= a[j] * std::log2(a[j]);
        }
        QVERIFY(std::abs(e.entropy - h2) < 1e-12);
        QVERIFY(std::abs(e.effectiveTokens - std::exp2(h2)) < 1e-12);
        // At T = 1 the same scores are divided by √2 only.
        const double s = std::sqrt(2.0), z1 = 2 * std::exp(1 / s) + std::exp(2 / s);
        double h1 = 0;
        for (const double w : { std::exp(1 / s) / z1, std::exp(1 / s) / z1, std::exp(2 / s) / z1 })
            h1 -= w * std::log2(w);
        QCOMPARE(e.entropyCurve.size(), std::size_t(2));
        QCOMPARE(e.entropyCurve[0].first, 1.0);
        QVERIFY(std::abs(e.entropyCurve[0].second - h1) < 1e-12);
        QVERIFY(e.entropyCurve[1].second > h2 && e.entropyCurve[1].second < std::log2(3.0));

        // Row 0 under the causal mask: keys 1 and 2 are masked, at every temperature of the curve.
        const RowExplanation first = explainRow(h, 1, 0, 2, { 0.1, 10 });
        QCOMPARE(first.masked, (std::vector<bool> { false, true, true }));
        QCOMPARE(first.weights, (std::vector<double> { 1, 0, 0 }));
        QCOMPARE(first.entropyCurve[0].second, 0.0);
        QCOMPARE(first.entropyCurve[1].second, 0.0);

        QVERIFY_THROWS_EXCEPTION(Error, explainRow(h, 1, 3, 2));
        QVERIFY_THROWS_EXCEPTION(Error, explainRow(h, 3, 0, 2));
    }

    void rowsSumToOneAndMaskedEntriesAreExactlyZero_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("dk");
        QTest::addColumn<bool>("causal");
        QTest::addColumn<double>("temperature");
        QTest::newRow("1 token") << 1 << 3 << false << 1.0;
        QTest::newRow("7 tokens causal") << 7 << 5 << true << 1.0;
        QTest::newRow("64 tokens causal sharp") << 64 << 16 << true << 0.1;
        QTest::newRow("200 tokens flat") << 200 << 8 << false << 10.0;
        QTest::newRow("large values causal") << 33 << 4 << true << 1.0;
    }
    void rowsSumToOneAndMaskedEntriesAreExactlyZero()
    {
        QFETCH(int, n);
        QFETCH(int, dk);
        QFETCH(bool, causal);
        QFETCH(double, temperature);
        const double scale = QByteArray(QTest::currentDataTag()).startsWith("large") ? 40 : 1;
        const HeadResult r = scaledDotProductAttention(randomMatrix(n, dk, 1, scale), randomMatrix(n, dk, 2, scale),
            randomMatrix(n, 3, 3), causal ? Mask::causal() : Mask::none(), temperature);
        for (Eigen::Index i = 0; i < n; ++i) {
            QVERIFY2(std::abs(r.weights.row(i).sum() - 1) < 1e-12, qPrintable(QString::number(i)));
            for (Eigen::Index j = 0; j < n; ++j) {
                const double w = r.weights(i, j);
                QVERIFY(w >= 0 && w <= 1);
                QVERIFY2(std::fpclassify(w) != FP_SUBNORMAL, "no denormal weights");
                if (causal && j > i)
                    QCOMPARE(w, 0.0);
            }
        }
    }

    void fullyMaskedRowIsZeroNotNan()
    {
        BoolMatrix allowed = BoolMatrix::Constant(3, 3, true);
        allowed.row(1).setConstant(false);
        const HeadResult r = scaledDotProductAttention(
            randomMatrix(3, 2, 4), randomMatrix(3, 2, 5), randomMatrix(3, 2, 6), Mask::fromAllowed(allowed));
        QVERIFY(r.weights.allFinite());
        QVERIFY(r.output.allFinite());
        QCOMPARE(r.weights.row(1).cwiseAbs().sum(), 0.0);
        QCOMPARE(r.output.row(1).cwiseAbs().sum(), 0.0);
        QVERIFY(std::abs(r.weights.row(0).sum() - 1) < 1e-12);
    }

    void additiveMaskShiftsAndBlocks()
    {
        // scaled scores 0 everywhere; additive [ln 3, 0, −∞] ⇒ weights (3/4, 1/4, 0).
        const Matrix additive = mat({ { std::log(3.0), 0, kMasked } });
        const HeadResult r = scaledDotProductAttention(
            mat({ { 0 } }), mat({ { 0 }, { 0 }, { 0 } }), mat({ { 1 }, { 2 }, { 3 } }), Mask::fromAdditive(additive));
        compareMatrices(r.weights, mat({ { 0.75, 0.25, 0 } }), 1e-15);
        QCOMPARE(r.output(0, 0), 0.75 + 0.5);
    }

    void hugeLogitsStayFinite()
    {
        const Matrix s = softmaxRows(mat({ { 1e30, -1e30, 0 }, { -1e30, -1e30, -1e30 }, { 1e30, 1e30, -1e30 } }));
        QVERIFY(s.allFinite());
        compareMatrices(s, mat({ { 1, 0, 0 }, { 1. / 3, 1. / 3, 1. / 3 }, { 0.5, 0.5, 0 } }), 1e-15);
    }

    void temperatureLimits()
    {
        const Matrix q = randomMatrix(5, 4, 7), k = randomMatrix(5, 4, 8), v = randomMatrix(5, 2, 9);
        const HeadResult cold = scaledDotProductAttention(q, k, v, {}, 1e-6);
        const HeadResult hot = scaledDotProductAttention(q, k, v, {}, 1e6);
        const Matrix scores = q * k.transpose();
        for (Eigen::Index i = 0; i < 5; ++i) {
            Eigen::Index argmax = 0;
            scores.row(i).maxCoeff(&argmax);
            QVERIFY2(cold.weights(i, argmax) > 1 - 1e-9, "T → 0 puts all weight on the largest score");
            for (Eigen::Index j = 0; j < 5; ++j)
                QVERIFY2(std::abs(hot.weights(i, j) - 0.2) < 1e-5, "T → ∞ approaches uniform");
        }
    }

    void multiHeadSplitsColumns()
    {
        // Two heads over 2 columns each; head 1 sees only columns 2–3 of Q and K.
        const Matrix q = mat({ { 1, 0, 0, 0 }, { 0, 0, 3, 0 } });
        const Matrix k = mat({ { 1, 0, 0, 0 }, { 0, 0, 3, 0 } });
        const Matrix v = mat({ { 1, 2 }, { 3, 4 } });
        const LayerResult r = multiHeadAttention(q, k, v, 2);
        QCOMPARE(int(r.heads.size()), 2);
        // head 0: scores [[1,0],[0,0]]/√2; head 1: [[0,0],[0,9]]/√2
        const double a = std::exp(1 / std::sqrt(2.0));
        QVERIFY(std::abs(r.heads[0].weights(0, 0) - a / (a + 1)) < 1e-15);
        const double b = std::exp(9 / std::sqrt(2.0));
        QVERIFY(std::abs(r.heads[1].weights(1, 1) - b / (b + 1)) < 1e-15);
        // concat = [head0 out (V column 0) | head1 out (V column 1)]
        QVERIFY(std::abs(r.concat(0, 0) - (a / (a + 1) * 1 + 1 / (a + 1) * 3)) < 1e-14);
        QVERIFY(std::abs(r.concat(1, 1) - (1 / (b + 1) * 2 + b / (b + 1) * 4)) < 1e-14);
        const Matrix avg = averageWeights(r.heads);
        QVERIFY(std::abs(avg(0, 0) - (r.heads[0].weights(0, 0) + r.heads[1].weights(0, 0)) / 2) < 1e-15);
    }

    void projectionWithBiasAndOutput()
    {
        // X = [[1],[2]], W_Q = W_K = [[1]], b_Q = b_K = 0 ⇒ scores = [[1,2],[2,4]]; W_V = [[1]], b_V = [1] ⇒ V =
        // [[2],[3]]; W_O = [[2]], b_O = [−1].
        LayerWeights w;
        w.wq = mat({ { 1 } });
        w.wk = mat({ { 1 } });
        w.wv = mat({ { 1 } });
        w.bv = RowVector::Constant(1, 1.0);
        w.wo = mat({ { 2 } });
        w.bo = RowVector::Constant(1, -1.0);
        const LayerResult r = multiHeadAttention(mat({ { 1 }, { 2 } }), w, 1);
        compareMatrices(r.heads[0].scores, mat({ { 1, 2 }, { 2, 4 } }), 0);
        compareMatrices(r.heads[0].v, mat({ { 2 }, { 3 } }), 0);
        const double e = std::exp(1.0), e2 = std::exp(2.0);
        const double out0 = (2 * 1 + 3 * e) / (1 + e); // row 0 = softmax(1, 2)
        const double out1 = (2 * 1 + 3 * e2) / (1 + e2); // row 1 = softmax(2, 4)
        compareMatrices(r.output, mat({ { 2 * out0 - 1 }, { 2 * out1 - 1 } }), 1e-14);
    }

    void invalidInputsAreRejected_data()
    {
        QTest::addColumn<std::function<void()>>("call");
        QTest::addColumn<QString>("message");
        const Matrix m2x2 = Matrix::Ones(2, 2), m2x3 = Matrix::Ones(2, 3), m3x2 = Matrix::Ones(3, 2);
        QTest::newRow("Q/K width") << std::function<void()>([=] { scaledDotProductAttention(m2x2, m2x3, m2x2); })
                                   << QStringLiteral("same number of columns");
        QTest::newRow("K/V rows") << std::function<void()>([=] { scaledDotProductAttention(m2x2, m2x2, m3x2); })
                                  << QStringLiteral("same number of rows");
        QTest::newRow("temperature 0") << std::function<void()>([=] {
            scaledDotProductAttention(m2x2, m2x2, m2x2, {}, 0);
        }) << QStringLiteral("temperature");
        QTest::newRow("temperature NaN") << std::function<void()>([=] {
            scaledDotProductAttention(m2x2, m2x2, m2x2, {}, std::nan(""));
        }) << QStringLiteral("temperature");
        QTest::newRow("NaN in Q") << std::function<void()>([=] {
            Matrix q = m2x2;
            q(1, 1) = std::nan("");
            scaledDotProductAttention(q, m2x2, m2x2);
        }) << QStringLiteral("Q contains NaN");
        QTest::newRow("inf in V") << std::function<void()>([=] {
            Matrix v = m2x2;
            v(0, 0) = std::numeric_limits<double>::infinity();
            scaledDotProductAttention(m2x2, m2x2, v);
        }) << QStringLiteral("V contains");
        QTest::newRow("causal not square")
            << std::function<void()>([=] { scaledDotProductAttention(m3x2, m2x2, m2x2, Mask::causal()); })
            << QStringLiteral("causal");
        QTest::newRow("mask shape") << std::function<void()>([=] {
            scaledDotProductAttention(m2x2, m2x2, m2x2, Mask::fromAllowed(BoolMatrix::Constant(3, 3, true)));
        }) << QStringLiteral("mask is [3×3]");
        QTest::newRow("additive +inf") << std::function<void()>([=] {
            scaledDotProductAttention(
                m2x2, m2x2, m2x2, Mask::fromAdditive(Matrix::Constant(2, 2, std::numeric_limits<double>::infinity())));
        }) << QStringLiteral("+infinity");
        QTest::newRow("heads do not divide") << std::function<void()>([=] {
            LayerWeights w { Matrix::Ones(2, 3), Matrix::Ones(2, 3), Matrix::Ones(2, 3), {}, {}, {}, {}, {} };
            multiHeadAttention(m2x2, w, 2);
        }) << QStringLiteral("split evenly into 2 heads");
        QTest::newRow("W_Q rows") << std::function<void()>([=] {
            LayerWeights w { Matrix::Ones(3, 2), Matrix::Ones(2, 2), Matrix::Ones(2, 2), {}, {}, {}, {}, {} };
            multiHeadAttention(m2x2, w, 1);
        }) << QStringLiteral("W_Q has 3 rows, but X has 2 columns");
        QTest::newRow("bias size") << std::function<void()>([=] {
            LayerWeights w { Matrix::Ones(2, 2), Matrix::Ones(2, 2), Matrix::Ones(2, 2), RowVector::Ones(3), {}, {}, {},
                {} };
            multiHeadAttention(m2x2, w, 1);
        }) << QStringLiteral("b_Q has 3 entries");
        QTest::newRow("W_O rows") << std::function<void()>([=] {
            LayerWeights w { Matrix::Ones(2, 2), Matrix::Ones(2, 2), Matrix::Ones(2, 2), {}, {}, {}, Matrix::Ones(5, 2),
                {} };
            multiHeadAttention(m2x2, w, 1);
        }) << QStringLiteral("W_O has 5 rows");
        QTest::newRow("NaN in X") << std::function<void()>([=] {
            LayerWeights w { Matrix::Ones(2, 2), Matrix::Ones(2, 2), Matrix::Ones(2, 2), {}, {}, {}, {}, {} };
            multiHeadAttention(Matrix::Constant(2, 2, std::nan("")), w, 1);
        }) << QStringLiteral("X contains NaN");
        QTest::newRow("zero heads") << std::function<void()>([=] { multiHeadAttention(m2x2, m2x2, m2x2, 0); })
                                    << QStringLiteral("heads must be at least 1");
        QTest::newRow("softmax NaN") << std::function<void()>([=] {
            softmaxRows(Matrix::Constant(1, 2, std::nan("")));
        }) << QStringLiteral("NaN");
    }
    void invalidInputsAreRejected()
    {
        QFETCH(std::function<void()>, call);
        QFETCH(QString, message);
        try {
            call();
            QFAIL("no error was raised");
        } catch (const Error &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestAttention)
#include "tst_attention.moc"
