// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionsession.h"
#include "matrixtablemodel.h"
#include "valuelistmodel.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// "Inside the math": the engine's intermediates for the session's sentence, head and selected token, step by step —
/// x, q = x·W_Q, every k and v, the scores q·k_j, ÷(T·√d_k), the mask, the softmax row and Σ a_j·v_j — plus the whole
/// Q, K, V, score and attention matrices and the entropy of the row. Nothing is recomputed here; values are read
/// from the session's computed layer (the entropy curve re-runs only the softmax of this one row).
class MathSteps : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AttentionSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged FINAL)
    Q_PROPERTY(bool valid READ valid NOTIFY changed FINAL)
    Q_PROPERTY(int head READ head NOTIFY changed FINAL)
    Q_PROPERTY(int token READ token NOTIFY changed FINAL)
    Q_PROPERTY(QString tokenText READ tokenText NOTIFY changed FINAL)
    Q_PROPERTY(QList<QString> tokens READ tokens NOTIFY changed FINAL)
    Q_PROPERTY(int dk READ dk NOTIFY changed FINAL)
    Q_PROPERTY(int dModel READ dModel NOTIFY changed FINAL)
    Q_PROPERTY(QList<qreal> queryPositionValues READ queryPositionValues NOTIFY changed FINAL)
    Q_PROPERTY(qreal divisor READ divisor NOTIFY changed FINAL)
    Q_PROPERTY(QList<qreal> positionValues READ positionValues NOTIFY changed FINAL)
    Q_PROPERTY(int topScore READ topScore NOTIFY changed FINAL)
    Q_PROPERTY(qreal entropy READ entropy NOTIFY changed FINAL)
    Q_PROPERTY(qreal effectiveTokens READ effectiveTokens NOTIFY changed FINAL)
    Q_PROPERTY(QList<QPointF> entropyCurve READ entropyCurve NOTIFY changed FINAL)
    /// The steps as bars, one row per feature or token: x's features, q's named dimensions, the scores, the scaled
    /// scores, the same with the mask, the weights, and the output's features.
    Q_PROPERTY(ValueListModel *inputBars READ inputBars CONSTANT FINAL)
    Q_PROPERTY(ValueListModel *queryBars READ queryBars CONSTANT FINAL)
    Q_PROPERTY(ValueListModel *scoreBars READ scoreBars CONSTANT FINAL)
    Q_PROPERTY(ValueListModel *scaledBars READ scaledBars CONSTANT FINAL)
    Q_PROPERTY(ValueListModel *maskBars READ maskBars CONSTANT FINAL)
    Q_PROPERTY(ValueListModel *weightBars READ weightBars CONSTANT FINAL)
    Q_PROPERTY(ValueListModel *outputBars READ outputBars CONSTANT FINAL)
    /// true for the designed heads, whose dimensions have names; false for a checkpoint, whose x, q and k are
    /// numbers without names (the bars then list the largest entries, and contributionBars the query·key terms that
    /// make up the top score).
    Q_PROPERTY(bool namedDimensions READ namedDimensions NOTIFY changed FINAL)
    Q_PROPERTY(ValueListModel *contributionBars READ contributionBars CONSTANT FINAL)
    /// The top score and its two parts (features, position), for the sentence that explains step 4.
    Q_PROPERTY(qreal topScoreValue READ topScoreValue NOTIFY changed FINAL)
    Q_PROPERTY(qreal topFeatureScore READ topFeatureScore NOTIFY changed FINAL)
    Q_PROPERTY(qreal topPositionScore READ topPositionScore NOTIFY changed FINAL)
    Q_PROPERTY(MatrixTableModel *queries READ queries CONSTANT FINAL)
    Q_PROPERTY(MatrixTableModel *keys READ keys CONSTANT FINAL)
    Q_PROPERTY(MatrixTableModel *values READ values CONSTANT FINAL)
    Q_PROPERTY(MatrixTableModel *scoreMatrix READ scoreMatrix CONSTANT FINAL)
    Q_PROPERTY(MatrixTableModel *weightMatrix READ weightMatrix CONSTANT FINAL)

public:
    explicit MathSteps(QObject *parent = nullptr);

    AttentionSession *session() const { return m_session; }
    void setSession(AttentionSession *session);

    /// While inactive (its page hidden) changes in the session are only noted; they are read when it is active again.
    bool active() const { return m_active; }
    void setActive(bool active);

    /// A head is chosen (not the average) and a token is selected.
    bool valid() const { return fresh().m_valid; }
    int head() const { return fresh().m_head; }
    int token() const { return fresh().m_token; }
    QString tokenText() const { return fresh().m_tokenText; }
    QStringList tokens() const { return fresh().m_tokens; }
    int dk() const { return fresh().m_dk; }
    int dModel() const { return fresh().m_dModel; }
    /// The position part of q (the columns after the named dimensions).
    QList<qreal> queryPositionValues() const { return fresh().m_queryPositionValues; }
    /// T·√d_k, what the scores are divided by.
    qreal divisor() const { return fresh().m_divisor; }
    QStringList inputLabels() const { return fresh().m_inputLabels; }
    QList<qreal> inputValues() const { return fresh().m_inputValues; }
    QList<qreal> positionValues() const { return fresh().m_positionValues; }
    /// The head's named query dimensions and q's values in them.
    QStringList queryLabels() const { return fresh().m_queryLabels; }
    QList<qreal> queryValues() const { return fresh().m_queryValues; }
    /// q·k_j for each token j.
    QList<qreal> scores() const { return fresh().m_scores; }
    /// The token with the highest score, or -1.
    int topScore() const { return fresh().m_topScore; }
    /// The part of q·k_j from the named feature dimensions, and the part from the position encoding.
    QList<qreal> featureScores() const { return fresh().m_featureScores; }
    QList<qreal> positionScores() const { return fresh().m_positionScores; }
    /// q·k_j/(T·√d_k), before the mask.
    QList<qreal> scaled() const { return fresh().m_scaled; }
    /// true where the mask forbids attending (the masked score is −∞).
    QList<bool> masked() const { return fresh().m_masked; }
    /// softmax of the masked row: the same row the heatmap shows.
    QList<qreal> weights() const { return fresh().m_weights; }
    QStringList outputLabels() const { return fresh().m_outputLabels; }
    QList<qreal> outputValues() const { return fresh().m_outputValues; }
    /// Shannon entropy of the row in bits, and 2^entropy ("how many tokens it attends to").
    qreal entropy() const { return fresh().m_entropy; }
    qreal effectiveTokens() const { return fresh().m_effectiveTokens; }
    /// (log10 T, entropy) for T from 0.1 to 10, this row, this mask.
    QList<QPointF> entropyCurve() const { return fresh().m_entropyCurve; }
    ValueListModel *inputBars() const { return m_inputBars; }
    ValueListModel *queryBars() const { return m_queryBars; }
    ValueListModel *scoreBars() const { return m_scoreBars; }
    ValueListModel *scaledBars() const { return m_scaledBars; }
    ValueListModel *maskBars() const { return m_maskBars; }
    ValueListModel *weightBars() const { return m_weightBars; }
    ValueListModel *outputBars() const { return m_outputBars; }
    ValueListModel *contributionBars() const { return m_contributionBars; }
    bool namedDimensions() const { return m_named; }
    qreal topScoreValue() const { return fresh().m_topScore >= 0 ? m_scores.value(m_topScore) : 0; }
    qreal topFeatureScore() const { return fresh().m_topScore >= 0 ? m_featureScores.value(m_topScore) : 0; }
    qreal topPositionScore() const { return fresh().m_topScore >= 0 ? m_positionScores.value(m_topScore) : 0; }
    MatrixTableModel *queries() const { return m_queries; }
    MatrixTableModel *keys() const { return m_keys; }
    MatrixTableModel *values() const { return m_values; }
    MatrixTableModel *scoreMatrix() const { return m_scoreMatrix; }
    MatrixTableModel *weightMatrix() const { return m_weightMatrix; }

signals:
    void sessionChanged();
    void activeChanged();
    void changed();

private:
    /// Recomputes everything from the session now; `notify`: emit changed().
    void update(bool notify = true);
    /// Asks for one update at the next turn of the event loop, however many session signals arrive before it.
    void scheduleUpdate();
    /// This object with any scheduled update done (a property read between a change and the next turn sees the
    /// new values).
    const MathSteps &fresh() const;
    /// Copies the step values into the bar models.
    void publishBars();

    QPointer<AttentionSession> m_session;
    bool m_active = true;
    bool m_stale = false;
    bool m_pending = false;
    bool m_unannounced = false; ///< updated by fresh() without emitting changed() yet
    bool m_valid = false;
    int m_head = -1;
    int m_token = -1;
    QString m_tokenText;
    QStringList m_tokens;
    int m_dk = 0;
    int m_dModel = 0;
    QList<qreal> m_queryPositionValues;
    qreal m_divisor = 0;
    QStringList m_inputLabels, m_queryLabels, m_outputLabels;
    QList<qreal> m_inputValues, m_positionValues, m_queryValues, m_scores, m_featureScores, m_positionScores, m_scaled,
        m_weights, m_outputValues;
    QList<bool> m_masked;
    int m_topScore = -1;
    qreal m_entropy = 0;
    qreal m_effectiveTokens = 0;
    QList<QPointF> m_entropyCurve;
    ValueListModel *m_inputBars;
    ValueListModel *m_queryBars;
    ValueListModel *m_scoreBars;
    ValueListModel *m_scaledBars;
    ValueListModel *m_maskBars;
    ValueListModel *m_weightBars;
    ValueListModel *m_outputBars;
    ValueListModel *m_contributionBars;
    bool m_named = true;
    QStringList m_contributionLabels;
    QList<qreal> m_contributionValues;
    MatrixTableModel *m_queries;
    MatrixTableModel *m_keys;
    MatrixTableModel *m_values;
    MatrixTableModel *m_scoreMatrix;
    MatrixTableModel *m_weightMatrix;
};
