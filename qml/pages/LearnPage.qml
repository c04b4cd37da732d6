// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Learn: the objectives, guided activities that drive the live view and check answers against what the model
// computes, discussion questions that open their sentences, and the quiz. Required: session. Emits navigate(page).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
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

    /// Writes the teacher's handout (lesson plan, matrix explanation, patterns) as a PDF and says where, or why not.
    function saveLessonPlan(path: string) {
        const error = Exporter.saveLessonPlan(root.session, path, Exporter.defaultPaper)
        //: %1 the file
        lessonPlanSaved.text = error === "" ? qsTr("Saved as %1").arg(path) : error
    }

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

    // How to read the matrix, and the patterns the curated sentences show (each link computed and tested); the same
    // text is in the teacher's handout. (Preferences.localeName: read again in another language.)
    RichTextCard {
        objectName: "matrixExplanation"
        Layout.fillWidth: true
        title: qsTr("Reading the attention matrix")
        html: Preferences.localeName, Exporter.matrixExplanation().replace(/<h2>.*<\/h2>/, "")
    }
    RichTextCard {
        objectName: "patternTable"
        Layout.fillWidth: true
        title: qsTr("Attention patterns")
        html: Preferences.localeName, root.session.workspace.packTitle, Exporter.patternTable(root.session, root.width < Theme.phoneMaxWidth).replace(/<h2>.*<\/h2>/, "")
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

    Card {
        id: lessonPlan
        objectName: "lessonPlanCard"
        property bool shown: false
        Layout.fillWidth: true
        title: qsTr("For teachers: a 45-minute lesson plan")
        Label {
            width: parent.width
            text: qsTr("Timing, what to project, what students do on tablets, prerequisites and common misconceptions — with how to read the matrix and the table of patterns, as a handout to print.")
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Flow {
            width: parent.width
            spacing: Theme.spacing
            Button {
                objectName: "showLessonPlan"
                implicitHeight: Theme.touchTarget
                text: lessonPlan.shown ? qsTr("Hide the plan") : qsTr("Show the plan")
                onClicked: lessonPlan.shown = !lessonPlan.shown
            }
            Button {
                objectName: "saveLessonPlan"
                implicitHeight: Theme.touchTarget
                text: qsTr("Save the handout (PDF)…")
                onClicked: lessonPlanDialog.open()
            }
        }
        Label {
            id: lessonPlanSaved
            objectName: "lessonPlanSaved"
            width: parent.width
            visible: text !== ""
            wrapMode: Text.WrapAnywhere
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
        }
        Label {
            objectName: "lessonPlanText"
            width: parent.width
            visible: lessonPlan.shown
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            text: lessonPlan.shown ? (Preferences.localeName, "<style>table, th, td { border-color: " + Theme.mutedText + "; } h1, h2 { color: " + Theme.accent + "; }</style>" + Exporter.lessonPlan()) : ""
            color: Theme.text
        }
        FileDialog {
            id: lessonPlanDialog
            fileMode: FileDialog.SaveFile
            defaultSuffix: "pdf"
            title: qsTr("Save the lesson plan")
            nameFilters: [qsTr("PDF documents (*.pdf)")]
            onAccepted: root.saveLessonPlan(decodeURIComponent(String(selectedFile).replace(/^file:\/\//, "")))
        }
    }

    QuizCard {
        Layout.fillWidth: true
        quiz: quiz
        session: root.session
    }
}
