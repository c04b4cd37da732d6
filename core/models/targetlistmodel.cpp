// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetlistmodel.h"

#include <algorithm>
#include <numeric>

TargetListModel::TargetListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int TargetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TargetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Target &t = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return t.text;
    case TokenRole:
        return t.token;
    case WeightRole:
        return t.weight;
    case ShareRole:
        return m_max > 0 ? t.weight / m_max : 0.0;
    case RankRole:
        return index.row() + 1;
    case SourceRole:
        return m_source;
    default:
        return {};
    }
}

QHash<int, QByteArray> TargetListModel::roleNames() const
{
    return { { TokenRole, "token" }, { TextRole, "tokenText" }, { WeightRole, "weight" }, { ShareRole, "share" },
        { RankRole, "rank" }, { SourceRole, "source" } };
}

int TargetListModel::tokenAt(int row) const
{
    return row >= 0 && row < count() ? m_rows[std::size_t(row)].token : -1;
}

QString TargetListModel::textAt(int row) const
{
    return row >= 0 && row < count() ? m_rows[std::size_t(row)].text : QString();
}

qreal TargetListModel::weightAt(int row) const
{
    return row >= 0 && row < count() ? m_rows[std::size_t(row)].weight : 0.0;
}

void TargetListModel::setRow(
    int source, const QStringList &tokens, const std::vector<double> &weights, const std::vector<int> &order)
{
    const auto keep = std::min<std::size_t>(order.size(), kMaxTargets);
    std::vector<Target> rows;
    for (std::size_t r = 0; r < keep; ++r)
        rows.push_back({ order[r], tokens.at(order[r]), weights[std::size_t(order[r])] });

    const bool sameCount = rows.size() == m_rows.size();
    if (!sameCount)
        beginResetModel();
    m_rows = std::move(rows);
    m_source = source;
    m_max = m_rows.empty() ? 0 : m_rows.front().weight;
    if (!sameCount) {
        endResetModel();
        emit countChanged();
    } else if (!m_rows.empty()) {
        emit dataChanged(index(0), index(count() - 1));
    }
}
