// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionsession.h"

#include "designedmodel.h"
#include "sentencepack.h"

using namespace attention;

AttentionSession::AttentionSession(QObject *parent)
    : QObject(parent)
    , m_result(std::make_unique<LayerResult>())
    , m_matrix(new AttentionMatrixModel(this))
{
    setSentenceId(SentencePack::builtIn().sentences.front().id);
}

AttentionSession::~AttentionSession() = default;

void AttentionSession::setSentenceId(const QString &id)
{
    if (id == m_sentenceId)
        return;
    const Sentence *s = SentencePack::builtIn().find(id);
    if (!s) {
        qWarning("AttentionSession: no sentence with the id \"%s\"", qPrintable(id));
        return;
    }
    m_sentenceId = s->id;
    m_text = s->text;
    m_title = s->title;
    m_explanation = s->explanation;
    m_tokens = s->tokens;
    if (m_selectedToken >= int(m_tokens.size())) {
        m_selectedToken = -1;
        emit selectedTokenChanged();
    }
    recompute(true);
    emit sentenceChanged();
}

QStringList AttentionSession::headNames() const
{
    QStringList names;
    for (const HeadInfo &h : DesignedModel::builtIn().heads())
        names << h.name;
    return names;
}

void AttentionSession::setHeadIndex(int index)
{
    if (index < -1 || index >= DesignedModel::builtIn().headCount() || index == m_headIndex)
        return;
    m_headIndex = index;
    recompute(false);
    emit headIndexChanged();
}

void AttentionSession::setSelectedToken(int index)
{
    if (index < -1 || index >= int(m_tokens.size()))
        index = -1;
    if (index == m_selectedToken)
        return;
    m_selectedToken = index;
    emit selectedTokenChanged();
}

QString AttentionSession::modelName() const
{
    return DesignedModel::builtIn().name();
}

QString AttentionSession::modelNote() const
{
    return DesignedModel::builtIn().note();
}

void AttentionSession::recompute(bool newSentence)
{
    const DesignedModel &model = DesignedModel::builtIn();
    if (newSentence)
        *m_result = model.compute(m_tokens);
    const Matrix weights =
        m_headIndex < 0 ? averageWeights(m_result->heads) : m_result->heads[std::size_t(m_headIndex)].weights;
    const Matrix &masked = m_result->heads.front().masked;
    std::vector<double> values(std::size_t(weights.size()));
    std::vector<bool> maskedCells(values.size());
    for (Eigen::Index i = 0; i < weights.rows(); ++i) {
        for (Eigen::Index j = 0; j < weights.cols(); ++j) {
            values[std::size_t(i * weights.cols() + j)] = weights(i, j);
            maskedCells[std::size_t(i * weights.cols() + j)] = masked(i, j) == kMasked;
        }
    }
    if (newSentence) {
        QStringList texts;
        for (const Token &t : m_tokens)
            texts << t.text;
        m_matrix->setMatrix(texts, std::move(values), std::move(maskedCells));
    } else {
        m_matrix->updateWeights(std::move(values), std::move(maskedCells));
    }
}
