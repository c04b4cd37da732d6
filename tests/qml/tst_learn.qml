// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Learn, by clicking: Activity 1 from opening the sentence to the reveal, and a whole quiz run with its score,
// kept across a restart of the window.
import QtQuick
import QtTest
import Attention.Core
import Attention.Ui

TestCase {
    id: root
    name: "Learn"
    when: windowShown

    property var window: null
    property AttentionSession session: null

    function init() {
        failOnWarning(/.*/)
        window = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 1024, height: 900 })
        session = findChild(window, "session")
        window.page = 3
        waitForRendering(window.contentItem)
        findChild(page(), "resetActivities").clicked() // answers are kept on the device: start each test afresh
    }

    function cleanup() {
        window.destroy()
        window = null
    }

    function page() {
        return findChild(window.contentItem, "learnPage")
    }

    function item(name) {
        const found = findChild(page(), name)
        verify(found, "found " + name)
        return found
    }

    // Brings an item into the page's view before clicking it.
    function click(name) {
        const target = item(name)
        const flick = page().contentItem.children[0]
        waitForRendering(window.contentItem) // let the layout settle after the last answer
        const p = target.mapToItem(flick.contentItem, 0, 0)
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, p.y - 100))
        waitForRendering(window.contentItem)
        verify(target.visible && target.enabled, name + " can be clicked")
        const q = target.mapToItem(flick, target.width / 2, target.height / 2)
        verify(q.y > 0 && q.y < flick.height, name + " is in view")
        mouseClick(target)
    }

    function test_activity1() {
        session.sentenceId = "modifier-fox" // start somewhere else
        click("a1Open")
        compare(session.sentenceId, "pronoun-cat")
        compare(session.headIndex, session.headNamed("coreference"))
        click("pick7") // select "it"
        compare(session.selectedToken, 7)
        click("a1Predict5") // predict "mat"
        click("a1Reveal")
        const feedback = item("a1Feedback")
        verify(feedback.visible)
        verify(!feedback.correct, "'mat' is not what the model computes")
        verify(feedback.text.indexOf("strongest link from \"it\" is \"cat\"") > 0, feedback.text)
        click("a1Again")
        click("pick7")
        click("a1Predict1") // "cat"
        click("a1Reveal")
        verify(item("a1Feedback").correct)
    }

    function test_activity4ChecksTheMask() {
        click("a4Open")
        verify(session.causal)
        click("a4No")
        verify(item("a4Feedback").correct)
        session.causal = false
    }

    // Designed vs learned: a tile that does not resemble the designed head is "not quite", the closest one is
    // right, and the pick is kept when the window opens again.
    function test_designedVersusLearned() {
        const activity = item("compareActivity")
        const comparison = activity.children.length ? findChild(activity, "compareFeedback") : null
        verify(comparison !== null)
        verify(!comparison.visible)
        click("compareTile0") // layer 1, head 1: mostly [CLS] and far words
        verify(comparison.visible)
        verify(!comparison.correct, comparison.text)
        const best = activity.verdict.bestLayer * 4 + activity.verdict.bestHead
        click("compareTile" + best)
        verify(comparison.correct, comparison.text)
        verify(comparison.text.indexOf("Layer " + (activity.verdict.bestLayer + 1)) >= 0, comparison.text)
        window.destroy()
        window = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 390, height: 844 })
        window.page = 3
        waitForRendering(window.contentItem)
        verify(findChild(page(), "compareFeedback").correct, "the pick is kept")
        verify(findChild(page(), "compareRollout").text.indexOf("“it”") >= 0)
    }

    function localFile(relative) {
        return decodeURIComponent(String(Qt.resolvedUrl(relative)).replace(/^file:\/\//, ""))
    }

    // A teacher opens a quiz pack and a sentence pack from the window (what the file dialogs hand over): a file that
    // cannot be used shows why and leaves what was there; a good one is used at once.
    // The lesson material: how to read the matrix, the table of patterns from the curated sentences, and the lesson
    // plan for teachers, shown in the page and saved as a handout.
    function test_lessonMaterial() {
        const explanation = item("matrixExplanation").body.text
        verify(explanation.indexOf("Every row adds up to 100 %") >= 0, explanation)
        verify(explanation.indexOf("Columns add up to anything") >= 0)
        const patterns = item("patternTable").body.text
        for (const link of ["“it” → “cat”", "“passed” → “students”", "“quick” → “fox”"])
            verify(patterns.indexOf(link) >= 0, link)

        const plan = item("lessonPlanText")
        verify(!plan.visible)
        item("showLessonPlan").clicked()
        verify(plan.visible)
        for (const part of ["45 minutes", "0–5 min", "Common misconceptions", "Prerequisites"])
            verify(plan.text.indexOf(part) >= 0, part)
        item("showLessonPlan").clicked()
        verify(!plan.visible)

        page().saveLessonPlan(testTemporaryFolder + "/handout.pdf")
        compare(item("lessonPlanSaved").text, "Saved as " + testTemporaryFolder + "/handout.pdf")
        page().saveLessonPlan(testTemporaryFolder + "/no/such/folder/handout.pdf")
        verify(item("lessonPlanSaved").text.indexOf("cannot be written") >= 0, item("lessonPlanSaved").text)
    }

    function test_packsOpenedFromTheWindow() {
        const quiz = page().quiz
        const card = item("quizCard")
        const builtInCount = quiz.count
        card.openPack(localFile("../data/packs/teacher.json")) // a sentence pack, not a quiz pack
        verify(item("quizLoadError").visible)
        verify(quiz.loadError.indexOf("teacher.json") >= 0, quiz.loadError)
        compare(quiz.count, builtInCount)
        card.openPack(localFile("../fuzz/regressions/quizpack/documented-example.json")) // docs/quiz-packs.md's
        compare(quiz.loadError, "")
        compare(quiz.title, "Attention — class 7b")
        compare(quiz.count, 2)
        verify(!item("quizLoadError").visible)

        const workspace = findChild(window, "workspace")
        const menu = findChild(window, "modelMenuButton")
        menu.openPack(localFile("../data/packs/unknown-head.json"))
        const error = findChild(window, "modelMenuError")
        tryVerify(() => error.opened)
        verify(workspace.error.indexOf("unknown-head.json") >= 0, workspace.error)
        compare(workspace.packPath, "")
        mouseClick(findChild(error, "modelMenuErrorOk"))
        tryVerify(() => !error.visible)
        menu.openPack(localFile("../data/packs/teacher.json"))
        compare(workspace.error, "")
        compare(workspace.packTitle, "A teacher's own pack")
        session.sentenceId = "robot"
        compare(session.sentenceId, "robot")
        workspace.packPath = "" // the curated sentences again
        compare(workspace.packTitle.length > 0, true)
    }

    function test_quizRunIsScoredAndKept() {
        const quiz = page().quiz
        quiz.resetProgress()
        const n = quiz.count
        let expected = 0
        for (let q = 0; q < n; ++q) {
            compare(quiz.index, q)
            const wrong = q === 2 || q === 7
            if (quiz.tapToken) {
                if (item("quizShowSentence").visible)
                    click("quizShowSentence")
                compare(session.sentenceId, quiz.sentenceId)
                const pick = wrong ? (quiz.correctAnswer + 1) % session.tokens.length : quiz.correctAnswer
                click("quizToken" + pick)
            } else {
                const pick = wrong ? (quiz.correctAnswer + 1) % quiz.options.length : quiz.correctAnswer
                click("quizOption" + pick)
            }
            if (!wrong)
                ++expected
            verify(item("quizFeedback").visible)
            compare(item("quizFeedback").correct, !wrong)
            if (q < n - 1)
                click("quizNext")
        }
        verify(quiz.finished)
        compare(quiz.score, expected)
        compare(item("quizScore").text, "You scored " + expected + " of " + n + ". Best so far: " + expected + ".")
        compare(quiz.wrongQuestions.length, 2)

        // Close the window and open it again: the progress is still there.
        window.destroy()
        window = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: 1024, height: 900 })
        session = findChild(window, "session")
        window.page = 3
        waitForRendering(window.contentItem)
        const again = page().quiz
        verify(again.finished)
        compare(again.score, expected)
        compare(again.bestScore, expected)
        click("quizRestart")
        compare(again.answeredCount, 0)
        compare(again.bestScore, expected)
    }
}
