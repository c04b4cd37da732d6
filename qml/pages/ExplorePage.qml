// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Explore: sentence and head, the token row with attention arcs, the heatmap, the "attends to" chart and the
// pattern card. Phones stack the panels; wider windows put the heatmap beside the chart. Required: session.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Page {
    id: root

    required property AttentionSession session
    readonly property bool wide: width >= Theme.phoneMaxWidth

    background: null // the window paints the background once

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.margin

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                SentenceMenu {
                    width: root.wide ? Math.min(420, column.width * 0.55) : column.width
                    session: root.session
                }
                HeadSelector {
                    width: root.wide ? Math.min(300, column.width * 0.4) : column.width
                    session: root.session
                }
            }

            SoftmaxControls {
                Layout.fillWidth: true
                session: root.session
            }

            TokenRow {
                Layout.fillWidth: true
                session: root.session
            }

            SelectionSummary {
                Layout.fillWidth: true
                session: root.session
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.wide ? 2 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.margin

                HeatmapPanel {
                    Layout.fillWidth: !root.wide
                    Layout.preferredWidth: root.wide ? Math.min(column.width * 0.55, Math.max(360, root.height * 0.7)) : column.width
                    Layout.preferredHeight: Layout.preferredWidth + legendHeight
                    Layout.alignment: Qt.AlignTop
                    session: root.session
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.margin

                    AttendsToChart {
                        Layout.fillWidth: true
                        Layout.preferredHeight: root.wide ? 300 : 260
                        session: root.session
                    }
                    PatternCard {
                        Layout.fillWidth: true
                        session: root.session
                    }
                }
            }

            Label {
                objectName: "modelNote"
                Layout.fillWidth: true
                //: %1 is the model's name, e.g. "Designed heads"
                text: qsTr("Every number here is computed: A = softmax(Q·Kᵀ/√d_k) with the model \"%1\". Its heads are designed from grammar features, not trained on text — it follows grammar, not meaning.").arg(root.session.modelName)
                font.pixelSize: Theme.smallFontSize
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
        }
    }
}
