// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A small labelled matrix with every value written in its cell and shaded by size (orange positive, blue negative);
// the selected token's row and column are outlined. Scrolls when larger than the space. Required: model, title.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

ColumnLayout {
    id: root

    required property MatrixTableModel model
    required property string title
    property int cellWidth: 52
    property int cellHeight: 26
    property int labelWidth: 80

    spacing: 4

    Label {
        Layout.fillWidth: true
        text: root.title
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Flickable {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(root.cellHeight * (root.model.rows + 1) + 4, 320)
        contentWidth: root.labelWidth + root.cellWidth * root.model.columns
        contentHeight: root.cellHeight * (root.model.rows + 1)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.horizontal: ScrollBar { }
        ScrollBar.vertical: ScrollBar { }

        Row {
            x: root.labelWidth
            Repeater {
                model: root.model.columns
                delegate: Label {
                    required property int index
                    width: root.cellWidth
                    height: root.cellHeight
                    text: root.model.headerData(index, Qt.Horizontal)
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.smallFontSize - 2
                    font.bold: index === root.model.highlightColumn
                    color: index === root.model.highlightColumn ? Theme.accent : Theme.mutedText
                    ToolTip.visible: columnHover.hovered && truncated
                    ToolTip.text: text
                    HoverHandler { id: columnHover }
                }
            }
        }
        Column {
            y: root.cellHeight
            Repeater {
                model: root.model.rows
                delegate: Label {
                    required property int index
                    width: root.labelWidth - 4
                    height: root.cellHeight
                    text: root.model.headerData(index, Qt.Vertical)
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignRight
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.smallFontSize
                    font.bold: index === root.model.highlightRow
                    color: index === root.model.highlightRow ? Theme.accent : Theme.text
                }
            }
        }
        TableView {
            x: root.labelWidth
            y: root.cellHeight
            width: root.cellWidth * root.model.columns
            height: root.cellHeight * root.model.rows
            interactive: false
            model: root.model
            columnWidthProvider: () => root.cellWidth
            rowHeightProvider: () => root.cellHeight
            delegate: Rectangle {
                id: cell
                required property string display
                required property real value
                required property bool masked
                required property bool highlighted
                readonly property real strength: root.model.maxAbs > 0 ? Math.abs(value) / root.model.maxAbs : 0
                color: masked ? Theme.masked
                       : value >= 0 ? Qt.rgba(0.90, 0.45, 0.05, 0.08 + 0.6 * strength)
                                    : Qt.rgba(0.15, 0.45, 0.85, 0.08 + 0.6 * strength)
                border.width: highlighted ? 2 : 0
                border.color: Theme.accent
                Label {
                    anchors.centerIn: parent
                    text: cell.display
                    font.pixelSize: Theme.smallFontSize - 2
                    font.family: "monospace"
                    color: Theme.text
                }
            }
        }
    }
}
