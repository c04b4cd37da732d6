// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "targetlistmodel.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QBarCategoryAxis;
class QBarSet;

/// Shows the strongest targets of the selected token in a Qt Charts horizontal bar chart: the ranks ("1.", "2.", …)
/// go to a BarCategoryAxis and the weights in % to a BarSet, strongest at the top. (The token names are drawn by the
/// QML beside the bars: a category axis whose labels change is laid out again, which costs a frame.)
///
/// Qt Charts lays the whole chart out again for every change of a bar set. Assigning BarSet.values from QML removes
/// and appends the values one at a time, so eight bars meant sixteen layouts per selection; this does one removal and
/// one append of the whole list.
class TargetBars : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(TargetListModel *targets READ targets WRITE setTargets NOTIFY targetsChanged FINAL)
    /// A BarSet of the chart.
    Q_PROPERTY(QObject *barSet READ barSet WRITE setBarSet NOTIFY barSetChanged FINAL)
    /// The BarCategoryAxis of the same series.
    Q_PROPERTY(QObject *axis READ axis WRITE setAxis NOTIFY axisChanged FINAL)
    Q_PROPERTY(int maxBars READ maxBars WRITE setMaxBars NOTIFY maxBarsChanged FINAL)
    /// What to write beside each bar, strongest first: "1. cat  56.9 %".
    Q_PROPERTY(QStringList labels READ labels NOTIFY barsChanged FINAL)
    /// Each bar's length as a fraction of the axis (the weight, 0…1), strongest first.
    Q_PROPERTY(QList<qreal> lengths READ lengths NOTIFY barsChanged FINAL)

public:
    explicit TargetBars(QObject *parent = nullptr);

    TargetListModel *targets() const;
    void setTargets(TargetListModel *targets);
    QObject *barSet() const;
    void setBarSet(QObject *barSet);
    QObject *axis() const;
    void setAxis(QObject *axis);
    int maxBars() const { return m_maxBars; }
    void setMaxBars(int maxBars);
    QStringList labels() const { return m_labels; }
    QList<qreal> lengths() const { return m_lengths; }

signals:
    void targetsChanged();
    void barSetChanged();
    void axisChanged();
    void maxBarsChanged();
    void barsChanged();

private:
    void refresh();

    QPointer<TargetListModel> m_targets;
    QPointer<QBarSet> m_barSet;
    QPointer<QBarCategoryAxis> m_axis;
    int m_maxBars = 8;
    QStringList m_labels;
    QList<qreal> m_lengths;
};
