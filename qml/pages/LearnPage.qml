// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Learn: the objectives, guided activities that drive the live view and check answers against what the model
// computes, discussion questions that open their sentences, and the quiz. Required: session. Emits navigate(page).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Page {
    id: root

    required property AttentionSession session
    /// A teacher's quiz pack to use instead of the built-in quiz, or empty.
    property string quizPack: ""
    readonly property alias quiz: quiz
    readonly property LessonChecks checks: session.lessons
    readonly property int coreference: session.headNamed("coreference")

    /// Asks the window to show page `page` (0 Explore, 1 Inside the math, 2 All heads, 3 Learn).
    signal navigate(int page)
    /// The activity answers were forgotten (each activity-2 task clears its own).
    signal activitiesCleared()

    // The curated claims hold at temperature 1 without a mask, so an activity opens its sentence with those.
    function open(sentence, head, token) {
        session.resetSettings()
        session.sentenceId = sentence
        session.headIndex = session.headNamed(head)
        session.selectedToken = token === undefined ? -1 : root.checks.tokenIndex(sentence, token)
    }

    objectName: "learnPage"
    background: null

    Preferences {
        id: progress
    }
    Quiz {
        id: quiz
        workspace: root.session.workspace
        objectName: "quiz"
        Component.onCompleted: if (root.quizPack !== "") loadPack(root.quizPack)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.margin

            Card {
                objectName: "objectives"
                Layout.fillWidth: true
                title: qsTr("What you will learn")
                Repeater {
                    model: [
                        qsTr("Understand — explain how self-attention captures relationships between tokens."),
                        qsTr("Analyze — interpret attention patterns and what they mean linguistically."),
                        qsTr("Evaluate — assess why certain patterns emerge, and where a simple head fails.")
                    ]
                    delegate: Label {
                        required property string modelData
                        width: parent ? parent.width : 0
                        text: "• " + modelData
                        font.pixelSize: Theme.fontSize
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }

            // Activity 1: predict, then check against the model. Once revealed, the answer and its numbers belong to
            // the activity's sentence and head, whatever is open later, and are kept for the next start.
            Card {
                id: activity1
                objectName: "activity1"
                readonly property string sentence: "pronoun-cat"
                // (The 6.4 linter reads a method's QList<QString> result as one QString.)
                // qmllint disable type
                readonly property list<string> labels: root.checks.labelsIn(sentence)
                // qmllint enable type
                property int prediction: -1
                property bool revealed: false
                readonly property int itIndex: root.checks.tokenIndex(sentence, "it")
                readonly property bool opened: root.session.sentenceId === sentence && root.session.headIndex === root.coreference
                readonly property bool selected: opened && root.session.selectedToken === itIndex
                readonly property int answer: root.checks.strongestTarget(sentence, root.coreference, itIndex)
                function weightText(to) {
                    return (root.checks.weightIn(sentence, root.coreference, itIndex, to, 1, false) * 100).toFixed(1)
                }
                Component.onCompleted: {
                    prediction = progress.answer("activity1")
                    revealed = prediction >= 0
                }
                Layout.fillWidth: true
                title: qsTr("Activity 1 · Pattern discovery")

                Label {
                    width: parent.width
                    text: (activity1.opened || activity1.revealed ? "✓ " : "1. ") + qsTr("Open \"The cat sat on the mat because it was tired\" in the Coreference head.")
                    font.pixelSize: Theme.fontSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "a1Open"
                    visible: !activity1.opened && !activity1.revealed
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Open it")
                    onClicked: root.open(activity1.sentence, "coreference")
                }
                Label {
                    width: parent.width
                    visible: activity1.opened || activity1.revealed
                    text: (activity1.selected || activity1.revealed ? "✓ " : "2. ") + qsTr("Select \"it\" — here or on the Explore page.")
                    font.pixelSize: Theme.fontSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                TokenPicker {
                    width: parent.width
                    visible: activity1.opened && !activity1.selected && !activity1.revealed
                    session: root.session
                }
                Label {
                    width: parent.width
                    visible: activity1.selected || activity1.revealed
                    text: "3. " + qsTr("Predict: which token will \"it\" attend to most? Tap your prediction.")
                    font.pixelSize: Theme.fontSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                TokenChoice {
                    width: parent.width
                    visible: activity1.selected || activity1.revealed
                    namePrefix: "a1Predict"
                    tokens: activity1.labels
                    marked: activity1.prediction
                    locked: activity1.revealed
                    correctIndex: activity1.revealed ? activity1.answer : -1
                    onChosen: index => activity1.prediction = index
                }
                Button {
                    objectName: "a1Reveal"
                    visible: activity1.selected && !activity1.revealed
                    enabled: activity1.prediction >= 0
                    implicitHeight: Theme.touchTarget
                    text: qsTr("4. Reveal what the model computes")
                    onClicked: {
                        activity1.revealed = true
                        progress.setAnswer("activity1", activity1.prediction)
                    }
                }
                Feedback {
                    objectName: "a1Feedback"
                    width: parent.width
                    visible: activity1.revealed
                    correct: activity1.prediction === activity1.answer
                    readonly property string answerText: activity1.labels[activity1.answer] ?? ""
                    //: %1 the model's token, %2 its weight in %
                    text: (correct ? qsTr("Right: the model's strongest link from \"it\" is \"%1\" (%2 %).").arg(answerText).arg(activity1.weightText(activity1.answer))
                                   //: %1 the student's token, %2 its weight in %, %3 the model's token, %4 its weight in %
                                   : qsTr("You predicted \"%1\" (%2 %); the model's strongest link from \"it\" is \"%3\" (%4 %).")
                                     .arg(activity1.labels[activity1.prediction] ?? "").arg(activity1.weightText(activity1.prediction))
                                     .arg(answerText).arg(activity1.weightText(activity1.answer)))
                          + " " + qsTr("Why: both \"cat\" and \"mat\" agree with \"it\" (singular, not human); the head prefers the subject, \"cat\". It knows grammar, not that mats cannot be tired.")
                }
                RowLayout {
                    visible: activity1.revealed
                    Button {
                        implicitHeight: Theme.touchTarget
                        text: qsTr("See the arcs in Explore")
                        onClicked: {
                            root.open(activity1.sentence, "coreference", "it")
                            root.navigate(0)
                        }
                    }
                    Button {
                        objectName: "a1Again"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Start again")
                        onClicked: {
                            activity1.prediction = -1
                            activity1.revealed = false
                            progress.setAnswer("activity1", -1)
                            root.open(activity1.sentence, "coreference")
                        }
                    }
                }
            }

            // Activity 2: find the strongest link of each pattern; every answer is checked against the model and
            // stated with the numbers of its own sentence and head.
            Card {
                id: activity2
                objectName: "activity2"
                Layout.fillWidth: true
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
                        readonly property list<string> labels: root.checks.labelsIn(modelData.sentence)
                        // qmllint enable type
                        readonly property int head: root.session.headNamed(modelData.head)
                        readonly property int fromIndex: root.checks.tokenIndex(modelData.sentence, modelData.from)
                        readonly property int correctIndex: root.checks.strongestTarget(modelData.sentence, head, fromIndex)
                        readonly property bool active: root.session.sentenceId === modelData.sentence
                        function weightText(to) {
                            return (root.checks.weightIn(modelData.sentence, head, fromIndex, to, 1, false) * 100).toFixed(1)
                        }
                        Component.onCompleted: answer = progress.answer("activity2/" + index)
                        Connections {
                            target: root
                            function onActivitiesCleared() { task.answer = -1 }
                        }
                        width: parent ? parent.width : 0
                        spacing: 4

                        RowLayout {
                            Layout.fillWidth: true
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
                                onClicked: root.open(task.modelData.sentence, task.modelData.head, task.modelData.from)
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
                                progress.setAnswer("activity2/" + task.index, index)
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

            // Activity 3: temperature, on "it" in the pronoun sentence's Coreference head (whatever is open).
            Card {
                id: activity3
                objectName: "activity3"
                readonly property string sentence: "pronoun-cat"
                property int answer: -1
                readonly property list<real> temperatures: [0.1, 1, 10]
                readonly property int from: root.checks.tokenIndex(sentence, "it")
                readonly property list<real> entropies: root.checks.entropiesIn(sentence, root.coreference, from, temperatures, false)
                // The temperature at which the row's entropy is lowest.
                readonly property int correctIndex: {
                    let best = 0
                    for (let i = 1; i < entropies.length; ++i)
                        if (entropies[i] < entropies[best])
                            best = i
                    return best
                }
                Component.onCompleted: answer = progress.answer("activity3")
                Layout.fillWidth: true
                title: qsTr("Activity 3 · The temperature experiment")

                Label {
                    width: parent.width
                    text: qsTr("With \"it\" selected in the pronoun sentence, move the temperature slider (on Explore or Inside the math) from 0.1 to 10 and watch the arcs and the entropy. At which temperature does \"it\" focus on a single token?")
                    font.pixelSize: Theme.fontSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "a3Open"
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Open the sentence with \"it\" selected")
                    onClicked: root.open(activity3.sentence, "coreference", "it")
                }
                Flow {
                    width: parent.width
                    spacing: 4
                    Repeater {
                        model: activity3.temperatures
                        delegate: Button {
                            required property real modelData
                            required property int index
                            objectName: "a3Choice" + index
                            implicitHeight: Theme.touchTarget
                            text: qsTr("T = %1").arg(modelData)
                            highlighted: activity3.answer === index
                            enabled: activity3.answer < 0
                            onClicked: {
                                activity3.answer = index
                                progress.setAnswer("activity3", index)
                            }
                        }
                    }
                }
                Feedback {
                    objectName: "a3Feedback"
                    width: parent.width
                    visible: activity3.answer >= 0
                    correct: activity3.answer === activity3.correctIndex
                    //: %1 entropy at T = 0.1, %2 at T = 10, in bits
                    text: (correct ? qsTr("Right.") : qsTr("Not quite.")) + " "
                          + qsTr("The entropy of \"it\"'s row is %1 bits at T = 0.1 and %2 bits at T = 10: dividing the scores by a small T stretches their differences, so the softmax puts nearly everything on the top token.")
                            .arg(Number(activity3.entropies[0]).toFixed(2)).arg(Number(activity3.entropies[2]).toFixed(2))
                }
            }

            // Activity 4: encoder vs decoder, on "it" → "tired" in the pronoun sentence.
            Card {
                id: activity4
                objectName: "activity4"
                readonly property string sentence: "pronoun-cat"
                property int answer: -1 // 0 yes, 1 no
                readonly property int it: root.checks.tokenIndex(sentence, "it")
                readonly property int tired: root.checks.tokenIndex(sentence, "tired")
                readonly property bool ready: root.session.causal && root.session.sentenceId === sentence
                // "Yes" if the computed weight from "it" to "tired" is above 0 with the causal mask.
                readonly property int correctIndex: root.checks.weightIn(sentence, root.coreference, it, tired, 1, true) > 0 ? 0 : 1
                function choose(choice) {
                    answer = choice
                    progress.setAnswer("activity4", choice)
                }
                Component.onCompleted: answer = progress.answer("activity4")
                Layout.fillWidth: true
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
                            root.open(activity4.sentence, "coreference", "it")
                            root.session.causal = true
                        }
                    }
                }
                Flow {
                    width: parent.width
                    spacing: 4
                    visible: activity4.ready || activity4.answer >= 0
                    Button {
                        objectName: "a4Yes"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Yes")
                        highlighted: activity4.answer === 0
                        enabled: activity4.answer < 0
                        onClicked: activity4.choose(0)
                    }
                    Button {
                        objectName: "a4No"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("No")
                        highlighted: activity4.answer === 1
                        enabled: activity4.answer < 0
                        onClicked: activity4.choose(1)
                    }
                }
                Feedback {
                    objectName: "a4Feedback"
                    width: parent.width
                    visible: activity4.answer >= 0
                    correct: activity4.answer === activity4.correctIndex
                    text: (correct ? qsTr("Right.") : qsTr("Look again at the heatmap: the cells right of the diagonal are hatched.")) + " "
                          + qsTr("With the mask, the score for every later token is −∞ and its weight is exactly 0, so \"it\" cannot use \"tired\". An encoder such as BERT has no such mask; a decoder such as GPT does.")
                }
                Button {
                    objectName: "resetActivities"
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Clear my activity answers")
                    onClicked: {
                        progress.forgetAnswers()
                        activity1.prediction = -1
                        activity1.revealed = false
                        activity3.answer = -1
                        activity4.answer = -1
                        root.activitiesCleared()
                    }
                }
            }

            Card {
                objectName: "discussion"
                Layout.fillWidth: true
                title: qsTr("Discussion questions")
                Repeater {
                    model: [
                        { question: qsTr("Why must \"it\" attend to \"cat\" for a model to continue the sentence correctly? What would go wrong if it attended to \"mat\"?"),
                          sentence: "pronoun-cat", head: "coreference", token: "it" },
                        { question: qsTr("How does attention handle long-range dependencies, such as a verb and its subject several words apart? Compare with reading one word at a time."),
                          sentence: "agreement-keys", head: "subject-verb", token: "were" },
                        { question: qsTr("What should happen when a pronoun has several valid referents? Try the trophy and the suitcase: what does a person use that this head lacks?"),
                          sentence: "winograd-small", head: "coreference", token: "it" }
                    ]
                    delegate: ColumnLayout {
                        id: discussion
                        required property var modelData
                        required property int index
                        width: parent ? parent.width : 0
                        Label {
                            Layout.fillWidth: true
                            text: (discussion.index + 1) + ". " + discussion.modelData.question
                            font.pixelSize: Theme.fontSize
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Button {
                            objectName: "discussionOpen" + discussion.index
                            implicitHeight: Theme.touchTarget
                            text: qsTr("Open this sentence in Explore")
                            onClicked: {
                                root.open(discussion.modelData.sentence, discussion.modelData.head, discussion.modelData.token)
                                root.navigate(0)
                            }
                        }
                    }
                }
            }

            QuizCard {
                Layout.fillWidth: true
                quiz: quiz
                session: root.session
            }
        }
    }
}
