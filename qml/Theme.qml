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

    /// "light", "dark" or "contrast" for this window only (a screenshot, --theme), or "" for the user's choice
    /// (Preferences).
    property string themeOverride: ""
    readonly property string themeName: themeOverride !== "" ? themeOverride : Preferences.theme
    /// High contrast: white and yellow on black, every text pair at least 7:1 (WCAG AAA).
    readonly property bool highContrast: themeName === "contrast"
    /// A dark window (the dark and the high-contrast themes).
    readonly property bool dark: themeName === "dark" || highContrast
    /// The heatmap's colour map: "viridis", "cividis" or "greyscale" (Preferences).
    readonly property string colorMap: Preferences.colorMap
    /// The heatmap's colour scale runs to each row's largest weight instead of 100 % (Preferences).
    readonly property bool rowScaled: Preferences.heatmapScale === "row"
    /// For a projector: large text, thicker arcs, fewer controls (Preferences).
    readonly property bool presenter: Preferences.presenter

    /// The colour for the light, the dark or the high-contrast theme.
    function pick(light: color, darkColour: color, contrast: color): color {
        return highContrast ? contrast : dark ? darkColour : light
    }

    // Surfaces, from the window's background up.
    readonly property color background: pick("#f3f4f6", "#121417", "#000000")
    readonly property color surface: pick("#ffffff", "#1e2227", "#000000")
    readonly property color surfaceRaised: pick("#e9edf1", "#2a3037", "#1c1c1c")
    /// The chosen entry of a list or menu, and the current page tab.
    readonly property color selection: pick("#fde7d6", "#3d2f1c", "#2e2e00")
    // Text.
    readonly property color text: pick("#1b1f23", "#eceff1", "#ffffff")
    readonly property color mutedText: pick("#4f5b66", "#b0bec5", "#e6e6e6")
    /// The text of a control that cannot be used now (WCAG exempts it; it must look unlike enabled text).
    readonly property color disabledText: pick("#a3acb4", "#69747d", "#8c8c8c")
    /// Headings and marks in the accent colour (also text: 4.5:1 on every surface).
    readonly property color accent: pick("#b33d00", "#ffb74d", "#ffff00")
    // (Not "onAccent": a name starting with "on" and a capital is read as a signal handler, and stays black.)
    readonly property color textOnAccent: pick("#ffffff", "#1b1f23", "#000000")
    readonly property color arc: pick("#c84500", "#ffb74d", "#ffff00")
    /// Hairlines between surfaces (decoration only; in high contrast every edge shows).
    readonly property color border: pick("#c9d1d8", "#3c464f", "#ffffff")
    /// Outlines that show a control's extent or state (switch tracks, slider grooves, text fields): 3:1.
    readonly property color outline: pick("#6f7b86", "#8a98a4", "#ffffff")
    /// The keyboard focus ring: 3:1 against every surface.
    readonly property color focus: pick("#0b57d0", "#80d8ff", "#00ffff")
    readonly property color textOnFocus: pick("#ffffff", "#10161b", "#000000")
    /// The selected row and column on the heatmap: 3:1 against the colour map's dark and bright ends.
    readonly property color heatmapHighlight: pick("#ff6d00", "#ffffff", "#ffffff")
    /// Matrix tables tint a cell by its value's sign, up to cellOpacity at the largest magnitude.
    readonly property color positiveCell: "#e6730d"
    readonly property color negativeCell: "#2673d9"
    readonly property real cellOpacity: highContrast ? 0.45 : 0.62
    /// Token chips are tinted with the arc colour by how much the selected token attends to them, up to this much.
    readonly property real chipTint: highContrast ? 0.3 : 0.45
    readonly property color masked: pick("#b8c0c6", "#5f6b73", "#5c5c5c")
    readonly property color correctBackground: pick("#e8f5e9", "#1b3d20", "#002b00")
    readonly property color correctOutline: pick("#2e7d32", "#66bb6a", "#00ff00")
    readonly property color wrongBackground: pick("#fff3e0", "#45302a", "#3a0000")

    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int touchTarget: 48
    /// The text size: the user's (Preferences; Ctrl + and Ctrl −, 100–200 %), at least 140 % in presenter mode.
    readonly property real textScale: Math.max(Preferences.textScale, presenter ? 1.4 : 1)
    /// Body text.
    readonly property real fontSize: Math.round(16 * textScale)
    /// Secondary text (notes, hints, legends): still body text, so never below 15 px.
    readonly property real smallFontSize: Math.round(15 * textScale)
    /// Labels packed into a graphic (heatmap axes, arc percentages), where space is the limit.
    readonly property real captionFontSize: Math.round(13 * textScale)
    readonly property real titleFontSize: Math.round(20 * textScale)
    /// Arcs are drawn this many times thicker (twice in presenter mode, to be seen from the back of a room).
    readonly property real arcWidthScale: presenter ? 2 : 1
    /// No motion in this window (a screenshot is taken as soon as the window has settled).
    property bool reducedMotionOverride: false
    /// No motion: arcs appear grown (a setting for learners who need it, and for screenshots).
    readonly property bool reducedMotion: reducedMotionOverride || Preferences.reducedMotion
    readonly property int animationMs: reducedMotion ? 0 : 450

    // Window widths at which the layout changes: phones show one panel above another, wider screens side by side.
    readonly property int phoneMaxWidth: 600
    readonly property int desktopMinWidth: 1200

    /// A share from 0 to 1 as a percentage in the user's locale: percent(0.356, 1) is "35.6 %" ("35,6 %" in German).
    /// A number in the language's format (German and French "0,57", English "0.57").
    function number(value: real, decimals: int): string {
        return Number(value).toLocaleString(Qt.locale(Preferences.localeName), "f", decimals)
    }
    function percent(share: real, decimals: int): string {
        return number(100 * share, decimals) + " %"
    }
}
