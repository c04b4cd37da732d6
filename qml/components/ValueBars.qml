// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One labelled bar per entry (positive right, negative left of a zero line) with its number; masked entries read
// "−∞ masked"; the highlighted row (the selected token) in the accent colour. Required: model (a ValueListModel).
// Optional: percent (show values as %), labelWidth. Plain positioners, not Layouts: the rows are rebuilt whenever the sentence changes.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Attention.Core
import Attention.Ui

Item {
    id: root

    /// The rows to draw: label, value, masked, highlighted (the selected token's own row).
    required property ValueListModel model
    property bool percent: false
    property real labelWidth: 90
    readonly property real numberWidth: 84
    readonly property real maxAbs: model.maxAbs
    readonly property bool signed: model.hasNegative

    implicitWidth: 240
    implicitHeight: rows.implicitHeight

    // The rows take the width the parent gives this item; the column does not feed its width back (no loop).
    Column {
        id: rows
        width: root.width
        spacing: 2

    Repeater {
        model: root.model
        delegate: Item {
            id: bar
            required property string label
            required property real value
            required property bool masked
            required property bool highlighted

            width: root.width
            height: Math.max(18, name.implicitHeight)

            Label {
                id: name
                width: root.labelWidth
                anchors.verticalCenter: parent.verticalCenter
                text: bar.label
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
                wrapMode: root.labelWidth > 120 ? Text.Wrap : Text.NoWrap
                maximumLineCount: 2
                font.pixelSize: Theme.smallFontSize
                font.bold: bar.highlighted
                color: bar.highlighted ? Theme.accent : Theme.text
            }
            Item {
                id: track
                x: root.labelWidth + Theme.spacing
                width: Math.max(0, root.width - root.labelWidth - root.numberWidth - 2 * Theme.spacing)
                height: 16
                anchors.verticalCenter: parent.verticalCenter

                Rectangle {
                    readonly property real zero: root.signed ? track.width / 2 : 0
                    readonly property real span: root.signed ? track.width / 2 : track.width
                    x: bar.value >= 0 ? zero : zero - width
                    width: bar.masked ? 0 : span * Math.abs(bar.value) / root.maxAbs
                    height: parent.height
                    radius: 2
                    color: bar.highlighted ? Theme.accent : Theme.arc
                    opacity: 0.35 + 0.65 * Math.abs(bar.value) / root.maxAbs
                }
                Rectangle {
                    visible: root.signed
                    x: track.width / 2
                    width: 1
                    height: parent.height
                    color: Theme.border
                }
                Rectangle {
                    // a masked entry: grey across the whole track, visibly not a zero
                    visible: bar.masked
                    anchors.fill: parent
                    color: Theme.masked
                    opacity: 0.5
                    radius: 2
                }
            }
            Label {
                x: root.width - root.numberWidth
                width: root.numberWidth
                anchors.verticalCenter: parent.verticalCenter
                text: bar.masked ? qsTr("−∞ masked")
                                   : root.percent ? qsTr("%1 %").arg(Theme.number(bar.value * 100, 1)) : Theme.number(bar.value, 3)
                horizontalAlignment: Text.AlignRight
                font.pixelSize: Theme.smallFontSize
                font.family: "monospace"
                color: Theme.text
            }
        }
    }
    }
}
