// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Attends to": the selected token's attention row as bars, strongest first, in %. Required: session.
import QtQuick
import QtQuick.Controls
import QtCharts
import Attention.Core
import Attention.Ui

Item {
    id: root

    required property AttentionSession session
    /// How many of the strongest targets are drawn.
    readonly property int maxBars: 8
    property var categories: []
    property var values: []

    // Bars are listed bottom-up in a horizontal bar chart, so the strongest comes last.
    function refresh() {
        const targets = root.session.targets
        const c = []
        const v = []
        for (let r = Math.min(maxBars, targets.count) - 1; r >= 0; --r) {
            c.push((r + 1) + ". " + targets.textAt(r))
            v.push(Math.round(targets.weightAt(r) * 1000) / 10)
        }
        categories = c
        values = v
    }

    Connections {
        target: root.session
        function onWeightsChanged() { root.refresh() }
    }
    Component.onCompleted: refresh()

    objectName: "attendsToChart"
    Accessible.role: Accessible.Chart
    Accessible.name: session.selectedToken >= 0 ? qsTr("What '%1' attends to").arg(session.tokens[session.selectedToken])
                                                : qsTr("What the selected token attends to")

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    ChartView {
        id: chart
        anchors.fill: parent
        anchors.margins: 1
        visible: root.session.selectedToken >= 0
        title: root.Accessible.name
        titleColor: Theme.text
        backgroundColor: "transparent"
        legend.visible: false
        antialiasing: true
        animationOptions: ChartView.SeriesAnimations
        animationDuration: Theme.animationMs
        margins { left: 4; right: 4; top: 4; bottom: 4 }

        HorizontalBarSeries {
            id: series
            labelsVisible: true
            labelsFormat: "@value %"
            labelsPosition: AbstractBarSeries.LabelsOutsideEnd
            barWidth: 0.7
            axisY: BarCategoryAxis {
                categories: root.categories
                labelsColor: Theme.text
                gridVisible: false
            }
            // QtCharts 6.4 ships no type information for ValueAxis, so qmllint cannot see it (it loads at run time).
            // qmllint disable import type property
            axisX: ValueAxis {
                min: 0
                max: 100
                tickCount: 5
                labelFormat: "%d %"
                labelsColor: Theme.mutedText
                gridLineColor: Theme.border
            }
            // qmllint enable import type property
            BarSet {
                label: qsTr("Attention")
                values: root.values
                color: Theme.arc
                borderColor: Theme.arc
                labelColor: Theme.text
            }
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        visible: !chart.visible
        text: qsTr("Select a token to chart what it attends to, strongest first.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.mutedText
    }
}
