// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the attention head shown (or the average of all heads). Required: session.
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
    model: {
        const choices = [qsTr("All heads (average)")]
        for (const name of root.session.headNames)
            choices.push(name)
        return choices
    }
    currentIndex: root.session.headIndex + 1
    onActivated: index => root.session.headIndex = index - 1
    displayText: qsTr("Head: %1").arg(currentText)
    Accessible.name: qsTr("Attention head")
    Accessible.description: root.session.headIndex >= 0 ? root.session.headDescriptions[root.session.headIndex]
                                                          : qsTr("The average of all heads' attention")
    ToolTip.visible: hovered
    ToolTip.delay: 600
    ToolTip.text: Accessible.description
}
