// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The page tabs, in the header on wide windows and at the bottom on phones: the current page is marked by a bar in
// the accent colour and a tinted background, keyboard focus by a ring; Tab, Space or Enter pick a page.
// Required: names (full page names), shortNames (for narrow tabs), page; emits chosen(index).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Attention.Ui

TabBar {
    id: root

    required property list<string> names
    required property list<string> shortNames
    required property int page
    /// Tabs share the width evenly and use the short names (a phone's bottom bar).
    property bool compact: false
    /// The bar marking the current tab is drawn on this edge: the one facing the page.
    property bool markerOnTop: false

    signal chosen(int index)

    currentIndex: page
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            visible: root.compact // in the header, the tool bar draws the line
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    Repeater {
        model: root.names
        delegate: TabButton {
            id: tab
            required property string modelData
            required property int index
            objectName: "pageTab" + index
            text: root.compact ? root.shortNames[index] : modelData
            // A compact bar shares its width evenly (the TabBar's own sizing); a wide one gives each tab its text's.
            Component.onCompleted: if (!root.compact) width = Qt.binding(() => implicitWidth)
            implicitHeight: Theme.touchTarget + (root.compact ? 8 : 0)
            // a phone's quarter of the width goes to the name ("Erkunden", "Apprendre" need it all)
            leftPadding: root.compact ? 4 : Theme.margin
            rightPadding: root.compact ? 4 : Theme.margin
            font.pixelSize: Theme.fontSize
            focusPolicy: Qt.StrongFocus
            Accessible.name: modelData
            onClicked: root.chosen(index)
            Keys.onReturnPressed: root.chosen(index)
            Keys.onEnterPressed: root.chosen(index)

            contentItem: Label {
                text: tab.text
                font: tab.font
                color: tab.checked ? Theme.text : Theme.mutedText
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                // a name that still does not fit (large text) is set smaller before it is cut short
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 12
                elide: Text.ElideRight
            }
            background: Rectangle {
                color: tab.checked ? Theme.selection : tab.hovered ? Theme.surfaceRaised : Theme.surface
                Rectangle {
                    visible: tab.checked
                    width: parent.width
                    height: 4
                    y: root.markerOnTop ? 0 : parent.height - height
                    color: Theme.accent
                }
                Rectangle {
                    visible: tab.visualFocus
                    anchors.fill: parent
                    anchors.margins: 2
                    color: "transparent"
                    radius: 4
                    border.width: 3
                    border.color: Theme.focus
                }
            }
        }
    }
}
