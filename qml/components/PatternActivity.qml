// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Activity 2, linguistic analysis: for each pattern open its sentence and tap the token that receives the most
// attention; every answer is checked against the model and stated with the numbers of its own sentence and head.
// Required: session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Card {
    id: root
    objectName: "activity2"
    required property AttentionSession session
    readonly property int coreference: session.headNamed("coreference")

    /// Forgets every task's answer.
    signal clear()
    title: qsTr("Activity 2 · Linguistic analysis")

    Label {
        width: parent.width
        text: qsTr("For each pattern, open the sentence and tap the token you think receives the most attention. Your answers are recorded below with the model's.")
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Repeater {
        model: [
            { sentence: "pronoun-cat", head: "coreference", from: "it", pattern: qsTr("Coreference") },
            { sentence: "subject-students", head: "subject-verb", from: "passed", pattern: qsTr("Subject–verb agreement") },
            { sentence: "modifier-fox", head: "modifier", from: "lazy", pattern: qsTr("Modifier") },
            { sentence: "question-capital", head: "question", from: "What", pattern: qsTr("Question") }
        ]
        delegate: ColumnLayout {
            id: task
            required property var modelData
            required property int index
            property int answer: -1
            // qmllint disable type
            readonly property list<string> labels: root.session.lessons.labelsIn(modelData.sentence)
            // qmllint enable type
            readonly property int head: root.session.headNamed(modelData.head)
            readonly property int fromIndex: root.session.lessons.tokenIndex(modelData.sentence, modelData.from)
            readonly property int correctIndex: root.session.lessons.strongestTarget(modelData.sentence, head, fromIndex)
            readonly property bool active: root.session.sentenceId === modelData.sentence
            function weightText(to) {
                return (root.session.lessons.weightIn(modelData.sentence, head, fromIndex, to, 1, false) * 100).toFixed(1)
            }
            Component.onCompleted: answer = Preferences.answer("activity2/" + index)
            Connections {
                target: root
                function onClear() { task.answer = -1 }
            }
            width: parent ? parent.width : 0
            spacing: 4

            RowLayout {
                            Label {
                    Layout.fillWidth: true
                    //: %1 pattern name, %2 the token
                    text: qsTr("%1: which token does \"%2\" attend to most?").arg(task.modelData.pattern).arg(task.modelData.from)
                    font.pixelSize: Theme.fontSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "a2Open" + task.index
                    implicitHeight: Theme.touchTarget
                    text: task.active ? qsTr("Opened") : qsTr("Open")
                    enabled: !task.active
                    onClicked: root.session.openLesson(task.modelData.sentence, task.modelData.head, task.modelData.from)
                }
            }
            TokenChoice {
                Layout.fillWidth: true
                visible: task.active || task.answer >= 0
                namePrefix: "a2Choice" + task.index + "_"
                tokens: task.labels
                marked: task.answer
                locked: task.answer >= 0
                correctIndex: task.answer >= 0 ? task.correctIndex : -1
                onChosen: index => {
                    task.answer = index
                    Preferences.setAnswer("activity2/" + task.index, index)
                }
            }
            Feedback {
                objectName: "a2Feedback" + task.index
                Layout.fillWidth: true
                visible: task.answer >= 0
                correct: task.answer === task.correctIndex
                //: %1 the token asked about, %2 the model's answer, %3 its weight in %
                text: correct ? qsTr("Right: the model's strongest link from \"%1\" is \"%2\" (%3 %).")
                                .arg(task.modelData.from).arg(task.labels[task.correctIndex] ?? "").arg(task.weightText(task.correctIndex))
                              //: %1 the student's token, %2 its weight in %, %3 the token asked about, %4 the model's answer, %5 its weight in %
                              : qsTr("You chose \"%1\" (%2 %); the model's strongest link from \"%3\" is \"%4\" (%5 %), marked ✓.")
                                .arg(task.labels[task.answer] ?? "").arg(task.weightText(task.answer))
                                .arg(task.modelData.from).arg(task.labels[task.correctIndex] ?? "").arg(task.weightText(task.correctIndex))
            }
        }
    }
}
