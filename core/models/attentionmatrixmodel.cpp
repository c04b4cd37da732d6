// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionmatrixmodel.h"

AttentionMatrixModel::AttentionMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int AttentionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

int AttentionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

double AttentionMatrixModel::weight(int from, int to) const
{
    if (from < 0 || to < 0 || from >= size() || to >= size())
        return 0;
    return m_weights[std::size_t(from) * std::size_t(size()) + std::size_t(to)];
}

bool AttentionMatrixModel::isMasked(int from, int to) const
{
    if (from < 0 || to < 0 || from >= size() || to >= size())
        return false;
    return m_masked[std::size_t(from) * std::size_t(size()) + std::size_t(to)];
}

QVariant AttentionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(weight(index.row(), index.column()), 'f', 3);
    case Qt::AccessibleTextRole:
        return tr("%1 attends to %2: %3 %")
            .arg(m_tokens.at(index.row()), m_tokens.at(index.column()))
            .arg(weight(index.row(), index.column()) * 100, 0, 'f', 1);
    case WeightRole:
        return weight(index.row(), index.column());
    case FromTokenRole:
        return m_tokens.at(index.row());
    case ToTokenRole:
        return m_tokens.at(index.column());
    case MaskedRole:
        return isMasked(index.row(), index.column());
    default:
        return {};
    }
}

QVariant AttentionMatrixModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= size())
        return {};
    return m_tokens.at(section);
}

QHash<int, QByteArray> AttentionMatrixModel::roleNames() const
{
    return {
        { Qt::DisplayRole, "display" },
        { WeightRole, "weight" },
        { FromTokenRole, "fromToken" },
        { ToTokenRole, "toToken" },
        { MaskedRole, "masked" },
    };
}

void AttentionMatrixModel::setMatrix(const QStringList &tokens, std::vector<double> weights, std::vector<bool> masked)
{
    Q_ASSERT(weights.size() == std::size_t(tokens.size()) * std::size_t(tokens.size()));
    Q_ASSERT(masked.size() == weights.size());
    beginResetModel();
    m_tokens = tokens;
    m_weights = std::move(weights);
    m_masked = std::move(masked);
    endResetModel();
    emit matrixChanged();
}

void AttentionMatrixModel::setMatrix(const QStringList &tokens, const attention::MatrixF &weights)
{
    const auto n = std::size_t(weights.rows());
    std::vector<double> values(n * n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            values[i * n + j] = weights(Eigen::Index(i), Eigen::Index(j));
    setMatrix(tokens, std::move(values), std::vector<bool>(n * n, false));
}

void AttentionMatrixModel::updateWeights(std::vector<double> weights, std::vector<bool> masked)
{
    Q_ASSERT(weights.size() == m_weights.size());
    Q_ASSERT(masked.size() == weights.size());
    m_weights = std::move(weights);
    m_masked = std::move(masked);
    if (size() > 0)
        emit dataChanged(index(0, 0), index(size() - 1, size() - 1),
            { Qt::DisplayRole, Qt::AccessibleTextRole, WeightRole, MaskedRole });
    emit matrixChanged();
}
