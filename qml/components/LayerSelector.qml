// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the layer of a trained checkpoint (layers numbered from 1); hidden for the one-layer designed model.
// Required: session.
import QtQuick
import QtQuick.Controls
import Attention.Core
import Attention.Ui

SpinBox {
    id: root

    required property AttentionSession session

    objectName: "layerSelector"
    visible: root.session.layerCount > 1
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontSize
    from: 1
    to: Math.max(1, root.session.layerCount)
    value: root.session.layerIndex + 1
    editable: true
    onValueModified: root.session.layerIndex = value - 1
    //: the layer shown, of how many ("Layer 3 of 12")
    textFromValue: (v, locale) => qsTr("Layer %1 of %2").arg(v).arg(root.session.layerCount)
    valueFromText: (text, locale) => {
        const digits = text.match(/\d+/)
        return digits ? Number(digits[0]) : root.value
    }
    Accessible.name: qsTr("Layer")
    Accessible.description: qsTr("Layer %1 of %2").arg(root.value).arg(root.session.layerCount)
}
