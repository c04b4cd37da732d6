// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One labelled bar per entry (positive right, negative left of a zero line) with its number; masked entries read
// "−∞ masked". Required: labels, values. Optional: masked, percent (show values as %), highlight (an index),
// labelWidth. Plain positioners, not Layouts: the rows are rebuilt whenever the sentence changes.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Attention.Ui

Item {
    id: root

    required property list<string> labels
    required property list<real> values
    property list<bool> masked: []
    property bool percent: false
    property int highlight: -1
    property real labelWidth: 90
    readonly property real numberWidth: 84
    readonly property real maxAbs: {
        let m = 0
        for (let i = 0; i < values.length; ++i)
            if (!(masked.length > i && masked[i]))
                m = Math.max(m, Math.abs(values[i]))
        return m > 0 ? m : 1
    }
    readonly property bool signed: {
        for (let i = 0; i < values.length; ++i)
            if (values[i] < 0 && !(masked.length > i && masked[i]))
                return true
        return false
    }

    implicitWidth: 240
    implicitHeight: rows.implicitHeight

    // The rows take the width the parent gives this item; the column does not feed its width back (no loop).
    Column {
        id: rows
        width: root.width
        spacing: 2

    Repeater {
        model: root.labels.length
        delegate: Item {
            id: bar
            required property int index
            readonly property bool isMasked: root.masked.length > index && root.masked[index]
            readonly property real value: root.values[index] ?? 0

            width: root.width
            height: Math.max(18, name.implicitHeight)

            Label {
                id: name
                width: root.labelWidth
                anchors.verticalCenter: parent.verticalCenter
                text: root.labels[bar.index]
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
                wrapMode: root.labelWidth > 120 ? Text.Wrap : Text.NoWrap
                maximumLineCount: 2
                font.pixelSize: Theme.smallFontSize
                font.bold: bar.index === root.highlight
                color: bar.index === root.highlight ? Theme.accent : Theme.text
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
                    width: bar.isMasked ? 0 : span * Math.abs(bar.value) / root.maxAbs
                    height: parent.height
                    radius: 2
                    color: bar.index === root.highlight ? Theme.accent : Theme.arc
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
                    visible: bar.isMasked
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
                text: bar.isMasked ? qsTr("−∞ masked")
                                   : root.percent ? qsTr("%1 %").arg((bar.value * 100).toFixed(1)) : bar.value.toFixed(3)
                horizontalAlignment: Text.AlignRight
                font.pixelSize: Theme.smallFontSize
                font.family: "monospace"
                color: Theme.text
            }
        }
    }
    }
}
