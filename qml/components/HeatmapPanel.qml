// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The attention matrix as a heatmap (rows = from, columns = to) with token labels, a colour legend and the exact
// value of a cell on hover, tap, long-press or keyboard focus. Tapping a cell selects its row's token. Large
// matrices can be zoomed (buttons, pinch or Ctrl+wheel) and panned. Required: session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

FocusScope {
    id: root

    required property AttentionSession session
    readonly property AttentionMatrixModel matrix: session.matrix
    readonly property int n: matrix.size
    readonly property int legendHeight: 76
    /// The colour scale runs to each row's largest weight (the setting; the scale button changes it).
    readonly property bool rowScaled: Theme.rowScaled
    /// The cell whose value is shown (row, column), or -1.
    property int inspectRow: -1
    property int inspectColumn: -1
    property real zoom: 1

    readonly property real viewSize: Math.max(0, Math.min(width, height - legendHeight))
    readonly property real fontHeight: Theme.captionFontSize + 6
    /// The widest token label in pixels: the axes take as much room as the labels need, and no more.
    readonly property real labelWidth: {
        let longest = ""
        for (const label of session.labels)
            if (label.length > longest.length)
                longest = label
        return labelMetrics.advanceWidth(longest)
    }
    readonly property real rowLabelWidth: Math.min(110, viewSize * 0.22, labelWidth + 14)
    /// The grid fits beside the row labels and below the column labels at zoom 1.
    readonly property real fitSize: Math.max(0, viewSize - 8 - Math.max(rowLabelWidth, columnLabelHeight))
    readonly property real gridSize: fitSize * zoom
    readonly property real cell: n > 0 ? gridSize / n : 0
    /// Column labels are turned upright when the longest does not fit across its cell.
    readonly property bool rotateColumnLabels: n > 0 && (viewSize - rowLabelWidth) / n < labelWidth + 6
    readonly property real columnLabelHeight: rotateColumnLabels ? Math.min(90, Math.max(rowLabelWidth, labelWidth + 8)) : fontHeight + 4
    /// Show every k-th label when cells are smaller than the text.
    readonly property int labelStep: Math.max(1, Math.ceil(fontHeight / Math.max(1, cell)))

    /// Zooms by `factor` (1 to 4 in all) around the inspected cell, else the selected token's cell, else the centre.
    function zoomBy(factor) {
        const z = Math.max(1, Math.min(4, zoom * factor))
        if (z === zoom)
            return
        const r = inspectRow >= 0 ? inspectRow : session.selectedToken >= 0 ? session.selectedToken : (n - 1) / 2
        const c = inspectColumn >= 0 ? inspectColumn : session.selectedToken >= 0 ? session.selectedToken : (n - 1) / 2
        zoom = z
        const newCell = fitSize * z / Math.max(1, n)
        view.contentX = Math.max(0, Math.min(view.contentWidth - view.width, rowLabelWidth + (c + 0.5) * newCell - view.width / 2))
        view.contentY = Math.max(0, Math.min(view.contentHeight - view.height, columnLabelHeight + (r + 0.5) * newCell - view.height / 2))
    }
    FontMetrics {
        id: labelMetrics
        font.pixelSize: Theme.captionFontSize
        font.bold: true // the selected token's labels are bold
    }

    function inspect(row, column) {
        inspectRow = Math.max(-1, Math.min(n - 1, row))
        inspectColumn = Math.max(-1, Math.min(n - 1, column))
    }
    /// Cell (row, column): its tokens, whether the mask forbids it, and its weight; null outside the matrix.
    function cellAt(row, column) {
        if (row < 0 || column < 0 || row >= n || column >= n)
            return null
        const index = matrix.index(row, column)
        return { from: session.labels[row], to: session.labels[column],
                 masked: matrix.data(index, AttentionMatrixModel.MaskedRole),
                 weight: matrix.data(index, AttentionMatrixModel.WeightRole) }
    }
    function valueText(row, column) {
        const c = cellAt(row, column)
        if (!c)
            return ""
        if (c.masked)
            //: a masked heatmap cell: the row token may not attend to the column token
            return qsTr("'%1' → '%2': masked (may not attend)").arg(c.from).arg(c.to)
        return qsTr("'%1' → '%2': %3 %").arg(c.from).arg(c.to).arg(Theme.number(c.weight * 100, 2))
    }

    objectName: "heatmapPanel"
    activeFocusOnTab: true
    /// What a screen reader says for the cell under keyboard focus: both tokens, the weight, and where it is.
    function spokenCell(row, column) {
        const c = cellAt(row, column)
        if (!c)
            return ""
        if (c.masked)
            //: spoken for a masked heatmap cell: %1 and %2 tokens, %3 row number, %4 column number
            return qsTr("%1 may not attend to %2 (masked), row %3, column %4").arg(c.from).arg(c.to).arg(row + 1).arg(column + 1)
        //: spoken for a heatmap cell: %1 and %2 tokens, %3 the weight in percent, %4 row number, %5 column number
        return qsTr("%1 attends to %2: %3 %, row %4, column %5").arg(c.from).arg(c.to).arg(Theme.number(c.weight * 100, 1))
            .arg(row + 1).arg(column + 1)
    }

    Accessible.role: Accessible.Table
    // the cell under keyboard focus while there is one (a changed name is announced), else what the table is
    Accessible.name: inspectRow >= 0 && inspectColumn >= 0 ? spokenCell(inspectRow, inspectColumn)
                                                           : qsTr("Attention heatmap, rows attend to columns")
    Accessible.description: qsTr("Arrow keys move from cell to cell; Enter selects the row's token.")

    Connections {
        target: root.session
        function onSentenceChanged() { root.inspect(-1, -1); root.zoom = 1 }
    }

    Keys.onPressed: event => {
        const r = inspectRow < 0 ? Math.max(0, session.selectedToken) : inspectRow
        const c = inspectColumn < 0 ? 0 : inspectColumn
        if (event.key === Qt.Key_Left) inspect(r, Math.max(0, c - 1))
        else if (event.key === Qt.Key_Right) inspect(r, Math.min(n - 1, c + (inspectColumn < 0 ? 0 : 1)))
        else if (event.key === Qt.Key_Up) inspect(Math.max(0, r - 1), c)
        else if (event.key === Qt.Key_Down) inspect(Math.min(n - 1, r + (inspectRow < 0 ? 0 : 1)), c)
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space) session.selectedToken = r
        else if (event.key === Qt.Key_Escape) { inspect(-1, -1); session.selectedToken = -1 }
        else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) zoomBy(1.5)
        else if (event.key === Qt.Key_Minus) zoomBy(1 / 1.5)
        else return
        event.accepted = true
    }

    Rectangle {
        anchors.fill: view
        color: Theme.surface
        radius: Theme.radius
        border.width: root.activeFocus ? 3 : 1
        border.color: root.activeFocus ? Theme.focus : Theme.border
    }

    Flickable {
        id: view
        width: root.viewSize
        height: root.viewSize
        clip: true
        contentWidth: root.rowLabelWidth + root.gridSize + 8
        contentHeight: root.columnLabelHeight + root.gridSize + 8
        boundsBehavior: Flickable.StopAtBounds
        interactive: root.zoom > 1

        PinchHandler {
            id: pinch
            property real startZoom: 1
            target: null
            onActiveChanged: if (active) startZoom = root.zoom
            onActiveScaleChanged: if (active) root.zoom = Math.max(1, Math.min(4, startZoom * activeScale))
        }

        // Token labels along both axes (every k-th when cells are smaller than the text), one per row of the token
        // model, so a new sentence makes new labels even when it has as many tokens as the last one. The selected
        // token's labels are drawn once more on top, in the accent colour, so a selection change touches two items,
        // not 2n.
        Repeater {
            model: root.session.tokenModel
            delegate: HeatmapAxisLabel {
                required property int index
                objectName: "columnLabel" + index
                cell: root.cell
                rowLabelWidth: root.rowLabelWidth
                columnLabelHeight: root.columnLabelHeight
                rotated: root.rotateColumnLabels
                token: index
                column: true
                visible: index % root.labelStep === 0
            }
        }
        Repeater {
            model: root.session.tokenModel
            delegate: HeatmapAxisLabel {
                required property int index
                objectName: "rowLabel" + index
                cell: root.cell
                rowLabelWidth: root.rowLabelWidth
                columnLabelHeight: root.columnLabelHeight
                rotated: root.rotateColumnLabels
                token: index
                column: false
                visible: index % root.labelStep === 0
            }
        }
        HeatmapAxisLabel {
            objectName: "selectedColumnLabel"
            label: root.session.labels[token] ?? ""
            cell: root.cell
            rowLabelWidth: root.rowLabelWidth
            columnLabelHeight: root.columnLabelHeight
            rotated: root.rotateColumnLabels
            token: root.session.selectedToken
            column: true
            highlighted: true
            visible: token >= 0
        }
        HeatmapAxisLabel {
            objectName: "selectedRowLabel"
            label: root.session.labels[token] ?? ""
            cell: root.cell
            rowLabelWidth: root.rowLabelWidth
            columnLabelHeight: root.columnLabelHeight
            rotated: root.rotateColumnLabels
            token: root.session.selectedToken
            column: false
            highlighted: true
            visible: token >= 0
        }

        AttentionHeatmap {
            id: heatmap
            objectName: "heatmap"
            x: root.rowLabelWidth
            y: root.columnLabelHeight
            width: root.gridSize
            height: root.gridSize
            matrix: root.matrix
            colorMap: Theme.colorMap
            rowScaled: root.rowScaled
            selectedRow: root.session.selectedToken
            selectedColumn: root.session.selectedToken
            highlightColor: Theme.heatmapHighlight
            maskedColor: Theme.masked

            Rectangle {
                // the inspected cell
                visible: root.inspectRow >= 0 && root.inspectColumn >= 0
                x: root.inspectColumn * root.cell
                y: root.inspectRow * root.cell
                width: root.cell
                height: root.cell
                color: "transparent"
                border.width: 2
                border.color: Theme.focus
            }

            HoverHandler {
                id: hover
                onPointChanged: {
                    if (hovered)
                        root.inspect(heatmap.rowAt(point.position.y), heatmap.columnAt(point.position.x))
                }
            }
            TapHandler {
                objectName: "heatmapTap"
                onTapped: (eventPoint, button) => {
                    const r = heatmap.rowAt(eventPoint.position.y)
                    root.inspect(r, heatmap.columnAt(eventPoint.position.x))
                    root.session.selectedToken = r
                    root.forceActiveFocus()
                }
                onLongPressed: root.inspect(heatmap.rowAt(point.position.y), heatmap.columnAt(point.position.x))
            }
            ToolTip {
                visible: hover.hovered && root.inspectRow >= 0
                x: Math.min(heatmap.width - width, (root.inspectColumn + 1) * root.cell)
                y: Math.max(0, root.inspectRow * root.cell - height)
                text: root.valueText(root.inspectRow, root.inspectColumn)
            }
        }
    }

    ColumnLayout {
        y: root.viewSize + 4
        width: root.viewSize
        spacing: 0

        Label {
            objectName: "cellValue"
            Layout.fillWidth: true
            text: root.inspectRow >= 0 ? root.valueText(root.inspectRow, root.inspectColumn)
                                       //: the heatmap's readout before a cell is chosen; keep it short (one line of ~300 px)
                                       : qsTr("Row → column; rows sum to 100 %. Tap a cell.")
            font.pixelSize: Theme.smallFontSize
            font.bold: root.inspectRow >= 0
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("0 %")
                font.pixelSize: Theme.smallFontSize
                color: Theme.mutedText
            }
            Rectangle {
                objectName: "legend"
                Layout.fillWidth: true
                Layout.preferredHeight: 14
                radius: 2
                // (each stop names colorMap first, so it is re-read when the colour map changes)
                gradient: Gradient {
                    orientation: Gradient.Horizontal
                    GradientStop { position: 0.0; color: heatmap.colorMap, heatmap.colorFor(0.0) }
                    GradientStop { position: 0.25; color: heatmap.colorMap, heatmap.colorFor(0.25) }
                    GradientStop { position: 0.5; color: heatmap.colorMap, heatmap.colorFor(0.5) }
                    GradientStop { position: 0.75; color: heatmap.colorMap, heatmap.colorFor(0.75) }
                    GradientStop { position: 1.0; color: heatmap.colorMap, heatmap.colorFor(1.0) }
                }
            }
            // The top of the scale: 100 %, or each row's own largest weight.
            ToolButton {
                objectName: "scaleButton"
                implicitHeight: Theme.touchTarget
                checkable: true
                checked: root.rowScaled
                onToggled: Preferences.heatmapScale = checked ? "row" : "absolute"
                //: the colour scale's top: 100 % or each row's maximum
                text: root.rowScaled ? qsTr("row max") : qsTr("100 %")
                font.pixelSize: Theme.smallFontSize
                Accessible.name: root.rowScaled ? qsTr("Colour scale: 0 to each row's largest weight. Show 0 to 100 %")
                                                : qsTr("Colour scale: 0 to 100 %. Scale each row to its largest weight")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: Accessible.name
            }
            Rectangle {
                visible: root.session.causal
                Layout.preferredWidth: 14
                Layout.preferredHeight: 14
                color: Theme.masked
            }
            Label {
                visible: root.session.causal
                text: qsTr("masked")
                font.pixelSize: Theme.smallFontSize
                color: Theme.mutedText
            }
            Button {
                objectName: "zoomOut"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                text: "−"
                font.pixelSize: Theme.titleFontSize
                enabled: root.zoom > 1
                onClicked: root.zoomBy(1 / 1.5)
                Accessible.name: qsTr("Zoom out")
            }
            Button {
                objectName: "zoomIn"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                text: "+"
                font.pixelSize: Theme.titleFontSize
                enabled: root.zoom < 4
                onClicked: root.zoomBy(1.5)
                Accessible.name: qsTr("Zoom in")
            }
        }
    }
}
