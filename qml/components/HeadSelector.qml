// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the attention head shown (or the average of all heads). Required: session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Attention.Core
import Attention.Ui

ComboBox {
    id: root

    required property AttentionSession session

    objectName: "headSelector"
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontSize
    // Every head, then "All heads (average)".
    model: root.session.heads
    textRole: "name"
    valueRole: "head"
    currentIndex: root.session.heads.count > 0 ? root.session.heads.rowOf(root.session.headIndex) : -1
    onActivated: index => root.session.headIndex = valueAt(index)
    displayText: qsTr("Head: %1").arg(root.session.headName)
    Accessible.name: qsTr("Attention head")
    Accessible.description: root.session.headDescription
    background: Rectangle {
        implicitWidth: 140
        implicitHeight: Theme.touchTarget
        radius: 4
        color: root.down || root.popup.visible ? Theme.selection : Theme.surfaceRaised
        border.width: root.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
    // Touch-sized rows with readable text; the current head is tinted and marked, the keyboard's row ringed.
    delegate: ItemDelegate {
        id: choice
        required property int index
        required property string name
        objectName: "headChoice" + index
        width: ListView.view ? ListView.view.width : implicitWidth
        implicitHeight: Theme.touchTarget
        text: name
        font.pixelSize: Theme.fontSize
        highlighted: root.highlightedIndex === index
        contentItem: Label {
            text: choice.text
            font: choice.font
            color: Theme.text
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            color: choice.index === root.currentIndex ? Theme.selection : Theme.surface
            Rectangle {
                visible: choice.index === root.currentIndex
                width: 4
                height: parent.height
                color: Theme.accent
            }
            Rectangle {
                visible: choice.highlighted
                anchors.fill: parent
                anchors.margins: 2
                color: "transparent"
                radius: 4
                border.width: choice.index === root.currentIndex ? 3 : 2
                border.color: Theme.focus
            }
        }
    }
    ToolTip.visible: hovered
    ToolTip.delay: 600
    ToolTip.text: Accessible.description
}
