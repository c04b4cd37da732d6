// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Save and print (the header's "⤓"): the current page as a picture (PNG, as on screen or twice as sharp), the matrix
// shown as CSV or JSON, and a worksheet for the sentence and head (PDF on A4 or Letter, with an empty grid or the
// heatmap, with or without the answer key), printed through the system's dialog where a printer is set up.
// Required: session, and view (the item a picture shows).
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Attention.Core
import Attention.Ui

ToolButton {
    id: root

    required property AttentionSession session
    required property Item view

    /// Saves the view as a PNG at `scale` times its size on screen; the result is shown.
    function savePicture(path: string, scale: real) {
        const size = Qt.size(Math.round(root.view.width * scale), Math.round(root.view.height * scale))
        root.view.grabToImage(result => {
            //: %1 the file
            root.report(result.saveToFile(path) ? "" : qsTr("%1: cannot be written.").arg(path), path)
        }, size)
    }
    /// Saves the matrix shown as "csv" or "json".
    function saveMatrix(path: string, format: string) {
        root.report(Exporter.saveMatrix(root.session, path, format), path)
    }
    /// The worksheet's options as chosen in its dialog.
    function worksheetOptions() {
        return { answers: answerKey.checked, heatmap: heatmapFront.checked, paper: letter.checked ? "Letter" : "A4" }
    }
    function saveWorksheet(path: string) {
        root.report(Exporter.saveWorksheet(root.session, path, root.worksheetOptions()), path)
    }
    /// Says what was saved where, or what went wrong.
    function report(error: string, path: string) {
        //: %1 the file
        resultDialog.message = error === "" ? qsTr("Saved as %1").arg(path) : error
        resultDialog.failed = error !== ""
        resultDialog.open()
    }
    /// A file dialog's URL as a local path.
    function localPath(url) {
        return decodeURIComponent(String(url).replace(/^file:\/\//, ""))
    }
    function chooseFile(kind: string) {
        saveDialog.kind = kind
        saveDialog.open()
    }

    objectName: "exportMenuButton"
    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    text: "⤓"
    font.pixelSize: Theme.titleFontSize
    background: Rectangle {
        radius: 4
        color: root.down || menu.visible ? Theme.selection : root.hovered ? Theme.surfaceRaised : "transparent"
        border.width: root.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
    onClicked: menu.open()
    Accessible.name: qsTr("Save or print")
    ToolTip.visible: hovered
    ToolTip.text: Accessible.name

    Menu {
        id: menu
        x: root.width - width
        y: root.height
        width: 330
        MenuItem {
            objectName: "savePictureItem"
            text: qsTr("Save this page as a picture…")
            onTriggered: pictureDialog.open()
        }
        MenuItem {
            objectName: "saveCsvItem"
            text: qsTr("Save the matrix as CSV…")
            onTriggered: root.chooseFile("csv")
        }
        MenuItem {
            objectName: "saveJsonItem"
            text: qsTr("Save the matrix as JSON…")
            onTriggered: root.chooseFile("json")
        }
        MenuSeparator {}
        MenuItem {
            objectName: "worksheetItem"
            text: qsTr("Worksheet for this sentence…")
            onTriggered: worksheetDialog.open()
        }
    }

    Dialog {
        id: pictureDialog
        objectName: "pictureDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(480, parent ? parent.width - 2 * Theme.margin : 480)
        modal: true
        title: qsTr("Save this page as a picture")
        contentHeight: pictureOptions.implicitHeight
        Column {
            id: pictureOptions
            width: pictureDialog.availableWidth
            spacing: Theme.spacing
            WrappingRadioButton {
                id: asOnScreen
                width: parent.width
                checked: true
                //: %1 × %2 the picture's size in pixels
                text: qsTr("As on screen (%1 × %2)").arg(Math.round(root.view.width)).arg(Math.round(root.view.height))
            }
            WrappingRadioButton {
                id: sharp
                objectName: "sharpPicture"
                width: parent.width
                text: qsTr("Twice as sharp (%1 × %2), for slides and print").arg(Math.round(2 * root.view.width))
                      .arg(Math.round(2 * root.view.height))
            }
            Button {
                anchors.right: parent.right
                implicitHeight: Theme.touchTarget
                text: qsTr("Save PNG…")
                onClicked: {
                    pictureDialog.close()
                    root.chooseFile("png")
                }
            }
        }
    }

    Dialog {
        id: worksheetDialog
        objectName: "worksheetDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, parent ? parent.width - 2 * Theme.margin : 520)
        height: Math.min(worksheetOptions.implicitHeight + 120, parent ? parent.height - 2 * Theme.margin : 600)
        modal: true
        title: qsTr("Worksheet")
        ScrollView {
            id: worksheetScroll
            anchors.fill: parent
            contentWidth: availableWidth
            clip: true
            Column {
                id: worksheetOptions
                width: worksheetScroll.availableWidth
                spacing: Theme.spacing
                Label {
                    width: parent.width
                    //: %1 the sentence, %2 the head
                    text: qsTr("“%1”, head %2: the sentence and its tokens, a grid, and questions answered from the computed matrix.")
                          .arg(root.session.text).arg(root.session.headName)
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                Label {
                    text: qsTr("Front page")
                    font.bold: true
                    color: Theme.text
                }
                ButtonGroup {
                    id: frontGroup
                }
                WrappingRadioButton {
                    width: parent.width
                    checked: true
                    text: qsTr("An empty grid to shade")
                    ButtonGroup.group: frontGroup
                }
                WrappingRadioButton {
                    id: heatmapFront
                    objectName: "heatmapFront"
                    width: parent.width
                    text: qsTr("The heatmap")
                    ButtonGroup.group: frontGroup
                }
                CheckBox {
                    id: answerKey
                    objectName: "answerKey"
                    width: parent.width
                    checked: true
                    text: qsTr("Answer key page")
                }
                Label {
                    text: qsTr("Paper")
                    font.bold: true
                    color: Theme.text
                }
                ButtonGroup {
                    id: paperGroup
                }
                WrappingRadioButton {
                    width: parent.width
                    checked: Exporter.defaultPaper === "A4"
                    text: qsTr("A4")
                    ButtonGroup.group: paperGroup
                }
                WrappingRadioButton {
                    id: letter
                    objectName: "letterPaper"
                    width: parent.width
                    checked: Exporter.defaultPaper === "Letter"
                    text: qsTr("Letter")
                    ButtonGroup.group: paperGroup
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing
                    Button {
                        objectName: "saveWorksheetButton"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Save PDF…")
                        onClicked: {
                            worksheetDialog.close()
                            root.chooseFile("pdf")
                        }
                    }
                    Button {
                        objectName: "printWorksheetButton"
                        implicitHeight: Theme.touchTarget
                        enabled: Exporter.canPrint
                        text: qsTr("Print…")
                        onClicked: {
                            worksheetDialog.close()
                            const error = Exporter.printWorksheet(root.session, root.worksheetOptions())
                            if (error !== "")
                                root.report(error, "")
                        }
                    }
                }
                Label {
                    width: parent.width
                    visible: !Exporter.canPrint
                    text: qsTr("No printer is set up on this computer: save the PDF and print it elsewhere.")
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                }
            }
        }
    }

    FileDialog {
        id: saveDialog
        /// "png", "csv", "json" or "pdf".
        property string kind: "png"
        fileMode: FileDialog.SaveFile
        defaultSuffix: kind
        title: kind === "png" ? qsTr("Save the page as a picture") : kind === "pdf" ? qsTr("Save the worksheet")
                                                                                     : qsTr("Save the matrix")
        nameFilters: kind === "png" ? [qsTr("PNG pictures (*.png)")] : kind === "csv" ? [qsTr("CSV tables (*.csv)")]
                     : kind === "json" ? [qsTr("JSON files (*.json)")] : [qsTr("PDF documents (*.pdf)")]
        onAccepted: {
            const path = root.localPath(saveDialog.selectedFile)
            if (kind === "png")
                root.savePicture(path, sharp.checked ? 2 : 1)
            else if (kind === "pdf")
                root.saveWorksheet(path)
            else
                root.saveMatrix(path, kind)
        }
    }

    Dialog {
        id: resultDialog
        objectName: "exportResult"
        property string message: ""
        property bool failed: false
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, parent ? parent.width - 2 * Theme.margin : 520)
        modal: true
        title: failed ? qsTr("This cannot be saved") : qsTr("Saved")
        contentHeight: resultContent.implicitHeight
        Column {
            id: resultContent
            width: resultDialog.availableWidth
            spacing: Theme.margin
            Label {
                objectName: "exportResultText"
                width: parent.width
                text: resultDialog.message
                wrapMode: Text.WrapAnywhere
                color: Theme.text
            }
            Button {
                anchors.right: parent.right
                implicitHeight: Theme.touchTarget
                text: qsTr("OK")
                onClicked: resultDialog.close()
            }
        }
    }
}
