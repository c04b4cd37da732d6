// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mathsteps.h"

#include <numeric>

#include "attention.h"
#include "workspace.h"

#include <cmath>

using namespace attention;

namespace {

std::vector<double> flatten(const Matrix &m, Eigen::Index cols)
{
    std::vector<double> out;
    out.reserve(std::size_t(m.rows() * cols));
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        for (Eigen::Index j = 0; j < cols; ++j)
            out.push_back(m(i, j));
    }
    return out;
}

} // namespace

MathSteps::MathSteps(QObject *parent)
    : QObject(parent)
    , m_inputBars(new ValueListModel(this))
    , m_queryBars(new ValueListModel(this))
    , m_scoreBars(new ValueListModel(this))
    , m_scaledBars(new ValueListModel(this))
    , m_maskBars(new ValueListModel(this))
    , m_weightBars(new ValueListModel(this))
    , m_outputBars(new ValueListModel(this))
    , m_contributionBars(new ValueListModel(this))
    , m_queries(new MatrixTableModel(this))
    , m_keys(new MatrixTableModel(this))
    , m_values(new MatrixTableModel(this))
    , m_scoreMatrix(new MatrixTableModel(this))
    , m_weightMatrix(new MatrixTableModel(this))
{ }

void MathSteps::setSession(AttentionSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // A new sentence sends several of these at once; the steps are rebuilt once for all of them.
        for (const auto signal : { &AttentionSession::resultChanged, &AttentionSession::headIndexChanged,
                 &AttentionSession::selectedTokenChanged, &AttentionSession::sentenceChanged })
            connect(m_session, signal, this, &MathSteps::scheduleUpdate);
    }
    update();
    emit sessionChanged();
}

void MathSteps::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active && m_stale)
        update();
    emit activeChanged();
}

void MathSteps::scheduleUpdate()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_pending) {
                update();
            } else if (m_unannounced) { // brought up to date by a read in between: say so now
                m_unannounced = false;
                emit changed();
            }
        },
        Qt::QueuedConnection);
}

const MathSteps &MathSteps::fresh() const
{
    if (m_pending)
        const_cast<MathSteps *>(this)->update(false);
    return *this;
}

void MathSteps::update(bool notify)
{
    m_pending = false;
    m_unannounced = !notify;
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_valid = false;
    m_head = m_session ? m_session->headIndex() : -1;
    m_token = m_session ? m_session->selectedToken() : -1;
    m_tokens = m_session ? m_session->labels() : QStringList();
    m_tokenText = m_token >= 0 && m_token < m_tokens.size() ? m_tokens.at(m_token) : QString();
    for (QList<qreal> *list : { &m_inputValues, &m_positionValues, &m_queryValues, &m_queryPositionValues, &m_scores,
             &m_featureScores, &m_positionScores, &m_scaled, &m_weights, &m_outputValues })
        list->clear();
    m_inputLabels.clear();
    m_queryLabels.clear();
    m_contributionLabels.clear();
    m_contributionValues.clear();
    m_outputLabels.clear();
    m_masked.clear();
    m_entropyCurve.clear();
    m_entropy = m_effectiveTokens = 0;
    m_topScore = -1;

    if (!m_session) {
        publishBars();
        if (notify)
            emit changed();
        return;
    }
    const AttentionModel &model = *m_session->workspace()->get().model;
    if (!m_session || m_head < 0 || m_head >= model.headCount() || m_session->result().heads.empty()) {
        publishBars();
        if (notify)
            emit changed();
        return;
    }
    const HeadResult &h = m_session->result().heads[std::size_t(m_head)];
    const HeadInfo &info = model.heads()[std::size_t(m_head)];
    const auto used = Eigen::Index(info.usedColumns());
    m_dk = int(h.q.cols());
    m_named = model.hasNamedDimensions();
    // the X the session's layer was computed from (for a checkpoint: the hidden states entering that layer)
    const Matrix &x = m_session->result().input;
    m_dModel = int(x.cols());

    QStringList columns = info.dimensions;
    for (int f = 0; f < info.positionColumns / 2; ++f)
        columns << QStringLiteral("pos ω%1 a").arg(f) << QStringLiteral("pos ω%1 b").arg(f);
    const int row = m_token;
    m_queries->setMatrix(m_tokens, columns, flatten(h.q, used), row, -1);
    m_keys->setMatrix(m_tokens, columns, flatten(h.k, used), row, -1);
    m_values->setMatrix(m_tokens, model.valueNames(), flatten(h.v, h.v.cols()), row, -1);
    m_scoreMatrix->setMatrix(m_tokens, m_tokens, flatten(h.scores, h.scores.cols()), row, row);
    m_weightMatrix->setMatrix(m_tokens, m_tokens, flatten(h.weights, h.weights.cols()), row, row);

    if (row < 0 || row >= int(h.q.rows())) {
        publishBars();
        if (notify)
            emit changed();
        return;
    }
    m_valid = true;
    const auto named = Eigen::Index(info.dimensions.size());
    if (m_named) {
        for (int f = 0; f < kFeatureCount; ++f) {
            if (x(row, f) != 0) {
                m_inputLabels << model.inputNames().value(f);
                m_inputValues << x(row, f);
            }
        }
        for (Eigen::Index c = kFeatureCount; c < x.cols(); ++c)
            m_positionValues << x(row, c);
        m_queryLabels = info.dimensions;
        for (Eigen::Index c = 0; c < used; ++c)
            (c < named ? m_queryValues : m_queryPositionValues) << h.q(row, c);
    } else {
        // Numbers without names: the largest entries, by size, with their index.
        const auto largest = [](const RowVector &v, const QString &name, QStringList *labels, QList<qreal> *values) {
            std::vector<Eigen::Index> order(std::size_t(v.size()));
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(),
                [&](Eigen::Index a, Eigen::Index b) { return std::abs(v(a)) > std::abs(v(b)); });
            for (std::size_t i = 0; i < std::min<std::size_t>(order.size(), 12); ++i) {
                *labels << QStringLiteral("%1[%2]").arg(name).arg(order[i] + 1);
                *values << v(order[i]);
            }
        };
        largest(x.row(row), QStringLiteral("x"), &m_inputLabels, &m_inputValues);
        largest(h.q.row(row), QStringLiteral("q"), &m_queryLabels, &m_queryValues);
    }

    // The temperatures of the entropy curve: log10 T from −1 to 1 in steps of 0.05.
    std::vector<double> curve;
    for (int s = 0; s <= 40; ++s)
        curve.push_back(std::pow(10.0, -1 + s * 0.05));
    const RowExplanation e = explainRow(h, int(named), row, m_session->temperature(), curve);
    m_scores = QList<qreal>(e.scores.begin(), e.scores.end());
    m_featureScores = QList<qreal>(e.featureScores.begin(), e.featureScores.end());
    m_positionScores = QList<qreal>(e.positionScores.begin(), e.positionScores.end());
    m_scaled = QList<qreal>(e.scaled.begin(), e.scaled.end());
    m_masked = QList<bool>(e.masked.begin(), e.masked.end());
    m_weights = QList<qreal>(e.weights.begin(), e.weights.end());
    m_divisor = e.divisor;
    m_topScore = e.topScore;
    if (!m_named && e.topScore >= 0) {
        // Which dimensions make the top score: the terms q_c·k_c, largest in size first.
        const RowVector terms = h.q.row(row).cwiseProduct(h.k.row(e.topScore));
        std::vector<Eigen::Index> order(std::size_t(terms.size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
            [&](Eigen::Index a, Eigen::Index b) { return std::abs(terms(a)) > std::abs(terms(b)); });
        for (std::size_t i = 0; i < std::min<std::size_t>(order.size(), 8); ++i) {
            m_contributionLabels << QStringLiteral("q[%1]·k[%1]").arg(order[i] + 1);
            m_contributionValues << terms(order[i]);
        }
    }
    for (Eigen::Index c = 0; c < h.output.cols() && (m_named || m_outputValues.size() < 12); ++c) {
        if (std::abs(h.output(row, c)) > 1e-9) {
            m_outputLabels << (m_named ? model.valueNames().value(int(c)) : QStringLiteral("out[%1]").arg(c + 1));
            m_outputValues << h.output(row, c);
        }
    }
    m_entropy = e.entropy;
    m_effectiveTokens = e.effectiveTokens;
    for (const auto &[t, entropy] : e.entropyCurve)
        m_entropyCurve << QPointF(std::log10(t), entropy);
    publishBars();
    if (notify)
        emit changed();
}

void MathSteps::publishBars()
{
    const QStringList tokens = m_valid ? m_tokens : QStringList();
    const int row = m_valid ? m_token : -1;
    m_inputBars->setRows(m_inputLabels, m_inputValues);
    m_queryBars->setRows(m_queryLabels, m_queryValues);
    m_scoreBars->setRows(tokens, m_scores, {}, row);
    m_scaledBars->setRows(tokens, m_scaled, {}, row);
    m_maskBars->setRows(tokens, m_scaled, m_masked, row);
    m_weightBars->setRows(tokens, m_weights, m_masked, row);
    m_outputBars->setRows(m_outputLabels, m_outputValues);
    m_contributionBars->setRows(m_contributionLabels, m_contributionValues);
}
