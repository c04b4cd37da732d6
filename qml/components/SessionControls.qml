// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The controls the Explore and math pages share: the sentence menu, the head selector and the softmax settings.
// Wide windows put them in one row where they fit; phones (compact) show the sentence, then the head beside a button
// that unfolds the softmax settings, so the tokens start high on the screen. Required: session.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

ColumnLayout {
    id: root

    required property AttentionSession session
    property bool compact: false
    property bool settingsOpen: false
    /// The softmax controls folded into one button that shows T and the mask: on a phone, and in presenter mode.
    readonly property bool folded: compact || Theme.presenter

    spacing: Theme.spacing

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        SentenceMenu {
            width: root.compact ? root.width : Math.min(340 * Theme.textScale, root.width * 0.4)
            session: root.session
        }
        HeadSelector {
            width: root.compact ? root.width - settingsButton.width - Theme.spacing : Math.min(240 * Theme.textScale, root.width * 0.3)
            session: root.session
        }
        LayerSelector {
            width: root.compact ? root.width : Math.min(200 * Theme.textScale, root.width * 0.3)
            session: root.session
        }
        Button {
            id: settingsButton
            objectName: "softmaxSettingsButton"
            visible: root.folded
            implicitHeight: Theme.touchTarget
            checkable: true
            checked: root.settingsOpen
            onToggled: root.settingsOpen = checked
            //: a button that shows the softmax settings: T and the mask ("T 1.00", "T 0.50 · causal")
            text: (root.session.causal ? qsTr("T %1 · causal") : qsTr("T %1")).arg(Theme.number(root.session.temperature, 2))
                  + (checked ? " ▴" : " ▾")
            Accessible.name: qsTr("Softmax settings")
            Accessible.description: text
        }
        // After the head selector where it fits; on a phone on its own row, when unfolded.
        SoftmaxControls {
            visible: !root.folded || root.settingsOpen
            width: root.compact ? root.width : Math.min(root.width, naturalWidth)
            terse: !root.compact
            session: root.session
        }
    }

    // A long text in a trained model is computed off the GUI thread; past 200 ms, say so (the views keep showing
    // what they showed until the new numbers arrive).
    property bool showBusy: false
    Timer {
        interval: 200
        running: root.session.busy
        onTriggered: root.showBusy = true
        onRunningChanged: if (!running) root.showBusy = false
    }
    RowLayout {
        objectName: "busyRow"
        visible: root.session.busy && root.showBusy
        spacing: Theme.spacing
        BusyIndicator {
            running: parent.visible
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
        }
        Label {
            text: qsTr("Computing every layer of the model for this text…")
            font.pixelSize: Theme.smallFontSize
            color: Theme.text
        }
    }
}
