// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Discussion questions, each with a button that opens its sentence in Explore. Required: session.
// Emits navigate(page).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Card {
    id: root
    objectName: "discussion"
    required property AttentionSession session

    /// Asks the window to show a page (0: Explore).
    signal navigate(int page)
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
                    root.session.openLesson(discussion.modelData.sentence, discussion.modelData.head, discussion.modelData.token)
                    root.navigate(0)
                }
            }
        }
    }
}
