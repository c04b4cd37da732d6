// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: language, theme, the heatmap's colour map and scale, text size, presenter mode and reduced motion. Each
// takes effect at once and is remembered (Preferences). Opened from the model menu or with Ctrl+, (the platform's
// preferences shortcut).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

Dialog {
    id: root

    objectName: "settingsDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 2 * Theme.margin : 560)
    height: Math.min(760, parent ? parent.height - 2 * Theme.margin : 760)
    modal: true
    title: qsTr("Settings")
    standardButtons: Dialog.Close

    /// The index in `values` of `value`, or 0.
    function indexOf(values, value) {
        return Math.max(0, values.indexOf(value))
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing

            Label {
                text: qsTr("Language")
                font.bold: true
                color: Theme.text
            }
            ComboBox {
                id: language
                objectName: "languageBox"
                readonly property list<string> codes: ["", "en", "de", "es", "fr"]
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                // each language in its own name, so a user who cannot read the current one finds theirs
                model: [qsTr("As the system"), "English", "Deutsch", "Español", "Français"]
                // (localeName first: a new language retranslates the entries, which sends a combo box back to its
                // first entry; the setting's entry is chosen again after that)
                currentIndex: Preferences.localeName, root.indexOf(codes, Preferences.language)
                onActivated: index => Preferences.language = codes[index]
                Accessible.name: qsTr("Language")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The example sentences stay in English: the model's word list is English.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
            }

            Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("Theme")
                font.bold: true
                color: Theme.text
            }
            ComboBox {
                id: theme
                objectName: "themeBox"
                readonly property list<string> values: ["light", "dark", "contrast"]
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                model: [qsTr("Light"), qsTr("Dark"), qsTr("High contrast")]
                // (localeName first: a new language retranslates the entries, which sends a combo box back to its
                // first entry; the setting's entry is chosen again after that)
                currentIndex: Preferences.localeName, root.indexOf(values, Theme.themeName)
                onActivated: index => {
                    Preferences.theme = values[index]
                    Theme.themeOverride = ""
                }
                Accessible.name: qsTr("Theme")
            }

            Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("Heatmap colours")
                font.bold: true
                color: Theme.text
            }
            ComboBox {
                id: colours
                objectName: "colorMapBox"
                readonly property list<string> values: ["viridis", "cividis", "greyscale"]
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                model: [qsTr("Viridis"), qsTr("Cividis (for colour-blind readers)"), qsTr("Greyscale (for printing)")]
                // (localeName first: a new language retranslates the entries, which sends a combo box back to its
                // first entry; the setting's entry is chosen again after that)
                currentIndex: Preferences.localeName, root.indexOf(values, Preferences.colorMap)
                onActivated: index => Preferences.colorMap = values[index]
                Accessible.name: qsTr("Heatmap colours")
            }
            // the colour map as it is drawn: 0 % on the left, 100 % on the right
            AttentionHeatmap {
                id: sample
                visible: false
                colorMap: Preferences.colorMap
            }
            Rectangle {
                objectName: "colorMapSample"
                Layout.fillWidth: true
                Layout.preferredHeight: 16
                radius: 2
                border.width: 1
                border.color: Theme.border
                // (each stop names colorMap first, so it is re-read when the colour map changes)
                gradient: Gradient {
                    orientation: Gradient.Horizontal
                    GradientStop { position: 0.0; color: sample.colorMap, sample.colorFor(0.0) }
                    GradientStop { position: 0.25; color: sample.colorMap, sample.colorFor(0.25) }
                    GradientStop { position: 0.5; color: sample.colorMap, sample.colorFor(0.5) }
                    GradientStop { position: 0.75; color: sample.colorMap, sample.colorFor(0.75) }
                    GradientStop { position: 1.0; color: sample.colorMap, sample.colorFor(1.0) }
                }
            }
            WrappingRadioButton {
                objectName: "absoluteScale"
                Layout.fillWidth: true
                text: qsTr("Scale from 0 to 100 %")
                checked: Preferences.heatmapScale === "absolute"
                onToggled: Preferences.heatmapScale = "absolute"
            }
            WrappingRadioButton {
                objectName: "rowScale"
                Layout.fillWidth: true
                text: qsTr("Scale to each row's largest weight")
                checked: Preferences.heatmapScale === "row"
                onToggled: Preferences.heatmapScale = "row"
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("From 0 to 100 %, rows can be compared; scaled to each row, the pattern of a long sentence shows where every weight is small.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
            }

            Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("Text size")
                font.bold: true
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Slider {
                    id: textSize
                    objectName: "textSizeSlider"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    from: 1
                    to: 2
                    stepSize: 0.1
                    snapMode: Slider.SnapAlways
                    value: Preferences.textScale
                    onMoved: Preferences.textScale = value
                    Accessible.name: qsTr("Text size")
                }
                Label {
                    objectName: "textSizeValue"
                    Layout.preferredWidth: implicitWidth
                    text: Theme.percent(Preferences.textScale, 0)
                    color: Theme.text
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Ctrl + and Ctrl − change it from anywhere, Ctrl 0 sets it back to 100 %.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
            }

            Switch {
                objectName: "presenterSwitch"
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Presenter mode")
                checked: Preferences.presenter
                onToggled: Preferences.presenter = checked
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("For a projector: text at least 140 %, arcs twice as thick, and the softmax controls and notes a class does not need hidden.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
            }
            Switch {
                objectName: "reducedMotionSwitch"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Reduce motion")
                checked: Theme.reducedMotion
                onToggled: Preferences.reducedMotion = checked
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Arcs appear at once, without growing.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
            }

            Button {
                objectName: "resetAppearance"
                Layout.topMargin: Theme.spacing
                implicitHeight: Theme.touchTarget
                text: qsTr("Restore the default settings")
                onClicked: {
                    Preferences.resetAppearance()
                    Theme.themeOverride = ""
                }
                Accessible.name: text // (a description alone leaves the name empty in Qt 6.4)
                Accessible.description: qsTr("Answers and quiz progress are kept")
            }
        }
    }
}
