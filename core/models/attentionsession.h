// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionmatrixmodel.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace attention {
struct LayerResult;
struct Token;
} // namespace attention

/// The sentence, head and token a learner is looking at, and the attention the teaching model computes for them.
class AttentionSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sentenceId READ sentenceId WRITE setSentenceId NOTIFY sentenceChanged FINAL)
    Q_PROPERTY(QString text READ text NOTIFY sentenceChanged FINAL)
    Q_PROPERTY(QString title READ title NOTIFY sentenceChanged FINAL)
    Q_PROPERTY(QString explanation READ explanation NOTIFY sentenceChanged FINAL)
    Q_PROPERTY(QStringList tokens READ tokens NOTIFY sentenceChanged FINAL)
    Q_PROPERTY(QStringList headNames READ headNames CONSTANT FINAL)
    Q_PROPERTY(int headIndex READ headIndex WRITE setHeadIndex NOTIFY headIndexChanged FINAL)
    Q_PROPERTY(int selectedToken READ selectedToken WRITE setSelectedToken NOTIFY selectedTokenChanged FINAL)
    Q_PROPERTY(AttentionMatrixModel *matrix READ matrix CONSTANT FINAL)
    Q_PROPERTY(QString modelName READ modelName CONSTANT FINAL)
    Q_PROPERTY(QString modelNote READ modelNote CONSTANT FINAL)

public:
    explicit AttentionSession(QObject *parent = nullptr);
    ~AttentionSession() override;

    QString sentenceId() const { return m_sentenceId; }
    void setSentenceId(const QString &id);
    QString text() const { return m_text; }
    QString title() const { return m_title; }
    QString explanation() const { return m_explanation; }
    QStringList tokens() const { return m_matrix->tokens(); }
    QStringList headNames() const;
    /// The head shown, or -1 for the average of all heads.
    int headIndex() const { return m_headIndex; }
    void setHeadIndex(int index);
    /// The pinned token, or -1 when none is selected.
    int selectedToken() const { return m_selectedToken; }
    void setSelectedToken(int index);
    AttentionMatrixModel *matrix() const { return m_matrix; }
    QString modelName() const;
    QString modelNote() const;

signals:
    void sentenceChanged();
    void headIndexChanged();
    void selectedTokenChanged();

private:
    void recompute(bool newSentence);

    QString m_sentenceId;
    QString m_text;
    QString m_title;
    QString m_explanation;
    std::vector<attention::Token> m_tokens;
    std::unique_ptr<attention::LayerResult> m_result;
    int m_headIndex = 0;
    int m_selectedToken = -1;
    AttentionMatrixModel *m_matrix;
};
