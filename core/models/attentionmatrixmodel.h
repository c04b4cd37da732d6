// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "attention.h"

#include <vector>

/// The n×n attention matrix of the current sentence and head: row = from (query), column = to (key).
/// A table model for accessibility and small views; the heatmap item reads weights() directly.
class AttentionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The matrix belongs to an AttentionSession")
    Q_PROPERTY(int size READ size NOTIFY matrixChanged FINAL)

public:
    enum Role {
        WeightRole = Qt::UserRole + 1,
        FromTokenRole,
        ToTokenRole,
        MaskedRole,
    };
    Q_ENUM(Role)

    explicit AttentionMatrixModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int size() const { return int(m_tokens.size()); }
    const QStringList &tokens() const { return m_tokens; }
    /// Row-major weights, size()×size().
    const std::vector<double> &weights() const { return m_weights; }
    Q_INVOKABLE double weight(int from, int to) const;
    /// true where the mask forbids attending (the weight is exactly 0 for a reason, not by softmax).
    Q_INVOKABLE bool isMasked(int from, int to) const;

    /// A new sentence: the model is reset.
    void setMatrix(const QStringList &tokens, std::vector<double> weights, std::vector<bool> masked);
    /// A new sentence from an n×n matrix, nothing masked.
    void setMatrix(const QStringList &tokens, const attention::MatrixF &weights);
    /// Same tokens, new weights (another head, temperature or mask): dataChanged over the whole table.
    void updateWeights(std::vector<double> weights, std::vector<bool> masked);

signals:
    void matrixChanged();

private:
    QStringList m_tokens;
    std::vector<double> m_weights;
    std::vector<bool> m_masked;
};
