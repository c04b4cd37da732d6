// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// All heads: every head's heatmap for the current sentence side by side, plus their average, each with its name and
// what it looks for. Tapping one opens it in Explore (signal navigate). Required: session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

ScrollPage {
    id: root

    required property AttentionSession session
    readonly property int cardCount: session.heads.count
    // Two columns on a phone; on wider windows the grid (3, 2 or 6 columns) whose heatmaps come out largest
    // in the space below the title, so a projector shows every head without scrolling.
    readonly property int columns: {
        if (width < Theme.phoneMaxWidth)
            return 2
        const w = width - 2 * Theme.margin
        const h = height - grid.y - 2 * Theme.margin
        let best = 3, bestSize = 0
        for (const c of [2, 3, 6]) {
            const rows = Math.ceil(cardCount / c)
            const byWidth = (w - (c - 1) * Theme.spacing) / c - 2 * Theme.spacing
            const byHeight = (h - (rows - 1) * Theme.spacing) / rows - 2 * Theme.spacing - root.textHeight
            const size = Math.min(byWidth, byHeight)
            if (size > bestSize) {
                best = c
                bestSize = size
            }
        }
        return best
    }
    /// Room a card needs besides its heatmap: the name and up to three lines of description.
    readonly property real textHeight: 100
    /// The side of each card's heatmap.
    readonly property real tileSize: {
        const w = width - 2 * Theme.margin
        const byWidth = (w - (columns - 1) * Theme.spacing) / columns - 2 * Theme.spacing
        if (width < Theme.phoneMaxWidth)
            return byWidth
        const rows = Math.ceil(cardCount / columns)
        const h = height - grid.y - 2 * Theme.margin
        return Math.max(120, Math.min(byWidth, (h - (rows - 1) * Theme.spacing) / rows - 2 * Theme.spacing - root.textHeight))
    }

    /// Asks the window to show page `page` (0 Explore, 1 Inside the math, 2 All heads, 3 Learn).
    signal navigate(int page)

    objectName: "headsPage"

    Label {
        Layout.fillWidth: true
        text: root.session.namedDimensions
              ? qsTr("All heads: each head looks for a different relation in \"%1\". Tap one to explore it.").arg(root.session.text)
              //: %1 layers, %2 heads, %3 the sentence
              : qsTr("Every layer and head: %1 layers × %2 heads of the trained model on \"%3\". Tap one to explore it.")
                .arg(root.session.layerCount).arg(root.session.heads.count - 1).arg(root.session.text)
        font.pixelSize: Theme.titleFontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    SentenceMenu {
        Layout.preferredWidth: Math.min(420, root.column.width)
        session: root.session
    }

    // A trained checkpoint: the model view, every layer × head as one image, then rollout beside raw attention.
    ColumnLayout {
        objectName: "modelView"
        visible: !root.session.namedDimensions
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Rows: layers 1 to %1. Columns: heads 1 to %2, then the layer's average (avg). The outlined tile is the one Explore shows.")
                  .arg(overview.layerCount).arg(overview.headCount)
            font.pixelSize: Theme.smallFontSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Row {
            spacing: 4
            Column {
                spacing: overview.gap
                Repeater {
                    model: overview.layerCount
                    delegate: Label {
                        required property int index
                        width: Math.round(28 * Theme.textScale)
                        height: overview.tileSize
                        text: String(index + 1)
                        font.pixelSize: Theme.captionFontSize
                        color: Theme.mutedText
                        horizontalAlignment: Text.AlignRight
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
            Column {
                spacing: 2
                Row {
                    spacing: overview.gap
                    Repeater {
                        model: overview.headCount + 1
                        delegate: Label {
                            required property int index
                            width: overview.tileSize
                            text: index < overview.headCount ? String(index + 1) : qsTr("avg")
                            font.pixelSize: Theme.captionFontSize
                            color: Theme.mutedText
                            horizontalAlignment: Text.AlignHCenter
                        }
                    }
                }
                AttentionOverview {
                    id: overview
                    objectName: "overview"
                    session: root.session
                    active: !root.session.namedDimensions && root.visible
                    colorMap: Theme.colorMap
                    highlightColor: Theme.heatmapHighlight
                    width: implicitWidth
                    height: implicitHeight
                    tileSize: Math.max(16, Math.min(96, (root.column.width - 40) / Math.max(1, overview.headCount + 1) - overview.gap))
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Table
                    Accessible.name: qsTr("Every layer and head")
                    Accessible.description: qsTr("Layer %1, head %2 is selected; arrow keys move, Enter opens it.")
                                            .arg(root.session.layerIndex + 1).arg(root.session.headIndex + 1)
                    function open(layer, head) {
                        if (layer < 0 || head < -1)
                            return
                        root.session.layerIndex = layer
                        root.session.headIndex = head
                        root.navigate(0)
                    }
                    TapHandler {
                        onTapped: (point, button) => overview.open(overview.layerAt(point.position.y), overview.headAt(point.position.x))
                    }
                    Keys.onLeftPressed: root.session.headIndex = Math.max(-1, root.session.headIndex - 1)
                    Keys.onRightPressed: root.session.headIndex = Math.min(overview.headCount - 1, root.session.headIndex + 1)
                    Keys.onUpPressed: root.session.layerIndex = Math.max(0, root.session.layerIndex - 1)
                    Keys.onDownPressed: root.session.layerIndex = Math.min(overview.layerCount - 1, root.session.layerIndex + 1)
                    Keys.onReturnPressed: root.navigate(0)
                    Keys.onEnterPressed: root.navigate(0)
                    Rectangle {
                        visible: overview.activeFocus
                        anchors.fill: parent
                        anchors.margins: -4
                        color: "transparent"
                        border.width: 3
                        border.color: Theme.focus
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Attention rollout")
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            //: %1 is a layer number
            text: qsTr("Left: layer %1's attention, averaged over its heads. Right: the rollout to layer %1 (Abnar & Zuidema 2020), which follows attention through every layer up to it, counting the residual connection as half of each step. Rollout is an estimate of how information mixes, not an explanation: attention weights alone do not say why a model predicts what it does (Jain & Wallace 2019).")
                  .arg(root.session.layerIndex + 1)
            font.pixelSize: Theme.smallFontSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: [overview.layerAverage, overview.rollout]
                delegate: ColumnLayout {
                    id: rolloutCard
                    required property int index
                    required property AttentionMatrixModel modelData
                    readonly property real side: Math.max(140, Math.min(360, (root.column.width - Theme.spacing) / 2 - 4))
                    width: side
                    Label {
                        Layout.fillWidth: true
                        text: rolloutCard.index === 0 ? qsTr("Raw attention, layer %1 (average)").arg(root.session.layerIndex + 1)
                                                      : qsTr("Rollout to layer %1").arg(root.session.layerIndex + 1)
                        font.pixelSize: Theme.smallFontSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    AttentionHeatmap {
                        objectName: rolloutCard.index === 0 ? "layerAverageHeatmap" : "rolloutHeatmap"
                        Layout.preferredWidth: rolloutCard.side
                        Layout.preferredHeight: rolloutCard.side
                        matrix: rolloutCard.modelData
                        colorMap: Theme.colorMap
                        selectedRow: root.session.selectedToken
                        selectedColumn: -1
                        maskedColor: Theme.masked
                    }
                }
            }
        }
    }

    MaskedWordCard {
        Layout.fillWidth: true
        visible: root.session.workspace.canFillMask
        workspace: root.session.workspace
    }

    // A Grid positioner, not a GridLayout: on Qt 6.4 a Quick Layout keeps pointers to a Repeater's delegates, and
    // a model that changes during a layout pass (another model opened) can leave it reading a deleted one.
    Grid {
        id: grid
        visible: root.session.namedDimensions
        Layout.fillWidth: true
        columns: root.columns
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        /// The width of one card: the columns share the row equally.
        readonly property real cellWidth: (width - (columns - 1) * columnSpacing) / columns

        Repeater {
            model: root.session.heads
            delegate: AbstractButton {
                id: card
                required property int index
                required property int head
                required property string name
                required property string description
                required property AttentionMatrixModel matrix
                /// The cell under the pointer or a long press, shown with its value instead of the description.
                property int inspectRow: -1
                property int inspectColumn: -1
                /// Shows the value of the cell at a point of the heatmap (-1, -1: none).
                function inspectAt(x, y) {
                    const n = matrix.size
                    inspectRow = y >= 0 ? Math.min(n - 1, Math.floor(y / root.tileSize * n)) : -1
                    inspectColumn = x >= 0 ? Math.min(n - 1, Math.floor(x / root.tileSize * n)) : -1
                }

                objectName: "headCard" + index
                width: grid.cellWidth
                implicitHeight: implicitContentHeight + topPadding + bottomPadding
                Accessible.role: Accessible.Button
                Accessible.name: card.name
                Accessible.description: card.description
                onClicked: {
                    root.session.headIndex = card.head
                    root.navigate(0)
                }

                background: Rectangle {
                    color: card.head === root.session.headIndex ? Theme.selection : Theme.surface
                    radius: Theme.radius
                    border.width: card.activeFocus ? 3 : (card.head === root.session.headIndex ? 2 : 1)
                    border.color: card.activeFocus ? Theme.focus : (card.head === root.session.headIndex ? Theme.accent : Theme.border)
                }
                contentItem: ColumnLayout {
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: card.Accessible.name
                        font.pixelSize: Theme.fontSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap // "All heads (average)" takes two lines on a phone
                    }
                    AttentionHeatmap {
                        Layout.preferredWidth: root.tileSize
                        Layout.preferredHeight: root.tileSize
                        Layout.alignment: Qt.AlignHCenter
                        matrix: card.matrix
                        colorMap: Theme.colorMap
                        selectedRow: root.session.selectedToken
                        selectedColumn: -1
                        maskedColor: Theme.masked
                        HoverHandler {
                            onPointChanged: card.inspectAt(hovered ? point.position.x : -1, hovered ? point.position.y : -1)
                            onHoveredChanged: if (!hovered) card.inspectAt(-1, -1)
                        }
                        TapHandler {
                            onLongPressed: card.inspectAt(point.position.x, point.position.y)
                            onTapped: card.clicked()
                        }
                    }
                    Label {
                        objectName: "headCardValue" + card.index
                        Layout.fillWidth: true
                        visible: card.inspectRow >= 0 && card.inspectColumn >= 0
                        //: a cell of a head's heatmap: from-token → to-token: weight
                        text: visible ? qsTr("'%1' → '%2': %3 %").arg(root.session.labels[card.inspectRow])
                                        .arg(root.session.labels[card.inspectColumn])
                                        .arg(Theme.number(card.matrix.weight(card.inspectRow, card.inspectColumn) * 100, 1)) : ""
                        font.pixelSize: Theme.smallFontSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !(card.inspectRow >= 0 && card.inspectColumn >= 0)
                        text: card.Accessible.description
                        font.pixelSize: Theme.smallFontSize
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                    }
                }
                padding: Theme.spacing
            }
        }
    }
}
