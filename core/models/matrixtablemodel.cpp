// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixtablemodel.h"

#include <cmath>

MatrixTableModel::MatrixTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int MatrixTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int MatrixTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

qreal MatrixTableModel::valueAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rows() || column >= columns())
        return 0;
    return m_values[std::size_t(row) * std::size_t(columns()) + std::size_t(column)];
}

QVariant MatrixTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const double v = valueAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return std::isinf(v) ? QStringLiteral("−∞") : QString::number(v, 'f', 2);
    case ValueRole:
        return std::isinf(v) ? 0.0 : v;
    case MaskedRole:
        return std::isinf(v) && v < 0;
    case HighlightedRole:
        return index.row() == m_highlightRow || index.column() == m_highlightColumn;
    case RowLabelRole:
        return m_rowLabels.at(index.row());
    case ColumnLabelRole:
        return m_columnLabels.at(index.column());
    default:
        return {};
    }
}

QVariant MatrixTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const QStringList &labels = orientation == Qt::Horizontal ? m_columnLabels : m_rowLabels;
    return section >= 0 && section < labels.size() ? labels.at(section) : QVariant();
}

QHash<int, QByteArray> MatrixTableModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { ValueRole, "value" }, { MaskedRole, "masked" },
        { HighlightedRole, "highlighted" }, { RowLabelRole, "rowLabel" }, { ColumnLabelRole, "columnLabel" } };
}

void MatrixTableModel::setMatrix(const QStringList &rowLabels, const QStringList &columnLabels,
    std::vector<double> values, int highlightRow, int highlightColumn)
{
    Q_ASSERT(values.size() == std::size_t(rowLabels.size()) * std::size_t(columnLabels.size()));
    const bool reshape = rowLabels != m_rowLabels || columnLabels != m_columnLabels;
    if (reshape)
        beginResetModel();
    m_rowLabels = rowLabels;
    m_columnLabels = columnLabels;
    m_values = std::move(values);
    m_highlightRow = highlightRow;
    m_highlightColumn = highlightColumn;
    m_maxAbs = 0;
    for (double v : m_values) {
        if (std::isfinite(v))
            m_maxAbs = std::max(m_maxAbs, std::abs(v));
    }
    if (reshape) {
        endResetModel();
        emit layoutReset();
    } else if (rows() > 0 && columns() > 0) {
        emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1));
    }
    emit valuesChanged();
}
