// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

/// One step of the math view as rows of labelled values (a token and its score, a feature and its value), with the
/// scale a bar chart of them needs: the largest magnitude and whether any value is negative (masked rows excluded).
class ValueListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Values belong to MathSteps")
    Q_PROPERTY(int count READ count NOTIFY rowsChanged FINAL)
    Q_PROPERTY(qreal maxAbs READ maxAbs NOTIFY rowsChanged FINAL)
    Q_PROPERTY(bool hasNegative READ hasNegative NOTIFY rowsChanged FINAL)

public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        ValueRole,
        MaskedRole, ///< the mask forbids this entry (its score is −∞)
        HighlightedRole, ///< the selected token's own row
    };
    Q_ENUM(Role)

    explicit ValueListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_labels.size()); }
    /// The largest |value| of a row that is not masked, or 1 when there is none (so bars can divide by it).
    qreal maxAbs() const { return m_maxAbs; }
    bool hasNegative() const { return m_hasNegative; }
    Q_INVOKABLE qreal valueAt(int row) const { return m_values.value(row); }
    Q_INVOKABLE bool maskedAt(int row) const { return m_masked.value(row); }

    /// New rows (`masked` empty or one per row; `highlight` a row or -1): a reset when the labels change, otherwise
    /// dataChanged over the rows.
    void setRows(
        const QStringList &labels, const QList<qreal> &values, const QList<bool> &masked = {}, int highlight = -1);

signals:
    void rowsChanged();

private:
    QStringList m_labels;
    QList<qreal> m_values;
    QList<bool> m_masked;
    int m_highlight = -1;
    qreal m_maxAbs = 1;
    bool m_hasNegative = false;
};
