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
        // When another head is on screen than the one the explanation is about, say so (and offer the way back),
        // so the text never seems to describe the view it does not.
        RowLayout {
            objectName: "otherHeadNotice"
            Layout.fillWidth: true
            visible: !root.session.custom && root.session.lessonHead > -2 && root.session.headIndex !== root.session.lessonHead
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                //: %1 the head the sentence's note is about, %2 the head on screen
                text: qsTr("This note is about the %1 head; you are looking at %2.")
                      .arg(root.session.heads.nameOf(root.session.lessonHead))
                      .arg(root.session.headIndex >= 0 ? root.session.headName : qsTr("the average of all heads"))
                font.pixelSize: Theme.smallFontSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "backToLessonHead"
                implicitHeight: Theme.touchTarget
                //: %1 a head's name
                text: qsTr("Show %1").arg(root.session.heads.nameOf(root.session.lessonHead))
                onClicked: root.session.headIndex = root.session.lessonHead
            }
        }
        Label {
            objectName: "explanation"
            Layout.fillWidth: true
            text: !root.session.namedDimensions
                  ? qsTr("A trained model: its heads were learned from text, so none of them is guaranteed to follow a grammatical relation. Look through the layers and heads for one that links a pronoun to a noun, or each word to the one before it.")
                  : root.session.custom
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
                  ? (root.session.namedDimensions ? qsTr("%1 head: %2") : qsTr("%1: %2")).arg(root.session.headName).arg(root.session.headDescription)
                  //: %1 is "All heads (average)", %2 what the average is
                  : qsTr("%1: %2").arg(root.session.headName).arg(root.session.headDescription)
            font.pixelSize: Theme.smallFontSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
