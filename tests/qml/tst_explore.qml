// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Explore, used the way a learner uses it: pick a sentence from the menu, tap tokens and heatmap cells, switch heads,
// type a sentence — by mouse, touch-sized clicks and keyboard — on a desktop-sized and a phone-sized window.
import QtQuick
import QtTest
import Attention.Core
import Attention.Ui

TestCase {
    id: root
    name: "Explore"
    when: windowShown

    property var window: null
    property AttentionSession session: null

    function init() {
        failOnWarning(/.*/)
        window = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 1024, height: 768 })
        verify(window)
        session = findChild(window, "session")
        verify(session)
        waitForRendering(window.contentItem)
    }

    function cleanup() {
        window.destroy()
        window = null
        session = null
    }

    function item(name) {
        const menu = findChild(window.contentItem, "sentenceMenuButton").popup
        const found = findChild(window.contentItem, name) || findChild(menu.contentItem, name)
        verify(found, "found " + name)
        return found
    }

    function openSentence(id) {
        mouseClick(item("sentenceMenuButton"))
        const list = item("sentenceList")
        tryVerify(() => list.visible && list.width > 0)
        const row = session.sentences.indexOf(id)
        list.positionViewAtIndex(row, ListView.Center)
        waitForRendering(list)
        const entry = findChild(list, "sentence-" + id)
        verify(entry, "menu entry " + id)
        const p = entry.mapToItem(list, entry.width / 2, entry.height / 2)
        verify(p.y > 0 && p.y < list.height, "the entry is in view")
        mouseClick(entry)
        tryCompare(session, "sentenceId", id)
        wait(0) // the previous sentence's chips are deleted on the next turn of the event loop
        waitForRendering(window.contentItem)
    }

    function test_pickASentenceAndTapAToken() {
        openSentence("pronoun-animal")
        compare(session.text, "The animal didn't cross the street because it was too tired")
        // The menu button shows the sentence itself, not its lesson title.
        compare(item("sentenceMenuButton").text, "The animal didn't cross the street because it was too tired")

        const it = item("token7")
        compare(it.Accessible.name, "it")
        mouseClick(it)
        compare(session.selectedToken, 7)
        compare(item("selectionSummary").text.indexOf("'it' attends most to 'animal'"), 0)
        // The strongest arc carries a % label equal to the weight.
        const label = item("arcLabel1")
        tryVerify(() => label.visible && label.opacity > 0.99)
        compare(label.text, Math.round(session.selectedWeights[1] * 100) + " %")

        // A screen reader hears each chip's share in whole percent.
        compare(it.Accessible.name, "it, selected")
        compare(item("token1").Accessible.name, "animal, receives " + Math.round(session.selectedWeights[1] * 100) + " %")

        // The chart shows the same row, strongest first: rank 1 is "animal" with its weight in %, and the bars
        // (listed bottom-up) hold the eight largest weights in falling order.
        const chart = item("attendsToChart")
        const bar1 = item("barLabel1")
        compare(bar1.text, "1. animal  " + (session.selectedWeights[1] * 100).toFixed(1) + " %")
        const sorted = session.selectedWeights.slice().sort((a, b) => b - a)
        compare(chart.barSet.count, 8)
        for (let r = 0; r < 8; ++r)
            compare(chart.barSet.at(7 - r), Math.round(sorted[r] * 1000) / 10)
        compare(chart.categoryAxis.categories[7], "1.")
        // The name sits beside its bar: rank 1 at the top, rank 2 below it.
        verify(item("barLabel2").y > bar1.y)

        mouseClick(it) // tap again: unpin
        compare(session.selectedToken, -1)
        verify(item("arcHint").visible)
    }

    function test_keyboardMovesAndClearsTheSelection() {
        const first = item("token0")
        first.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(session.selectedToken, 0)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        compare(session.selectedToken, 2)
        keyClick(Qt.Key_Space)
        compare(session.selectedToken, -1)
        keyClick(Qt.Key_Return)
        compare(session.selectedToken, 2)
        keyClick(Qt.Key_Escape)
        compare(session.selectedToken, -1)
    }

    function test_tapACellShowsItsValueAndSelectsItsRow() {
        session.sentenceId = "pronoun-cat"
        const heatmap = item("heatmap")
        const cell = heatmap.width / 10
        mouseClick(heatmap, 1.5 * cell, 7.5 * cell) // row "it", column "cat"
        compare(session.selectedToken, 7)
        const w = session.selectedWeights[1]
        compare(item("cellValue").text, "'it' → 'cat': " + (w * 100).toFixed(2) + " %")

        // Arrow keys move the inspected cell; the readout follows.
        keyClick(Qt.Key_Right)
        compare(item("cellValue").text.indexOf("'it' → 'sat'"), 0)
        keyClick(Qt.Key_Up)
        compare(item("cellValue").text.indexOf("'because' → 'sat'"), 0)
        keyClick(Qt.Key_Return)
        compare(session.selectedToken, 6)
    }

    function test_classroomScreensShowEverythingWithoutScrolling_data() {
        return [{ tag: "1280x720", width: 1280, height: 720 }, { tag: "1366x768", width: 1366, height: 768 },
                { tag: "1440x900", width: 1440, height: 900 }]
    }

    function test_classroomScreensShowEverythingWithoutScrolling(data) {
        // On a projector and a laptop the tokens with their arcs, the whole heatmap of a 10-token sentence with its
        // selected row, the chart and the model note are on screen at once.
        window.width = data.width
        window.height = data.height
        session.sentenceId = "pronoun-cat"
        session.selectedToken = 7
        waitForRendering(window.contentItem)
        const bottom = window.contentItem.height
        for (const name of ["tokenRow", "heatmap", "attendsToChart", "modelNote"]) {
            const part = item(name)
            const p = part.mapToItem(window.contentItem, 0, 0)
            verify(p.y >= 0 && p.y + part.height <= bottom, name + " ends at " + (p.y + part.height) + " of " + bottom)
            verify(p.x + part.width <= window.width, name + " fits the width")
        }
        verify(item("heatmap").height >= 200, "the heatmap is not shrunk to nothing: " + item("heatmap").height)
    }

    function test_phoneShowsTheTokensHigh() {
        window.width = 390
        window.height = 844
        waitForRendering(window.contentItem)
        const chip = item("token0").mapToItem(null, 0, 0)
        verify(chip.y < 0.4 * 844, "the first token starts at " + chip.y)
    }

    function test_zoomKeepsTheSelectionInView() {
        window.width = 1024
        window.height = 768
        session.useText("a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p")
        session.selectedToken = 35
        waitForRendering(window.contentItem)
        const panel = item("heatmapPanel")
        panel.forceActiveFocus()
        keyClick(Qt.Key_Plus)
        keyClick(Qt.Key_Plus)
        waitForRendering(window.contentItem)
        verify(panel.zoom > 2, "zoom " + panel.zoom)
        // The selected row's label is inside the visible part of the zoomed view.
        const label = item("selectedRowLabel")
        const p = label.mapToItem(panel, 0, label.height / 2)
        verify(p.y > 0 && p.y < panel.viewSize, "the selected row is in view at " + p.y)
    }

    function test_disabledControlsLookDisabled() {
        // Reset is disabled at T = 1 without a mask: its text is drawn in the disabled colour, in both themes,
        // and in the normal text colour once there is something to reset.
        const reset = item("resetSettings")
        for (const dark of [false, true]) {
            Theme.themeOverride = dark ? "dark" : "light"
            verify(!reset.enabled)
            compare(String(reset.palette.buttonText), String(Theme.disabledText), dark ? "dark" : "light")
            session.temperature = 2
            verify(reset.enabled)
            compare(String(reset.palette.buttonText), String(Theme.text), dark ? "dark" : "light")
            session.resetSettings()
        }
        Theme.themeOverride = ""
    }

    function test_switchHeads() {
        session.sentenceId = "modifier-fox"
        compare(session.headIndex, 2, "a modifier sentence opens in the Modifier head")
        session.headIndex = 0
        session.selectedToken = 7 // "lazy"
        const selector = item("headSelector")
        selector.forceActiveFocus()
        // Coreference, Subject–verb, Modifier, Previous token, Question, then All heads (average)
        keyClick(Qt.Key_Down) // Subject–verb
        keyClick(Qt.Key_Down) // Modifier
        compare(session.headIndex, 2)
        compare(item("selectionSummary").text.indexOf("'lazy' attends most to 'dog'"), 0)
        keyClick(Qt.Key_Down) // Previous token
        compare(session.headIndex, 3)
        compare(item("selectionSummary").text.indexOf("'lazy' attends most to 'the'"), 0)
        keyClick(Qt.Key_End) // the average is the last choice
        compare(session.headIndex, -1)
        compare(selector.displayText, "Head: All heads (average)")
        keyClick(Qt.Key_Home)
        compare(session.headIndex, 0)
        compare(selector.displayText, "Head: Coreference")
    }

    function test_typeYourOwnSentence() {
        mouseClick(item("sentenceMenuButton"))
        const field = item("ownSentenceField")
        tryVerify(() => field.visible)
        mouseClick(field)
        keyClick(Qt.Key_Space)
        keyClick(Qt.Key_Space)
        verify(!item("useOwnSentence").enabled, "nothing to show yet")
        field.text = "The farmer sold the cows because they were old"
        mouseClick(item("useOwnSentence"))
        verify(session.custom)
        compare(session.tokens.length, 9)
        session.selectedToken = 6
        compare(item("selectionSummary").text.indexOf("'they' attends most to 'cows'"), 0)
        // It stays in the menu for this session.
        verify(session.sentences.indexOf(session.sentenceId) >= 0)
    }

    function test_tooManyTokensIsExplained() {
        mouseClick(item("sentenceMenuButton"))
        const field = item("ownSentenceField")
        tryVerify(() => field.visible)
        field.text = "a ".repeat(600)
        mouseClick(item("useOwnSentence"))
        const error = item("ownSentenceError")
        verify(error.visible)
        verify(error.text.indexOf("the limit is 512") > 0, error.text)
        compare(session.sentenceId, "pronoun-cat", "the shown sentence is kept")
    }

    function test_phoneLayoutStacksWithoutSidewaysScrolling() {
        window.width = 390
        window.height = 844
        waitForRendering(window.contentItem)
        const heatmap = item("heatmapPanel")
        const chart = item("attendsToChart")
        const card = item("patternCard")
        const hp = heatmap.mapToItem(window.contentItem, 0, 0)
        const cp = chart.mapToItem(window.contentItem, 0, 0)
        verify(cp.y >= hp.y + heatmap.height, "the chart is below the heatmap on a phone")
        for (const part of [heatmap, chart, card, item("tokenRow")]) {
            const p = part.mapToItem(window.contentItem, 0, 0)
            verify(p.x >= 0 && p.x + part.width <= 390, part.objectName + " fits the width")
        }
        // The narrowest phones (360 px) still show the whole temperature control.
        window.width = 360
        waitForRendering(window.contentItem)
        const t = item("temperatureValue")
        verify(t.mapToItem(window.contentItem, 0, 0).x + t.width <= 360, "the temperature value fits")

        // Touch targets are at least 48 px.
        verify(item("token0").height >= 48)
        verify(item("headSelector").height >= 48)
        verify(item("zoomIn").width >= 48)
    }

    function test_desktopLayoutPutsChartBesideHeatmap() {
        window.width = 1440
        window.height = 900
        waitForRendering(window.contentItem)
        const hp = item("heatmapPanel").mapToItem(window.contentItem, 0, 0)
        const cp = item("attendsToChart").mapToItem(window.contentItem, 0, 0)
        verify(cp.x > hp.x + item("heatmapPanel").width - 1, "the chart is to the right")
        verify(Math.abs(cp.y - hp.y) < 2)
    }
}
