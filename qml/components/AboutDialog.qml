// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// About the app: its version (from CMake, the same as --version and the package), what the models are, the
// licences, and the papers the lessons rest on. Opened from the model menu.
import QtQuick
import QtQuick.Controls
import Attention.Ui

Dialog {
    id: root

    objectName: "aboutDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(640, parent ? parent.width - 2 * Theme.margin : 640)
    height: Math.min(640, parent ? parent.height - 2 * Theme.margin : 640)
    modal: true
    title: qsTr("About Self-Attention Explorer")
    standardButtons: Dialog.Close

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        Label {
            objectName: "aboutText"
            width: scroll.availableWidth
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.smallFontSize + 1
            onLinkActivated: link => Qt.openUrlExternally(link)
            //: %1 is the version number
            text: qsTr("<b>Version %1</b>").arg(Qt.application.version) + "<br><br>"
                  + qsTr("Every number is computed: A = softmax(Q·Kᵀ/√d_k), then A·V. The default model's heads are <i>designed</i> from grammar features (coreference, subject–verb, modifier, previous token, question) — not trained on text. Tiny BERT is a small model this project trained on public-domain text, to compare with. A BERT or GPT-2 folder you open is used as it is; the app never downloads anything.") + "<br><br>"
                  + qsTr("<b>Licences.</b> The app: GNU GPL 3.0 or later. Qt: LGPL 3.0. The word list: Princeton WordNet 3.0 licence. First names: Moby Word II (public domain; PDDL 1.0 / CC0 1.0). Tiny BERT's training text: Moby-Dick and the US State of the Union addresses (public domain). Colour maps: viridis and cividis (CC0).") + "<br><br>"
                  + qsTr("<b>References</b>") + "<br>"
                  + "Vaswani et al. (2017). Attention Is All You Need. NeurIPS.<br>"
                  + "Devlin et al. (2019). BERT: Pre-training of Deep Bidirectional Transformers for Language "
                  + "Understanding. NAACL.<br>"
                  + "Radford et al. (2019). Language Models are Unsupervised Multitask Learners. OpenAI.<br>"
                  + "Clark et al. (2019). What Does BERT Look At? An Analysis of BERT's Attention. BlackboxNLP.<br>"
                  + "Jain &amp; Wallace (2019). Attention is not Explanation. NAACL.<br>"
                  + "Wiegreffe &amp; Pinter (2019). Attention is not not Explanation. EMNLP.<br>"
                  + "Abnar &amp; Zuidema (2020). Quantifying Attention Flow in Transformers. ACL."
        }
    }
}
