// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Learn: the objectives, guided activities that drive the live view and check answers against what the model
// computes, discussion questions that open their sentences, and the quiz. Required: session. Emits openExplore().
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
    readonly property int coreference: session.headNamed("coreference")

    signal openExplore()

    function open(sentence, head, token) {
        session.sentenceId = sentence
        session.headIndex = session.headNamed(head)
        session.selectedToken = token === undefined ? -1 : session.tokenIndex(sentence, token)
    }

    objectName: "learnPage"
    background: null

    Quiz {
        id: quiz
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

            // Activity 1: predict, then check against the model.
            Card {
                id: activity1
                objectName: "activity1"
                property int prediction: -1
                property bool revealed: false
                readonly property int itIndex: root.session.tokenIndex("pronoun-cat", "it")
                readonly property bool opened: root.session.sentenceId === "pronoun-cat" && root.session.headIndex === root.coreference
                readonly property bool selected: opened && root.session.selectedToken === itIndex
                readonly property int answer: root.session.strongestTarget("pronoun-cat", root.coreference, itIndex)
                Layout.fillWidth: true
                title: qsTr("Activity 1 · Pattern discovery")

                Label {
                    width: parent.width
                    text: (activity1.opened ? "✓ " : "1. ") + qsTr("Open \"The cat sat on the mat because it was tired\" in the Coreference head.")
                    font.pixelSize: Theme.fontSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "a1Open"
                    visible: !activity1.opened
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Open it")
                    onClicked: root.open("pronoun-cat", "coreference")
                }
                Label {
                    width: parent.width
                    visible: activity1.opened
                    text: (activity1.selected ? "✓ " : "2. ") + qsTr("Select \"it\" — here or on the Explore page.")
                    font.pixelSize: Theme.fontSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                TokenPicker {
                    width: parent.width
                    visible: activity1.opened && !activity1.selected
                    session: root.session
                }
                Label {
                    width: parent.width
                    visible: activity1.selected
                    text: "3. " + qsTr("Predict: which token will \"it\" attend to most? Tap your prediction.")
                    font.pixelSize: Theme.fontSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                TokenChoice {
                    width: parent.width
                    visible: activity1.selected
                    namePrefix: "a1Predict"
                    tokens: root.session.tokens
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
                    onClicked: activity1.revealed = true
                }
                Feedback {
                    objectName: "a1Feedback"
                    width: parent.width
                    visible: activity1.revealed
                    correct: activity1.prediction === activity1.answer
                    //: %1 the student's token, %2 the model's token, %3 its weight
                    readonly property string answerText: root.session.tokens[activity1.answer] ?? ""
                    readonly property string weightText: activity1.selected
                                                          ? ((root.session.selectedWeights[activity1.answer] ?? 0) * 100).toFixed(1) : "—"
                    //: %1 the model's token, %2 its weight in %
                    text: (correct ? qsTr("Right: the model's strongest link from \"it\" is \"%1\" (%2 %).").arg(answerText).arg(weightText)
                                   //: %1 the student's token, %2 the model's token, %3 its weight in %
                                   : qsTr("You predicted \"%1\"; the model's strongest link from \"it\" is \"%2\" (%3 %).")
                                     .arg(root.session.tokens[activity1.prediction] ?? "").arg(answerText).arg(weightText))
                          + " " + qsTr("Why: both \"cat\" and \"mat\" agree with \"it\" (singular, not human); the head prefers the subject, \"cat\". It knows grammar, not that mats cannot be tired.")
                }
                RowLayout {
                    visible: activity1.revealed
                    Button {
                        implicitHeight: Theme.touchTarget
                        text: qsTr("See the arcs in Explore")
                        onClicked: root.openExplore()
                    }
                    Button {
                        objectName: "a1Again"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Start again")
                        onClicked: {
                            activity1.prediction = -1
                            activity1.revealed = false
                            root.session.selectedToken = -1
                        }
                    }
                }
            }

            // Activity 2: find the strongest link of each pattern; every answer is checked against the model.
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
                        readonly property int fromIndex: root.session.tokenIndex(modelData.sentence, modelData.from)
                        readonly property int correctIndex: root.session.strongestTarget(modelData.sentence,
                                                                                         root.session.headNamed(modelData.head), fromIndex)
                        readonly property bool active: root.session.sentenceId === modelData.sentence
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
                            visible: task.active
                            namePrefix: "a2Choice" + task.index + "_"
                            tokens: root.session.tokens
                            marked: task.answer
                            locked: task.answer >= 0
                            correctIndex: task.answer >= 0 ? task.correctIndex : -1
                            onChosen: index => task.answer = index
                        }
                        Feedback {
                            objectName: "a2Feedback" + task.index
                            Layout.fillWidth: true
                            visible: task.answer >= 0
                            correct: task.answer === task.correctIndex
                            text: correct ? qsTr("Right.") : qsTr("The model's strongest link is another token (marked ✓). Look at the heatmap row to see how close your choice was.")
                        }
                    }
                }
            }

            // Activity 3: temperature.
            Card {
                id: activity3
                objectName: "activity3"
                property int answer: -1
                readonly property list<real> temperatures: [0.1, 1, 10]
                readonly property int from: root.session.tokenIndex(root.session.sentenceId, "it")
                property int correctIndex: -1
                // The temperature at which the row's entropy is lowest, computed by the model when the student answers.
                function check(choice) {
                    let best = 0
                    for (let i = 1; i < temperatures.length; ++i)
                        if (root.session.rowEntropy(from, temperatures[i]) < root.session.rowEntropy(from, temperatures[best]))
                            best = i
                    correctIndex = best
                    answer = choice
                }
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
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Open the sentence with \"it\" selected")
                    onClicked: root.open("pronoun-cat", "coreference", "it")
                }
                Flow {
                    width: parent.width
                    spacing: 4
                    visible: activity3.from >= 0
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
                            onClicked: activity3.check(index)
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
                            .arg(root.session.rowEntropy(Math.max(0, activity3.from), 0.1).toFixed(2))
                            .arg(root.session.rowEntropy(Math.max(0, activity3.from), 10).toFixed(2))
                }
            }

            // Activity 4: encoder vs decoder.
            Card {
                id: activity4
                objectName: "activity4"
                property int answer: -1 // 0 yes, 1 no
                readonly property int it: root.session.tokenIndex(root.session.sentenceId, "it")
                readonly property int tired: root.session.tokenIndex(root.session.sentenceId, "tired")
                readonly property bool ready: root.session.causal && it >= 0 && tired >= 0
                property int correctIndex: -1
                // "Yes" if the computed weight from "it" to "tired" is above 0 with the current settings.
                function check(choice) {
                    correctIndex = root.session.matrix.weight(it, tired) > 0 ? 0 : 1
                    answer = choice
                }
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
                            root.open("pronoun-cat", "coreference", "it")
                            root.session.causal = true
                        }
                    }
                }
                Flow {
                    width: parent.width
                    spacing: 4
                    visible: activity4.ready
                    Button {
                        objectName: "a4Yes"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Yes")
                        highlighted: activity4.answer === 0
                        enabled: activity4.answer < 0
                        onClicked: activity4.check(0)
                    }
                    Button {
                        objectName: "a4No"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("No")
                        highlighted: activity4.answer === 1
                        enabled: activity4.answer < 0
                        onClicked: activity4.check(1)
                    }
                }
                Feedback {
                    objectName: "a4Feedback"
                    width: parent.width
                    visible: activity4.answer >= 0 && activity4.ready
                    correct: activity4.answer === activity4.correctIndex
                    text: (correct ? qsTr("Right.") : qsTr("Look again at the heatmap: the cells right of the diagonal are hatched.")) + " "
                          + qsTr("With the mask, the score for every later token is −∞ and its weight is exactly 0, so \"it\" cannot use \"tired\". An encoder such as BERT has no such mask; a decoder such as GPT does.")
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
                                root.openExplore()
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
