// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// All heads: every head's heatmap for the current sentence side by side, plus their average, each with its name and
// what it looks for. Tapping one opens it in Explore (signal openInExplore). Required: session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Page {
    id: root

    required property AttentionSession session
    // two columns on a phone, a 3×2 grid on a tablet, one row on a desktop
    readonly property int columns: width < Theme.phoneMaxWidth ? 2 : (width < Theme.desktopMinWidth ? 3 : 6)

    signal openInExplore()

    objectName: "headsPage"
    background: null

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

            Label {
                Layout.fillWidth: true
                text: qsTr("All heads: each head looks for a different relation in \"%1\". Tap one to explore it.").arg(root.session.text)
                font.pixelSize: Theme.titleFontSize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            SentenceMenu {
                Layout.preferredWidth: Math.min(420, column.width)
                session: root.session
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.columns
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                Repeater {
                    model: root.session.headNames.length + 1
                    delegate: AbstractButton {
                        id: card
                        required property int index
                        readonly property bool average: index === root.session.headNames.length
                        readonly property int head: average ? -1 : index

                        objectName: "headCard" + index
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        implicitHeight: implicitContentHeight + topPadding + bottomPadding
                        Accessible.role: Accessible.Button
                        Accessible.name: card.average ? qsTr("All heads (average)") : root.session.headNames[card.index]
                        Accessible.description: card.average ? qsTr("The mean of every head's weights.") : root.session.headDescriptions[card.index]
                        onClicked: {
                            root.session.headIndex = card.head
                            root.openInExplore()
                        }

                        background: Rectangle {
                            color: card.head === root.session.headIndex ? Theme.surfaceRaised : Theme.surface
                            radius: Theme.radius
                            border.width: card.activeFocus ? 3 : (card.head === root.session.headIndex ? 2 : 1)
                            border.color: card.activeFocus ? Theme.focus : (card.head === root.session.headIndex ? Theme.accent : Theme.border)
                        }
                        contentItem: ColumnLayout {
                            spacing: 4
                            Label {
                                Layout.fillWidth: true
                                text: card.Accessible.name
                                font.pixelSize: Theme.fontSize
                                font.bold: true
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            AttentionHeatmap {
                                Layout.fillWidth: true
                                Layout.preferredHeight: width
                                matrix: root.session.headMatrix(card.index)
                                palette: Theme.palette
                                selectedRow: root.session.selectedToken
                                selectedColumn: -1
                                maskedColor: Theme.masked
                            }
                            Label {
                                Layout.fillWidth: true
                                text: card.Accessible.description
                                font.pixelSize: Theme.smallFontSize
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                                maximumLineCount: 4
                                elide: Text.ElideRight
                            }
                        }
                        padding: Theme.spacing
                    }
                }
            }
        }
    }
}
