// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

/// The tokens of the current sentence, each with the weight the selected token gives it (0 when none is selected).
class TokenListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Tokens belong to an AttentionSession")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        WeightRole, ///< weight from the selected token to this one
        SelectedRole, ///< this is the selected token
        RankRole, ///< 1 for the token the selected one attends to most, 2 for the next, …; 0 without a selection
        ShareRole, ///< weight ÷ the row's largest weight, 0…1 (for tinting)
        DescriptionRole, ///< what a screen reader says: "cat, receives 57 %", "it, selected" or just "cat"
    };
    Q_ENUM(Role)

    explicit TokenListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_texts.size()); }

    /// A new sentence: reset.
    void setTokens(const QStringList &texts);
    /// New weights from the selected token (selected = -1 and empty weights when nothing is selected);
    /// `order` lists the token indices strongest first.
    void setSelection(int selected, const std::vector<double> &weights, const std::vector<int> &order);

signals:
    void countChanged();

private:
    QString description(int row) const;

    QStringList m_texts;
    std::vector<double> m_weights;
    std::vector<int> m_ranks;
    int m_selected = -1;
    double m_max = 0;
};
