// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The selected row's entropy against the softmax temperature (log scale), with the current temperature marked.
// Required: steps (MathSteps), session.
import QtQuick
import QtQuick.Controls
import QtCharts
import Attention.Core
import Attention.Ui

ChartView {
    id: root

    required property MathSteps steps
    required property AttentionSession session

    function refresh() {
        curve.clear()
        for (const p of root.steps.entropyCurve)
            curve.append(p.x, p.y)
        current.clear()
        if (root.steps.valid)
            current.append(Math.log(root.session.temperature) / Math.LN10, root.steps.entropy)
        // qmllint disable import type property
        yAxis.max = Math.max(1, Math.ceil(Math.log(Math.max(2, root.steps.tokens.length)) / Math.LN2))
        // qmllint enable import type property
    }

    objectName: "entropyChart"
    title: qsTr("Entropy of the row against temperature")
    titleColor: Theme.text
    backgroundColor: "transparent"
    // room for the axis titles drawn below
    margins.top: Theme.smallFontSize + 12
    margins.bottom: Theme.smallFontSize + 12
    legend.visible: false
    antialiasing: true
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Entropy of the row against temperature")

    Connections {
        target: root.steps
        function onChanged() { root.refresh() }
    }
    Component.onCompleted: refresh()

    // QtCharts 6.4 ships no type information for ValueAxis, so qmllint cannot see it (it loads at run time).
    // qmllint disable import type property
    ValueAxis {
        id: xAxis
        min: -1
        max: 1
        tickCount: 3
        labelsColor: Theme.mutedText
        gridLineColor: Theme.border
    }
    ValueAxis {
        id: yAxis
        min: 0
        max: 4
        labelsColor: Theme.mutedText
        gridLineColor: Theme.border
    }
    LineSeries {
        id: curve
        axisX: xAxis
        axisY: yAxis
        color: Theme.arc
        width: 2
    }
    ScatterSeries {
        id: current
        axisX: xAxis
        axisY: yAxis
        color: Theme.accent
        markerSize: 12
    }
    // qmllint enable import type property

    // The axis titles are Labels in the theme's text colour (Qt Charts draws its own titles in a fixed dark grey).
    Label {
        objectName: "entropyAxisY"
        x: root.plotArea.x
        y: root.plotArea.y - height - 2
        text: qsTr("bits")
        font.pixelSize: Theme.smallFontSize
        color: Theme.text
    }
    Label {
        objectName: "entropyAxisX"
        x: root.plotArea.x
        width: root.plotArea.width
        y: root.height - height - 2
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        text: qsTr("log₁₀ T   (−1 = T 0.1 sharp, 0 = T 1, 1 = T 10 flat)")
        font.pixelSize: Theme.smallFontSize
        color: Theme.text
    }
}
