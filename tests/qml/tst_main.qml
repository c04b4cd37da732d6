// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window opens and shows the attention matrix the teaching model computes for the first sentence.
import QtQuick
import QtTest
import Attention.Core
import Attention.Ui

TestCase {
    id: root
    name: "MainWindow"
    when: windowShown

    property var window: null

    function init() {
        failOnWarning(/.*/)
    }

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Attention/Ui/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, { width: 1280, height: 1000 })
        verify(window)
        tryVerify(() => window.visible && window.active !== undefined)
    }

    function cleanupTestCase() {
        window.destroy()
    }

    /// Opens another main window (the next start of the app), returns whether it came up dark, and closes it.
    function opensDark(properties) {
        const other = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, properties)
        verify(other)
        waitForRendering(other.contentItem)
        const dark = Theme.dark
        other.close()
        other.destroy()
        wait(0)
        return dark
    }

    // About (from the model menu) shows the version CMake set — the one --version and the package show — what the
    // models are and the references, and fits a phone.
    function test_about() {
        const phone = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 390, height: 844 })
        waitForRendering(phone.contentItem)
        mouseClick(findChild(phone, "modelMenuButton"))
        const item = findChild(phone, "aboutItem")
        tryVerify(() => item && item.visible)
        mouseClick(item)
        const dialog = findChild(phone, "aboutDialog")
        tryVerify(() => dialog.opened)
        const text = findChild(phone, "aboutText").text
        verify(Qt.application.version.length > 0)
        verify(text.indexOf("Version " + Qt.application.version) >= 0, text)
        for (const cited of ["Vaswani et al. (2017)", "Devlin et al. (2019)", "Radford et al. (2019)",
                             "Clark et al. (2019)", "Jain &amp; Wallace (2019)", "Abnar &amp; Zuidema (2020)"])
            verify(text.indexOf(cited) >= 0, cited)
        verify(text.indexOf("never downloads") >= 0)
        const box = dialog.contentItem.mapToItem(phone.contentItem, 0, 0)
        verify(box.x >= 0 && box.x + dialog.contentItem.width <= 390, "inside the window's width")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible)
        phone.destroy()
        wait(0)
    }

    // Every width has the model menu in the header, inside the window and clear of the page tabs (a portrait
    // tablet's tabs take their short names to leave it room).
    // (in every language: German, Spanish and French page names are longer)
    function test_modelMenuAtEveryWidth_data() {
        return [{ tag: "en", language: "en" }, { tag: "de", language: "de" }, { tag: "es", language: "es" },
                { tag: "fr", language: "fr" }]
    }

    function test_modelMenuAtEveryWidth(data) {
        Preferences.language = data.language
        try {
            menuAtEveryWidth()
        } finally {
            Preferences.language = ""
        }
    }

    function menuAtEveryWidth() {
        for (const w of [390, 600, 768, 900, 1024, 1280, 1440]) {
            const other = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: w, height: 900 })
            waitForRendering(other.contentItem)
            const menu = findChild(other, "modelMenuButton")
            verify(menu && menu.visible, "model menu at " + w)
            const m = menu.mapToItem(null, 0, 0)
            verify(m.x >= 0 && m.x + menu.width <= w, "inside the window at " + w)
            if (w >= 600) {
                const last = findChild(findChild(other, "headerTabs"), "pageTab3")
                const t = last.mapToItem(null, 0, 0)
                verify(last.visible && t.x + last.width <= m.x, "the Learn tab ends before the menu at " + w)
                // and its name fits inside it (a name wider than its tab runs over the buttons)
                verify(last.contentItem.implicitWidth <= last.availableWidth + 1 || last.contentItem.truncated === false,
                       "the Learn tab's name fits at " + w)
            }
            other.destroy()
            wait(0)
        }
    }

    function test_themeChoiceIsRemembered() {
        compare(Theme.dark, false, "a fresh device starts light")
        const button = findChild(window.header, "themeButton")
        verify(button)
        mouseClick(button)
        compare(Theme.dark, true)

        // The next start opens dark, as the user left it.
        Theme.themeOverride = ""
        compare(opensDark({ width: 800, height: 600 }), true)
        // A theme given for one window (a screenshot) is used but not remembered.
        compare(opensDark({ width: 800, height: 600, theme: "light" }), false)
        compare(opensDark({ width: 800, height: 600 }), true)

        mouseClick(button) // back to light, for the tests that follow
        compare(Theme.dark, false)
        compare(opensDark({ width: 800, height: 600 }), false)
    }

    /// Opens the settings from the model menu of `win`; returns the dialog.
    function openSettings(win) {
        mouseClick(findChild(win, "modelMenuButton"))
        const item = findChild(win, "settingsItem")
        tryVerify(() => item && item.visible)
        mouseClick(item)
        const dialog = findChild(win, "settingsDialog")
        tryVerify(() => dialog.opened)
        return dialog
    }

    /// Toggles a control of the settings with the keyboard (it may be scrolled out of sight).
    function pressWithSpace(control) {
        control.forceActiveFocus()
        keyClick(Qt.Key_Space)
    }

    /// Picks entry `steps` below (or above, if negative) the current one of a settings combo box with the keyboard.
    function chooseWithKeys(box, steps) {
        box.forceActiveFocus()
        for (let i = 0; i < Math.abs(steps); ++i)
            keyClick(steps > 0 ? Qt.Key_Down : Qt.Key_Up)
    }

    // Every setting takes effect in the open window at once, without a restart, and Restore brings the defaults back.
    function test_settingsTakeEffectAtOnce() {
        window.requestActivate() // keys go to the active window
        tryVerify(() => window.active)
        try {
            settingsTakeEffectAtOnce()
        } finally {
            // for the tests that follow, also when this one fails
            Preferences.resetAppearance()
            findChild(window, "settingsDialog").close()
        }
    }

    function settingsTakeEffectAtOnce() {
        const dialog = openSettings(window)
        const heatmap = findChild(window.contentItem, "heatmap")

        chooseWithKeys(findChild(dialog, "themeBox"), 2)
        compare(Preferences.theme, "contrast")
        verify(Theme.highContrast && Theme.dark)
        compare(String(window.color), "#000000", "the window is black in high contrast")

        // Greyscale, for printing: white for 0, black for 100 %, and a 50 % weight mid-grey (L* = 50 is sRGB 119).
        chooseWithKeys(findChild(dialog, "colorMapBox"), 2)
        compare(heatmap.colorMap, "greyscale")
        compare(String(heatmap.colorFor(0)), "#ffffff")
        compare(String(heatmap.colorFor(1)), "#000000")
        compare(String(heatmap.colorFor(0.5)), "#777777")
        const legend = findChild(window.contentItem, "legend")
        compare(String(legend.gradient.stops[0].color), "#ffffff", "the legend follows the colour map")

        pressWithSpace(findChild(dialog, "rowScale"))
        verify(heatmap.rowScaled)
        verify(findChild(window.contentItem, "scaleButton").checked, "the heatmap's own scale button agrees")

        const slider = findChild(dialog, "textSizeSlider")
        slider.forceActiveFocus()
        for (let i = 0; i < 5; ++i)
            keyClick(Qt.Key_Right)
        fuzzyCompare(Preferences.textScale, 1.5, 1e-9)
        compare(findChild(dialog, "textSizeValue").text, "150 %")
        compare(findChild(window.contentItem, "modelNote").font.pixelSize, 23, "15 px notes at 150 %")

        const temperature = findChild(window.contentItem, "temperatureSlider")
        verify(temperature.visible)
        pressWithSpace(findChild(dialog, "presenterSwitch"))
        verify(Preferences.presenter)
        verify(!temperature.visible, "presenter mode folds the softmax controls")
        verify(findChild(window.contentItem, "softmaxSettingsButton").visible, "into one button")
        verify(!findChild(window.contentItem, "modelNote").visible)
        compare(Theme.arcWidthScale, 2)

        pressWithSpace(findChild(dialog, "reducedMotionSwitch"))
        compare(Theme.animationMs, 0)

        // German: the page names and the decimal comma change in the open window.
        const language = findChild(dialog, "languageBox")
        chooseWithKeys(language, 2)
        compare(Preferences.language, "de")
        compare(window.pageNames[1], "Die Rechnung")
        compare(findChild(window.contentItem, "temperatureValue").text, "T = 1,00")
        // the retranslated choices still show the settings in use
        tryCompare(language, "currentText", "Deutsch")
        tryCompare(findChild(dialog, "themeBox"), "currentText", "Hoher Kontrast")
        compare(findChild(dialog, "colorMapBox").currentText, "Graustufen (zum Drucken)")
        compare(dialog.title, "Einstellungen")
        // the built-in data too: the head's name and the sentence's title
        const session = findChild(window, "session")
        tryCompare(session, "headName", "Koreferenz")
        tryCompare(session, "title", "Wer war müde?")
        chooseWithKeys(language, -2)
        compare(Preferences.language, "")
        compare(window.pageNames[1], "Inside the math")
        compare(findChild(window.contentItem, "temperatureValue").text, "T = 1.00")
        tryCompare(session, "headName", "Coreference")

        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible)
        // Ctrl 0, Ctrl + and Ctrl − from the window.
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(Preferences.textScale, 1)
        keyClick(Qt.Key_Plus, Qt.ControlModifier)
        fuzzyCompare(Preferences.textScale, 1.1, 1e-9)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        compare(Preferences.textScale, 1)

        // Ctrl+, opens the settings too; Restore brings back every default.
        keyClick(Qt.Key_Comma, Qt.ControlModifier)
        tryVerify(() => dialog.opened)
        pressWithSpace(findChild(dialog, "resetAppearance"))
        compare(Preferences.theme, "light")
        compare(heatmap.colorMap, "viridis")
        verify(!heatmap.rowScaled)
        verify(!Preferences.presenter && !Preferences.reducedMotion)
        verify(temperature.visible)
        compare(Theme.animationMs, 450)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible)
    }

    // Save and print: the page as a PNG twice as sharp as on screen, and the worksheet dialog on a phone.
    function test_exportMenu() {
        const phone = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 390, height: 844 })
        waitForRendering(phone.contentItem)
        const button = findChild(phone, "exportMenuButton")
        verify(button && button.visible)
        const b = button.mapToItem(null, 0, 0)
        verify(b.x >= 0 && b.x + button.width <= 390, "in the phone's header")
        mouseClick(button)
        const worksheetItem = findChild(phone, "worksheetItem")
        tryVerify(() => worksheetItem && worksheetItem.visible)
        verify(findChild(phone, "saveCsvItem").visible && findChild(phone, "saveJsonItem").visible)
        mouseClick(worksheetItem)
        const dialog = findChild(phone, "worksheetDialog")
        tryVerify(() => dialog.opened)
        const box = dialog.contentItem.mapToItem(phone.contentItem, 0, 0)
        verify(box.x >= 0 && box.x + dialog.contentItem.width <= 390, "the worksheet dialog fits the phone")
        dialog.close()
        tryVerify(() => !dialog.visible)

        const path = testTemporaryFolder + "/page.png"
        button.savePicture(path, 2)
        const result = findChild(phone, "exportResult")
        tryVerify(() => result.opened, 5000)
        compare(findChild(phone, "exportResultText").text, "Saved as " + path)
        const view = button.view
        const picture = Qt.createQmlObject("import QtQuick; Image { cache: false }", phone.contentItem)
        picture.source = "file://" + path
        tryVerify(() => picture.status === Image.Ready)
        compare(picture.sourceSize.width, Math.round(2 * view.width))
        compare(picture.sourceSize.height, Math.round(2 * view.height))
        result.close()
        tryVerify(() => !result.visible)

        button.saveMatrix(testTemporaryFolder + "/missing/folder/m.csv", "csv")
        tryVerify(() => result.opened)
        verify(findChild(phone, "exportResultText").text.indexOf("m.csv") >= 0)
        compare(result.title, "This cannot be saved")
        phone.destroy()
        wait(0)
    }

    function test_title() {
        compare(window.title, "Self-Attention Explorer")
    }

    function test_heatmapShowsTheComputedMatrix() {
        const session = findChild(window.contentItem, "session") || findChild(window, "session")
        const heatmap = findChild(window.contentItem, "heatmap")
        verify(heatmap, "the heatmap is in the window")
        const matrix = heatmap.matrix
        compare(matrix.size, 10, "one row and column per token of 'The cat sat on the mat because it was tired'")
        compare(matrix.headerData(7, Qt.Horizontal), "it")

        // Row "it": "cat" (column 1) has the largest weight, and the row sums to 1.
        let sum = 0
        let best = -1
        let bestWeight = -1
        for (let j = 0; j < matrix.size; ++j) {
            const w = matrix.data(matrix.index(7, j), AttentionMatrixModel.WeightRole)
            sum += w
            if (w > bestWeight) { bestWeight = w; best = j }
        }
        fuzzyCompare(sum, 1, 1e-9)
        compare(best, 1, "'it' attends most to 'cat'")

        // The picture shows that value: the centre of cell (it, cat) has the palette colour of its weight.
        waitForRendering(heatmap)
        const image = grabImage(window.contentItem)
        const cell = heatmap.width / matrix.size
        const at = heatmap.mapToItem(window.contentItem, 1.5 * cell, 7.5 * cell)
        const shown = image.pixel(Math.floor(at.x), Math.floor(at.y))
        const expected = heatmap.colorFor(bestWeight)
        fuzzyCompare(shown.r, expected.r, 0.02)
        fuzzyCompare(shown.g, expected.g, 0.02)
        fuzzyCompare(shown.b, expected.b, 0.02)
        verify(heatmap.colorFor(bestWeight) !== heatmap.colorFor(0), "a strong weight is not drawn like a zero")
    }
}
