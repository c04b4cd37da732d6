// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetbars.h"

#include "targetlistmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLocale>

#include <algorithm>
#include <cmath>

TargetBars::TargetBars(QObject *parent)
    : QObject(parent)
{ }

TargetListModel *TargetBars::targets() const
{
    return m_targets;
}

void TargetBars::setTargets(TargetListModel *targets)
{
    if (targets == m_targets)
        return;
    if (m_targets)
        disconnect(m_targets, nullptr, this, nullptr);
    m_targets = targets;
    if (m_targets) {
        connect(m_targets, &QAbstractItemModel::modelReset, this, &TargetBars::refresh);
        connect(m_targets, &QAbstractItemModel::dataChanged, this, &TargetBars::refresh);
    }
    refresh();
    emit targetsChanged();
}

QObject *TargetBars::barSet() const
{
    return m_barSet;
}

void TargetBars::setBarSet(QObject *barSet)
{
    auto *set = qobject_cast<QBarSet *>(barSet);
    if (set == m_barSet)
        return;
    m_barSet = set;
    refresh();
    emit barSetChanged();
}

QObject *TargetBars::axis() const
{
    return m_axis;
}

void TargetBars::setAxis(QObject *axis)
{
    auto *a = qobject_cast<QBarCategoryAxis *>(axis);
    if (a == m_axis)
        return;
    m_axis = a;
    refresh();
    emit axisChanged();
}

void TargetBars::setMaxBars(int maxBars)
{
    maxBars = std::max(1, maxBars);
    if (maxBars == m_maxBars)
        return;
    m_maxBars = maxBars;
    refresh();
    emit maxBarsChanged();
}

void TargetBars::refresh()
{
    if (!m_targets)
        return;
    // The QML writes the labels beside the bars, strongest first. A horizontal bar chart lists its categories
    // bottom-up, so there the strongest comes last. The categories are the ranks ("1.", "2.", …): they stay the same
    // from one selection to the next, so the axis is not laid out again (the QML hides them and writes the rank into
    // each bar's label, which a narrow chart would otherwise elide).
    const int bars = std::min(m_maxBars, m_targets->count());
    QStringList labels, categories;
    QList<qreal> lengths, percent;
    for (int r = 0; r < bars; ++r) {
        const qreal weight = m_targets->weightAt(r);
        //: beside a bar of the chart: rank, token and weight in %, e.g. "1. cat  56.9 %"
        labels << tr("%1. %2  %3 %").arg(r + 1).arg(m_targets->textAt(r), QLocale().toString(weight * 100, 'f', 1));
        lengths << std::clamp<qreal>(weight, 0, 1);
        categories.prepend(QStringLiteral("%1.").arg(r + 1));
        percent.prepend(std::round(weight * 1000) / 10);
    }
    if (labels != m_labels || lengths != m_lengths) {
        m_labels = labels;
        m_lengths = lengths;
        emit barsChanged();
    }
    if (!m_barSet || !m_axis)
        return;
    if (m_axis->categories() != categories)
        m_axis->setCategories(categories);
    if (m_barSet->count() > 0)
        m_barSet->remove(0, m_barSet->count());
    m_barSet->append(percent);
}
