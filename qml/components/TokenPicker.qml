// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A compact row of the sentence's tokens to choose the selected one (tap again to clear). Required: session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Attention.Core
import Attention.Ui

Flow {
    id: root

    required property AttentionSession session

    spacing: 4
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Tokens of the sentence")

    Repeater {
        model: root.session ? root.session.tokens : [] // (a closing window may drop the session first)
        delegate: Button {
            id: chip
            required property int index
            required property string modelData
            objectName: "pick" + index
            implicitHeight: Theme.touchTarget
            implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + 16)
            text: modelData
            font.pixelSize: Theme.fontSize
            highlighted: root.session !== null && index === root.session.selectedToken
            checkable: false
            Accessible.name: highlighted ? qsTr("%1, selected").arg(modelData) : modelData
            onClicked: root.session.selectedToken = highlighted ? -1 : index
        }
    }
}
