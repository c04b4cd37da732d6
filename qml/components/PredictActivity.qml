// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Activity 1, predict then check: open the task's sentence in its head, select its token, predict the token it
// attends to most, and reveal what the model computes. Once revealed, the answer and its numbers belong to the
// task's sentence and head, whatever is open later, and are kept for the next start. A delegate of
// LessonChecks.predict; required: session and the task's roles. Emits navigate(page).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Card {
    id: root
    objectName: "activity1"
    required property AttentionSession session
    required property string sentenceId
    required property string sentenceText
    required property int head
    required property string headId
    required property string headName
    required property int from
    required property string fromText
    required property list<string> labels
    required property int answer
    required property string why
    readonly property string key: "predict/" + sentenceId + "/" + from

    /// Asks the window to show a page (0: Explore).
    signal navigate(int page)
    property int prediction: -1
    property bool revealed: false
    // (guarded: a closing window may drop the session before this card)
    readonly property bool opened: root.session !== null && root.session.sentenceId === sentenceId && root.session.headIndex === head
    readonly property bool selected: opened && root.session !== null && root.session.selectedToken === from
    function weightText(to) {
        if (root.session === null)
            return ""
        return Theme.number(root.session.lessons.weightIn(sentenceId, head, from, to, 1, false) * 100, 1)
    }
    Component.onCompleted: {
        prediction = Preferences.answer(key)
        revealed = prediction >= 0
    }
    Connections {
        target: Preferences
        function onAnswersForgotten() {
            root.prediction = -1
            root.revealed = false
        }
    }
    title: qsTr("Activity 1 · Pattern discovery")

    Label {
        width: parent.width
        text: (root.opened || root.revealed ? "✓ " : "1. ") + qsTr("Open \"%1\" in the %2 head.").arg(root.sentenceText).arg(root.headName)
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "a1Open"
        visible: !root.opened && !root.revealed
        implicitHeight: Theme.touchTarget
        text: qsTr("Open it")
        onClicked: root.session.openLesson(root.sentenceId, root.headId)
    }
    Label {
        width: parent.width
        visible: root.opened || root.revealed
        text: (root.selected || root.revealed ? "✓ " : "2. ") + qsTr("Select \"%1\" — here or on the Explore page.").arg(root.fromText)
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    TokenPicker {
        width: parent.width
        visible: root.opened && !root.selected && !root.revealed
        session: root.session
    }
    Label {
        width: parent.width
        visible: root.selected || root.revealed
        text: "3. " + qsTr("Predict: which token will \"%1\" attend to most? Tap your prediction.").arg(root.fromText)
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    TokenChoice {
        width: parent.width
        visible: root.selected || root.revealed
        namePrefix: "a1Predict"
        tokens: root.labels
        marked: root.prediction
        locked: root.revealed
        correctIndex: root.revealed ? root.answer : -1
        onChosen: index => root.prediction = index
    }
    Button {
        objectName: "a1Reveal"
        visible: root.selected && !root.revealed
        enabled: root.prediction >= 0
        implicitHeight: Theme.touchTarget
        text: qsTr("4. Reveal what the model computes")
        onClicked: {
            root.revealed = true
            Preferences.setAnswer(root.key, root.prediction)
        }
    }
    Feedback {
        objectName: "a1Feedback"
        width: parent.width
        visible: root.revealed
        correct: root.prediction === root.answer
        readonly property string answerText: root.labels[root.answer] ?? ""
        //: %1 the token asked about, %2 the model's token, %3 its weight in %
        text: (correct ? qsTr("Right: the model's strongest link from \"%1\" is \"%2\" (%3 %).").arg(root.fromText).arg(answerText).arg(root.weightText(root.answer))
                       //: %1 the student's token, %2 its weight in %, %3 the token asked about, %4 the model's token, %5 its weight in %
                       : qsTr("You predicted \"%1\" (%2 %); the model's strongest link from \"%3\" is \"%4\" (%5 %).")
                         .arg(root.labels[root.prediction] ?? "").arg(root.weightText(root.prediction))
                         .arg(root.fromText).arg(answerText).arg(root.weightText(root.answer)))
              + (root.why !== "" ? " " + qsTr("Why: %1").arg(root.why) : "")
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        visible: root.revealed
        Button {
            implicitHeight: Theme.touchTarget
            text: qsTr("See the arcs in Explore")
            onClicked: {
                root.session.openLesson(root.sentenceId, root.headId, root.fromText)
                root.navigate(0)
            }
        }
        Button {
            objectName: "a1Again"
            implicitHeight: Theme.touchTarget
            text: qsTr("Start again")
            onClicked: {
                root.prediction = -1
                root.revealed = false
                Preferences.setAnswer(root.key, -1)
                root.session.openLesson(root.sentenceId, root.headId)
            }
        }
    }
}
