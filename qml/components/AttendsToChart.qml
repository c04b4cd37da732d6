// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Attends to": the selected token's attention row as bars, strongest first, in %. Required: session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtCharts
import Attention.Core
import Attention.Ui

Item {
    id: root

    required property AttentionSession session
    /// The bar set and the axis, for tests.
    readonly property alias barSet: barSet
    readonly property alias categoryAxis: categoryAxis

    TargetBars {
        id: bars
        targets: root.session.targets
        barSet: barSet
        axis: categoryAxis
        // up to eight bars, as many as leave each label a line of its own (fewer with large text)
        maxBars: Math.max(3, Math.min(8, Math.floor(chart.plotArea.height / (1.3 * Theme.smallFontSize))))
    }

    objectName: "attendsToChart"
    Accessible.role: Accessible.Chart
    Accessible.name: session.selectedToken >= 0 ? qsTr("What '%1' attends to").arg(session.labels[session.selectedToken])
                                                : qsTr("What the selected token attends to")

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    // The title is a Label rather than the chart's own title: Qt Charts lays out the whole chart again whenever
    // its title changes, and this one changes with every selection.
    Label {
        id: title
        objectName: "chartTitle"
        visible: chart.visible
        x: Theme.margin
        y: Theme.spacing
        width: parent.width - 2 * Theme.margin
        text: root.Accessible.name
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        color: Theme.text
    }

    ChartView {
        id: chart
        anchors.fill: parent
        anchors.margins: 1
        anchors.topMargin: title.y + title.height
        visible: root.session.selectedToken >= 0
        backgroundColor: "transparent"
        legend.visible: false
        antialiasing: true
        // No bar animation: the arcs already grow, and every animation frame would draw the whole chart again.
        animationOptions: ChartView.NoAnimation
        margins { left: 4; right: 4; top: 4; bottom: 4 }

        HorizontalBarSeries {
            labelsVisible: false // the labels below name the token as well
            barWidth: 0.7
            axisY: BarCategoryAxis {
                id: categoryAxis
                labelsVisible: false // the ranks are in the bar labels
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
                id: barSet
                label: qsTr("Attention")
                color: Theme.arc
                borderColor: Theme.arc
            }
        }
    }

    // Each bar's token and weight, at the end of the bar (inside it when the bar is too long for the text to fit
    // after it): "1. cat  56.9 %". The bars are evenly spaced over the plot area, strongest at the top.
    Repeater {
        model: bars.maxBars
        delegate: Label {
            id: barLabel
            required property int index
            readonly property int count: bars.labels.length
            readonly property rect plot: chart.plotArea
            readonly property real barEnd: chart.x + plot.x + plot.width * (bars.lengths[index] ?? 0)
            readonly property bool inside: barEnd + 4 + implicitWidth > chart.x + plot.x + plot.width

            objectName: "barLabel" + (index + 1)
            visible: chart.visible && index < count
            x: inside ? barEnd - 4 - implicitWidth : barEnd + 4
            y: chart.y + plot.y + plot.height * (index + 0.5) / Math.max(1, count) - height / 2
            text: bars.labels[index] ?? ""
            font.pixelSize: Theme.smallFontSize
            color: barLabel.inside ? Theme.textOnAccent : Theme.text
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
