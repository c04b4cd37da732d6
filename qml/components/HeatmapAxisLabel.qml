// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One token label on the heatmap's column axis (top, rotated when cells are narrow) or row axis (left).
// Required: label (the token's text as labels show it), token (index), column (true for the top axis), and the
// panel's geometry: cell, rowLabelWidth, columnLabelHeight, rotated.
import QtQuick
import QtQuick.Controls
import Attention.Ui

Label {
    id: root

    required property string label
    required property int token
    required property bool column
    required property real cell
    required property real rowLabelWidth
    required property real columnLabelHeight
    required property bool rotated
    property bool highlighted: false

    readonly property real centre: column ? rowLabelWidth + (token + 0.5) * cell : columnLabelHeight + (token + 0.5) * cell

    width: column ? (rotated ? columnLabelHeight - 4 : cell) : rowLabelWidth - 8
    x: column ? centre - width / 2 : 2 // (clear of the panel's outline, which the highlight would cover)
    y: column ? (rotated ? (columnLabelHeight - height) / 2 : columnLabelHeight - height - 2) : centre - height / 2
    rotation: column && rotated ? -90 : 0
    horizontalAlignment: column && !rotated ? Text.AlignHCenter : (column ? Text.AlignLeft : Text.AlignRight)
    elide: Text.ElideRight
    text: token >= 0 ? label : ""
    font.pixelSize: Theme.captionFontSize
    font.bold: highlighted
    color: highlighted ? Theme.accent : Theme.text
    background: Rectangle {
        visible: root.highlighted
        color: Theme.surface
    }
}
