// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <QString>

#include <vector>

/// The tokens of the current sentence as the token row shows them: which one is selected, which one it attends to
/// most, how strongly each is tinted and what a screen reader says. A new selection reports only the rows whose
/// shown values change (in a long sentence most tokens get "under 1 %" from every selection), so the chips of a
/// 512-token sentence are not all updated for every tap.
class TokenListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Tokens belong to an AttentionSession")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        LabelRole, ///< the text, with its position as a subscript where the same text occurs twice ("he₁₁")
        SelectedRole, ///< this is the selected token
        StrongestRole, ///< the selected token attends to this one most (not itself)
        TintRole, ///< weight ÷ the row's largest weight, in steps of 0.01 (0 without a selection)
        DescriptionRole, ///< what a screen reader says: "cat, receives 57 %", "it, selected" or just "cat"
        ContinuationRole, ///< a sub-word token that continues the word before it ("ing" after "play")
    };
    Q_ENUM(Role)

    explicit TokenListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_texts.size()); }

    /// A new sentence: reset.
    void setTokens(const QStringList &texts, const QStringList &labels, const QList<bool> &continuations = {});
    /// New weights from the selected token (selected = -1 and empty weights when nothing is selected);
    /// `order` lists the token indices strongest first.
    void setSelection(int selected, const std::vector<double> &weights, const std::vector<int> &order);

signals:
    void countChanged();

private:
    struct Shown {
        bool selected = false;
        bool strongest = false;
        int tint = 0; ///< hundredths
        QString description;
        bool operator==(const Shown &o) const
        {
            return selected == o.selected && strongest == o.strongest && tint == o.tint && description == o.description;
        }
    };
    Shown shown(int row, int selected, int strongest, const std::vector<double> &weights, double max) const;

    QStringList m_texts;
    QStringList m_labels;
    QList<bool> m_continuations;
    std::vector<Shown> m_rows;
};
