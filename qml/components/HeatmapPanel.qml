// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The attention heatmap with its row (from) and column (to) token labels. Required: matrix, selectedToken.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Attention.Core
import Attention.Ui

Item {
    id: root

    required property AttentionMatrixModel matrix
    required property int selectedToken

    readonly property int labelWidth: Math.min(120, width * 0.25)
    readonly property int labelHeight: 28
    readonly property real gridSize: Math.max(0, Math.min(width - labelWidth, height - labelHeight))

    Repeater {
        model: root.matrix ? root.matrix.size : 0
        delegate: Label {
            required property int index
            x: root.labelWidth + (index + 0.5) * heatmap.width / root.matrix.size - width / 2
            y: root.labelHeight - height - 4
            text: root.matrix.headerData(index, Qt.Horizontal)
            color: index === root.selectedToken ? Theme.accent : Theme.text
            font.pixelSize: Theme.smallFontSize
        }
    }
    Repeater {
        model: root.matrix ? root.matrix.size : 0
        delegate: Label {
            required property int index
            width: root.labelWidth - 6
            y: root.labelHeight + (index + 0.5) * heatmap.height / root.matrix.size - height / 2
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideRight
            text: root.matrix.headerData(index, Qt.Vertical)
            color: index === root.selectedToken ? Theme.accent : Theme.text
            font.pixelSize: Theme.smallFontSize
        }
    }

    AttentionHeatmap {
        id: heatmap
        objectName: "heatmap"
        x: root.labelWidth
        y: root.labelHeight
        width: root.gridSize
        height: root.gridSize
        matrix: root.matrix
        selectedRow: root.selectedToken
        selectedColumn: -1
    }
}
