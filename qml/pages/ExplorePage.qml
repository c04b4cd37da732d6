// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Explore: sentence, head and softmax settings, the token row with attention arcs, the heatmap, the "attends to"
// chart, the model note and the pattern card. Phones stack the panels; wider windows put the heatmap beside the
// chart and size it to the height that is left, so on a 1280x720 projector the tokens, the whole heatmap of a short
// sentence, the chart and the model note need no scrolling. Required: session.
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
    readonly property bool wide: width >= Theme.phoneMaxWidth

    SessionControls {
        id: controls
        Layout.fillWidth: true
        compact: !root.wide
        session: root.session
    }

    TokenRow {
        id: tokenRow
        Layout.fillWidth: true
        session: root.session
    }

    SelectionSummary {
        id: summary
        Layout.fillWidth: true
        session: root.session
    }

    GridLayout {
        id: panels
        // What is left of the window below the tokens: the heatmap takes that height (within limits). From the
        // heights of the parts above, not from this grid's position, which the layout is still settling.
        readonly property real heightLeft: root.flickable.height - 2 * Theme.margin - controls.implicitHeight
                                           - tokenRow.implicitHeight - (summary.visible ? summary.implicitHeight : 0)
                                           - 3 * root.column.spacing
        Layout.fillWidth: true
        columns: root.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.margin

        HeatmapPanel {
            id: heatmap
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Math.min(root.column.width * 0.5, Math.max(260, panels.heightLeft - legendHeight))
                                             : root.column.width
            Layout.preferredHeight: Layout.preferredWidth + legendHeight
            Layout.alignment: Qt.AlignTop
            session: root.session
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing

            AttendsToChart {
                Layout.fillWidth: true
                Layout.preferredHeight: root.wide ? Math.max(220, Math.min(300, heatmap.height - 150)) : 260
                session: root.session
            }
            Label {
                objectName: "modelNote"
                Layout.fillWidth: true
                visible: !Theme.presenter
                //: %1 is the model's name, e.g. "Designed heads"
                text: (root.session.namedDimensions
                       ? qsTr("Every number here is computed: A = softmax(Q·Kᵀ/√d_k) with the model \"%1\". Its heads are designed from grammar features, not trained on text — it follows grammar, not meaning.")
                       //: %1 is the model's name, e.g. "bert-base-uncased (BERT, 12 layers × 12 heads)"
                       : qsTr("Every number here is computed: A = softmax(Q·Kᵀ/√d_k) in the trained model \"%1\", layer by layer from its weights. Attention weights show where a head looks, not why the model predicts what it does.")).arg(root.session.modelName)
                font.pixelSize: Theme.smallFontSize
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "notice"
                Layout.fillWidth: true
                visible: root.session.notice !== ""
                text: root.session.notice
                font.pixelSize: Theme.smallFontSize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            PatternCard {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                session: root.session
            }
        }
    }
}
