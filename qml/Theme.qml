// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's colours, type sizes, spacing and layout breakpoints; every page reads them from here.
pragma Singleton
import QtQuick

QtObject {
    id: root

    property bool dark: false
    /// "viridis" or "cividis": the heatmap's colour map.
    property string palette: "viridis"

    readonly property color background: dark ? "#121417" : "#f5f6f8"
    readonly property color surface: dark ? "#1e2227" : "#ffffff"
    readonly property color surfaceRaised: dark ? "#262b31" : "#eef1f4"
    readonly property color text: dark ? "#eceff1" : "#1b1f23"
    readonly property color mutedText: dark ? "#b0bec5" : "#4f5b66"
    readonly property color accent: dark ? "#ffb74d" : "#c84500"
    readonly property color onAccent: dark ? "#1b1f23" : "#ffffff"
    readonly property color arc: dark ? "#ffb74d" : "#c84500"
    readonly property color border: dark ? "#3c464f" : "#c9d1d8"
    readonly property color focus: dark ? "#80d8ff" : "#0b57d0"
    readonly property color masked: dark ? "#5f6b73" : "#b8c0c6"

    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int touchTarget: 48
    readonly property real fontSize: 16
    readonly property real smallFontSize: 13
    readonly property real titleFontSize: 20
    readonly property int animationMs: 450

    // Window widths at which the layout changes: phones show one panel above another, wider screens side by side.
    readonly property int phoneMaxWidth: 600
    readonly property int desktopMinWidth: 1200
}
