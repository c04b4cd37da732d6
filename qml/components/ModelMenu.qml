// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The model the window works with: the built-in designed heads, a model folder opened lately, or "Open model
// folder…" (a BERT or GPT-2 checkpoint with config.json, model.safetensors and tokenizer files). A folder that
// cannot be used leaves the model as it was, and the reason is shown. Required: workspace.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Attention.Core
import Attention.Ui

ToolButton {
    id: root

    required property ModelWorkspace workspace
    /// A phone's header: just "⋮" (the menu says what it is).
    property bool compact: false
    /// Opens a model folder, remembering it when it can be used.
    function openFolder(path) {
        root.workspace.modelPath = path
        if (root.workspace.error === "")
            Preferences.addRecentModel(path)
        else
            errorDialog.show(root.workspace.error)
    }
    /// Uses a teacher's sentence pack instead of the curated sentences; one that cannot be used (the error names the
    /// file, sentence and field) leaves the sentences as they were.
    function openPack(path) {
        root.workspace.packPath = path
        if (root.workspace.error !== "")
            errorDialog.show(root.workspace.error)
    }
    /// A file dialog's URL as a local path.
    function localPath(url) {
        return decodeURIComponent(String(url).replace(/^file:\/\//, ""))
    }

    objectName: "modelMenuButton"
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Theme.touchTarget
    //: the button that chooses the model; %1 its name
    text: root.compact ? "⋮"
          : root.workspace.modelPath === "" ? qsTr("Model: designed heads ▾")
          : root.workspace.modelPath === "trained" ? qsTr("Model: Tiny BERT (trained here) ▾")
          : qsTr("Model: %1 ▾").arg(root.workspace.modelPath.split("/").pop())
    font.pixelSize: Theme.smallFontSize
    background: Rectangle {
        radius: 4
        color: root.down || menu.visible ? Theme.selection : root.hovered ? Theme.surfaceRaised : "transparent"
        border.width: root.visualFocus ? 3 : 0
        border.color: Theme.focus
    }
    onClicked: menu.open()
    Accessible.name: qsTr("Choose the model")
    Accessible.description: root.workspace.modelName

    Menu {
        id: menu
        // right-aligned with the button, so that on a phone (the button near the right edge) it opens leftwards
        // with its items readable, not squeezed against the edge
        x: root.width - width
        y: root.height
        width: 330 // room for "About Self-Attention Explorer" and a pack's title; fits a 360 px phone
        MenuItem {
            text: qsTr("Designed heads (built in)")
            checkable: true
            checked: root.workspace.modelPath === ""
            onTriggered: root.workspace.modelPath = ""
        }
        MenuItem {
            objectName: "trainedModelItem"
            text: qsTr("Tiny BERT (trained here)")
            checkable: true
            checked: root.workspace.modelPath === "trained"
            onTriggered: {
                root.workspace.modelPath = "trained"
                if (root.workspace.error !== "")
                    errorDialog.show(root.workspace.error)
            }
        }
        MenuSeparator {}
        Repeater {
            model: Preferences.recentModels
            delegate: MenuItem {
                id: recent
                required property string modelData
                text: recent.modelData
                checkable: true
                checked: root.workspace.modelPath === recent.modelData
                onTriggered: root.openFolder(recent.modelData)
            }
        }
        MenuItem {
            objectName: "openModelItem"
            text: qsTr("Open model folder…")
            onTriggered: folderDialog.open()
        }
        MenuSeparator {}
        MenuItem {
            objectName: "builtInSentencesItem"
            text: qsTr("Curated sentences (built in)")
            checkable: true
            checked: root.workspace.packPath === ""
            onTriggered: root.workspace.packPath = ""
        }
        MenuItem {
            objectName: "openPackItem"
            //: %1 is the title of the sentence pack in use
            text: root.workspace.packPath === "" ? qsTr("Open sentence pack…") : qsTr("Open sentence pack… (now: %1)").arg(root.workspace.packTitle)
            onTriggered: packDialog.open()
        }
        MenuSeparator {}
        MenuItem {
            objectName: "settingsItem"
            text: qsTr("Settings…")
            onTriggered: settings.open()
        }
        MenuItem {
            objectName: "aboutItem"
            text: qsTr("About Self-Attention Explorer")
            onTriggered: about.open()
        }
    }
    AboutDialog {
        id: about
    }
    SettingsDialog {
        id: settings
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: settings.open()
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Open a model folder (config.json, model.safetensors, tokenizer files)")
        onAccepted: root.openFolder(root.localPath(folderDialog.selectedFolder))
    }
    FileDialog {
        id: packDialog
        title: qsTr("Open a sentence pack (see docs/sentence-packs.md)")
        nameFilters: [qsTr("Sentence packs (*.json)")]
        onAccepted: root.openPack(root.localPath(packDialog.selectedFile))
    }
    Dialog {
        id: errorDialog
        /// The reason, taken when the dialog opens (a hidden dialog does not follow the workspace's error).
        property string message: ""
        function show(message: string) {
            errorDialog.message = message
            errorDialog.open()
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, parent ? parent.width - 2 * Theme.margin : 560)
        modal: true
        objectName: "modelMenuError"
        title: qsTr("This cannot be opened")
        // The text's height for the dialog's width, said outright, and the OK button in the content: derived through
        // the content item and a button box, the heights depend on each other and loop at large text sizes.
        contentHeight: errorContent.implicitHeight
        Column {
            id: errorContent
            width: errorDialog.availableWidth
            spacing: Theme.margin
            Label {
                id: errorText
                width: parent.width
                text: qsTr("%1\n\nWhat you had stays open.").arg(errorDialog.message)
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Button {
                objectName: "modelMenuErrorOk"
                anchors.right: parent.right
                implicitHeight: Theme.touchTarget
                text: qsTr("OK")
                onClicked: errorDialog.close()
            }
        }
    }
}
