// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What to notice in the current sentence (from the sentence pack), and what the current head looks for. Required: session.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Rectangle {
    id: root

    required property AttentionSession session

    objectName: "patternCard"
    implicitHeight: content.implicitHeight + 2 * Theme.margin
    color: Theme.surfaceRaised
    radius: Theme.radius
    border.color: Theme.border

    ColumnLayout {
        id: content
        x: Theme.margin
        y: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.session.custom ? qsTr("Your sentence") : root.session.pattern + " · " + root.session.title
            font.pixelSize: Theme.smallFontSize
            font.bold: true
            font.capitalization: Font.AllUppercase
            color: Theme.accent
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "explanation"
            Layout.fillWidth: true
            text: root.session.custom
                  ? qsTr("Words get their features from the built-in lexicon, so the heads may misread an unusual sentence. Try the Coreference head on a pronoun, or the Subject–verb head on a verb.")
                  : root.session.explanation
            font.pixelSize: Theme.fontSize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: root.session.headIndex >= 0
                  //: %1 is a head's name, %2 what it looks for
                  ? qsTr("%1 head: %2").arg(root.session.headNames[root.session.headIndex]).arg(root.session.headDescriptions[root.session.headIndex])
                  : qsTr("All heads (average): the mean of every head's weights. Each head looks for a different relation; pick one to see it alone.")
            font.pixelSize: Theme.smallFontSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
