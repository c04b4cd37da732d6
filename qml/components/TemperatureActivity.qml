// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Activity 3, the temperature experiment on the task's token in its sentence and head (whatever is open): at which
// temperature does the row focus on one token? Checked against the entropies the model computes. A delegate of
// LessonChecks.temperature; required: session and the task's roles.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Card {
    id: root
    objectName: "activity3"
    required property AttentionSession session
    required property string sentenceId
    required property int head
    required property string headId
    required property string headName
    required property int from
    required property string fromText
    required property list<real> temperatures
    /// The temperature (index) at which the row's entropy is lowest.
    required property int answer
    /// The learner's choice, or -1.
    property int choice: -1
    readonly property string key: "temperature/" + sentenceId + "/" + from
    readonly property list<real> entropies: root.session ? root.session.lessons.entropiesIn(sentenceId, head, from, temperatures, false) : []
    // the sharpest and the flattest temperature offered
    readonly property int sharpest: 0
    readonly property int flattest: temperatures.length - 1

    Component.onCompleted: choice = Preferences.answer(key)
    Connections {
        target: Preferences
        function onAnswersForgotten() { root.choice = -1 }
    }
    title: qsTr("Activity 3 · The temperature experiment")

    Label {
        width: parent.width
        text: qsTr("With \"%1\" selected in the %2 head, move the temperature slider (on Explore or Inside the math) from 0.1 to 10 and watch the arcs and the entropy. At which temperature does \"%1\" focus on a single token?").arg(root.fromText).arg(root.headName)
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "a3Open"
        implicitHeight: Theme.touchTarget
        text: qsTr("Open the sentence with \"%1\" selected").arg(root.fromText)
        onClicked: root.session.openLesson(root.sentenceId, root.headId, root.fromText)
    }
    Flow {
        width: parent.width
        spacing: 4
        Repeater {
            model: root.temperatures
            delegate: Button {
                required property real modelData
                required property int index
                objectName: "a3Choice" + index
                implicitHeight: Theme.touchTarget
                text: qsTr("T = %1").arg(modelData)
                highlighted: root.choice === index
                enabled: root.choice < 0
                onClicked: {
                    root.choice = index
                    Preferences.setAnswer(root.key, index)
                }
            }
        }
    }
    Feedback {
        objectName: "a3Feedback"
        width: parent.width
        visible: root.choice >= 0
        correct: root.choice === root.answer
        //: %1 the token, %2 its row's entropy at the first temperature %3, %4 at the last temperature %5, in bits
        text: (correct ? qsTr("Right.") : qsTr("Not quite.")) + " "
              + qsTr("The entropy of \"%1\"'s row is %2 bits at T = %3 and %4 bits at T = %5: dividing the scores by a small T stretches their differences, so the softmax puts nearly everything on the top token.")
                .arg(root.fromText)
                .arg(Theme.number(root.entropies[root.sharpest], 2)).arg(root.temperatures[root.sharpest])
                .arg(Theme.number(root.entropies[root.flattest], 2)).arg(root.temperatures[root.flattest])
    }
}
