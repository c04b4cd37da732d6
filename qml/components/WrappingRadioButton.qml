// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A radio button whose text wraps onto more lines instead of being cut short (long choices in German or French on a
// phone). Give it a width.
import QtQuick
import QtQuick.Controls
import Attention.Ui

RadioButton {
    id: root

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    contentItem: Label {
        // room for the indicator, as the style's own label leaves it
        leftPadding: root.indicator && !root.mirrored ? root.indicator.width + root.spacing : 0
        rightPadding: root.indicator && root.mirrored ? root.indicator.width + root.spacing : 0
        text: root.text
        font: root.font
        color: root.enabled ? Theme.text : Theme.disabledText
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
