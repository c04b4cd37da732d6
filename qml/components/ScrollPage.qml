// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A page whose content is a column that scrolls vertically, inside the app's margins: the four pages are built on it.
// Children go into the column (a ColumnLayout); `column` and `flickable` are there for sizes that depend on them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Ui

Page {
    id: root

    default property alias content: column.data
    readonly property alias column: column
    readonly property alias flickable: flick

    background: null // the window paints the background once

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
        }
    }
}
