// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's colours, type sizes, spacing and layout breakpoints; every page reads them from here.
pragma Singleton
import QtQuick

QtObject {
    id: root

    property bool dark: false

    readonly property color background: dark ? "#121417" : "#fafafa"
    readonly property color surface: dark ? "#1e2227" : "#ffffff"
    readonly property color text: dark ? "#eceff1" : "#1b1f23"
    readonly property color mutedText: dark ? "#b0bec5" : "#546e7a"
    readonly property color accent: dark ? "#ffb74d" : "#e65100"
    readonly property color border: dark ? "#37474f" : "#cfd8dc"

    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int touchTarget: 48
    readonly property real fontSize: 15
    readonly property real smallFontSize: 12
    readonly property real titleFontSize: 20

    // Window widths at which the layout changes.
    readonly property int phoneMaxWidth: 600
    readonly property int desktopMinWidth: 1200
}
