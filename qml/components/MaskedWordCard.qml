// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a BERT masked-language model was trained to do: the five words it finds most likely for a [MASK] in a
// sentence the learner types, with their probabilities. Required: workspace (a ModelWorkspace whose model can
// fill a mask).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Card {
    id: root

    required property ModelWorkspace workspace
    /// The last answer: {"predictions": [{"token", "probability"}], "error": ""}.
    property var result: ({ predictions: [], error: "" })

    function predict() {
        root.result = root.workspace.fillMask(field.text)
    }

    objectName: "maskedWordCard"
    title: qsTr("What it was trained to do: guess the hidden word")

    Label {
        width: parent.width
        text: qsTr("During training, words were hidden as [MASK] and the model learned to guess them from the words around — its attention heads are whatever made that guessing easier. Type a sentence with [MASK] and see its five best guesses.")
        font.pixelSize: Theme.smallFontSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        TextField {
            id: field
            objectName: "maskedSentenceField"
            width: Math.min(parent.width, 460)
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontSize
            text: "The cat sat on the [MASK] ."
            maximumLength: 400
            Accessible.name: qsTr("Sentence with [MASK]")
            onAccepted: root.predict()
        }
        Button {
            objectName: "insertMaskButton"
            implicitHeight: Theme.touchTarget
            text: qsTr("Insert [MASK]")
            Accessible.name: text // (a description alone leaves the name empty in Qt 6.4)
            Accessible.description: qsTr("Puts [MASK] at the cursor, for keyboards without brackets.")
            onClicked: {
                field.insert(field.cursorPosition, "[MASK]")
                field.forceActiveFocus()
            }
        }
        Button {
            objectName: "predictButton"
            implicitHeight: Theme.touchTarget
            text: qsTr("Guess the word")
            highlighted: true
            onClicked: root.predict()
        }
    }
    Label {
        objectName: "maskedWordError"
        width: parent.width
        visible: text !== ""
        text: root.result.error
        font.pixelSize: Theme.fontSize
        color: Theme.accent
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.result.predictions
        delegate: RowLayout {
            id: prediction
            required property int index
            required property var modelData
            width: parent ? parent.width : 0
            spacing: Theme.spacing
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Guess %1: %2, %3").arg(index + 1).arg(modelData.token)
                             .arg(Theme.percent(modelData.probability, 1))
            Label {
                Layout.preferredWidth: Math.round(140 * Theme.textScale)
                text: (prediction.index + 1) + ". " + prediction.modelData.token
                font.pixelSize: Theme.fontSize
                font.bold: prediction.index === 0
                color: Theme.text
                elide: Text.ElideRight
            }
            Rectangle {
                Layout.preferredWidth: Math.max(2, (parent.width - 140 - 90 - 2 * Theme.spacing) * prediction.modelData.probability)
                Layout.preferredHeight: 18
                color: Theme.arc
                radius: 3
            }
            Label {
                Layout.fillWidth: true
                text: Theme.percent(prediction.modelData.probability, 1)
                font.pixelSize: Theme.smallFontSize
                color: Theme.text
            }
        }
    }
    Component.onCompleted: root.predict()
    Connections {
        target: root.workspace
        function onChanged() { if (root.workspace.canFillMask) root.predict() }
    }
}
