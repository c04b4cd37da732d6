// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A card of rich text (headings, lists, tables) written in C++ for the app and the printed handout alike: the matrix
// explanation, the table of patterns, the lesson plan. Required: title, html.
import QtQuick
import QtQuick.Controls
import Attention.Ui

Card {
    id: root

    required property string html
    readonly property alias body: body

    Label {
        id: body
        width: parent ? parent.width : 0
        textFormat: Text.RichText
        wrapMode: Text.Wrap
        // the tables' lines in the text colour, so they show in every theme
        text: "<style>table { border-color: " + Theme.mutedText + "; } th, td { border-color: " + Theme.mutedText
              + "; } h1, h2 { color: " + Theme.accent + "; }</style>" + root.html
        color: Theme.text
        font.pixelSize: Theme.fontSize
        onLinkActivated: link => Qt.openUrlExternally(link)
    }
}
