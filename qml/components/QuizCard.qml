// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The quiz: one question at a time with immediate feedback and an explanation, the score and best score, then a
// review of the wrong answers. "Tap the token" questions show their sentence in the session. Required: quiz, session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Card {
    id: root

    required property Quiz quiz
    required property AttentionSession session

    objectName: "quizCard"

    title: qsTr("Quiz")

    // A "tap the token" question shows its sentence and head in the live view.
    function showQuestion() {
        if (quiz.tapToken && !quiz.finished) {
            session.sentenceId = quiz.sentenceId
            session.headIndex = quiz.head
        }
    }
    Connections {
        target: root.quiz
        function onChanged() { root.showQuestion() }
    }

    /// Uses a teacher's quiz pack (see docs/quiz-packs.md); one that cannot be used leaves the quiz as it was and
    /// quizLoadError says why.
    function openPack(path) {
        root.quiz.loadPack(path)
    }
    Button {
        objectName: "quizOpenPack"
        implicitHeight: Theme.touchTarget
        text: qsTr("Open quiz pack…")
        onClicked: quizDialog.open()
    }
    FileDialog {
        id: quizDialog
        title: qsTr("Open a quiz pack (see docs/quiz-packs.md)")
        nameFilters: [qsTr("Quiz packs (*.json)")]
        onAccepted: root.openPack(decodeURIComponent(String(quizDialog.selectedFile).replace(/^file:\/\//, "")))
    }
    Label {
        objectName: "quizLoadError"
        width: parent.width
        visible: root.quiz.loadError !== ""
        //: %1 is the error message naming the file and the problem
        text: qsTr("The quiz pack could not be used; the quiz stays as it was: %1").arg(root.quiz.loadError)
        font.pixelSize: Theme.smallFontSize
        color: Theme.accent
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "quizProgress"
        width: parent.width
        //: %1 question number, %2 questions, %3 score, %4 best score
        text: qsTr("Question %1 of %2 · score %3 · best %4").arg(root.quiz.index + 1).arg(root.quiz.count)
              .arg(root.quiz.score).arg(root.quiz.bestScore)
        font.pixelSize: Theme.smallFontSize
        color: Theme.mutedText
    }

    ColumnLayout {
        width: parent.width
        visible: !root.quiz.finished || root.quiz.answered
        spacing: Theme.spacing

        Label {
            objectName: "quizPrompt"
            Layout.fillWidth: true
            text: root.quiz.prompt
            font.pixelSize: Theme.fontSize + 1
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        // Repeaters sit in a Column, not directly in a Layout: on Qt 6.4 a Quick Layout keeps pointers to a
        // Repeater's delegates, and a model that changes during the first layout pass (a quiz pack loading, the
        // next question) left it reading a deleted delegate (a crash in QQuickLayout::effectiveSizePolicy_helper).
        Column {
            Layout.fillWidth: true
            visible: !root.quiz.tapToken
            spacing: Theme.spacing
            Repeater {
                model: root.quiz.tapToken ? [] : root.quiz.options
                delegate: Button {
                    id: option
                    required property int index
                    required property string modelData
                    objectName: "quizOption" + index
                    width: parent.width
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    // Once answered: the right option is marked ✓ and green, a wrong choice ✗; the rest stay readable.
                    readonly property bool rightAnswer: root.quiz.answered && index === root.quiz.correctAnswer
                    readonly property bool wrongChoice: root.quiz.answered && index === root.quiz.chosen && !rightAnswer
                    //: read out before a quiz option once answered: the right answer, or the learner's wrong choice
                    Accessible.name: (rightAnswer ? qsTr("right answer: ") : wrongChoice ? qsTr("your answer, wrong: ") : "") + modelData
                    contentItem: Label {
                        // marks on quiz options: ✓ the right answer, ✗ the learner's wrong choice
                        text: (option.rightAnswer ? "✓ " : option.wrongChoice ? "✗ " : "") + option.modelData
                        font.pixelSize: Theme.fontSize
                        font.bold: option.rightAnswer || option.wrongChoice
                        color: Theme.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: 4
                        color: option.rightAnswer ? Theme.correctBackground : option.wrongChoice ? Theme.wrongBackground
                                            : option.down ? Theme.selection : Theme.surfaceRaised
                        border.width: option.visualFocus ? 3 : (option.rightAnswer || option.wrongChoice ? 2 : 0)
                        border.color: option.visualFocus ? Theme.focus : option.rightAnswer ? Theme.correctOutline : Theme.accent
                    }
                    onClicked: if (!root.quiz.answered) root.quiz.answer(index)
                }
            }
        }
        Button {
            objectName: "quizShowSentence"
            visible: root.quiz.tapToken && root.session.sentenceId !== root.quiz.sentenceId
            implicitHeight: Theme.touchTarget
            text: qsTr("Show the sentence")
            onClicked: root.showQuestion()
        }
        TokenChoice {
            Layout.fillWidth: true
            visible: root.quiz.tapToken
            namePrefix: "quizToken"
            // (The 6.4 linter reads a method's QList<QString> result as one QString.)
            // qmllint disable type
            tokens: root.session.lessons.labelsIn(root.quiz.sentenceId)
            // qmllint enable type
            marked: root.quiz.chosen
            locked: root.quiz.answered
            correctIndex: root.quiz.answered ? root.quiz.correctAnswer : -1
            onChosen: index => root.quiz.answer(index)
        }
        Feedback {
            objectName: "quizFeedback"
            Layout.fillWidth: true
            visible: root.quiz.answered
            correct: root.quiz.correct
            text: (root.quiz.correct ? qsTr("Correct.") : qsTr("Not quite — the answer is marked ✓.")) + " " + root.quiz.explanation
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "quizPrevious"
                implicitHeight: Theme.touchTarget
                text: qsTr("◀ Previous")
                enabled: root.quiz.index > 0
                onClicked: root.quiz.previous()
            }
            Button {
                objectName: "quizNext"
                implicitHeight: Theme.touchTarget
                text: qsTr("Next ▶")
                // after answering: a question is not skipped by accident
                enabled: root.quiz.answered && root.quiz.index < root.quiz.count - 1
                onClicked: root.quiz.next()
            }
        }
    }

    ColumnLayout {
        objectName: "quizResult"
        width: parent.width
        visible: root.quiz.finished
        spacing: Theme.spacing

        Label {
            objectName: "quizScore"
            Layout.fillWidth: true
            //: %1 score, %2 number of questions, %3 best score
            text: qsTr("You scored %1 of %2. Best so far: %3.").arg(root.quiz.score).arg(root.quiz.count).arg(root.quiz.bestScore)
            font.pixelSize: Theme.titleFontSize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.quiz.wrongQuestions.length > 0
            text: qsTr("Review the ones you missed:")
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: Theme.text
        }
        Column {
            Layout.fillWidth: true
            visible: root.quiz.wrongQuestions.length > 0
            spacing: Theme.spacing
            Repeater {
                model: root.quiz.wrongQuestions
                delegate: Label {
                    required property int modelData
                    width: parent.width
                    //: %1 question, %2 the right answer, %3 why
                    text: qsTr("• %1\n   Answer: %2. %3").arg(root.quiz.promptAt(modelData)).arg(root.quiz.correctTextAt(modelData))
                          .arg(root.quiz.explanationAt(modelData))
                    font.pixelSize: Theme.smallFontSize + 1
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "quizRestart"
                implicitHeight: Theme.touchTarget
                text: qsTr("Try again")
                onClicked: root.quiz.restart()
            }
            Button {
                objectName: "quizReset"
                implicitHeight: Theme.touchTarget
                text: qsTr("Reset progress")
                onClicked: root.quiz.resetProgress()
            }
        }
    }
}
