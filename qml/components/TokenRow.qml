// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sentence as a row of token chips (wrapping on narrow screens) with animated attention arcs from the selected
// token to the tokens it attends to: thickness and opacity follow the weight, the strongest are labelled in %,
// and the arcs grow out of the selected token whenever the selection, head or sentence changes. Required: session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import Attention.Core
import Attention.Ui

FocusScope {
    id: root

    required property AttentionSession session
    /// Room above each row of chips for the arcs (more for larger text: the % labels sit in it).
    readonly property int arcSpace: Math.round(50 + 20 * Theme.textScale)
    /// How far the hint, when it needs more lines than the arcs' room (large text on a phone), pushes the chips down.
    readonly property real hintOverflow: arcHint.visible ? Math.max(0, arcHint.implicitHeight - arcSpace) : 0
    readonly property int selected: session.selectedToken
    /// 0 → 1 as the arcs grow out of the selected token.
    property real progress: 1

    objectName: "tokenRow"
    implicitHeight: flow.y + flow.implicitHeight
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Tokens of the sentence")

    /// The chip with keyboard focus (arrows move from it): the last one focused, selected or tabbed to.
    property int focusIndex: 0

    function select(index) {
        session.selectedToken = index
        if (index >= 0)
            focusIndex = index
        root.forceActiveFocus()
    }

    Keys.onEscapePressed: session.selectedToken = -1
    Keys.onLeftPressed: select(Math.max(0, focusIndex - 1))
    Keys.onRightPressed: select(Math.min(chips.count - 1, focusIndex + 1))
    Keys.onUpPressed: select(Math.max(0, focusIndex - 1))
    Keys.onDownPressed: select(Math.min(chips.count - 1, focusIndex + 1))

    NumberAnimation {
        id: grow
        target: root
        property: "progress"
        from: 0
        to: 1
        duration: Theme.animationMs
        easing.type: Easing.OutCubic
    }
    Connections {
        target: root.session
        function onSentenceChanged() { root.focusIndex = 0 }
        function onWeightsChanged() {
            if (root.session.selectedToken < 0)
                return
            if (Theme.animationMs > 0)
                grow.restart()
            else
                root.progress = 1
        }
    }

    Flow {
        id: flow
        y: root.hintOverflow
        width: root.width
        spacing: 6

        Repeater {
            id: chips
            model: root.session.tokenModel
            delegate: Item {
                id: slot
                required property int index
                required property string text
                required property bool selected
                required property bool strongest
                required property real tint
                required property string description
                // a sub-word that continues the word before it ("play" "ing") sits right against it
                required property bool continuation
                readonly property alias chip: chip
                readonly property int joined: slot.continuation ? flow.spacing - 1 : 0

                width: chip.width - slot.joined
                height: root.arcSpace + chip.height

                AbstractButton {
                    id: chip
                    objectName: "token" + slot.index
                    x: -slot.joined
                    y: root.arcSpace
                    width: Math.max(Theme.touchTarget, implicitContentWidth + 20)
                    height: Math.max(Theme.touchTarget, Math.ceil(implicitContentHeight + 12))
                    focusPolicy: Qt.StrongFocus
                    // keyboard focus follows the selection inside the row
                    focus: slot.index === root.focusIndex
                    Accessible.role: Accessible.Button
                    Accessible.name: slot.description
                    Accessible.checkable: true
                    Accessible.checked: slot.selected
                    onClicked: root.select(slot.selected ? -1 : slot.index)
                    onActiveFocusChanged: if (activeFocus) root.focusIndex = slot.index
                    Keys.onReturnPressed: root.select(slot.selected ? -1 : slot.index)
                    Keys.onEnterPressed: root.select(slot.selected ? -1 : slot.index)

                    background: Rectangle {
                        radius: Theme.radius
                        color: slot.selected ? Theme.accent
                               : Qt.tint(Theme.surface, Qt.rgba(Theme.arc.r, Theme.arc.g, Theme.arc.b, Theme.chipTint * slot.tint))
                        // the strongest target gets a heavier outline (not bold text: that would change the chip's
                        // width and move every chip after it)
                        border.width: chip.activeFocus || slot.strongest ? 3 : 1
                        border.color: chip.activeFocus ? Theme.focus : slot.strongest ? Theme.arc : Theme.border
                    }
                    contentItem: Label {
                        text: slot.text
                        font.pixelSize: Theme.fontSize
                        color: slot.selected ? Theme.textOnAccent : Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
    }

    Label {
        id: arcHint
        objectName: "arcHint"
        visible: root.selected < 0
        x: 0
        y: Math.max(0, (root.arcSpace - height) / 2)
        width: root.width
        text: qsTr("Select a token — tap, click, or Tab to it and press Enter — to see what it attends to.")
        font.pixelSize: Theme.smallFontSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }

    // Arcs from the selected token to the tokens it attends to most, strongest first (the session keeps the
    // strongest few: in a long sentence the rest are too faint to see and would only cost time). They lie under the
    // (opaque) chips, so an arc that crosses a line of chips on a narrow screen never hides a token's text.
    Item {
        objectName: "arcs"
        anchors.fill: flow // the chips' coordinates
        z: -1

        Repeater {
            model: root.selected >= 0 ? root.session.targets : null
            delegate: Item {
                id: arc
                required property int token
                required property real weight
                required property real share
                required property int rank
                required property int source
                // (chips.count: look again when the chips of a new sentence are made)
                readonly property Item from: chips.count > source ? chips.itemAt(source) : null
                readonly property Item to: chips.count > token ? chips.itemAt(token) : null
                readonly property real strength: share
                readonly property bool self: token === source
                readonly property bool labelled: rank <= 3 && weight >= 0.05
                // In one line of chips the arc joins the chips' top edges with its control point above both. When the
                // chips wrap, the arc leaves the upper chip at its bottom edge and enters the lower one from above.
                readonly property int line: from && to ? Math.sign(to.y - from.y) : 0
                readonly property real chipHeight: from ? from.height - root.arcSpace : 0
                readonly property real x0: from ? from.x + from.width / 2 + (self ? -14 : 0) : 0
                readonly property real y0: from ? from.y + root.arcSpace + (line > 0 ? chipHeight : 0) : 0
                readonly property real x2: to ? to.x + to.width / 2 + (self ? 14 : 0) : 0
                readonly property real y2: to ? to.y + root.arcSpace + (line < 0 ? chipHeight : 0) : 0
                readonly property real x1: (x0 + x2) / 2
                readonly property real y1: line !== 0 ? (y0 + y2) / 2
                                           : Math.min(y0, y2) - (self ? 2 * root.arcSpace * 0.8
                                                                      : Math.min(2 * root.arcSpace - 16, 24 + Math.abs(x2 - x0) * 0.35))
                // The part of the curve grown so far (de Casteljau split at t = progress).
                readonly property real t: root.progress
                readonly property real cx: x0 + t * (x1 - x0)
                readonly property real cy: y0 + t * (y1 - y0)
                readonly property real ex: (1 - t) * (1 - t) * x0 + 2 * t * (1 - t) * x1 + t * t * x2
                readonly property real ey: (1 - t) * (1 - t) * y0 + 2 * t * (1 - t) * y1 + t * t * y2

                anchors.fill: parent
                visible: from !== null && to !== null && weight >= 0.005

                Shape {
                    anchors.fill: parent
                    // Not drawn while the arc is still a dot on its chip: the frame that shows a new selection is
                    // the one the user waits for, and sixteen row-sized shapes cost it about 2 ms.
                    visible: root.progress > 0.02
                    opacity: 0.15 + 0.85 * arc.strength
                    ShapePath {
                        strokeColor: Theme.arc
                        strokeWidth: (1 + 7 * arc.strength) * Theme.arcWidthScale
                        fillColor: "transparent"
                        capStyle: ShapePath.RoundCap
                        startX: arc.x0
                        startY: arc.y0
                        PathQuad {
                            controlX: arc.cx
                            controlY: arc.cy
                            x: arc.ex
                            y: arc.ey
                        }
                    }
                }
                Rectangle {
                    // the arrival point
                    visible: root.progress > 0.98
                    width: 4 + 6 * arc.strength
                    height: width
                    radius: width / 2
                    x: arc.x2 - width / 2
                    y: arc.y2 - height / 2
                    color: Theme.arc
                    opacity: 0.3 + 0.7 * arc.strength
                }
                Label {
                    objectName: "arcLabel" + arc.token
                    parent: arcLabels // above every arc, so no other arc crosses the numbers
                    visible: arc.labelled
                    opacity: Math.max(0, (root.progress - 0.6) / 0.4)
                    // Above the chip the arc arrives at (below it when the arc comes from a line above), so labels of
                    // different targets never overlap.
                    x: Math.max(0, Math.min(root.width - width, (arc.to ? arc.to.x + arc.to.width / 2 : 0) - width / 2))
                    y: arc.line < 0 ? arc.y2 + 2 : arc.y2 - height - 8
                    text: arc.labelled ? qsTr("%1 %").arg(Math.round(arc.weight * 100)) : ""
                    font.pixelSize: Theme.captionFontSize
                    font.bold: true
                    color: Theme.text
                    padding: 2
                    background: Rectangle {
                        color: Theme.surface
                        radius: 3
                    }
                }
            }
        }
    }

    // The % labels of the arcs (each arc puts its label here); same coordinates as the arcs.
    Item {
        id: arcLabels
        anchors.fill: flow
        z: -1
    }
}
