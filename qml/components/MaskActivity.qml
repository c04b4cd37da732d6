// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Activity 4, encoder or decoder: with the causal mask, can the task's token still attend to a later one? Checked
// against the weight the model computes with the mask. A delegate of LessonChecks.mask; required: session and the
// task's roles.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Card {
    id: root
    objectName: "activity4"
    required property AttentionSession session
    required property string sentenceId
    required property string sentenceText
    required property int head
    required property string headId
    required property int from
    required property string fromText
    required property string toText
    /// 0 ("yes") if the weight from `from` to `to` under the causal mask is above 0, else 1.
    required property int answer
    /// The learner's choice (0 yes, 1 no), or -1.
    property int choice: -1
    readonly property string key: "mask/" + sentenceId + "/" + from
    readonly property bool ready: root.session !== null && root.session.causal && root.session.sentenceId === sentenceId
    function choose(choice) {
        root.choice = choice
        Preferences.setAnswer(key, choice)
    }
    Component.onCompleted: choice = Preferences.answer(key)
    Connections {
        target: Preferences
        function onAnswersForgotten() { root.choice = -1 }
    }
    title: qsTr("Activity 4 · Encoder or decoder")

    Label {
        width: parent.width
        text: qsTr("A decoder (like a chatbot writing text) may not look ahead. Open \"%1\" and switch on the causal mask. Can \"%2\" still attend to \"%3\"?").arg(root.sentenceText).arg(root.fromText).arg(root.toText)
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        Button {
            objectName: "a4Open"
            implicitHeight: Theme.touchTarget
            text: qsTr("Open with the causal mask")
            onClicked: {
                root.session.openLesson(root.sentenceId, root.headId, root.fromText)
                root.session.causal = true
            }
        }
    }
    Flow {
        width: parent.width
        spacing: 4
        visible: root.ready || root.choice >= 0
        Button {
            objectName: "a4Yes"
            implicitHeight: Theme.touchTarget
            text: qsTr("Yes")
            highlighted: root.choice === 0
            enabled: root.choice < 0
            onClicked: root.choose(0)
        }
        Button {
            objectName: "a4No"
            implicitHeight: Theme.touchTarget
            text: qsTr("No")
            highlighted: root.choice === 1
            enabled: root.choice < 0
            onClicked: root.choose(1)
        }
    }
    Feedback {
        objectName: "a4Feedback"
        width: parent.width
        visible: root.choice >= 0
        correct: root.choice === root.answer
        text: (correct ? qsTr("Right.") : qsTr("Look again at the heatmap: the cells right of the diagonal are hatched.")) + " "
              + qsTr("With the mask, the score for every later token is −∞ and its weight is exactly 0, so \"%1\" cannot use \"%2\". An encoder such as BERT has no such mask; a decoder such as GPT does.").arg(root.fromText).arg(root.toText)
    }
}
