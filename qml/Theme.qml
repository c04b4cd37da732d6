// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's colours, type sizes, spacing and layout breakpoints; every page reads them from here. Every text colour
// meets WCAG AA (4.5:1) on every surface it is drawn on, and every outline that marks a control or a state 3:1, in
// both themes (tests/qml/tst_contrast.qml checks each pair).
pragma Singleton
import QtQuick
import Attention.Core

QtObject {
    id: root

    /// "light" or "dark" for this window only (a screenshot, --theme), or "" for the user's choice (Preferences).
    property string themeOverride: ""
    readonly property bool dark: (themeOverride !== "" ? themeOverride : Preferences.theme) === "dark"
    /// "viridis" or "cividis": the heatmap's colour map.
    property string colorMap: "viridis"

    // Surfaces, from the window's background up.
    readonly property color background: dark ? "#121417" : "#f3f4f6"
    readonly property color surface: dark ? "#1e2227" : "#ffffff"
    readonly property color surfaceRaised: dark ? "#2a3037" : "#e9edf1"
    /// The chosen entry of a list or menu, and the current page tab.
    readonly property color selection: dark ? "#3d2f1c" : "#fde7d6"
    // Text.
    readonly property color text: dark ? "#eceff1" : "#1b1f23"
    readonly property color mutedText: dark ? "#b0bec5" : "#4f5b66"
    /// The text of a control that cannot be used now (WCAG exempts it; it must look unlike enabled text).
    readonly property color disabledText: dark ? "#69747d" : "#a3acb4"
    /// Headings and marks in the accent colour (also text: 4.5:1 on every surface).
    readonly property color accent: dark ? "#ffb74d" : "#b33d00"
    // (Not "onAccent": a name starting with "on" and a capital is read as a signal handler, and stays black.)
    readonly property color textOnAccent: dark ? "#1b1f23" : "#ffffff"
    readonly property color arc: dark ? "#ffb74d" : "#c84500"
    /// Hairlines between surfaces (decoration only).
    readonly property color border: dark ? "#3c464f" : "#c9d1d8"
    /// Outlines that show a control's extent or state (switch tracks, slider grooves, text fields): 3:1.
    readonly property color outline: dark ? "#8a98a4" : "#6f7b86"
    /// The keyboard focus ring: 3:1 against every surface.
    readonly property color focus: dark ? "#80d8ff" : "#0b57d0"
    readonly property color textOnFocus: dark ? "#10161b" : "#ffffff"
    /// The selected row and column on the heatmap: 3:1 against the colour map's dark and bright ends.
    readonly property color heatmapHighlight: dark ? "#ffffff" : "#ff6d00"
    /// Matrix tables tint a cell by its value's sign, up to cellOpacity at the largest magnitude.
    readonly property color positiveCell: "#e6730d"
    readonly property color negativeCell: "#2673d9"
    readonly property real cellOpacity: 0.62
    readonly property color masked: dark ? "#5f6b73" : "#b8c0c6"
    readonly property color correctBackground: dark ? "#1b3d20" : "#e8f5e9"
    readonly property color correctOutline: dark ? "#66bb6a" : "#2e7d32"
    readonly property color wrongBackground: dark ? "#45302a" : "#fff3e0"

    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int touchTarget: 48
    /// Body text.
    readonly property real fontSize: 16
    /// Secondary text (notes, hints, legends): still body text, so never below 15 px.
    readonly property real smallFontSize: 15
    /// Labels packed into a graphic (heatmap axes, arc percentages), where space is the limit.
    readonly property real captionFontSize: 13
    readonly property real titleFontSize: 20
    /// No motion: arcs appear grown (a setting for learners who need it, and for screenshots).
    property bool reducedMotion: false
    readonly property int animationMs: reducedMotion ? 0 : 450

    // Window widths at which the layout changes: phones show one panel above another, wider screens side by side.
    readonly property int phoneMaxWidth: 600
    readonly property int desktopMinWidth: 1200

    /// A share from 0 to 1 as a percentage in the user's locale: percent(0.356, 1) is "35.6 %" ("35,6 %" in German).
    /// A number in the language's format (German and French "0,57", English "0.57").
    function number(value: real, decimals: int): string {
        return Number(value).toLocaleString(Qt.locale(), "f", decimals)
    }
    function percent(share: real, decimals: int): string {
        return number(100 * share, decimals) + " %"
    }
}
