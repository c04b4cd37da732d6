// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

/// A small labelled matrix (Q, K, V, scores, A) for the math view: values, labels, and which row and column
/// belong to the selected token. −∞ entries (masked scores) are reported through MaskedRole.
class MatrixTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Matrices come from MathSteps")
    Q_PROPERTY(int rows READ rows NOTIFY layoutReset FINAL)
    Q_PROPERTY(int columns READ columns NOTIFY layoutReset FINAL)
    Q_PROPERTY(qreal maxAbs READ maxAbs NOTIFY valuesChanged FINAL)
    Q_PROPERTY(int highlightRow READ highlightRow NOTIFY valuesChanged FINAL)
    Q_PROPERTY(int highlightColumn READ highlightColumn NOTIFY valuesChanged FINAL)

public:
    enum Role {
        ValueRole = Qt::UserRole + 1,
        MaskedRole,
        HighlightedRole, ///< in the selected token's row or column
        RowLabelRole,
        ColumnLabelRole,
    };
    Q_ENUM(Role)

    explicit MatrixTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rows() const { return int(m_rowLabels.size()); }
    int columns() const { return int(m_columnLabels.size()); }
    /// The largest |value| among finite entries (for colour scales).
    qreal maxAbs() const { return m_maxAbs; }
    int highlightRow() const { return m_highlightRow; }
    int highlightColumn() const { return m_highlightColumn; }
    Q_INVOKABLE qreal valueAt(int row, int column) const;

    /// New contents, row-major. Resets when the shape or labels change, otherwise signals dataChanged.
    void setMatrix(const QStringList &rowLabels, const QStringList &columnLabels, std::vector<double> values,
        int highlightRow, int highlightColumn);

signals:
    void layoutReset();
    void valuesChanged();

private:
    QStringList m_rowLabels;
    QStringList m_columnLabels;
    std::vector<double> m_values;
    qreal m_maxAbs = 0;
    int m_highlightRow = -1;
    int m_highlightColumn = -1;
};
