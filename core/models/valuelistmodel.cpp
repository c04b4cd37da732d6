// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuelistmodel.h"

#include <cmath>

ValueListModel::ValueListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ValueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ValueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return m_labels.at(index.row());
    case ValueRole:
        return m_values.value(index.row());
    case MaskedRole:
        return m_masked.value(index.row());
    case HighlightedRole:
        return index.row() == m_highlight;
    default:
        return {};
    }
}

QHash<int, QByteArray> ValueListModel::roleNames() const
{
    return { { LabelRole, "label" }, { ValueRole, "value" }, { MaskedRole, "masked" },
        { HighlightedRole, "highlighted" } };
}

void ValueListModel::setRows(
    const QStringList &labels, const QList<qreal> &values, const QList<bool> &masked, int highlight)
{
    const bool reset = labels != m_labels;
    if (reset)
        beginResetModel();
    m_labels = labels;
    m_values = values;
    m_masked = masked;
    m_highlight = highlight;
    m_maxAbs = 0;
    m_hasNegative = false;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        if (m_masked.value(i))
            continue;
        m_maxAbs = std::max(m_maxAbs, std::abs(m_values[i]));
        m_hasNegative = m_hasNegative || m_values[i] < 0;
    }
    if (m_maxAbs <= 0)
        m_maxAbs = 1;
    if (reset)
        endResetModel();
    else if (count() > 0)
        emit dataChanged(index(0), index(count() - 1));
    emit rowsChanged();
}
