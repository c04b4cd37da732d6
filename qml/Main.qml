// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The application window: the current sentence and its computed attention matrix.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

ApplicationWindow {
    id: root

    width: 1024
    height: 768
    visible: true
    title: qsTr("Self-Attention Explorer")
    color: Theme.background

    AttentionSession {
        id: session
        objectName: "session"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            objectName: "sentenceText"
            Layout.fillWidth: true
            text: session.text
            font.pixelSize: Theme.titleFontSize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            //: %1 is the name of an attention head, e.g. "Coreference"
            text: qsTr("Head: %1 — rows attend to columns; each row sums to 100 %").arg(session.headNames[session.headIndex])
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        HeatmapPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            matrix: session.matrix
            selectedToken: session.selectedToken
        }
        Label {
            objectName: "modelNote"
            Layout.fillWidth: true
            text: session.modelNote
            font.pixelSize: Theme.smallFontSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
