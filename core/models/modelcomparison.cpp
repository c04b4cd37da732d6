// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcomparison.h"

#include "checkpointmodel.h"
#include "designedmodel.h"
#include "headstatistics.h"
#include "workspace.h"

namespace {

using attention::MatrixF;

std::vector<double> flat(const MatrixF &m)
{
    std::vector<double> out;
    out.reserve(std::size_t(m.size()));
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            out.push_back(double(m(i, j)));
    return out;
}

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
        m_error = QString::fromStdString(e.what());
        return;
    }
    const HeadStatistics &stats = *m_trained->headStatistics;
    const int judges = int(stats.judgeHeads.size());
    // for each designed head, the trained head that makes most of its links
    std::vector<std::pair<int, int>> best(std::size_t(judges), { 0, 0 });
    std::vector<double> bestShare(std::size_t(judges), -1);
    for (int l = 0; l < int(stats.heads.size()); ++l)
        for (int h = 0; h < int(stats.heads[std::size_t(l)].size()); ++h)
            for (int j = 0; j < judges; ++j) {
                const auto &g = stats.heads[std::size_t(l)][std::size_t(h)].agreement[std::size_t(j)];
                if (g.share() > bestShare[std::size_t(j)]) {
                    bestShare[std::size_t(j)] = g.share();
                    best[std::size_t(j)] = { l, h };
                }
            }
    // the target: the best-matched designed head among those with enough links to measure (≥ 10); the unmatched
    // one: the worst-matched among those with at least 5
    const auto links = [&](int j) { return stats.heads[0][0].agreement[std::size_t(j)].links; };
    for (int j = 0; j < judges; ++j) {
        if (links(j) >= 10 && (m_target < 0 || bestShare[std::size_t(j)] > bestShare[std::size_t(m_target)]))
            m_target = j;
        if (links(j) >= 5 && (m_unmatched < 0 || bestShare[std::size_t(j)] < bestShare[std::size_t(m_unmatched)]))
            m_unmatched = j;
    }
    if (m_target >= 0) {
        std::tie(m_bestLayer, m_bestHead) = best[std::size_t(m_target)];
        m_bestShare = bestShare[std::size_t(m_target)];
    }
    if (m_unmatched >= 0)
        m_unmatchedShare = bestShare[std::size_t(m_unmatched)];
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
        const std::size_t n = words.size(), t = tokens.size();
        m_designed->setMatrix(wordLabels, flat(judged[std::size_t(m_target)]), std::vector<bool>(n * n, false));
        for (int l = 0; l < layerCount(); ++l)
            for (int h = 0; h < headCount(); ++h)
                trainedMatrix(l, h)->setMatrix(
                    tokenNames, flat(all[std::size_t(l)][std::size_t(h)]), std::vector<bool>(t * t, false));

        // where a designed head and the trained head closest to it link a word differently
        const HeadStatistics &stats = *m_trained->headStatistics;
        const auto differ = [&](int judge) {
            const int l = judge == m_target ? m_bestLayer : -1;
            int bl = l, bh = m_bestHead;
            if (l < 0) { // the trained head closest to this designed head
                double share = -1;
                for (int i = 0; i < layerCount(); ++i)
                    for (int h = 0; h < headCount(); ++h) {
                        const double s =
                            stats.heads[std::size_t(i)][std::size_t(h)].agreement[std::size_t(judge)].share();
                        if (s > share) {
                            share = s;
                            bl = i;
                            bh = h;
                        }
                    }
            }
            const MatrixF &d = judged[std::size_t(judge)];
            const std::vector<int> linked =
                HeadStatistics::linkedWords(tokens, all[std::size_t(bl)][std::size_t(bh)], words);
            for (Eigen::Index w = 0; w < d.rows(); ++w) {
                Eigen::Index to = 0;
                d.row(w).maxCoeff(&to);
                if (to == w || d(w, to) < 0.5f || linked[std::size_t(w)] == int(to))
                    continue;
                const int got = linked[std::size_t(w)];
                //: %1 a word; %2 a designed head's name; %3 the word it links to; %4, %5 layer and head numbers; %6 a
                //: word
                m_differences << tr("“%1”: the designed %2 head links it to “%3”; Tiny BERT's closest head (layer %4, "
                                    "head %5) to “%6”.")
                                     .arg(wordLabels[int(w)], stats.judgeHeads[judge], wordLabels[int(to)])
                                     .arg(bl + 1)
                                     .arg(bh + 1)
                                     .arg(got >= 0 ? wordLabels[got] : QStringLiteral("?"));
            }
        };
        differ(m_target);
        if (m_unmatched >= 0 && m_unmatched != m_target)
            differ(m_unmatched);

        // raw attention and rollout from one word: the one the designed Coreference head links, else the last word
        int probe = int(n) - 1;
        const int coref = designed.headIndex(QStringLiteral("coreference"));
        if (coref >= 0) {
            const MatrixF &c = judged[std::size_t(coref)];
            for (Eigen::Index w = 0; w < c.rows(); ++w) {
                Eigen::Index to = 0;
                c.row(w).maxCoeff(&to);
                if (to != w && c(w, to) >= 0.5f) {
                    probe = int(w);
                    m_designedTarget = wordLabels[int(to)];
                    break;
                }
            }
        }
        m_probeWord = wordLabels[probe];
        const std::vector<int> first = [&] {
            std::vector<int> f(n, -1);
            for (int i = int(t) - 1; i >= 0; --i) {
                const int w = HeadStatistics::wordOf(tokens, i, words);
                if (w >= 0)
                    f[std::size_t(w)] = i;
            }
            return f;
        }();
        const int row = first[std::size_t(probe)];
        if (row >= 0) {
            std::vector<MatrixF> averages;
            for (const auto &layer : all) {
                MatrixF avg = MatrixF::Zero(Eigen::Index(t), Eigen::Index(t));
                for (const MatrixF &a : layer)
                    avg += a;
                averages.push_back(avg / float(layer.size()));
            }
            const MatrixF rollout = attentionRollout(averages);
            const auto name = [&](int token) {
                const int w = HeadStatistics::wordOf(tokens, token, words);
                return w >= 0 ? wordLabels[w] : tokenNames[token];
            };
            const int raw = strongestOther(averages.back(), row, row);
            const int roll = strongestOther(rollout, row, row);
            m_rawTarget = name(raw);
            m_rawWeight = double(averages.back()(row, raw));
            m_rolloutTarget = name(roll);
            m_rolloutWeight = double(rollout(row, roll));
        }
        m_error.clear();
    } catch (const Error &e) {
        m_error = QString::fromStdString(e.what());
    }
    emit changed();
}
