// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tokens of a sentence as buttons for answering "which token…?" questions; it does not change the selection.
// Required: tokens. Emits chosen(index). Optional: marked (the chosen one), correctIndex (shown after answering).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Attention.Ui

Flow {
    id: root

    required property list<string> tokens
    property int marked: -1
    property int correctIndex: -1
    property bool locked: false
    property string namePrefix: "choice"

    signal chosen(int index)

    spacing: 4

    Repeater {
        model: root.tokens
        delegate: Button {
            id: choice
            required property int index
            required property string modelData
            objectName: root.namePrefix + index
            implicitHeight: Theme.touchTarget
            implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + 16)
            // Once checked: the right token is marked ✓, a wrong choice ✗.
            readonly property bool wrongChoice: root.correctIndex >= 0 && index === root.marked && index !== root.correctIndex
            text: (index === root.correctIndex ? "✓ " : wrongChoice ? "✗ " : "") + modelData
            font.pixelSize: Theme.fontSize
            font.bold: index === root.correctIndex || wrongChoice
            highlighted: index === root.marked
            enabled: !root.locked || index === root.marked || index === root.correctIndex
            Accessible.name: (index === root.correctIndex ? qsTr("right answer: ") : wrongChoice ? qsTr("your answer, wrong: ") : "") + modelData
            onClicked: if (!root.locked) root.chosen(index)
        }
    }
}
