// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Touch: on a phone and a tablet, every control a finger can reach on every page is at least 48 px in both
// directions and labelled in at least 15 px type, and nothing sticks out sideways.
import QtQuick
import QtTest
import Attention.Core
import Attention.Ui

TestCase {
    id: root
    name: "Touch"
    when: windowShown

    property var window: null

    function init() {
        failOnWarning(/.*/)
    }

    function cleanup() {
        if (window)
            window.destroy()
        window = null
    }

    /// Visible items that take keyboard focus by Tab (buttons, tabs, chips, sliders, switches, fields, menus).
    function controls(item, found) {
        if (!item || !item.visible)
            return found
        if (item.focusPolicy !== undefined && (item.focusPolicy & Qt.TabFocus) && item.width > 0)
            found.push(item)
        for (let i = 0; i < item.children.length; ++i)
            controls(item.children[i], found)
        return found
    }

    function test_controlsAreFingerSized_data() {
        const rows = []
        for (const size of [[390, 844], [1024, 768]])
            for (let page = 0; page < 4; ++page)
                rows.push({ tag: size[0] + "x" + size[1] + " page " + page, width: size[0], height: size[1], page: page })
        return rows
    }

    function test_controlsAreFingerSized(data) {
        window = Qt.createComponent("qrc:/Attention/Ui/Main.qml").createObject(null, { width: data.width, height: data.height })
        const session = findChild(window, "session")
        session.sentenceId = "pronoun-cat"
        session.selectedToken = 7
        window.page = data.page
        wait(0)
        waitForRendering(window.contentItem)
        const found = controls(window.contentItem, [])
        verify(found.length > 5, found.length + " controls found")
        const problems = []
        for (const c of found) {
            const name = c.objectName || c.text || c.Accessible.name || String(c)
            if (c.height < 48 || c.width < 48)
                problems.push(name + ": " + c.width.toFixed(0) + "x" + c.height.toFixed(0))
            if (c.font && c.font.pixelSize > 0 && c.font.pixelSize < 15)
                problems.push(name + ": " + c.font.pixelSize + " px text")
            const p = c.mapToItem(window.contentItem, 0, 0)
            if (p.x < -0.5 || p.x + c.width > window.width + 0.5)
                problems.push(name + ": sticks out sideways (" + p.x.toFixed(0) + " + " + c.width.toFixed(0) + ")")
        }
        compare(problems.join("\n"), "", problems.length + " of " + found.length + " controls")
    }
}
