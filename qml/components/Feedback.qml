// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Right-or-wrong feedback with an explanation. Required: correct, text.
import QtQuick
import QtQuick.Controls
import Attention.Ui

Label {
    id: root

    required property bool correct

    font.pixelSize: Theme.fontSize
    wrapMode: Text.Wrap
    color: Theme.text
    padding: Theme.spacing
    background: Rectangle {
        radius: Theme.radius
        color: root.correct ? Theme.correctBackground : Theme.wrongBackground
        border.color: root.correct ? Theme.correctOutline : Theme.accent
    }
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
