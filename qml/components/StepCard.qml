// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One step of the computation: a numbered title, the formula, an explanation, then its content. Required: number, shownStep,
// title, formula.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Ui

Rectangle {
    id: root

    required property int number
    /// The step on screen, or 0 when every step is shown: the card is visible when it is that step.
    required property int shownStep
    required property string title
    required property string formula
    property string explanation: ""
    default property alias content: body.data

    visible: shownStep === 0 || shownStep === number
    implicitHeight: layout.implicitHeight + 2 * Theme.margin
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Step %1: %2").arg(number).arg(title)

    ColumnLayout {
        id: layout
        x: Theme.margin
        y: Theme.margin
        width: root.width - 2 * Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · %2").arg(root.number).arg(root.title)
            font.pixelSize: Theme.fontSize + 1
            font.bold: true
            color: Theme.accent
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.formula
            font.pixelSize: Theme.fontSize
            font.family: "serif"
            font.italic: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.explanation !== ""
            text: root.explanation
            font.pixelSize: Theme.smallFontSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
