// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A whole session with the keyboard alone, as a learner who cannot use a mouse: Tab to the sentence menu, pick a
// sentence with the arrows and Enter, change the head, select a token, switch pages, answer an activity and a quiz
// question. No mouse event is sent; focus must always be visible (a focus ring or the control's own mark).
import QtQuick
import QtTest
import Attention.Core
import Attention.Ui

TestCase {
    id: root
    name: "Keyboard"
    when: windowShown

    property var window: null
    property AttentionSession session: null

    function init() {
        failOnWarning(/.*/)
        window = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 1280, height: 720 })
        verify(window)
        session = findChild(window, "session")
        window.requestActivate()
        tryVerify(() => window.active)
        waitForRendering(window.contentItem)
    }

    function cleanup() {
        window.destroy()
        window = null
        session = null
    }

    /// Whether the item with keyboard focus is `name` or inside it.
    function focusIsIn(name) {
        for (let it = window.activeFocusItem; it; it = it.parent)
            if (it.objectName === name)
                return true
        return false
    }
    /// Presses Tab until `name` has the focus; fails after `limit` presses.
    function tabTo(name, limit) {
        for (let i = 0; i < (limit || 80); ++i) {
            if (focusIsIn(name))
                return
            keyClick(Qt.Key_Tab)
        }
        verify(false, "Tab never reached " + name + " (focus on " + window.activeFocusItem + ")")
    }

    function test_aWholeSessionWithTheKeyboardAlone() {
        // Sentence menu: Tab to it, Space opens it, arrows move, Enter opens the sentence.
        tabTo("sentenceMenuButton")
        keyClick(Qt.Key_Space)
        const list = findChild(findChild(window.contentItem, "sentenceMenuButton").popup.contentItem, "sentenceList")
        tryVerify(() => list.visible && list.activeFocus)
        const target = session.sentences.indexOf("modifier-fox")
        while (list.currentIndex < target)
            keyClick(Qt.Key_Down)
        while (list.currentIndex > target)
            keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Return)
        compare(session.sentenceId, "modifier-fox")
        tryVerify(() => !list.visible)

        // The same with keypad Enter and Space: one sentence down, then back.
        tabTo("sentenceMenuButton")
        keyClick(Qt.Key_Return)
        tryVerify(() => list.activeFocus)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Enter, Qt.KeypadModifier)
        compare(session.sentenceId, session.sentences.idAt(target + 1))
        tabTo("sentenceMenuButton")
        keyClick(Qt.Key_Space)
        tryVerify(() => list.activeFocus)
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Space)
        compare(session.sentenceId, "modifier-fox")

        // Head: Tab to the selector, arrows change it.
        tabTo("headSelector")
        const head = session.headIndex
        keyClick(Qt.Key_Up)
        compare(session.headIndex, head - 1)
        keyClick(Qt.Key_Down)
        compare(session.headIndex, head)

        // Tokens: Tab into the row, Enter selects the focused chip; the arrows move from the focused chip.
        tabTo("tokenRow")
        keyClick(Qt.Key_Return)
        compare(session.selectedToken, 0)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        compare(session.selectedToken, 2)
        keyClick(Qt.Key_Escape)
        compare(session.selectedToken, -1)
        keyClick(Qt.Key_Right) // from the focused chip (2), not from the cleared selection
        compare(session.selectedToken, 3)

        // Pages: a tab is reachable and shows a focus ring; Enter opens its page; Ctrl+4 opens Learn.
        tabTo("pageTab1")
        const tab = window.activeFocusItem
        verify(tab.visualFocus, "the focused tab shows its focus")
        keyClick(Qt.Key_Return)
        compare(window.page, 1)
        keyClick(Qt.Key_4, Qt.ControlModifier)
        compare(window.page, 3)
        waitForRendering(window.contentItem)

        // Activity 1: open, select "it", predict "cat", reveal — Tab and Space only.
        const learn = findChild(window.contentItem, "learnPage")
        findChild(learn, "resetActivities").clicked()
        tabTo("a1Open")
        keyClick(Qt.Key_Space)
        compare(session.sentenceId, "pronoun-cat")
        tabTo("pick7")
        keyClick(Qt.Key_Space)
        compare(session.selectedToken, 7)
        tabTo("a1Predict1")
        keyClick(Qt.Key_Space)
        tabTo("a1Reveal")
        keyClick(Qt.Key_Space)
        const feedback = findChild(learn, "a1Feedback")
        verify(feedback.visible)
        verify(feedback.correct, feedback.text)

        // Designed vs learned: Tab reaches the trained heads' tiles, each shows its focus, Space picks one.
        const activity = findChild(learn, "compareActivity")
        tabTo("compareTile0", 200)
        verify(window.activeFocusItem.activeFocus)
        keyClick(Qt.Key_Space)
        compare(activity.pick, 0)
        verify(findChild(learn, "compareFeedback").visible)
        verify(!findChild(learn, "compareFeedback").correct)
        for (let t = 1; t < 16; ++t) { // Tab walks the tiles in order
            keyClick(Qt.Key_Tab)
            verify(focusIsIn("compareTile" + t), "tile " + t + " after " + (t - 1))
        }

        // The quiz: answer the first question with the keyboard.
        const quiz = learn.quiz
        quiz.resetProgress()
        waitForRendering(window.contentItem)
        tabTo(quiz.tapToken ? "quizToken" + quiz.correctAnswer : "quizOption" + quiz.correctAnswer, 200)
        keyClick(Qt.Key_Space)
        compare(quiz.answeredCount, 1)
        verify(findChild(learn, "quizFeedback").correct)
        tabTo("quizNext", 200)
        keyClick(Qt.Key_Space)
        compare(quiz.index, 1)
    }
}
