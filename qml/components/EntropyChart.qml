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
        titleText: qsTr("log₁₀ T   (−1 = T 0.1 sharp, 0 = T 1, 1 = T 10 flat)")
    }
    ValueAxis {
        id: yAxis
        min: 0
        max: 4
        labelsColor: Theme.mutedText
        gridLineColor: Theme.border
        titleText: qsTr("bits")
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
}
