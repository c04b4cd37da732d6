// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the math: for the current sentence, head and token, the computation one step after another with the real
// numbers — x, q = x·W_Q, k and v, the scores, ÷(T·√d_k), the mask, softmax, Σ a_j·v_j — then the whole matrices.
// Step by step (buttons, arrow keys or a swipe) or everything at once. Required: session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

ScrollPage {
    id: root

    required property AttentionSession session

    /// Asks the window to show page `page` (0 Explore, 1 Inside the math, 2 All heads, 3 Learn).
    signal navigate(int page)
    readonly property bool wide: width >= Theme.desktopMinWidth
    property bool showAll: width >= Theme.phoneMaxWidth
    property int step: 1
    readonly property int stepCount: 9
    readonly property alias steps: steps

    function go(delta) {
        step = Math.max(1, Math.min(stepCount, step + delta))
    }

    objectName: "mathPage"
    focusPolicy: Qt.StrongFocus
    Keys.onLeftPressed: go(-1)
    Keys.onRightPressed: go(1)

    MathSteps {
        id: steps
        objectName: "mathSteps"
        // Only the page on screen follows the session: a hidden math page costs nothing when a token is selected.
        session: root.session
        active: root.visible
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Inside the math: A = softmax(Q·Kᵀ / (T·√d_k)), output = A·V — for one token, with the real numbers.")
        font.pixelSize: root.width < Theme.phoneMaxWidth ? Theme.fontSize : Theme.titleFontSize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    SessionControls {
        Layout.fillWidth: true
        compact: root.width < Theme.phoneMaxWidth
        session: root.session
    }
    TokenPicker {
        Layout.fillWidth: true
        session: root.session
    }
    Label {
        objectName: "mathHint"
        Layout.fillWidth: true
        visible: !steps.valid
        text: root.session.headIndex < 0
              ? qsTr("The average of all heads has no single Q and K. Choose one head above to see its computation.")
              : qsTr("Choose a token above to follow its query through the computation.")
        font.pixelSize: Theme.fontSize
        color: Theme.accent
        wrapMode: Text.Wrap
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: steps.valid
        Switch {
            objectName: "showAllSwitch"
            implicitHeight: Theme.touchTarget
            text: qsTr("Show every step")
            checked: root.showAll
            onToggled: root.showAll = checked
        }
        Button {
            objectName: "previousStep"
            visible: !root.showAll
            implicitHeight: Theme.touchTarget
            text: qsTr("◀ Previous")
            enabled: root.step > 1
            onClicked: root.go(-1)
        }
        Label {
            objectName: "stepCounter"
            visible: !root.showAll
            height: Theme.touchTarget
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Step %1 of %2").arg(root.step).arg(root.stepCount)
            color: Theme.text
        }
        Button {
            objectName: "nextStep"
            visible: !root.showAll
            implicitHeight: Theme.touchTarget
            text: qsTr("Next ▶")
            enabled: root.step < root.stepCount
            onClicked: root.go(1)
        }
    }

    GridLayout {
        id: cards
        Layout.fillWidth: true
        visible: steps.valid
        columns: root.showAll && root.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.margin

        DragHandler {
            // a sideways swipe moves between steps
            target: null
            xAxis.enabled: true
            yAxis.enabled: false
            enabled: !root.showAll
            onActiveChanged: if (!active && Math.abs(translation.x) > 60) root.go(translation.x < 0 ? 1 : -1)
        }

        StepCard {
            objectName: "step1"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            shownStep: root.showAll ? 0 : root.step
            number: 1
            title: qsTr("The input vector x of '%1'").arg(steps.tokenText)
            //: %1 = d_model, %2 features, %3 position numbers
            formula: steps.namedDimensions
                     ? qsTr("x = [features ; position encoding]   (d_model = %1 = %2 + %3)").arg(steps.dModel).arg(steps.dModel - steps.positionValues.length).arg(steps.positionValues.length)
                     //: %1 = d_model, %2 = the layer (from 1)
                     : qsTr("x = the hidden state entering layer %2   (d_model = %1)").arg(steps.dModel).arg(root.session.layerIndex + 1)
            explanation: steps.namedDimensions
                         ? qsTr("The token's features from the lexicon (only the non-zero ones are listed), then 32 numbers sin(ω·i), cos(ω·i) that encode its position i = %1.").arg(steps.token)
                         : qsTr("In a trained model the %1 numbers of x have no names: they were learned, and position is already mixed in. The twelve largest are listed.").arg(steps.dModel)
            ValueBars {
                Layout.fillWidth: true
                model: steps.inputBars
            }
        }
        StepCard {
            objectName: "step2"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            shownStep: root.showAll ? 0 : root.step
            number: 2
            title: qsTr("The query: what '%1' looks for").arg(steps.tokenText)
            formula: qsTr("q = x · W_Q   (d_k = %1)").arg(steps.dk)
            explanation: !steps.namedDimensions
                         ? qsTr("The query's dimensions have no names either; the twelve largest are listed.")
                         : steps.queryPositionValues.length > 0
                         ? qsTr("Each named dimension is something this head's query looks for. %1 more numbers carry its preference for positions (see Q in step 9).").arg(steps.queryPositionValues.length)
                         : qsTr("Each named dimension is something this head's query looks for.")
            ValueBars {
                Layout.fillWidth: true
                model: steps.queryBars
                labelWidth: Math.min(240, root.column.width * (root.showAll && root.wide ? 0.2 : 0.4))
            }
        }
        StepCard {
            objectName: "step3"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            shownStep: root.showAll ? 0 : root.step
            number: 3
            title: qsTr("Every token's key and value")
            formula: qsTr("k_j = x_j · W_K,   v_j = x_j · W_V")
            explanation: steps.namedDimensions
                         ? qsTr("A key says what a token offers to queries; its value is what it passes on if attended to (here: its features).")
                         : qsTr("A key says what a token offers to queries; its value is what it passes on if attended to. In a trained model neither has named columns.")
            MatrixGrid {
                Layout.fillWidth: true
                model: steps.keys
                title: qsTr("K (one row per token)")
            }
        }
        StepCard {
            objectName: "step4"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            shownStep: root.showAll ? 0 : root.step
            number: 4
            title: qsTr("Scores: how well each key matches the query")
            formula: qsTr("score_j = q · k_j")
            explanation: steps.topScore < 0 ? ""
                         : !steps.namedDimensions
                         //: %1 token, %2 score
                         ? qsTr("'%1' scores highest: %2. Below the scores: the products q[c]·k[c] that add up to it, largest first.")
                           .arg(steps.tokens[steps.topScore]).arg(Theme.number(steps.topScoreValue, 2))
                         //: %1 token, %2 score, %3 part from features, %4 part from position
                         : qsTr("'%1' scores highest: %2 = %3 from the feature dimensions + %4 from position.")
                           .arg(steps.tokens[steps.topScore]).arg(Theme.number(steps.topScoreValue, 2))
                           .arg(Theme.number(steps.topFeatureScore, 2)).arg(Theme.number(steps.topPositionScore, 2))
            ValueBars {
                objectName: "scoreBars"
                Layout.fillWidth: true
                model: steps.scoreBars
            }
            ValueBars {
                objectName: "contributionBars"
                visible: !steps.namedDimensions
                Layout.fillWidth: true
                model: steps.contributionBars
            }
        }
        StepCard {
            objectName: "step5"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            shownStep: root.showAll ? 0 : root.step
            number: 5
            title: qsTr("Scale")
            formula: qsTr("score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3")
                     .arg(Theme.number(root.session.temperature, 2)).arg(steps.dk).arg(Theme.number(steps.divisor, 3))
            explanation: qsTr("Dividing by √d_k keeps scores in a range where softmax is not saturated; the temperature T makes the result sharper (T < 1) or flatter (T > 1).")
            ValueBars {
                Layout.fillWidth: true
                model: steps.scaledBars
            }
        }
        StepCard {
            objectName: "step6"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            shownStep: root.showAll ? 0 : root.step
            number: 6
            title: qsTr("Mask")
            formula: root.session.causal ? qsTr("score_j = −∞ for every j after '%1' (causal: a decoder cannot look ahead)").arg(steps.tokenText)
                                         : qsTr("no mask: an encoder lets every token see every token")
            ValueBars {
                objectName: "maskBars"
                Layout.fillWidth: true
                model: steps.maskBars
            }
        }
        StepCard {
            objectName: "step7"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            shownStep: root.showAll ? 0 : root.step
            number: 7
            title: qsTr("Softmax: the attention weights")
            formula: qsTr("a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   — each row sums to 1")
            //: %1 entropy in bits, %2 effective number of tokens
            explanation: qsTr("Entropy %1 bits: '%2' spreads its attention like %3 equally weighted tokens would. This is the row the Explore heatmap shows.")
                         .arg(Theme.number(steps.entropy, 2)).arg(steps.tokenText).arg(Theme.number(steps.effectiveTokens, 1))
            ValueBars {
                objectName: "weightBars"
                Layout.fillWidth: true
                model: steps.weightBars
                percent: true
            }
            EntropyChart {
                Layout.fillWidth: true
                Layout.preferredHeight: 220
                steps: steps
                session: root.session
            }
        }
        StepCard {
            objectName: "step8"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            shownStep: root.showAll ? 0 : root.step
            number: 8
            title: qsTr("Output: what '%1' receives").arg(steps.tokenText)
            formula: qsTr("output = Σ_j a_j · v_j")
            explanation: (steps.namedDimensions
                          ? qsTr("The weighted average of the values: the features of the tokens '%1' attends to now flow into it.")
                          : qsTr("The weighted average of the values: what the tokens '%1' attends to pass on flows into it (the twelve first entries are listed).")).arg(steps.tokenText)
            ValueBars {
                Layout.fillWidth: true
                model: steps.outputBars
            }
        }
        StepCard {
            objectName: "step9"
            Layout.fillWidth: true
            Layout.columnSpan: cards.columns
            Layout.alignment: Qt.AlignTop
            shownStep: root.showAll ? 0 : root.step
            number: 9
            title: qsTr("The whole matrices")
            formula: qsTr("Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + mask)")
            explanation: qsTr("Every token does steps 2–8 at once: one row per token. The row and column of '%1' are outlined.").arg(steps.tokenText)
            MatrixGrid {
                Layout.fillWidth: true
                model: steps.queries
                title: qsTr("Q — queries")
            }
            MatrixGrid {
                Layout.fillWidth: true
                model: steps.values
                title: qsTr("V — values")
            }
            MatrixGrid {
                Layout.fillWidth: true
                model: steps.scoreMatrix
                title: qsTr("S = Q·Kᵀ — scores (rows: from, columns: to)")
            }
            MatrixGrid {
                objectName: "weightMatrix"
                Layout.fillWidth: true
                model: steps.weightMatrix
                title: qsTr("A — attention weights (each row sums to 1)")
            }
        }
    }
}
