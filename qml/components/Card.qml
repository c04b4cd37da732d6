// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A titled card for lesson content; its children are stacked in a column (a positioner, not a Layout: children
// such as Flows change height with width, which makes Layouts loop). Children set width: parent.width. Required: title.
import QtQuick
import QtQuick.Controls
import Attention.Ui

Rectangle {
    id: root

    required property string title
    default property alias content: body.data

    implicitHeight: layout.implicitHeight + 2 * Theme.margin
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    Column {
        id: layout
        x: Theme.margin
        y: Theme.margin
        width: root.width - 2 * Theme.margin
        spacing: Theme.spacing

        Label {
            width: parent.width
            text: root.title
            font.pixelSize: Theme.fontSize + 2
            font.bold: true
            color: Theme.accent
            wrapMode: Text.Wrap
        }
        Column {
            id: body
            width: parent.width
            spacing: Theme.spacing
        }
    }
}
