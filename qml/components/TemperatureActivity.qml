// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Activity 3, the temperature experiment on "it" in the pronoun sentence's Coreference head (whatever is open): at
// which temperature does the row focus on one token? Checked against the entropies the model computes.
// Required: session.
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
    readonly property int coreference: session.headNamed("coreference")

    function clear() {
        answer = -1
    }
    readonly property string sentence: "pronoun-cat"
    property int answer: -1
    readonly property list<real> temperatures: [0.1, 1, 10]
    readonly property int from: root.session.lessons.tokenIndex(sentence, "it")
    readonly property list<real> entropies: root.session.lessons.entropiesIn(sentence, root.coreference, from, temperatures, false)
    // The temperature at which the row's entropy is lowest.
    readonly property int correctIndex: root.session.lessons.sharpestOf(sentence, root.coreference, from, temperatures, false)
    Component.onCompleted: answer = Preferences.answer("activity3")
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
        onClicked: root.session.openLesson(root.sentence, "coreference", "it")
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
                highlighted: root.answer === index
                enabled: root.answer < 0
                onClicked: {
                    root.answer = index
                    Preferences.setAnswer("activity3", index)
                }
            }
        }
    }
    Feedback {
        objectName: "a3Feedback"
        width: parent.width
        visible: root.answer >= 0
        correct: root.answer === root.correctIndex
        //: %1 entropy at T = 0.1, %2 at T = 10, in bits
        text: (correct ? qsTr("Right.") : qsTr("Not quite.")) + " "
              + qsTr("The entropy of \"it\"'s row is %1 bits at T = 0.1 and %2 bits at T = 10: dividing the scores by a small T stretches their differences, so the softmax puts nearly everything on the top token.")
                .arg(Number(root.entropies[0]).toFixed(2)).arg(Number(root.entropies[2]).toFixed(2))
    }
}
