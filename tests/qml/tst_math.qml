// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the math and All heads, driven by clicks and keys: pick a token, step through, drag the temperature, flip
// to causal, reset, and open a head from the All heads page.
import QtQuick
import QtTest
import Attention.Core
import Attention.Ui

TestCase {
    id: root
    name: "MathAndHeads"
    when: windowShown

    property var window: null
    property AttentionSession session: null

    function init() {
        failOnWarning(/.*/)
        window = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 1024, height: 900 })
        verify(window)
        session = findChild(window, "session")
        waitForRendering(window.contentItem)
    }

    function cleanup() {
        window.destroy()
        window = null
    }

    function item(name) {
        const found = findChild(window.contentItem, name) || findChild(window.header, name) || findChild(window.footer, name)
        verify(found, "found " + name)
        return found
    }

    // Explore has the same controls; on the math page, look inside it.
    function mathItem(name) {
        const found = findChild(item("mathPage"), name)
        verify(found, "found " + name + " on the math page")
        return found
    }

    /// A click, then one turn of the event loop: the math view is rebuilt once per turn, whatever changed.
    function click(target) {
        mouseClick(target)
        wait(0)
    }

    function openMath() {
        session.selectedToken = 5 // a token is already selected when the page is first opened
        const tabs = item("headerTabs")
        click(tabs.itemAt(1))
        compare(window.page, 1)
        waitForRendering(window.contentItem)
        verify(findChild(item("mathPage"), "step1").visible)
        session.selectedToken = -1
        waitForRendering(window.contentItem)
    }

    function test_stepThroughTheComputation() {
        openMath()
        verify(item("mathHint").visible, "asks for a token first")
        click(item("pick7")) // "it"
        compare(session.selectedToken, 7)
        const steps = item("mathPage").steps
        verify(steps.valid)

        // Step by step: one card at a time.
        click(item("showAllSwitch"))
        verify(item("step1").visible && !item("step2").visible)
        click(item("nextStep"))
        click(item("nextStep"))
        click(item("nextStep"))
        verify(item("step4").visible && !item("step1").visible)
        compare(item("stepCounter").text, "Step 4 of 9")
        // The explanation names the winner and its score.
        verify(item("step4").explanation.indexOf("'cat' scores highest") === 0, item("step4").explanation)
        click(item("previousStep"))
        verify(item("step3").visible)
        const page = item("mathPage")
        page.forceActiveFocus()
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        verify(item("step7").visible)
        // The softmax row shown is the one Explore shows, laid out across the card.
        const shown = item("weightBars").model
        compare(shown.count, session.selectedWeights.length)
        for (let j = 0; j < shown.count; ++j)
            compare(shown.valueAt(j), session.selectedWeights[j], "weight " + j)
        verify(item("weightBars").width > 300 && item("weightBars").height > 100)
    }

    function test_temperatureSharpensAndCausalMasks() {
        openMath()
        click(item("pick7"))
        const steps = item("mathPage").steps
        const before = steps.weightBars.valueAt(1)
        const entropyBefore = steps.entropy

        // Drag the temperature slider to the far left: T = 0.1.
        const slider = mathItem("temperatureSlider")
        waitForRendering(window.contentItem) // the step cards have just appeared
        mouseDrag(slider, slider.leftPadding + slider.availableWidth / 2, slider.height / 2, -slider.width, 0)
        fuzzyCompare(session.temperature, 0.1, 1e-9)
        compare(mathItem("temperatureValue").text, "T = 0.10")
        verify(steps.weightBars.valueAt(1) > before, "the top weight rises")
        verify(steps.entropy < entropyBefore, "entropy falls")

        // Causal: "it" loses everything after it.
        click(mathItem("causalSwitch"))
        verify(session.causal)
        for (let j = 8; j < session.tokens.length; ++j) {
            verify(steps.weightBars.maskedAt(j))
            compare(steps.weightBars.valueAt(j), 0)
        }
        verify(item("maskBars").model.maskedAt(9))

        click(mathItem("resetSettings"))
        compare(session.temperature, 1)
        verify(!session.causal)
        verify(!mathItem("resetSettings").enabled)
    }

    function test_headsPageOpensAHeadInExplore() {
        click(item("headerTabs").itemAt(2))
        compare(window.page, 2)
        waitForRendering(window.contentItem)
        click(item("headCard3")) // Previous token
        compare(session.headIndex, 3)
        compare(window.page, 0)
        click(item("headerTabs").itemAt(2))
        click(item("headCard5")) // the average
        compare(session.headIndex, -1)
    }

    function test_phoneUsesTheBottomTabs() {
        window.width = 390
        window.height = 844
        waitForRendering(window.contentItem)
        verify(!item("headerTabs").visible)
        const footer = item("footerTabs")
        verify(footer.visible)
        click(footer.itemAt(1))
        compare(window.page, 1)
        waitForRendering(window.contentItem) // the page is created on its first visit
        const controls = mathItem("resetSettings")
        const p = controls.mapToItem(window.contentItem, 0, 0)
        verify(p.x + controls.width <= 390, "the reset button is on screen")
    }
}
