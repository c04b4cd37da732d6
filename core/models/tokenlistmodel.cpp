// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenlistmodel.h"

#include <algorithm>
#include <cmath>

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
    const Shown &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m_texts.at(index.row());
    case LabelRole:
        return m_labels.at(index.row());
    case ContinuationRole:
        return m_continuations.value(index.row(), false);
    case SelectedRole:
        return row.selected;
    case StrongestRole:
        return row.strongest;
    case TintRole:
        return row.tint / 100.0;
    case DescriptionRole:
        return row.description;
    default:
        return {};
    }
}

QHash<int, QByteArray> TokenListModel::roleNames() const
{
    return { { TextRole, "text" }, { LabelRole, "label" }, { SelectedRole, "selected" }, { StrongestRole, "strongest" },
        { TintRole, "tint" }, { DescriptionRole, "description" }, { ContinuationRole, "continuation" } };
}

TokenListModel::Shown TokenListModel::shown(
    int row, int selected, int strongest, const std::vector<double> &weights, double max) const
{
    Shown s;
    const QString &text = m_labels.at(row);
    s.selected = row == selected;
    s.strongest = row == strongest && !s.selected;
    if (weights.empty()) {
        s.description = text;
        return s;
    }
    const double w = weights[std::size_t(row)];
    s.tint = max > 0 ? int(std::lround(w / max * 100)) : 0;
    // In whole percent, so that most names stay the same when the selection moves (a screen reader hears every
    // change); the spoken summary gives the exact values of the strongest.
    if (s.selected)
        s.description = tr("%1, selected").arg(text);
    else if (w < 0.005)
        s.description = tr("%1, receives under 1 %").arg(text);
    else
        s.description = tr("%1, receives %2 %").arg(text).arg(std::lround(w * 100));
    return s;
}

void TokenListModel::setTokens(const QStringList &texts, const QStringList &labels, const QList<bool> &continuations)
{
    Q_ASSERT(texts.size() == labels.size());
    beginResetModel();
    m_continuations = continuations;
    m_texts = texts;
    m_labels = labels;
    m_rows.clear();
    for (int i = 0; i < int(texts.size()); ++i)
        m_rows.push_back(shown(i, -1, -1, {}, 0));
    endResetModel();
    emit countChanged();
}

void TokenListModel::setSelection(int selected, const std::vector<double> &weights, const std::vector<int> &order)
{
    const double max = weights.empty() ? 0 : *std::max_element(weights.begin(), weights.end());
    const int strongest = order.empty() ? -1 : order.front();
    // Report each run of rows whose shown values change.
    int runStart = -1;
    const auto endRun = [&](int end) {
        if (runStart >= 0)
            emit dataChanged(
                index(runStart), index(end - 1), { SelectedRole, StrongestRole, TintRole, DescriptionRole });
        runStart = -1;
    };
    for (int i = 0; i < count(); ++i) {
        Shown now = shown(i, selected, strongest, weights, max);
        if (now == m_rows[std::size_t(i)]) {
            endRun(i);
            continue;
        }
        m_rows[std::size_t(i)] = std::move(now);
        if (runStart < 0)
            runStart = i;
    }
    endRun(count());
}
