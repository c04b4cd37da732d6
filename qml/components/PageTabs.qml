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
    /// Room on each side of a tab's name (a phone's bottom bar gives the names nearly all of a quarter of the width:
    /// "Erkunden", "Apprendre" need it).
    property real namePadding: Theme.margin
    /// The bar marking the current tab is drawn on this edge: the one facing the page.
    property bool markerOnTop: false

    signal chosen(int index)

    /// The width the tabs take with `names` (full or short), `padding` around each name: each its own width, or,
    /// `even`, all as wide as the widest (a compact bar shares its width evenly).
    function widthOf(list, padding, even) {
        // (reading the font makes a binding that calls this depend on it: it is measured again when the font is set
        // or the text size changes)
        if (metrics.font.pixelSize <= 0)
            return 0
        let total = 0, widest = 0
        for (const name of list) {
            const w = Math.ceil(metrics.advanceWidth(name)) + 2 * padding
            total += w
            widest = Math.max(widest, w)
        }
        return even ? widest * list.length : total
    }
    /// The width these tabs need as they are set now.
    readonly property real neededWidth: compact ? widthOf(shortNames, namePadding, true) : widthOf(names, namePadding, false)

    FontMetrics {
        id: metrics
        font.pixelSize: Theme.fontSize
    }

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
            leftPadding: root.namePadding
            rightPadding: root.namePadding
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
