// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Run with the default locale German (ATTENTION_TEST_LOCALE=de, as --lang de sets it): numbers and percentages in the
// window use a decimal comma, not a point.
import QtQuick
import QtTest
import Attention.Core
import Attention.Ui

TestCase {
    name: "GermanNumbers"
    when: windowShown

    function test_decimalComma() {
        compare(Qt.locale().name, "de_DE")
        const window = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 1440, height: 900 })
        waitForRendering(window.contentItem)
        const session = findChild(window, "session")
        session.sentenceId = "pronoun-cat"
        session.selectedToken = 7
        const summary = findChild(window, "selectionSummary")
        tryVerify(() => summary.text.length > 0)
        // 'it' attends most to 'cat' (56,0 %), …: one decimal, written with a comma
        const shares = summary.text.match(/\(\d+[.,]\d %\)/g)
        verify(shares && shares.length === 3, summary.text)
        for (const share of shares)
            verify(/\(\d+,\d %\)/.test(share), share)
        compare(Theme.number(0.5, 2), "0,50")
        compare(Theme.percent(0.569, 1), "56,9 %")
        window.destroy()
    }
}
