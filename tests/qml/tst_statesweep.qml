// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// State sweep: the app used in orders no other test takes — curated and typed sentences of equal length one after
// another, through the menu and directly, every head, several selections and temperatures — and after every step
// every visible label (chips, both heatmap axes, the selected row's labels, the cell readout, the chart, the
// summary, the head selector, the pattern card) must say what the engine computed for the state on screen. The
// labels' rule is written out here from its definition (a repeated text gets its position as a subscript), and
// the numbers come from the attention matrix, row by row. Learn's answered activities must keep their own numbers
// whatever is opened later.
import QtQuick
import QtTest
import Attention.Core
import Attention.Ui

TestCase {
    id: root
    name: "StateSweep"
    when: windowShown

    property var window: null
    property AttentionSession session: null

    function init() {
        failOnWarning(/.*/)
        window = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 1440, height: 900 })
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

    function find(name) {
        const menu = findChild(window.contentItem, "sentenceMenuButton").popup
        return findChild(window.contentItem, name) || findChild(menu.contentItem, name)
    }
    function item(name) {
        const found = find(name)
        verify(found, "found " + name)
        return found
    }

    /// The labels the app must show: the token's text, and its position from 1 in subscript digits where the same
    /// text occurs more than once.
    function expectedLabels(tokens) {
        const digits = "₀₁₂₃₄₅₆₇₈₉"
        return tokens.map((t, i) => {
            if (tokens.filter(u => u === t).length < 2)
                return t
            return t + String(i + 1).split("").map(d => digits[Number(d)]).join("")
        })
    }
    /// The column with the largest weight in row `from` (the first of equals), read from the matrix.
    function strongest(from) {
        let best = 0
        for (let j = 1; j < session.matrix.size; ++j)
            if (session.matrix.weight(from, j) > session.matrix.weight(from, best))
                best = j
        return best
    }
    /// The model's head names, read row by row from the head list (the average is the last row).
    function headNames() {
        const names = []
        for (let r = 0; r < session.heads.count - 1; ++r)
            names.push(session.heads.nameOf(r))
        return names
    }
    function headName() {
        return session.headIndex < 0 ? "All heads (average)" : headNames()[session.headIndex]
    }

    function settle() {
        wait(0) // delegates of the previous sentence are deleted on the next turn of the event loop
        waitForRendering(window.contentItem)
    }

    /// Every label on the Explore page against the state.
    function checkView(step) {
        settle()
        const n = session.tokens.length
        const labels = expectedLabels(session.tokens)
        const where = " (" + step + ")"
        compare(session.matrix.size, n, "matrix size" + where)
        for (let i = 0; i < n; ++i) {
            compare(item("token" + i).contentItem.text, session.tokens[i], "chip " + i + where)
            compare(item("columnLabel" + i).text, labels[i], "column label " + i + where)
            compare(item("rowLabel" + i).text, labels[i], "row label " + i + where)
        }
        verify(!find("columnLabel" + n), "no label left over from a longer sentence" + where)
        compare(item("headSelector").displayText, "Head: " + headName(), "head selector" + where)

        const sel = session.selectedToken
        const summary = item("selectionSummary")
        if (sel < 0) {
            compare(summary.text, "No token selected.", "summary" + where)
        } else {
            const best = strongest(sel)
            const w = session.matrix.weight(sel, best)
            const head = "'" + labels[sel] + "' attends most to '" + labels[best] + "' (" + (w * 100).toFixed(1) + " %)"
            compare(summary.text.indexOf(head), 0, summary.text + " should start with " + head + where)
            compare(item("barLabel1").text, "1. " + labels[best] + "  " + (w * 100).toFixed(1) + " %", "chart" + where)
            compare(item("chartTitle").text, "What '" + labels[sel] + "' attends to", "chart title" + where)
            compare(item("selectedRowLabel").text, labels[sel], "selected row label" + where)
            compare(item("selectedColumnLabel").text, labels[sel], "selected column label" + where)
        }

        // The cell readout names both tokens and the weight of the cell.
        const panel = item("heatmapPanel")
        const r = n - 1, c = Math.floor(n / 2)
        panel.inspect(r, c)
        compare(item("cellValue").text,
                "'" + labels[r] + "' → '" + labels[c] + "': " + (session.matrix.weight(r, c) * 100).toFixed(2) + " %",
                "cell readout" + where)
        panel.inspect(-1, -1)

        // A curated sentence's text never contradicts the head on screen: the first head its note names is the head
        // shown, or the card says which head the note is about and which one is on screen.
        if (!session.custom) {
            const text = item("explanation").text
            const notice = item("otherHeadNotice")
            let named = -1, at = text.length
            for (let h = 0; h < headNames().length; ++h) {
                const p = text.indexOf(headNames()[h] + " head")
                if (p >= 0 && p < at) {
                    named = h
                    at = p
                }
            }
            if (named >= 0 && session.headIndex === named) {
                verify(!notice.visible, "no notice in the note's own head" + where)
            } else if (named >= 0) {
                verify(notice.visible, "'" + text + "' is shown in head " + session.headIndex + " with a notice" + where)
                const shown = session.headIndex >= 0 ? headNames()[session.headIndex] : "the average of all heads"
                compare(notice.children[0].text,
                        "This note is about the " + headNames()[named] + " head; you are looking at " + shown + ".",
                        "notice" + where)
            }
        }
    }

    function pickFromMenu(id) {
        mouseClick(item("sentenceMenuButton"))
        const list = item("sentenceList")
        tryVerify(() => list.visible && list.width > 0)
        list.positionViewAtIndex(session.sentences.indexOf(id), ListView.Center)
        waitForRendering(list)
        mouseClick(item("sentence-" + id))
        tryCompare(session, "sentenceId", id)
    }

    function typeSentence(text) {
        mouseClick(item("sentenceMenuButton"))
        const field = item("ownSentenceField")
        tryVerify(() => field.visible)
        field.text = text
        mouseClick(item("useOwnSentence"))
        verify(session.custom, "typed: " + text)
    }

    function test_labelsFollowEveryStateChange() {
        // Curated sentences grouped by length; the sweep visits the lengths that several sentences share.
        const byLength = {}
        for (let row = 0; row < session.sentences.rowCount(); ++row) {
            const id = session.sentences.idAt(row)
            session.sentenceId = id
            const n = session.tokens.length
            byLength[n] = (byLength[n] || []).concat([id])
        }
        const shared = Object.keys(byLength).filter(n => byLength[n].length > 1)
        verify(shared.length >= 2, "the pack has sentences of equal length")

        // The bug report's order: a typed 9-token sentence, then curated 9-token sentences.
        typeSentence("The doctor told the nurse that she was late")
        compare(session.tokens.length, 9)
        checkView("typed doctor")
        const nine = byLength[9] || []
        verify(nine.length >= 2, "two curated 9-token sentences")
        let step = 0
        for (const id of nine.concat(nine.slice().reverse())) {
            pickFromMenu(id)
            checkView("menu " + id)
            session.selectedToken = (step * 3) % session.tokens.length
            checkView(id + " selected " + session.selectedToken)
            session.headIndex = (step % (headNames().length + 1)) - 1
            checkView(id + " head " + session.headIndex)
            ++step
        }

        // Every shared length, both directions, every head, with temperature and mask changes between.
        const temperatures = [0.3, 1, 4]
        for (const n of shared) {
            const ids = byLength[n]
            for (const id of ids.concat(ids.slice().reverse())) {
                session.sentenceId = id
                checkView(id)
                for (let h = -1; h < headNames().length; ++h) {
                    session.headIndex = h
                    session.selectedToken = (h + 2) % session.tokens.length
                    session.temperature = temperatures[(h + 1) % temperatures.length]
                    checkView(id + " head " + h + " T " + session.temperature)
                }
                session.causal = !session.causal
                checkView(id + " causal " + session.causal)
                session.resetSettings()
            }
        }

        // Typed sentences with repeated words, as long as curated ones, in between.
        typeSentence("He said he would help her and she thanked him")
        session.selectedToken = 2
        checkView("typed he/he")
        compare(item("rowLabel0").text, "He", "'He' and 'he' differ in case")
        compare(item("rowLabel2").text, "he")
        typeSentence("the dog saw the cat and the cat saw the dog")
        session.selectedToken = 4
        checkView("typed repeated")
        compare(item("columnLabel4").text, "cat₅")
        compare(item("columnLabel7").text, "cat₈")
        pickFromMenu(nine[0])
        checkView("back to " + nine[0])
    }

    function test_answeredActivitiesKeepTheirNumbers() {
        window.page = 3
        settle()
        const learn = findChild(window.contentItem, "learnPage")
        verify(learn)
        const flick = learn.contentItem.children[0]
        function click(name) {
            const target = findChild(learn, name)
            verify(target, name)
            const p = target.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, p.y - 100))
            waitForRendering(window.contentItem)
            verify(target.visible && target.enabled, name + " can be clicked")
            mouseClick(target)
        }
        findChild(learn, "resetActivities").clicked()

        // Activity 1 on "it" in the pronoun sentence: predict "mat", reveal; note what the live view shows then.
        session.sentenceId = "modifier-fox"
        click("a1Open")
        click("pick7")
        click("a1Predict5")
        click("a1Reveal")
        const cat = session.matrix.weight(7, 1), mat = session.matrix.weight(7, 5)
        const a1 = findChild(learn, "a1Feedback")
        const a1Text = a1.text
        verify(a1Text.indexOf("You predicted \"mat\" (" + (mat * 100).toFixed(1) + " %)") === 0, a1Text)
        verify(a1Text.indexOf("is \"cat\" (" + (cat * 100).toFixed(1) + " %)") > 0, a1Text)

        // Activity 2, question task: answered while its sentence is open.
        click("a2Open3")
        compare(session.sentenceId, "question-capital")
        const what = session.lessons.tokenIndex("question-capital", "What")
        const qBest = strongest(what)
        click("a2Choice3_" + qBest)
        const a2 = findChild(learn, "a2Feedback3")
        const a2Text = a2.text
        verify(a2.correct)
        verify(a2Text.indexOf((session.matrix.weight(what, qBest) * 100).toFixed(1) + " %") > 0, a2Text)

        // Activity 3: answer after opening "it", while the temperature is changed.
        click("a3Open")
        session.temperature = 0.1
        const sharp = session.selectedWeights.slice()
        click("a3Choice0")
        const a3 = findChild(learn, "a3Feedback")
        verify(a3.correct, "T = 0.1 gives the lowest entropy")
        const a3Text = a3.text
        let h = 0
        for (const w of sharp)
            if (w > 0)
                h -= w * Math.log(w) / Math.LN2
        verify(a3Text.indexOf(h.toFixed(2) + " bits at T = 0.1") > 0, a3Text + " should give " + h.toFixed(2))
        session.resetSettings()

        // Now use the app elsewhere: other sentences (some of equal length), heads, temperatures, a typed one.
        for (const id of ["subject-students", "modifier-fox", "pronoun-animal", "position-long"]) {
            session.sentenceId = id
            session.headIndex = 3
            session.selectedToken = 1
            session.temperature = 10
        }
        session.useText("The doctor told the nurse that she was late")
        session.causal = true
        settle()
        compare(a1.text, a1Text, "Activity 1 keeps its sentence's numbers")
        compare(a2.text, a2Text, "Activity 2 keeps its sentence's numbers")
        compare(a3.text, a3Text, "Activity 3 keeps its sentence's numbers")

        // And after a restart, the answers and their numbers are still there.
        window.destroy()
        window = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 1440, height: 900 })
        session = findChild(window, "session")
        window.page = 3
        settle()
        const again = findChild(window.contentItem, "learnPage")
        compare(findChild(again, "a1Feedback").text, a1Text, "Activity 1 after a restart")
        compare(findChild(again, "a2Feedback3").text, a2Text, "Activity 2 after a restart")
        compare(findChild(again, "a3Feedback").text, a3Text, "Activity 3 after a restart")
        findChild(again, "resetActivities").clicked()
        verify(!findChild(again, "a1Feedback").visible, "cleared")
    }
}
