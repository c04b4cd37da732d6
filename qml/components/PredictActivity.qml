// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Activity 1, predict then check: open "The cat sat on the mat because it was tired" in the Coreference head, select
// "it", predict the token it attends to most, and reveal what the model computes. Once revealed, the answer and its
// numbers belong to the activity's sentence and head, whatever is open later, and are kept for the next start.
// Required: session. Emits navigate(page).
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
    readonly property int coreference: session.headNamed("coreference")

    /// Asks the window to show a page (0: Explore).
    signal navigate(int page)
    /// Forgets the answer.
    function clear() {
        prediction = -1
        revealed = false
    }
    readonly property string sentence: "pronoun-cat"
    // (The 6.4 linter reads a method's QList<QString> result as one QString.)
    // qmllint disable type
    readonly property list<string> labels: root.session.lessons.labelsIn(sentence)
    // qmllint enable type
    property int prediction: -1
    property bool revealed: false
    readonly property int itIndex: root.session.lessons.tokenIndex(sentence, "it")
    readonly property bool opened: root.session.sentenceId === sentence && root.session.headIndex === root.coreference
    readonly property bool selected: opened && root.session.selectedToken === itIndex
    readonly property int answer: root.session.lessons.strongestTarget(sentence, root.coreference, itIndex)
    function weightText(to) {
        return (root.session.lessons.weightIn(sentence, root.coreference, itIndex, to, 1, false) * 100).toFixed(1)
    }
    Component.onCompleted: {
        prediction = Preferences.answer("activity1")
        revealed = prediction >= 0
    }
    title: qsTr("Activity 1 · Pattern discovery")

    Label {
        width: parent.width
        text: (root.opened || root.revealed ? "✓ " : "1. ") + qsTr("Open \"The cat sat on the mat because it was tired\" in the Coreference head.")
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "a1Open"
        visible: !root.opened && !root.revealed
        implicitHeight: Theme.touchTarget
        text: qsTr("Open it")
        onClicked: root.session.openLesson(root.sentence, "coreference")
    }
    Label {
        width: parent.width
        visible: root.opened || root.revealed
        text: (root.selected || root.revealed ? "✓ " : "2. ") + qsTr("Select \"it\" — here or on the Explore page.")
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
        text: "3. " + qsTr("Predict: which token will \"it\" attend to most? Tap your prediction.")
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
            Preferences.setAnswer("activity1", root.prediction)
        }
    }
    Feedback {
        objectName: "a1Feedback"
        width: parent.width
        visible: root.revealed
        correct: root.prediction === root.answer
        readonly property string answerText: root.labels[root.answer] ?? ""
        //: %1 the model's token, %2 its weight in %
        text: (correct ? qsTr("Right: the model's strongest link from \"it\" is \"%1\" (%2 %).").arg(answerText).arg(root.weightText(root.answer))
                       //: %1 the student's token, %2 its weight in %, %3 the model's token, %4 its weight in %
                       : qsTr("You predicted \"%1\" (%2 %); the model's strongest link from \"it\" is \"%3\" (%4 %).")
                         .arg(root.labels[root.prediction] ?? "").arg(root.weightText(root.prediction))
                         .arg(answerText).arg(root.weightText(root.answer)))
              + " " + qsTr("Why: both \"cat\" and \"mat\" agree with \"it\" (singular, not human); the head prefers the subject, \"cat\". It knows grammar, not that mats cannot be tired.")
    }
    RowLayout {
        visible: root.revealed
        Button {
            implicitHeight: Theme.touchTarget
            text: qsTr("See the arcs in Explore")
            onClicked: {
                root.session.openLesson(root.sentence, "coreference", "it")
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
                Preferences.setAnswer("activity1", -1)
                root.session.openLesson(root.sentence, "coreference")
            }
        }
    }
}
