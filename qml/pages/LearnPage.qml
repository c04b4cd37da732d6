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

ScrollPage {
    id: root

    required property AttentionSession session
    /// A teacher's quiz pack to use instead of the built-in quiz, or empty.
    property string quizPack: ""
    readonly property alias quiz: quiz

    /// Asks the window to show page `page` (0 Explore, 1 Inside the math, 2 All heads, 3 Learn).
    signal navigate(int page)

    objectName: "learnPage"

    Quiz {
        id: quiz
        workspace: root.session.workspace
        objectName: "quiz"
        Component.onCompleted: if (root.quizPack !== "") loadPack(root.quizPack)
    }

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

    // The activities are delegates over the lesson pack's tasks (session.lessons), each with its computed answer.
    Repeater {
        model: root.session.lessons.predict
        delegate: PredictActivity {
            Layout.fillWidth: true
            session: root.session
            onNavigate: page => root.navigate(page)
        }
    }
    PatternActivity {
        Layout.fillWidth: true
        visible: root.session.lessons.patterns.count > 0
        session: root.session
    }
    Repeater {
        model: root.session.lessons.temperature
        delegate: TemperatureActivity {
            Layout.fillWidth: true
            session: root.session
        }
    }
    Repeater {
        model: root.session.lessons.mask
        delegate: MaskActivity {
            Layout.fillWidth: true
            session: root.session
        }
    }
    CompareActivity {
        Layout.fillWidth: true
        session: root.session
    }
    Label {
        objectName: "activitiesNeedDesignedHeads"
        Layout.fillWidth: true
        visible: !root.session.namedDimensions
        text: qsTr("The activities and discussion questions are about the designed heads. Choose Model ▾ → Designed heads to do them; the quiz below is about attention in general.")
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "resetActivities"
        visible: root.session.namedDimensions
        Layout.maximumWidth: root.column.width // elided rather than wider than a phone at large text sizes
        implicitHeight: Theme.touchTarget
        text: qsTr("Clear my activity answers")
        onClicked: Preferences.forgetAnswers()
    }
    DiscussionCard {
        visible: root.session.lessons.discussion.count > 0
        Layout.fillWidth: true
        session: root.session
        onNavigate: page => root.navigate(page)
    }

    QuizCard {
        Layout.fillWidth: true
        quiz: quiz
        session: root.session
    }
}
