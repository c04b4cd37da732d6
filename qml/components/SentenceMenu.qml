// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sentence menu: curated sentences grouped by pattern, the sentences typed this session, and "Your own
// sentence…", which analyses typed text and explains any limit. Required: session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Button {
    id: root

    required property AttentionSession session
    readonly property alias popup: menu

    objectName: "sentenceMenuButton"
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontSize
    text: root.session.text
    Accessible.name: qsTr("Choose a sentence")
    Accessible.description: root.session.text
    contentItem: Label {
        text: "☰  " + root.text
        font: root.font
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
        color: Theme.text
    }
    ToolTip.visible: hovered
    ToolTip.delay: 600
    ToolTip.text: root.session.custom ? root.session.text : root.session.title + ": " + root.session.text
    onClicked: menu.open()
    Keys.onReturnPressed: menu.open()
    Keys.onEnterPressed: menu.open()

    Popup {
        id: menu
        objectName: "sentenceMenu"
        parent: Overlay.overlay
        x: Math.round((parent.width - width) / 2)
        y: Math.round((parent.height - height) / 2)
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        height: Math.min(parent.height - 2 * Theme.margin, 640)
        modal: true
        focus: true
        onOpened: list.positionViewAtIndex(list.currentIndex, ListView.Center)
        padding: 0
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                text: qsTr("Choose a sentence")
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                color: Theme.text
            }

            ListView {
                id: list
                objectName: "sentenceList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.session.sentences
                currentIndex: root.session.sentences.indexOf(root.session.sentenceId)
                keyNavigationEnabled: true
                focus: true
                highlightMoveDuration: 0
                // Arrows move the highlight; Enter, Space or keypad Enter open the highlighted sentence.
                function choose() {
                    if (currentIndex >= 0) {
                        root.session.sentenceId = root.session.sentences.idAt(currentIndex)
                        menu.close()
                    }
                }
                Keys.onReturnPressed: choose()
                Keys.onEnterPressed: choose()
                Keys.onSpacePressed: choose()
                ScrollBar.vertical: ScrollBar { }
                delegate: Column {
                    id: entry
                    required property int index
                    required property string sentenceId
                    required property string title
                    required property string sentenceText
                    required property string pattern
                    required property bool custom
                    required property bool sectionStart
                    width: ListView.view.width

                    Label {
                        visible: entry.sectionStart
                        width: parent.width
                        topPadding: Theme.margin
                        leftPadding: Theme.margin
                        bottomPadding: 4
                        text: entry.custom ? qsTr("Your sentences") : entry.pattern
                        font.pixelSize: Theme.smallFontSize
                        font.bold: true
                        font.capitalization: Font.AllUppercase
                        color: Theme.accent
                    }
                    ItemDelegate {
                        id: entryButton
                        objectName: "sentence-" + entry.sentenceId
                        width: parent.width
                        implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                        highlighted: entry.ListView.isCurrentItem
                        focusPolicy: Qt.NoFocus // the list holds the focus and moves the highlight
                        Accessible.name: entry.title + ". " + entry.sentenceText
                        background: Rectangle {
                            color: entry.ListView.isCurrentItem ? Theme.selection : entryButton.hovered ? Theme.surfaceRaised : Theme.surface
                            Rectangle {
                                visible: entry.ListView.isCurrentItem
                                width: 4
                                height: parent.height
                                color: Theme.accent
                            }
                            Rectangle {
                                visible: entry.ListView.isCurrentItem && list.activeFocus
                                anchors.fill: parent
                                anchors.margins: 2
                                color: "transparent"
                                radius: 4
                                border.width: 3
                                border.color: Theme.focus
                            }
                        }
                        contentItem: ColumnLayout {
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: entry.title
                                font.pixelSize: Theme.fontSize
                                font.bold: entry.ListView.isCurrentItem
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: !entry.custom
                                text: entry.sentenceText
                                font.pixelSize: Theme.smallFontSize
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }
                        }
                        onClicked: {
                            root.session.sentenceId = entry.sentenceId
                            menu.close()
                        }
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 1
                color: Theme.border
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                spacing: Theme.spacing

                Label {
                    text: qsTr("Your own sentence…")
                    font.pixelSize: Theme.fontSize
                    font.bold: true
                    color: Theme.text
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: ownText
                        objectName: "ownSentenceField"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontSize
                        placeholderText: qsTr("Type a sentence, e.g. The dog chased the ball because it was bored")
                        maximumLength: root.session.maxTextLength
                        Accessible.name: qsTr("Your own sentence")
                        onAccepted: useButton.clicked()
                    }
                    Button {
                        id: useButton
                        objectName: "useOwnSentence"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Show")
                        enabled: ownText.text.trim().length > 0
                        onClicked: {
                            const problem = root.session.useText(ownText.text)
                            ownError.text = problem === "" ? "" : qsTr("This text cannot be shown: %1.").arg(problem)
                            if (problem === "") {
                                ownText.clear()
                                menu.close()
                            }
                        }
                    }
                }
                Label {
                    id: ownError
                    objectName: "ownSentenceError"
                    Layout.fillWidth: true
                    visible: text !== ""
                    color: Theme.accent
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    //: %1 and %2 are numbers
                    text: (root.session.namedDimensions
                           ? qsTr("Up to %1 characters and %2 tokens. Words are looked up in a built-in lexicon; unknown words are guessed from their endings.")
                           //: %1 and %2 are numbers
                           : qsTr("Up to %1 characters and %2 tokens; the model's own tokenizer splits words into sub-words it knows."))
                          .arg(root.session.maxTextLength).arg(root.session.maxTokens)
                    font.pixelSize: Theme.smallFontSize
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
