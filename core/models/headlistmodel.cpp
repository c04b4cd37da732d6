// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlistmodel.h"

#include "attentionmodel.h"
#include "datatext.h"
#include "languagechange.h"

HeadListModel::HeadListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // names and descriptions in the new language (the average's are the app's own strings)
    onLanguageChange(this, [this] {
        for (Row &row : m_rows) {
            if (row.head < 0) {
                row.name = averageName();
                row.description = averageDescription();
            }
        }
        if (!m_rows.empty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), { Qt::DisplayRole, NameRole, DescriptionRole });
    });
}

int HeadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant HeadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case HeadRole:
        return row.head;
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case NameRole:
        return attention::translatedText(row.name);
    case DescriptionRole:
        return attention::translatedText(row.description);
    case LayerRole:
        return row.layer;
    case IsAverageRole:
        return row.head < 0;
    case MatrixRole:
        return QVariant::fromValue(row.matrix);
    default:
        return {};
    }
}

QHash<int, QByteArray> HeadListModel::roleNames() const
{
    return { { HeadRole, "head" }, { IdRole, "headId" }, { NameRole, "name" }, { DescriptionRole, "description" },
        { LayerRole, "layer" }, { IsAverageRole, "isAverage" }, { MatrixRole, "matrix" } };
}

int HeadListModel::rowOf(int head) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].head == head)
            return int(r);
    }
    return -1;
}

QString HeadListModel::averageName()
{
    return tr("All heads (average)");
}

QString HeadListModel::averageDescription()
{
    return tr("The mean of every head's weights. Each head looks for a different relation; pick one to see it alone.");
}

QString HeadListModel::nameOf(int head) const
{
    const int row = rowOf(head);
    return row < 0 ? QString() : attention::translatedText(m_rows[std::size_t(row)].name);
}

QString HeadListModel::descriptionOf(int head) const
{
    const int row = rowOf(head);
    return row < 0 ? QString() : attention::translatedText(m_rows[std::size_t(row)].description);
}

void HeadListModel::setHeads(const std::vector<attention::HeadInfo> &heads, int layer)
{
    beginResetModel();
    for (const Row &row : m_rows)
        row.matrix->deleteLater(); // (a view may still hold it until the reset reaches it)
    m_rows.clear();
    for (std::size_t h = 0; h < heads.size(); ++h)
        m_rows.push_back(
            { int(h), heads[h].id, heads[h].name, heads[h].description, layer, new AttentionMatrixModel(this) });
    m_rows.push_back(
        { -1, QStringLiteral("average"), averageName(), averageDescription(), layer, new AttentionMatrixModel(this) });
    endResetModel();
    emit countChanged();
}

void HeadListModel::setDescriptions(const QStringList &descriptions)
{
    for (int i = 0; i < int(descriptions.size()) && i < int(m_rows.size()); ++i) {
        Row &row = m_rows[std::size_t(i)];
        if (row.head < 0 || row.description == descriptions[i])
            continue;
        row.description = descriptions[i];
        emit dataChanged(index(i), index(i), { DescriptionRole });
    }
}

AttentionMatrixModel *HeadListModel::matrix(int head) const
{
    const int row = rowOf(head);
    return row < 0 ? nullptr : m_rows[std::size_t(row)].matrix;
}
