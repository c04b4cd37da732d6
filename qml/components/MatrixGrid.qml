// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A small labelled matrix with every value written in its cell and shaded by size (orange positive, blue negative);
// the selected token's row and column are outlined. The table scrolls inside a fixed viewport, so only the visible
// cells exist however long the sentence. Required: model, title.
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
    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(root.cellHeight * (root.model.rows + 1) + 16, 340)
        clip: true

        HorizontalHeaderView {
            id: columnHeader
            x: rowHeader.width
            width: parent.width - x
            height: root.cellHeight
            syncView: table
            clip: true
            delegate: Label {
                required property int index
                text: root.model.headerData(index, Qt.Horizontal)
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.captionFontSize
                font.bold: index === root.model.highlightColumn
                color: index === root.model.highlightColumn ? Theme.accent : Theme.mutedText
            }
        }
        VerticalHeaderView {
            id: rowHeader
            y: columnHeader.height
            width: root.labelWidth
            height: parent.height - y
            syncView: table
            clip: true
            delegate: Label {
                required property int index
                text: root.model.headerData(index, Qt.Vertical)
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignRight
                verticalAlignment: Text.AlignVCenter
                rightPadding: 4
                font.pixelSize: Theme.smallFontSize
                font.bold: index === root.model.highlightRow
                color: index === root.model.highlightRow ? Theme.accent : Theme.text
            }
        }
        TableView {
            id: table
            x: rowHeader.width
            y: columnHeader.height
            width: parent.width - x
            height: parent.height - y
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.model
            columnWidthProvider: () => root.cellWidth
            rowHeightProvider: () => root.cellHeight
            ScrollBar.horizontal: ScrollBar { }
            ScrollBar.vertical: ScrollBar { }
            delegate: Rectangle {
                id: cell
                required property string display
                required property real value
                required property bool masked
                required property bool highlighted
                readonly property real strength: root.model.maxAbs > 0 ? Math.abs(value) / root.model.maxAbs : 0
                color: masked ? Theme.masked
                       : Qt.rgba((value >= 0 ? Theme.positiveCell : Theme.negativeCell).r,
                                 (value >= 0 ? Theme.positiveCell : Theme.negativeCell).g,
                                 (value >= 0 ? Theme.positiveCell : Theme.negativeCell).b,
                                 0.08 + (Theme.cellOpacity - 0.08) * strength)
                border.width: highlighted ? 2 : 0
                border.color: Theme.accent
                Label {
                    anchors.centerIn: parent
                    text: cell.display
                    font.pixelSize: Theme.captionFontSize
                    font.family: "monospace"
                    color: Theme.text
                }
            }
        }
    }
}
