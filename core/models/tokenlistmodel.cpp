// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenlistmodel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

TokenListModel::TokenListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int TokenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TokenListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = std::size_t(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m_texts.at(index.row());
    case WeightRole:
        return m_weights.empty() ? 0.0 : m_weights[row];
    case SelectedRole:
        return index.row() == m_selected;
    case RankRole:
        return m_ranks.empty() ? 0 : m_ranks[row];
    case ShareRole:
        return m_weights.empty() || m_max <= 0 ? 0.0 : m_weights[row] / m_max;
    case DescriptionRole:
        return description(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> TokenListModel::roleNames() const
{
    return { { TextRole, "text" }, { WeightRole, "weight" }, { SelectedRole, "selected" }, { RankRole, "rank" },
        { ShareRole, "share" }, { DescriptionRole, "description" } };
}

QString TokenListModel::description(int row) const
{
    const QString &text = m_texts.at(row);
    if (row == m_selected)
        return tr("%1, selected").arg(text);
    if (m_weights.empty())
        return text;
    // In whole percent, so that most names stay the same when the selection moves (a screen reader hears every
    // change); the spoken summary gives the exact values of the strongest.
    const double w = m_weights[std::size_t(row)];
    if (w < 0.005)
        return tr("%1, receives under 1 %").arg(text);
    return tr("%1, receives %2 %").arg(text).arg(std::lround(w * 100));
}

void TokenListModel::setTokens(const QStringList &texts)
{
    beginResetModel();
    m_texts = texts;
    m_weights.clear();
    m_ranks.clear();
    m_selected = -1;
    endResetModel();
    emit countChanged();
}

void TokenListModel::setSelection(int selected, const std::vector<double> &weights, const std::vector<int> &order)
{
    m_selected = selected;
    m_weights = weights;
    m_ranks.assign(weights.size(), 0);
    m_max = weights.empty() ? 0 : *std::max_element(weights.begin(), weights.end());
    for (std::size_t r = 0; r < order.size(); ++r)
        m_ranks[std::size_t(order[r])] = int(r) + 1;
    if (count() > 0)
        emit dataChanged(
            index(0), index(count() - 1), { WeightRole, SelectedRole, RankRole, ShareRole, DescriptionRole });
}
