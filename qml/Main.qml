// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The application window. Initial state can be set from the command line (initialSentence, initialHead: a head
// index or -1 for the average, initialSelection, darkTheme) so that --screenshot renders a chosen view.
import QtQuick
import QtQuick.Controls
import Attention.Core
import Attention.Ui

ApplicationWindow {
    id: root

    property string initialSentence: ""
    property int initialHead: 0
    property int initialSelection: -1
    property bool darkTheme: false

    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Self-Attention Explorer")
    color: Theme.background
    // The controls follow the theme (light, dark).
    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        alternateBase: Theme.surfaceRaised
        text: Theme.text
        button: Theme.surfaceRaised
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.onAccent
        light: Theme.surface
        mid: Theme.border
        dark: Theme.border
        midlight: Theme.surfaceRaised
        placeholderText: Theme.mutedText
        toolTipBase: Theme.surface
        toolTipText: Theme.text
    }

    AttentionSession {
        id: session
        objectName: "session"
    }

    ExplorePage {
        anchors.fill: parent
        session: session
    }

    Component.onCompleted: {
        Theme.dark = root.darkTheme
        if (root.initialSentence !== "")
            session.sentenceId = root.initialSentence
        session.headIndex = root.initialHead
        session.selectedToken = root.initialSelection
    }
}
