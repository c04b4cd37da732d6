// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contrast: every pair of colours the pages draw text or a state mark with meets WCAG AA, in both themes and in every
// state a control has (normal, highlighted, selected, focused; disabled controls are exempt by WCAG). The pairs
// list where each is used. Luminance and ratio follow WCAG 2.1's definitions, computed here from the sRGB values.
import QtQuick
import QtTest
import Attention.Core
import Attention.Ui

TestCase {
    id: root
    name: "Contrast"

    AttentionHeatmap {
        id: colourMap
    }

    function channel(c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(colour) {
        const c = Qt.color(colour)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function ratio(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    /// `top` drawn with opacity `alpha` over `bottom`, as the scene graph blends it.
    function over(top, alpha, bottom) {
        const t = Qt.color(top), b = Qt.color(bottom)
        return Qt.rgba(t.r * alpha + b.r * (1 - alpha), t.g * alpha + b.g * (1 - alpha), t.b * alpha + b.b * (1 - alpha), 1)
    }

    // [what, foreground, background, minimum]; 4.5 for text, 3 for large text and for marks that carry a state.
    function pairs() {
        const t = Theme
        const chipFull = Qt.tint(t.surface, Qt.rgba(Qt.color(t.arc).r, Qt.color(t.arc).g, Qt.color(t.arc).b, t.chipTint))
        return [
            ["body text on the window", t.text, t.background, 4.5],
            ["body text on cards and panels", t.text, t.surface, 4.5],
            ["text on buttons and the pattern card", t.text, t.surfaceRaised, 4.5],
            ["text of the highlighted menu entry, current tab and head", t.text, t.selection, 4.5],
            ["secondary text on the window", t.mutedText, t.background, 4.5],
            ["secondary text on cards", t.mutedText, t.surface, 4.5],
            ["secondary text on the pattern card", t.mutedText, t.surfaceRaised, 4.5],
            ["other tabs' names", t.mutedText, t.surface, 4.5],
            ["headings and errors in the accent colour on cards", t.accent, t.surface, 4.5],
            ["accent headings on the pattern card", t.accent, t.surfaceRaised, 4.5],
            ["accent hints on the window", t.accent, t.background, 4.5],
            ["accent text in a highlighted entry", t.accent, t.selection, 4.5],
            ["selected chip, highlighted buttons", t.textOnAccent, t.accent, 4.5],
            ["bar label inside a bar", t.textOnAccent, t.arc, 4.5],
            ["token text on the most tinted chip", t.text, chipFull, 4.5],
            ["text selection", t.textOnFocus, t.focus, 4.5],
            ["right-answer feedback", t.text, t.correctBackground, 4.5],
            ["wrong-answer feedback", t.text, t.wrongBackground, 4.5],
            ["tooltips", t.text, t.surface, 4.5],
            ["matrix cell text on the strongest positive cell", t.text, over(t.positiveCell, t.cellOpacity, t.surface), 4.5],
            ["matrix cell text on the strongest negative cell", t.text, over(t.negativeCell, t.cellOpacity, t.surface), 4.5],
            ["focus ring on cards", t.focus, t.surface, 3],
            ["focus ring on the window", t.focus, t.background, 3],
            ["focus ring on buttons", t.focus, t.surfaceRaised, 3],
            ["focus ring on the highlighted entry", t.focus, t.selection, 3],
            ["switch track and slider groove outline", t.outline, t.surface, 3],
            ["switch and field outlines on the window", t.outline, t.background, 3],
            ["current tab's bar", t.accent, t.selection, 3],
            ["the strongest chip's outline", t.arc, t.surface, 3],
            ["arcs on the window", t.arc, t.background, 3],
            ["right answer's outline", t.correctOutline, t.correctBackground, 3],
            ["selected heatmap row on the colour map's dark end", t.heatmapHighlight, colourMap.colorFor(0), 3],
            // (the item draws a dark line inside the row's outline: over(black, 220/255) on the bright end)
            ["selected row's inner line on the colour map's bright end", over("#000000", 220 / 255, colourMap.colorFor(1)), colourMap.colorFor(1), 3],
        ]
    }

    // The high-contrast theme meets AAA: 7:1 for text (where AA asks 4.5) and 4.5:1 for marks (where AA asks 3).
    function test_everyPairMeetsAA_data() {
        return [{ tag: "light", theme: "light", text: 4.5, marks: 3 }, { tag: "dark", theme: "dark", text: 4.5, marks: 3 },
                { tag: "high contrast (AAA)", theme: "contrast", text: 7, marks: 4.5 }]
    }

    function test_everyPairMeetsAA(data) {
        const was = Theme.themeOverride
        Theme.themeOverride = data.theme
        const failures = []
        for (const [what, fg, bg, minimum] of pairs()) {
            const r = ratio(fg, bg)
            const needed = minimum >= 4.5 ? data.text : data.marks
            if (r < needed)
                failures.push(what + ": " + r.toFixed(2) + ":1 (" + fg + " on " + bg + "), needs " + needed)
        }
        Theme.themeOverride = was
        compare(failures.join("\n"), "", failures.length + " pairs below AA")
    }

    function test_disabledTextStandsApart_data() {
        return [{ tag: "light", theme: "light" }, { tag: "dark", theme: "dark" }, { tag: "high contrast", theme: "contrast" }]
    }

    function test_disabledTextStandsApart(data) {
        // WCAG exempts disabled controls, but they must not look enabled: half the contrast of enabled text at most.
        const was = Theme.themeOverride
        Theme.themeOverride = data.theme
        const enabled = ratio(Theme.text, Theme.surfaceRaised), disabled = ratio(Theme.disabledText, Theme.surfaceRaised)
        Theme.themeOverride = was
        verify(disabled < enabled / 2, disabled.toFixed(2) + " vs " + enabled.toFixed(2))
    }

    function test_ratioMatchesWcagExamples() {
        // Known values: black on white is 21:1; #767676 on white is the lightest grey that passes AA (4.54:1).
        fuzzyCompare(ratio("#000000", "#ffffff"), 21, 0.01)
        fuzzyCompare(ratio("#767676", "#ffffff"), 4.54, 0.01)
        fuzzyCompare(ratio("#ffffff", "#ffffff"), 1, 0.0001)
    }
}
