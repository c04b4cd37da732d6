// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The selected token's three strongest targets as a sentence, for everyone and for screen readers. Required: session.
import QtQuick
import QtQuick.Controls
import Attention.Core
import Attention.Ui

Label {
    id: root

    required property AttentionSession session

    function describe() {
        const s = root.session
        const targets = s.targets
        if (s.selectedToken < 0 || targets.count === 0)
            return qsTr("No token selected.")
        const parts = []
        for (let r = 0; r < Math.min(3, targets.count); ++r)
            //: one target in the summary: token and percentage, e.g. 'cat' (41 %)
            parts.push(qsTr("'%1' (%2 %)").arg(targets.textAt(r)).arg(Theme.number(targets.weightAt(r) * 100, 1)))
        //: %1 is the selected token, %2 a list like 'cat' (41 %), 'mat' (20 %)
        return qsTr("'%1' attends most to %2.").arg(s.labels[s.selectedToken]).arg(parts.join(", "))
    }

    Connections {
        target: root.session
        function onWeightsChanged() { root.text = root.describe() }
    }

    objectName: "selectionSummary"
    Component.onCompleted: text = describe()
    visible: root.session.selectedToken >= 0
    font.pixelSize: Theme.fontSize
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
