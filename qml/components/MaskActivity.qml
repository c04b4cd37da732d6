// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Activity 4, encoder or decoder: with the causal mask, can "it" still attend to "tired"? Checked against the weight
// the model computes with the mask. Required: session.
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
    readonly property int coreference: session.headNamed("coreference")

    function clear() {
        answer = -1
    }
    readonly property string sentence: "pronoun-cat"
    property int answer: -1 // 0 yes, 1 no
    readonly property int it: root.session.lessons.tokenIndex(sentence, "it")
    readonly property int tired: root.session.lessons.tokenIndex(sentence, "tired")
    readonly property bool ready: root.session.causal && root.session.sentenceId === sentence
    // "Yes" if the computed weight from "it" to "tired" is above 0 with the causal mask.
    readonly property int correctIndex: root.session.lessons.weightIn(sentence, root.coreference, it, tired, 1, true) > 0 ? 0 : 1
    function choose(choice) {
        answer = choice
        Preferences.setAnswer("activity4", choice)
    }
    Component.onCompleted: answer = Preferences.answer("activity4")
    title: qsTr("Activity 4 · Encoder or decoder")

    Label {
        width: parent.width
        text: qsTr("A decoder (like a chatbot writing text) may not look ahead. Open the pronoun sentence and switch on the causal mask. Can \"it\" still attend to \"tired\"?")
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    RowLayout {
        Button {
            objectName: "a4Open"
            implicitHeight: Theme.touchTarget
            text: qsTr("Open with the causal mask")
            onClicked: {
                root.session.openLesson(root.sentence, "coreference", "it")
                root.session.causal = true
            }
        }
    }
    Flow {
        width: parent.width
        spacing: 4
        visible: root.ready || root.answer >= 0
        Button {
            objectName: "a4Yes"
            implicitHeight: Theme.touchTarget
            text: qsTr("Yes")
            highlighted: root.answer === 0
            enabled: root.answer < 0
            onClicked: root.choose(0)
        }
        Button {
            objectName: "a4No"
            implicitHeight: Theme.touchTarget
            text: qsTr("No")
            highlighted: root.answer === 1
            enabled: root.answer < 0
            onClicked: root.choose(1)
        }
    }
    Feedback {
        objectName: "a4Feedback"
        width: parent.width
        visible: root.answer >= 0
        correct: root.answer === root.correctIndex
        text: (correct ? qsTr("Right.") : qsTr("Look again at the heatmap: the cells right of the diagonal are hatched.")) + " "
              + qsTr("With the mask, the score for every later token is −∞ and its weight is exactly 0, so \"it\" cannot use \"tired\". An encoder such as BERT has no such mask; a decoder such as GPT does.")
    }
}
