// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The activity "designed vs learned": the same sentence in the designed model and in Tiny BERT (trained here). The
// learner finds the trained head that resembles a designed one (checked against what the heads were measured to do),
// sees where the two differ, compares raw attention with rollout, and discusses whether attention explains. Every
// number comes from ModelComparison. Required: session (for "use the sentence from Explore").
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Card {
    id: root

    required property AttentionSession session
    readonly property string key: "compare-designed-learned"
    /// The picked tile (layer · heads + head), or -1.
    property int pick: -1
    readonly property var verdict: pick >= 0 ? comparison.check(Math.floor(pick / comparison.headCount), pick % comparison.headCount) : null
    readonly property real tileSide: Math.max(Theme.touchTarget, Math.min(96, (width - 2 * Theme.margin - (comparison.headCount - 1) * 4) / Math.max(1, comparison.headCount)))

    objectName: "compareActivity"
    title: qsTr("Activity · Designed vs learned attention")
    Component.onCompleted: pick = Preferences.answer(key)
    Connections {
        target: Preferences
        function onAnswersForgotten() { root.pick = -1 }
    }

    ModelComparison {
        id: comparison
    }

    Label {
        width: parent.width
        //: %1 the sentence, %2 a designed head's name, %3 layers, %4 heads
        text: qsTr("The same sentence in both models: “%1”. Below, the designed %2 head, then the %3 × %4 heads of Tiny BERT, which learned its attention from text. 1. Which trained head looks most like the designed one? Tap it.")
              .arg(comparison.text).arg(comparison.targetHead).arg(comparison.layerCount).arg(comparison.headCount)
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        width: parent.width
        text: qsTr("In each square, rows are the words attending (from) and columns the words attended to, in the sentence's order; Tiny BERT's squares also have [CLS] first, [SEP] last and a row for each piece of a split word.")
        font.pixelSize: Theme.smallFontSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "compareUseExplore"
        implicitHeight: Theme.touchTarget
        visible: root.session.text !== "" && root.session.text !== comparison.text
        text: qsTr("Use the sentence from Explore instead")
        onClicked: comparison.text = root.session.text
    }
    Label {
        width: parent.width
        visible: comparison.error !== ""
        text: comparison.error
        font.pixelSize: Theme.fontSize
        color: Theme.accent
        wrapMode: Text.Wrap
    }
    Flow {
        width: parent.width
        spacing: Theme.margin
        Column {
            spacing: 4
            Label {
                text: qsTr("Designed: %1").arg(comparison.targetHead)
                font.pixelSize: Theme.smallFontSize
                font.bold: true
                color: Theme.text
            }
            AttentionHeatmap {
                objectName: "compareDesignedHeatmap"
                width: 4 * root.tileSide + 12
                height: width
                matrix: comparison.designedMatrix
                colorMap: Theme.colorMap
                selectedRow: -1
                selectedColumn: -1
                maskedColor: Theme.masked
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("The designed %1 head's attention").arg(comparison.targetHead)
            }
        }
        Column {
            spacing: 4
            Label {
                width: comparison.headCount * (root.tileSide + 4)
                wrapMode: Text.Wrap
                //: rows are layers, columns heads
                text: qsTr("Tiny BERT: rows are layers, columns heads")
                font.pixelSize: Theme.smallFontSize
                font.bold: true
                color: Theme.text
            }
            Grid {
                columns: comparison.headCount
                spacing: 4
                Repeater {
                    model: comparison.layerCount * comparison.headCount
                    delegate: AbstractButton {
                        id: tile
                        required property int index
                        readonly property int tileLayer: Math.floor(index / comparison.headCount)
                        readonly property int tileHead: index % comparison.headCount
                        objectName: "compareTile" + index
                        width: root.tileSide
                        height: root.tileSide
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: qsTr("Layer %1, head %2").arg(tileLayer + 1).arg(tileHead + 1)
                        onClicked: {
                            root.pick = index
                            Preferences.setAnswer(root.key, index)
                        }
                        contentItem: AttentionHeatmap {
                            matrix: comparison.trainedMatrix(tile.tileLayer, tile.tileHead)
                            colorMap: Theme.colorMap
                            selectedRow: -1
                            selectedColumn: -1
                            maskedColor: Theme.masked
                        }
                        background: Rectangle {
                            anchors.fill: parent
                            anchors.margins: -3
                            color: "transparent"
                            border.width: root.pick === tile.index || tile.activeFocus ? 3 : 0
                            border.color: tile.activeFocus ? Theme.focus : Theme.heatmapHighlight
                        }
                        Label {
                            z: 1
                            anchors.left: parent.left
                            anchors.top: parent.top
                            padding: 2
                            text: (tile.tileLayer + 1) + "·" + (tile.tileHead + 1)
                            font.pixelSize: Theme.captionFontSize
                            color: "white"
                            background: Rectangle { color: "#99000000"; radius: 3 }
                        }
                    }
                }
            }
        }
    }
    Feedback {
        objectName: "compareFeedback"
        width: parent.width
        visible: root.verdict !== null
        correct: root.verdict !== null && root.verdict.correct
        //: %1, %2 layer and head; %3 a share; %4 a designed head; %5, %6 layer and head; %7 a share
        text: root.verdict === null ? "" : (root.verdict.correct ? qsTr("Yes. ") : qsTr("Not quite. "))
              + qsTr("Layer %1, head %2 makes %3 of the designed %4 head's links, measured on the built-in sentences. The closest is layer %5, head %6 (%7): it has learned the same pattern without being told.")
                .arg(Math.floor(root.pick / comparison.headCount) + 1).arg(root.pick % comparison.headCount + 1)
                .arg(Theme.percent(root.verdict.share, 0)).arg(comparison.targetHead)
                .arg(comparison.bestLayer + 1).arg(comparison.bestHead + 1).arg(Theme.percent(comparison.bestShare, 0))
    }

    Label {
        width: parent.width
        text: qsTr("2. Where they differ")
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "compareUnmatched"
        width: parent.width
        //: %1 a designed head, %2 a share
        text: qsTr("No trained head resembles the designed %1 head: the closest makes only %2 of its links. A model learns what helps it guess hidden words, not the relations a linguist would name.")
              .arg(comparison.unmatchedHead).arg(Theme.percent(comparison.unmatchedShare, 0))
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Repeater {
        model: comparison.differences
        delegate: Label {
            required property string modelData
            width: parent ? parent.width : 0
            text: "• " + modelData
            font.pixelSize: Theme.fontSize
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
    Label {
        width: parent.width
        visible: comparison.differences.length === 0
        text: qsTr("On this sentence, the closest trained heads link every word as the designed heads do.")
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }

    Label {
        width: parent.width
        text: qsTr("3. Raw attention or rollout?")
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "compareRollout"
        width: parent.width
        //: %1 a word, %2 the word the designed head links it to
        text: (comparison.designedTarget !== "" ? qsTr("The designed Coreference head links “%1” to “%2”. ").arg(comparison.probeWord).arg(comparison.designedTarget) : "")
              //: %1 a word; %2, %3 a word and its weight; %4, %5 a word and its weight
              + qsTr("In Tiny BERT's last layer, raw attention from “%1” (averaged over the heads) is strongest to “%2” (%3); the rollout to the last layer (Abnar & Zuidema 2020), which follows attention through every layer, is strongest to “%4” (%5), itself left out. The two can disagree: which one says what the model used?")
                .arg(comparison.probeWord).arg(comparison.rawTarget)
                .arg(Theme.percent(comparison.rawWeight, 1))
                .arg(comparison.rolloutTarget)
                .arg(Theme.percent(comparison.rolloutWeight, 1))
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }

    Label {
        width: parent.width
        text: qsTr("4. Discuss: is attention an explanation?")
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "compareDiscussion"
        width: parent.width
        text: qsTr("Jain & Wallace (2019, “Attention is not Explanation”) found that attention weights often disagree with other measures of which words matter, and that very different weights can give the same prediction. Wiegreffe & Pinter (2019, “Attention is not not Explanation”) answered that this depends on what counts as an explanation, and that attention is not arbitrary either. If a Tiny BERT head attends to the previous word, does that tell you why it guessed “whale” for “The cat sat on the [MASK]”? What would you need to know besides the weights?")
        font.pixelSize: Theme.fontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
}
