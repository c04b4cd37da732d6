// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

/// What the selected token attends to, strongest first: the arcs, the chart and the spoken summary read it.
/// Holds at most kMaxTargets rows (in a long sentence the rest are too faint to draw).
class TargetListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Targets belong to an AttentionSession")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    static constexpr int kMaxTargets = 16;

    enum Role {
        TokenRole = Qt::UserRole + 1, ///< index of the target token in the sentence
        TextRole, ///< the target token's text
        WeightRole, ///< attention weight from the selected token, 0…1
        ShareRole, ///< weight ÷ the strongest weight of the row, 0…1 (for thickness and opacity)
        RankRole, ///< 1 for the strongest
        SourceRole, ///< index of the selected token, the same in every row (so an arc learns both ends at once)
    };
    Q_ENUM(Role)

    explicit TargetListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    Q_INVOKABLE int tokenAt(int row) const;
    Q_INVOKABLE QString textAt(int row) const;
    Q_INVOKABLE qreal weightAt(int row) const;

    /// The row of the selected token `source` (one weight per token) or an empty row for no selection; `order`
    /// lists the token indices strongest first.
    void setRow(
        int source, const QStringList &tokens, const std::vector<double> &weights, const std::vector<int> &order);

signals:
    void countChanged();

private:
    struct Target {
        int token;
        QString text;
        double weight;
    };
    std::vector<Target> m_rows;
    double m_max = 0;
    int m_source = -1;
};
