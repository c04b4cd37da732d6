// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Discussion questions (the lesson pack's "discussion" tasks), each with a button that opens its sentence in Explore.
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
        model: root.session.lessons.discussion
        delegate: ColumnLayout {
            id: discussion
            required property int index
            required property string question
            required property string sentenceId
            required property string headId
            required property string fromText
            width: parent ? parent.width : 0
            Label {
                Layout.fillWidth: true
                text: (discussion.index + 1) + ". " + discussion.question
                font.pixelSize: Theme.fontSize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "discussionOpen" + discussion.index
                implicitHeight: Theme.touchTarget
                text: qsTr("Open this sentence in Explore")
                onClicked: {
                    root.session.openLesson(discussion.sentenceId, discussion.headId, discussion.fromText)
                    root.navigate(0)
                }
            }
        }
    }
}
