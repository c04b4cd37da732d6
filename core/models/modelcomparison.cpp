// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcomparison.h"

#include "checkpointmodel.h"
#include "designedmodel.h"
#include "headstatistics.h"
#include "workspace.h"

namespace {

using attention::MatrixF;

/// The strongest entry of row `row`, leaving out column `skip`.
int strongestOther(const MatrixF &m, Eigen::Index row, Eigen::Index skip)
{
    int best = -1;
    for (Eigen::Index j = 0; j < m.cols(); ++j)
        if (j != skip && (best < 0 || m(row, j) > m(row, best)))
            best = int(j);
    return best;
}

} // namespace

ModelComparison::ModelComparison(QObject *parent)
    : QObject(parent)
    , m_text(QStringLiteral("The cat sat on the mat because it was tired"))
    , m_designed(new AttentionMatrixModel(this))
{
    using attention::HeadStatistics;
    try {
        m_trained =
            attention::Workspace::withCheckpoint(attention::CheckpointModel::folderFor(QStringLiteral("trained")));
    } catch (const attention::Error &e) {
        m_error = e.localized();
        return;
    }
    const HeadStatistics &stats = *m_trained->headStatistics;
    // the target: the best-matched designed head among those with enough links to measure (≥ 10); the unmatched
    // one: the worst-matched among those with at least 5
    const auto links = [&](int j) { return stats.heads[0][0].agreement[std::size_t(j)].links; };
    for (int j = 0; j < int(stats.judgeHeads.size()); ++j) {
        const double best = stats.closestHead(j).share;
        if (links(j) >= 10 && (m_target < 0 || best > m_bestShare)) {
            m_target = j;
            m_bestShare = best;
        }
        if (links(j) >= 5 && (m_unmatched < 0 || best < m_unmatchedShare)) {
            m_unmatched = j;
            m_unmatchedShare = best;
        }
    }
    if (m_target >= 0) {
        const auto closest = stats.closestHead(m_target);
        m_bestLayer = closest.layer;
        m_bestHead = closest.head;
    }
    for (int i = 0; i < layerCount() * headCount(); ++i)
        m_tiles.push_back(new AttentionMatrixModel(this));
    compute();
}

ModelComparison::~ModelComparison() = default;

void ModelComparison::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    compute();
}

QString ModelComparison::trainedName() const
{
    return m_trained ? m_trained->model->name() : QString();
}

int ModelComparison::layerCount() const
{
    return m_trained ? m_trained->model->layerCount() : 0;
}

int ModelComparison::headCount() const
{
    return m_trained ? m_trained->model->headCount() : 0;
}

QString ModelComparison::targetHead() const
{
    return m_target >= 0 ? m_trained->headStatistics->judgeHeads[m_target] : QString();
}

QString ModelComparison::unmatchedHead() const
{
    return m_unmatched >= 0 ? m_trained->headStatistics->judgeHeads[m_unmatched] : QString();
}

AttentionMatrixModel *ModelComparison::trainedMatrix(int layer, int head) const
{
    const int i = layer * headCount() + head;
    return layer >= 0 && head >= 0 && head < headCount() && i < int(m_tiles.size()) ? m_tiles[std::size_t(i)] : nullptr;
}

QVariantMap ModelComparison::check(int layer, int head) const
{
    double share = 0;
    if (m_trained && m_target >= 0 && layer >= 0 && layer < layerCount() && head >= 0 && head < headCount())
        share = m_trained->headStatistics->heads[std::size_t(layer)][std::size_t(head)]
                    .agreement[std::size_t(m_target)]
                    .share();
    return { { QStringLiteral("share"), share }, { QStringLiteral("correct"), share >= 0.9 * m_bestShare },
        { QStringLiteral("bestLayer"), m_bestLayer }, { QStringLiteral("bestHead"), m_bestHead },
        { QStringLiteral("bestShare"), m_bestShare } };
}

void ModelComparison::compute()
{
    using namespace attention;
    if (!m_trained || m_target < 0)
        return;
    m_differences.clear();
    m_probeWord.clear();
    m_designedTarget.clear();
    m_rawTarget.clear();
    m_rolloutTarget.clear();
    m_rawWeight = m_rolloutWeight = 0;
    try {
        const DesignedModel &designed = DesignedModel::builtIn();
        const Tokens words = designed.tokenize(m_text);
        const QStringList wordLabels = tokenLabels(words);
        const auto judged = designed.attentions(words).front();
        const Tokens tokens = m_trained->model->tokenize(m_text);
        const QStringList tokenNames = tokenLabels(tokens);
        const auto all = m_trained->model->attentions(tokens);
        m_designed->setMatrix(wordLabels, judged[std::size_t(m_target)]);
        for (int l = 0; l < layerCount(); ++l)
            for (int h = 0; h < headCount(); ++h)
                trainedMatrix(l, h)->setMatrix(tokenNames, all[std::size_t(l)][std::size_t(h)]);
        const HeadStatistics::Alignment al = HeadStatistics::align(tokens, words);

        // a trained token by the word it belongs to ([CLS], [SEP]: by itself)
        const auto name = [&](Eigen::Index token) {
            const int w = al.wordOfToken[std::size_t(token)];
            return w >= 0 ? wordLabels[w] : tokenNames[int(token)];
        };

        // where a designed head and the trained head closest to it link a word differently
        const HeadStatistics &stats = *m_trained->headStatistics;
        const auto differ = [&](int judge) {
            const HeadStatistics::Closest closest = stats.closestHead(judge);
            const MatrixF &d = judged[std::size_t(judge)];
            const MatrixF &trained = all[std::size_t(closest.layer)][std::size_t(closest.head)];
            const std::vector<int> linked = al.linkedWords(trained);
            for (Eigen::Index w = 0; w < d.rows(); ++w) {
                const int to = HeadStatistics::judgedLink(d, w);
                if (to < 0 || linked[std::size_t(w)] == to)
                    continue;
                Eigen::Index got = 0;
                trained.row(al.firstToken[std::size_t(w)]).maxCoeff(&got);
                //: %1 a word; %2 a designed head's name; %3 the word it links to; %4, %5 layer and head numbers; %6 a
                //: word
                m_differences << tr("“%1”: the designed %2 head links it to “%3”; Tiny BERT's closest head (layer %4, "
                                    "head %5) to “%6”.")
                                     .arg(wordLabels[int(w)], stats.judgeHeads[judge], wordLabels[to])
                                     .arg(closest.layer + 1)
                                     .arg(closest.head + 1)
                                     .arg(name(got));
            }
        };
        differ(m_target);
        if (m_unmatched >= 0 && m_unmatched != m_target)
            differ(m_unmatched);

        // raw attention and rollout from one word: the one the designed Coreference head links most strongly
        if (words.empty())
            throw Error("the sentence has no words");
        int probe = int(words.size()) - 1;
        const int coref = designed.headIndex(QStringLiteral("coreference"));
        if (coref >= 0) {
            // the word the Coreference head ties most strongly to another word ("it"), named only if it links it
            const MatrixF &c = judged[std::size_t(coref)];
            MatrixF others = c;
            others.diagonal().setZero();
            Eigen::Index row = 0, column = 0;
            others.maxCoeff(&row, &column);
            probe = int(row);
            if (const int to = HeadStatistics::judgedLink(c, row); to >= 0)
                m_designedTarget = wordLabels[to];
        }
        m_probeWord = wordLabels[probe];
        const int row = al.firstToken[std::size_t(probe)];
        if (row >= 0) {
            std::vector<MatrixF> averages;
            for (const auto &layer : all)
                averages.push_back(headAverage(layer));
            const MatrixF rollout = attentionRollout(averages);
            const int raw = strongestOther(averages.back(), row, row);
            const int roll = strongestOther(rollout, row, row);
            m_rawTarget = name(raw);
            m_rawWeight = double(averages.back()(row, raw));
            m_rolloutTarget = name(roll);
            m_rolloutWeight = double(rollout(row, roll));
        }
        m_error.clear();
    } catch (const Error &e) {
        m_error = e.localized();
    }
    emit changed();
}
