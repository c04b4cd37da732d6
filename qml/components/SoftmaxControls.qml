// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The softmax settings that recompute the layer: temperature T on a log scale from 0.1 to 10 (sharper ↔ flatter),
// encoder (bidirectional) ↔ decoder (causal) masking, and Reset. Required: session. naturalWidth is the width
// the controls take in one row.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Flow {
    id: root

    required property AttentionSession session
    /// Without the word "Temperature" (the value reads "T = …"), to fit beside the sentence and the head.
    property bool terse: false
    readonly property real naturalWidth: temperatureRow.implicitWidth + causal.implicitWidth + reset.implicitWidth
                                         + 2 * spacing

    spacing: Theme.spacing

    RowLayout {
        id: temperatureRow
        spacing: Theme.spacing
        Label {
            visible: !root.terse
            text: qsTr("Temperature")
            color: Theme.text
            font.pixelSize: Theme.fontSize
        }
        Slider {
            id: temperature
            objectName: "temperatureSlider"
            Layout.preferredWidth: root.terse ? 160 : Math.min(200, Math.max(90, root.width - 200))
            implicitHeight: Theme.touchTarget
            // The slider moves log10(T): the middle is T = 1, each end a factor of 10.
            from: -1
            to: 1
            stepSize: 0.05
            snapMode: Slider.SnapAlways
            value: Math.log(root.session.temperature) / Math.LN10
            onMoved: root.session.temperature = Math.pow(10, value)
            Accessible.name: qsTr("Softmax temperature")
            Accessible.description: qsTr("Left sharpens the attention, right flattens it")
            ToolTip.visible: hovered || pressed
            ToolTip.delay: 600
            ToolTip.text: qsTr("Softmax temperature: left sharpens the attention, right flattens it")
        }
        Label {
            objectName: "temperatureValue"
            Layout.preferredWidth: Math.round(72 * Theme.textScale) // "T = 10.00" at every text size
            //: T is the softmax temperature
            text: qsTr("T = %1").arg(Theme.number(root.session.temperature, 2))
            color: Theme.text
            font.pixelSize: Theme.fontSize
            font.bold: Math.abs(root.session.temperature - 1) > 1e-9
        }
    }
    Switch {
        id: causal
        objectName: "causalSwitch"
        width: Math.min(implicitWidth, root.width)
        implicitHeight: Theme.touchTarget
        checked: root.session.causal || root.session.alwaysCausal
        enabled: !root.session.alwaysCausal
        onToggled: root.session.causal = checked
        text: root.session.causal || root.session.alwaysCausal ? qsTr("Decoder: causal mask") : qsTr("Encoder: no mask")
        font.pixelSize: Theme.fontSize
        Accessible.name: qsTr("Causal mask")
        Accessible.description: root.session.causal ? qsTr("Decoder: each token sees only itself and earlier tokens")
                                                    : qsTr("Encoder: every token sees every token")
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: Accessible.description
    }
    Button {
        id: reset
        objectName: "resetSettings"
        implicitHeight: Theme.touchTarget
        text: qsTr("Reset")
        enabled: root.session.causal || Math.abs(root.session.temperature - 1) > 1e-9
        onClicked: root.session.resetSettings()
        Accessible.name: text // (a description alone leaves the name empty in Qt 6.4)
        Accessible.description: qsTr("Temperature 1, no mask")
    }
}
