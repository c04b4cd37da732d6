// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The QML-facing types: every model passes QAbstractItemModelTester, signals say what changed, and what the session
// publishes (selected row, ranking, token weights, masked cells) is the computed attention.
#include "attentionsession.h"
#include "checkpointmodel.h"
#include "modelcomparison.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace {

double entropy(const QList<qreal> &row)
{
    double h = 0;
    for (qreal p : row) {
        if (p > 0)
            h -= p * std::log2(p);
    }
    return h;
}

/// The rows a spy on dataChanged has seen.
QSet<int> reportedRows(const QSignalSpy &spy)
{
    QSet<int> rows;
    for (const QList<QVariant> &args : spy) {
        const auto first = args.at(0).value<QModelIndex>();
        const auto last = args.at(1).value<QModelIndex>();
        for (int r = first.row(); r <= last.row(); ++r)
            rows.insert(r);
    }
    return rows;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void modelsAreWellBehaved()
    {
        AttentionSession session;
        QAbstractItemModelTester sentences(session.sentences(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tokens(session.tokenModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester matrix(session.matrix(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester targets(session.targets(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester heads(session.heads(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester average(
            session.heads()->matrix(-1), QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.setSentenceId(QStringLiteral("modifier-fox"));
        session.setSelectedToken(3);
        session.setHeadIndex(2);
        session.setHeadIndex(-1);
        session.setTemperature(0.3);
        session.setCausal(true);
        QVERIFY(session.useText(QStringLiteral("The girl found a coin and she kept it")).isEmpty());
        session.setSelectedToken(6);
        session.setSentenceId(QStringLiteral("pronoun-cat"));
    }

    void sentencesAreGroupedByPattern()
    {
        AttentionSession session;
        SentenceListModel *list = session.sentences();
        QVERIFY(list->count() >= 16);
        QStringList seen;
        QString previous;
        for (int i = 0; i < list->count(); ++i) {
            const QModelIndex index = list->index(i);
            const QString pattern = index.data(SentenceListModel::PatternRole).toString();
            const bool start = index.data(SentenceListModel::SectionStartRole).toBool();
            QCOMPARE(start, pattern != previous);
            if (start) {
                QVERIFY2(!seen.contains(pattern), qPrintable(pattern + QStringLiteral(" appears in two groups")));
                seen << pattern;
            }
            previous = pattern;
        }
    }

    void newSentenceResetsAndHeadChangeUpdates()
    {
        AttentionSession session;
        QSignalSpy reset(session.matrix(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(session.matrix(), &QAbstractItemModel::dataChanged);
        QSignalSpy sentence(&session, &AttentionSession::sentenceChanged);
        session.setSentenceId(QStringLiteral("subject-students"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(sentence.count(), 1);
        QCOMPARE(session.matrix()->size(), 8);
        QCOMPARE(session.tokenModel()->count(), 8);
        // A curated sentence opens in the head of its lesson: Subject–verb.
        QCOMPARE(session.headIndex(), 1);

        session.setHeadIndex(0);
        session.setHeadIndex(1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 2);
        // passed (5) → students (1) in the Subject–verb head, read through the table model.
        const QAbstractItemModel *m = session.matrix();
        int best = 0;
        for (int j = 0; j < 8; ++j) {
            if (m->index(5, j).data(AttentionMatrixModel::WeightRole).toDouble()
                > m->index(5, best).data(AttentionMatrixModel::WeightRole).toDouble())
                best = j;
        }
        QCOMPARE(best, 1);
        QCOMPARE(m->index(5, 1).data(AttentionMatrixModel::ToTokenRole).toString(), QStringLiteral("students"));
        QCOMPARE(m->headerData(5, Qt::Vertical).toString(), QStringLiteral("passed"));
    }

    void selectionPublishesTheRow()
    {
        AttentionSession session;
        session.setSentenceId(QStringLiteral("pronoun-cat"));
        session.setHeadIndex(0);
        QSignalSpy weights(&session, &AttentionSession::weightsChanged);
        QSignalSpy tokenData(session.tokenModel(), &QAbstractItemModel::dataChanged);
        session.setSelectedToken(7); // "it"
        QCOMPARE(weights.count(), 1);
        QCOMPARE(reportedRows(tokenData).size(), 10); // every chip changes from plain to tinted
        const QList<qreal> row = session.selectedWeights();
        QCOMPARE(row.size(), 10);
        double sum = 0;
        for (int j = 0; j < row.size(); ++j) {
            QCOMPARE(row[j], session.matrix()->weight(7, j));
            sum += row[j];
        }
        QVERIFY(std::abs(sum - 1) < 1e-12);
        QCOMPARE(session.ranking().first(), 1); // "cat"
        for (int r = 1; r < session.ranking().size(); ++r)
            QVERIFY(row[session.ranking()[r - 1]] >= row[session.ranking()[r]]);
        const QModelIndex cat = session.tokenModel()->index(1);
        QVERIFY(cat.data(TokenListModel::StrongestRole).toBool());
        QCOMPARE(cat.data(TokenListModel::TintRole).toDouble(), 1.0);
        QCOMPARE(cat.data(TokenListModel::DescriptionRole).toString(),
            QStringLiteral("cat, receives %1 %").arg(std::lround(row[1] * 100)));
        const QModelIndex mat = session.tokenModel()->index(5);
        QVERIFY(!mat.data(TokenListModel::StrongestRole).toBool());
        QCOMPARE(mat.data(TokenListModel::TintRole).toDouble(), std::round(row[5] / row[1] * 100) / 100);
        QVERIFY(session.tokenModel()->index(7).data(TokenListModel::SelectedRole).toBool());
        QCOMPARE(session.tokenModel()->index(7).data(TokenListModel::DescriptionRole).toString(),
            QStringLiteral("it, selected"));

        session.setSelectedToken(-1);
        QVERIFY(session.selectedWeights().isEmpty());
        QVERIFY(!cat.data(TokenListModel::StrongestRole).toBool());
        QCOMPARE(cat.data(TokenListModel::TintRole).toDouble(), 0.0);
        QCOMPARE(cat.data(TokenListModel::DescriptionRole).toString(), QStringLiteral("cat"));
        session.setSelectedToken(99); // out of range clears
        QCOMPARE(session.selectedToken(), -1);
    }

    void aNewSelectionReportsOnlyTheChipsThatChange()
    {
        // In a long sentence most tokens receive under 1 % from any token: their chips look the same after a new
        // selection, and the model must not make the view update them; every chip that does change is reported.
        AttentionSession session;
        const QString story =
            QStringLiteral("the old man who lived by the sea told the children a long story about the "
                           "storm that sank his boat and the town that lost its harbour . ");
        QVERIFY(session.useText(story.repeated(5)).isEmpty());
        const int n = session.tokenModel()->count();
        QVERIFY(n > 100);
        session.setSelectedToken(3);
        std::vector<QVariantList> before;
        const QList<int> roles { TokenListModel::SelectedRole, TokenListModel::StrongestRole, TokenListModel::TintRole,
            TokenListModel::DescriptionRole };
        const auto snapshot = [&] {
            std::vector<QVariantList> rows;
            for (int i = 0; i < n; ++i) {
                QVariantList values;
                for (int role : roles)
                    values << session.tokenModel()->index(i).data(role);
                rows.push_back(values);
            }
            return rows;
        };
        before = snapshot();
        QSignalSpy tokenData(session.tokenModel(), &QAbstractItemModel::dataChanged);
        session.setSelectedToken(20);
        const std::vector<QVariantList> after = snapshot();
        const QSet<int> reported = reportedRows(tokenData);
        int unchanged = 0;
        for (int i = 0; i < n; ++i) {
            const bool changed = before[std::size_t(i)] != after[std::size_t(i)];
            QCOMPARE(reported.contains(i), changed);
            unchanged += changed ? 0 : 1;
        }
        QVERIFY2(unchanged > 0, "some chips look the same after the new selection");
    }

    void headListNamesEveryHeadAndTheAverage()
    {
        AttentionSession session;
        QAbstractItemModelTester tester(session.heads(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const HeadListModel *heads = session.heads();
        QCOMPARE(heads->count(), 6);
        QCOMPARE(heads->index(0).data(HeadListModel::IdRole).toString(), QStringLiteral("coreference"));
        QCOMPARE(heads->index(5).data(HeadListModel::IsAverageRole).toBool(), true);
        QCOMPARE(heads->index(5).data(HeadListModel::HeadRole).toInt(), -1);
        QCOMPARE(heads->rowOf(-1), 5);
        session.setHeadIndex(2);
        QCOMPARE(session.headName(), QStringLiteral("Modifier"));
        session.setHeadIndex(-1);
        QCOMPARE(session.headName(), QStringLiteral("All heads (average)"));
        // Each row's matrix is the one the All heads page shows for that head.
        for (int r = 0; r < heads->count(); ++r) {
            const auto *m = heads->index(r).data(HeadListModel::MatrixRole).value<AttentionMatrixModel *>();
            QCOMPARE(m, heads->matrix(heads->index(r).data(HeadListModel::HeadRole).toInt()));
            QCOMPARE(m->size(), session.matrix()->size());
        }
    }

    void aTeachersPackKeepsTheLearnersSentences()
    {
        // Opening a sentence pack replaces the curated sentences; what the learner typed stays, and a pack that
        // cannot be used changes nothing and says why.
        AttentionSession session;
        QVERIFY(session.useText(QStringLiteral("The owl watched the mice because they were loud")).isEmpty());
        const QString typed = session.sentenceId();
        ModelWorkspace *workspace = session.workspace();
        workspace->setPackPath(QStringLiteral(ATTENTION_TEST_DATA "/packs/no-such-pack.json"));
        QVERIFY(workspace->error().contains(QStringLiteral("no-such-pack.json")));
        QCOMPARE(session.sentenceId(), typed);
        QVERIFY(session.sentences()->indexOf(QStringLiteral("pronoun-cat")) >= 0);

        workspace->setPackPath(QStringLiteral(ATTENTION_TEST_DATA "/packs/teacher.json"));
        QVERIFY(workspace->error().isEmpty());
        QCOMPARE(session.sentenceId(), QStringLiteral("robot"));
        QCOMPARE(session.sentences()->indexOf(QStringLiteral("pronoun-cat")), -1);
        QVERIFY(session.sentences()->indexOf(typed) >= 0);
        session.setSentenceId(typed);
        QCOMPARE(session.sentenceId(), typed);
        QCOMPARE(session.tokens().size(), 9);
        session.setHeadIndex(0);
        session.setSelectedToken(6); // "they"
        QCOMPARE(session.tokens().value(session.ranking().value(0)), QStringLiteral("mice"));
    }

    void averageIsTheMeanOfTheHeads()
    {
        AttentionSession session;
        session.setSentenceId(QStringLiteral("modifier-fox"));
        std::vector<double> sum(std::size_t(session.matrix()->size() * session.matrix()->size()), 0.0);
        const int heads = session.heads()->count() - 1;
        for (int h = 0; h < heads; ++h) {
            session.setHeadIndex(h);
            for (std::size_t k = 0; k < sum.size(); ++k)
                sum[k] += session.matrix()->weights()[k] / heads;
        }
        session.setHeadIndex(-1);
        for (std::size_t k = 0; k < sum.size(); ++k)
            QVERIFY(std::abs(session.matrix()->weights()[k] - sum[k]) < 1e-12);
    }

    void typedTextIsKeptAndLimitsAreExplained()
    {
        AttentionSession session;
        const int before = session.sentences()->count();
        QSignalSpy inserted(session.sentences(), &QAbstractItemModel::rowsInserted);
        QCOMPARE(session.useText(QStringLiteral("  The dog chased the ball because it was bored ")), QString());
        QVERIFY(session.isCustom());
        QCOMPARE(session.text(), QStringLiteral("The dog chased the ball because it was bored"));
        QCOMPARE(session.sentences()->count(), before + 1);
        QCOMPARE(inserted.count(), 1);
        // The same text again is the same entry, not a copy.
        const QString id = session.sentenceId();
        session.setSentenceId(QStringLiteral("pronoun-cat"));
        QCOMPARE(session.useText(QStringLiteral("The dog chased the ball because it was bored")), QString());
        QCOMPARE(session.sentenceId(), id);
        QCOMPARE(session.sentences()->count(), before + 1);

        QVERIFY(session.useText(QStringLiteral("   ")).contains(QStringLiteral("no words")));
        QVERIFY(session.useText(QString(100000, QLatin1Char('a'))).contains(QStringLiteral("the limit is 5000")));
        QCOMPARE(session.sentenceId(), id); // a refused text changes nothing
    }

    void temperatureSharpensAndFlattens()
    {
        AttentionSession session;
        session.setSentenceId(QStringLiteral("pronoun-cat"));
        session.setSelectedToken(7);
        const QList<qreal> normal = session.selectedWeights();
        session.setTemperature(0.1);
        const QList<qreal> sharp = session.selectedWeights();
        QVERIFY(sharp[1] > normal[1]);
        QVERIFY(sharp[1] > 0.99);
        QVERIFY(entropy(sharp) < entropy(normal));
        session.setTemperature(10);
        const QList<qreal> flat = session.selectedWeights();
        QVERIFY(entropy(flat) > entropy(normal));
        QVERIFY(entropy(flat) > 0.98 * std::log2(10.0)); // log2(10): uniform over 10 tokens
        for (qreal w : flat)
            QVERIFY(std::abs(w - 0.1) < 0.05);
        session.setTemperature(1000); // clamped to the slider's range
        QCOMPARE(session.temperature(), 10.0);
        session.resetSettings();
        QCOMPARE(session.selectedWeights(), normal);
    }

    void causalMaskHidesTheFuture()
    {
        AttentionSession session;
        session.setSentenceId(QStringLiteral("pronoun-cat"));
        session.setCausal(true);
        const AttentionMatrixModel *m = session.matrix();
        for (int h = -1; h < session.heads()->count() - 1; ++h) {
            session.setHeadIndex(h);
            for (int i = 0; i < m->size(); ++i) {
                double sum = 0;
                for (int j = 0; j < m->size(); ++j) {
                    sum += m->weight(i, j);
                    QCOMPARE(m->isMasked(i, j), j > i);
                    if (j > i)
                        QCOMPARE(m->weight(i, j), 0.0);
                }
                QVERIFY(std::abs(sum - 1) < 1e-12);
            }
        }
    }
    void aCheckpointIsExploredLayerByLayer()
    {
        // A trained checkpoint through the whole session: its layers, its heads, readable sub-words, and the matrix
        // shown for layer L and head H is the model's own attention for them (not the designed heads').
        const QString folder = QStringLiteral(ATTENTION_TEST_DATA "/checkpoints/bert-uncased");
        ModelWorkspace workspace;
        AttentionSession session;
        session.setWorkspace(&workspace);
        QSignalSpy changed(&session, &AttentionSession::workspaceChanged);
        workspace.setModelPath(folder);
        QCOMPARE(workspace.error(), QString());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(session.layerCount(), 3);
        QCOMPARE(session.heads()->count(), 5); // four heads and the average
        QVERIFY(!session.namedDimensions());
        QCOMPARE(session.useText(QStringLiteral("The cat is playing.")), QString());
        QCOMPARE(session.tokens(),
            QStringList({ QStringLiteral("[CLS]"), QStringLiteral("the"), QStringLiteral("cat"), QStringLiteral("is"),
                QStringLiteral("play"), QStringLiteral("ing"), QStringLiteral("."), QStringLiteral("[SEP]") }));
        QVERIFY(session.tokenModel()->data(session.tokenModel()->index(5), TokenListModel::ContinuationRole).toBool());
        const auto model = attention::CheckpointModel::load(folder);
        const auto all = model->attentions(session.analysedTokens());
        for (const int layer : { 2, 0, 1 }) {
            QSignalSpy layerSpy(&session, &AttentionSession::layerIndexChanged);
            session.setLayerIndex(layer);
            QCOMPARE(layerSpy.count(), layer == 0 ? 1 : 1);
            session.setHeadIndex(3);
            session.setSelectedToken(2);
            const QList<qreal> row = session.selectedWeights();
            QCOMPARE(row.size(), 8);
            for (int j = 0; j < 8; ++j)
                QVERIFY2(std::abs(row[j] - all[std::size_t(layer)][3](2, j)) < 1e-4,
                    qPrintable(QStringLiteral("layer %1, column %2").arg(layer).arg(j)));
        }
        // a folder that cannot be used: the checkpoint stays, and the error names the folder
        workspace.setModelPath(QStringLiteral("/no/such/model"));
        QVERIFY(workspace.error().contains(QStringLiteral("/no/such/model")));
        QCOMPARE(session.layerCount(), 3);
        // back to the designed heads: one layer, named heads
        workspace.setModelPath(QString());
        QCOMPARE(session.layerCount(), 1);
        QCOMPARE(session.layerIndex(), 0);
        QVERIFY(session.namedDimensions());
    }

    void aLongTextIsComputedOffTheGuiThread()
    {
        // A long text in a checkpoint is computed on a worker thread: the call returns at once with the session
        // busy, the views keep the old sentence until the new numbers arrive, and a newer text replaces an older one
        // still computing (its result is dropped, never shown).
        ModelWorkspace workspace;
        AttentionSession session;
        session.setWorkspace(&workspace);
        workspace.setModelPath(QStringLiteral(ATTENTION_TEST_DATA "/checkpoints/gpt2"));
        QCOMPARE(session.useText(QStringLiteral("The cat sat.")), QString()); // short: right away
        QVERIFY(!session.busy());
        const QStringList before = session.tokens();

        const QString first = QStringLiteral("the cat sat on the mat and ").repeated(8);
        const QString second = QStringLiteral("a dog ran in the park with the hat ").repeated(8);
        QSignalSpy sentence(&session, &AttentionSession::sentenceChanged);
        QSignalSpy busy(&session, &AttentionSession::busyChanged);
        QCOMPARE(session.useText(first), QString());
        QVERIFY(session.busy());
        QCOMPARE(session.tokens(), before); // still the old sentence
        QCOMPARE(session.useText(second), QString());
        QVERIFY(sentence.wait(20000));
        QTRY_VERIFY(!session.busy());
        QTest::qWait(200); // the first request's result, if it were shown, would arrive by now
        QCOMPARE(sentence.count(), 1);
        const auto model = attention::CheckpointModel::load(QStringLiteral(ATTENTION_TEST_DATA "/checkpoints/gpt2"));
        const attention::Tokens want = model->tokenize(second.simplified());
        QCOMPARE(session.analysedTokens().size(), want.size());
        QVERIFY(int(want.size()) >= AttentionSession::kBackgroundTokens);
        session.setHeadIndex(1);
        session.setSelectedToken(20);
        const auto all = model->attentions(want);
        for (int j = 0; j < int(want.size()); ++j)
            QVERIFY(std::abs(session.selectedWeights()[j] - all[0][1](20, j)) < 1e-4);
        // a new layer of the same text: computed in the background too, then shown
        QSignalSpy result(&session, &AttentionSession::resultChanged);
        session.setLayerIndex(1);
        QVERIFY(result.wait(20000));
        QTRY_VERIFY(!session.busy());
        for (int j = 0; j < int(want.size()); ++j)
            QVERIFY(std::abs(session.selectedWeights()[j] - all[1][1](20, j)) < 1e-4);
    }

    // The activity "designed vs learned" checks a pick against what the heads were measured to do, and its
    // raw-attention and rollout sentence names what Tiny BERT computes for the sentence.
    void designedVersusLearned()
    {
        using namespace attention;
        ModelComparison c;
        QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
        QCOMPARE(c.layerCount(), 4);
        QCOMPARE(c.headCount(), 4);
        QVERIFY(!c.targetHead().isEmpty());
        // the best head is correct; every head's share is at most the best; a head far below it is not correct
        const QVariantMap best = c.check(c.bestLayer(), c.bestHead());
        QVERIFY(best.value(QStringLiteral("correct")).toBool());
        QCOMPARE(best.value(QStringLiteral("share")).toDouble(), c.bestShare());
        int wrong = 0;
        for (int l = 0; l < 4; ++l)
            for (int h = 0; h < 4; ++h) {
                const QVariantMap v = c.check(l, h);
                const double share = v.value(QStringLiteral("share")).toDouble();
                QVERIFY(share <= c.bestShare());
                QCOMPARE(v.value(QStringLiteral("correct")).toBool(), share >= 0.9 * c.bestShare());
                wrong += share < 0.5 * c.bestShare();
            }
        QVERIFY(wrong > 8); // most trained heads do not look like it
        QVERIFY(c.unmatchedShare() < c.bestShare());

        // tiles are the trained model's attention on the sentence
        const auto trained = CheckpointModel::load(QStringLiteral("trained"));
        const Tokens tokens = trained->tokenize(c.text());
        const auto all = trained->attentions(tokens);
        AttentionMatrixModel *tile = c.trainedMatrix(2, 1);
        QCOMPARE(tile->size(), int(tokens.size()));
        QVERIFY(std::abs(tile->weight(3, 5) - double(all[2][1](3, 5))) < 1e-6);

        // "it" links to "cat" in the designed Coreference head; raw attention and rollout from "it" in Tiny BERT:
        // the last layer's head average and the product of ½(A + I) over the layers, computed here by hand
        QCOMPARE(c.probeWord(), QStringLiteral("it"));
        QCOMPARE(c.designedTarget(), QStringLiteral("cat"));
        int it = -1;
        for (int i = 0; i < int(tokens.size()); ++i)
            if (tokens[std::size_t(i)].text == QLatin1String("it"))
                it = i;
        QVERIFY(it > 0);
        const Eigen::Index n = Eigen::Index(tokens.size());
        Eigen::MatrixXd rollout = Eigen::MatrixXd::Identity(n, n), raw;
        for (const auto &layer : all) {
            Eigen::MatrixXd avg = Eigen::MatrixXd::Zero(n, n);
            for (const MatrixF &a : layer)
                avg += a.cast<double>() / double(layer.size());
            raw = avg;
            rollout = (0.5 * avg + 0.5 * Eigen::MatrixXd::Identity(n, n)) * rollout;
        }
        const auto strongest = [&](const Eigen::MatrixXd &m) {
            Eigen::Index best = it == 0 ? 1 : 0;
            for (Eigen::Index j = 0; j < n; ++j)
                if (j != it && m(it, j) > m(it, best))
                    best = j;
            return best;
        };
        const Eigen::Index r = strongest(raw), o = strongest(rollout);
        QCOMPARE(c.rawTarget(), tokens[std::size_t(r)].label());
        QVERIFY(std::abs(c.rawWeight() - raw(it, r)) < 1e-5);
        QCOMPARE(c.rolloutTarget(), tokens[std::size_t(o)].label());
        QVERIFY(std::abs(c.rolloutWeight() - rollout(it, o)) < 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
