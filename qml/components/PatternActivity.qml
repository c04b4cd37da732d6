// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Activity 2, linguistic analysis: for each task of LessonChecks.patterns open its sentence and tap the token that
// receives the most attention; every answer is checked against the model and stated with the numbers of its own
// sentence and head. Required: session.
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

    title: qsTr("Activity 2 · Linguistic analysis")

    Label {
        width: parent.width
        text: qsTr("For each pattern, open the sentence and tap the token you think receives the most attention. Your answers are recorded below with the model's.")
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.session.lessons.patterns
        delegate: ColumnLayout {
            id: task
            required property int index
            required property string sentenceId
            required property int head
            required property string headId
            required property string pattern
            required property int from
            required property string fromText
            required property list<string> labels
            /// The token the model attends to most.
            required property int answer
            /// The learner's choice, or -1.
            property int choice: -1
            readonly property string key: "pattern/" + sentenceId + "/" + from
            readonly property bool active: root.session.sentenceId === sentenceId
            function weightText(to) {
                if (root.session === null)
            return ""
        return Theme.number(root.session.lessons.weightIn(sentenceId, head, from, to, 1, false) * 100, 1)
            }
            Component.onCompleted: choice = Preferences.answer(key)
            Connections {
                target: Preferences
                function onAnswersForgotten() { task.choice = -1 }
            }
            width: parent ? parent.width : 0
            spacing: 4

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    //: %1 pattern name, %2 the token
                    text: qsTr("%1: which token does \"%2\" attend to most?").arg(task.pattern).arg(task.fromText)
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
                    onClicked: root.session.openLesson(task.sentenceId, task.headId, task.fromText)
                }
            }
            TokenChoice {
                Layout.fillWidth: true
                visible: task.active || task.choice >= 0
                namePrefix: "a2Choice" + task.index + "_"
                tokens: task.labels
                marked: task.choice
                locked: task.choice >= 0
                correctIndex: task.choice >= 0 ? task.answer : -1
                onChosen: index => {
                    task.choice = index
                    Preferences.setAnswer(task.key, index)
                }
            }
            Feedback {
                objectName: "a2Feedback" + task.index
                Layout.fillWidth: true
                visible: task.choice >= 0
                correct: task.choice === task.answer
                //: %1 the token asked about, %2 the model's answer, %3 its weight in %
                text: correct ? qsTr("Right: the model's strongest link from \"%1\" is \"%2\" (%3 %).")
                                .arg(task.fromText).arg(task.labels[task.answer] ?? "").arg(task.weightText(task.answer))
                              //: %1 the student's token, %2 its weight in %, %3 the token asked about, %4 the model's answer, %5 its weight in %
                              : qsTr("You chose \"%1\" (%2 %); the model's strongest link from \"%3\" is \"%4\" (%5 %), marked ✓.")
                                .arg(task.labels[task.choice] ?? "").arg(task.weightText(task.choice))
                                .arg(task.fromText).arg(task.labels[task.answer] ?? "").arg(task.weightText(task.answer))
            }
        }
    }
}
