// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The application window: one set of pages (Explore, Inside the math, All heads, Learn) sharing one session. Phones get a
// tab bar at the bottom, wider windows one in the header. Initial state can be set from the command line
// (initialPage, initialSentence or initialText, initialHead: a head index, -1 for the average or -2 for the head
// the sentence is about, initialSelection, theme, initialTemperature, initialCausal, quizPack).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attention.Core
import Attention.Ui

ApplicationWindow {
    id: root

    property int initialPage: 0
    property string initialSentence: ""
    /// A sentence of the user's own to open with (analysed like one typed in the sentence menu).
    property string initialText: ""
    property int initialHead: -2
    property int initialSelection: -1
    /// "light" or "dark" for this window only (e.g. a screenshot); "" opens with the theme the user chose last.
    property string theme: ""
    /// No animations in this window (a screenshot is taken as soon as the window has settled).
    property bool reducedMotion: false
    property real initialTemperature: 1
    property bool initialCausal: false
    /// A teacher's sentence pack to use instead of the built-in sentences ("" for those).
    property string packPath: ""
    // A trained checkpoint's folder (--model DIR), or "" for the designed heads, and the layer to open in.
    property string modelPath: ""
    property int initialLayer: 0
    /// A teacher's quiz pack to use instead of the built-in quiz (a bad pack leaves the built-in one, with a message).
    property string quizPack: ""
    property int page: 0
    readonly property bool phone: width < Theme.phoneMaxWidth
    /// The header's model, save and theme buttons with the margins and spacing around them.
    readonly property real headerButtonsWidth: 3 * Theme.touchTarget + 5 * Theme.spacing + Theme.margin
    /// Narrower tablet windows leave the app's name out of the header, for the page tabs.
    readonly property int titleMinWidth: 720
    readonly property list<string> pageNames: [qsTr("Explore"), qsTr("Inside the math"), qsTr("All heads"), qsTr("Learn")]
    //: page names on a phone's bottom tab bar, where a quarter of 360 px is all a name gets
    readonly property list<string> shortPageNames: [qsTr("Explore"), qsTr("Math"), qsTr("Heads"), qsTr("Learn")]

    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Self-Attention Explorer")
    color: Theme.background
    // The controls (Qt Quick Controls' Basic style, which draws everything from this palette) follow the theme.
    palette {
        window: Theme.background
        base: Theme.surface
        alternateBase: Theme.surfaceRaised
        button: Theme.surfaceRaised
        highlightedText: Theme.textOnFocus
        light: Theme.surface
        mid: Theme.outline // outlines of switches, slider handles and fields
        midlight: Theme.outline // the empty part of a slider's groove and a switch's track
        placeholderText: Theme.mutedText
        toolTipBase: Theme.surface
        toolTipText: Theme.text
        link: Theme.focus
        // Colours that differ for a disabled control are set per group: a colour set for all groups at once
        // would overwrite the disabled one, depending on which binding runs last.
        active {
            windowText: Theme.text
            text: Theme.text
            buttonText: Theme.text
            highlight: Theme.focus // focus rings and text selection
            brightText: Theme.textOnAccent // on highlighted buttons and the filled part of switches and sliders
            dark: Theme.accent
        }
        inactive {
            windowText: Theme.text
            text: Theme.text
            buttonText: Theme.text
            highlight: Theme.focus
            brightText: Theme.textOnAccent
            dark: Theme.accent
        }
        disabled {
            windowText: Theme.disabledText
            text: Theme.disabledText
            buttonText: Theme.disabledText
            highlight: Theme.outline
            brightText: Theme.disabledText
            dark: Theme.outline
        }
    }
    font.pixelSize: Theme.fontSize

    header: ToolBar {
        background: Rectangle {
            color: Theme.surface
            Rectangle {
                width: parent.width
                height: 1
                y: parent.height - 1
                color: Theme.border
            }
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing
            Label {
                objectName: "headerTitle"
                text: root.title
                font.pixelSize: Theme.fontSize + 2
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                // the page tabs come first: on narrow tablets the title is shortened, and below 720 px it gives its
                // place to them (the window's title bar still says it)
                visible: root.phone || root.width >= root.titleMinWidth
                Layout.fillWidth: root.phone
                Layout.maximumWidth: root.phone ? -1 : Math.max(120, root.width - headerTabs.neededWidth - root.headerButtonsWidth)
            }
            PageTabs {
                id: headerTabs
                objectName: "headerTabs"
                visible: !root.phone
                // short names where the full ones do not fit beside the buttons (a portrait tablet, long translations),
                // and tighter tabs where even those do not
                readonly property real room: root.width - root.headerButtonsWidth - (root.width >= root.titleMinWidth ? 120 : 0)
                compact: widthOf(root.pageNames, Theme.margin, false) > room
                namePadding: compact && widthOf(root.shortPageNames, Theme.margin, true) > room ? 4 : Theme.margin
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                names: root.pageNames
                shortNames: root.shortPageNames
                page: root.page
                onChosen: index => root.page = index
            }
            ModelMenu {
                // the full name only where it leaves the page tabs room; elsewhere "⋮" (the tabs take their short
                // names on a portrait tablet to make room)
                compact: root.width < 1200
                workspace: workspace
            }
            ExportMenu {
                session: currentSession
                view: pageArea
            }
            ToolButton {
                id: themeButton
                objectName: "themeButton"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                text: Theme.dark ? "☀" : "☾"
                font.pixelSize: Theme.titleFontSize
                background: Rectangle {
                    radius: 4
                    color: themeButton.down ? Theme.selection : themeButton.hovered ? Theme.surfaceRaised : "transparent"
                    border.width: themeButton.visualFocus ? 3 : 0
                    border.color: Theme.focus
                }
                onClicked: {
                    Preferences.theme = Theme.dark ? "light" : "dark" // remembered for the next start (high contrast: light)
                    Theme.themeOverride = ""
                }
                Accessible.name: Theme.dark ? qsTr("Use the light theme") : qsTr("Use the dark theme")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
            }
        }
    }

    footer: PageTabs {
        id: footerTabs
        objectName: "footerTabs"
        visible: root.phone
        compact: true
        markerOnTop: true
        namePadding: 4
        names: root.pageNames
        shortNames: root.shortPageNames
        page: root.page
        onChosen: index => root.page = index
    }

    // Text size: Ctrl + and Ctrl − in steps of 10 %, Ctrl 0 back to 100 % (remembered, like the settings page's).
    Shortcut {
        sequences: ["Ctrl++", "Ctrl+="]
        onActivated: Preferences.textScale = Preferences.textScale + 0.1
    }
    Shortcut {
        sequence: "Ctrl+-"
        onActivated: Preferences.textScale = Preferences.textScale - 0.1
    }
    Shortcut {
        sequence: "Ctrl+0"
        onActivated: Preferences.textScale = 1
    }
    // Ctrl+1…4 open a page, Ctrl+Page Down/Up the next or previous one, from anywhere. (Not a Repeater: a bound
    // delegate would need ComponentBehavior: Bound, which Qt 6.4's Loader cannot instantiate pages under.)
    Shortcut {
        sequence: "Ctrl+1"
        onActivated: root.page = 0
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: root.page = 1
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: root.page = 2
    }
    Shortcut {
        sequence: "Ctrl+4"
        onActivated: root.page = 3
    }
    Shortcut {
        sequences: ["Ctrl+PgDown"]
        onActivated: root.page = (root.page + 1) % root.pageNames.length
    }
    Shortcut {
        sequences: ["Ctrl+PgUp"]
        onActivated: root.page = (root.page + root.pageNames.length - 1) % root.pageNames.length
    }

    // Pages are created the first time they are shown, so start-up builds only Explore.
    property int visitedPages: 1 << page // one bit per page
    onPageChanged: visitedPages |= 1 << page

    // What went wrong with the settings file (unreadable and kept aside, or not writable: progress is not kept),
    // said at the top until dismissed.
    Rectangle {
        id: settingsBanner
        objectName: "settingsBanner"
        property bool dismissed: false
        visible: SettingsStore.problem !== "" && !dismissed
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: visible ? bannerRow.implicitHeight + 2 * Theme.spacing : 0
        color: Theme.wrongBackground
        RowLayout {
            id: bannerRow
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing
            Label {
                objectName: "settingsProblem"
                Layout.fillWidth: true
                text: SettingsStore.problem
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.smallFontSize
            }
            Button {
                objectName: "settingsBannerDismiss"
                implicitHeight: Theme.touchTarget
                text: qsTr("Dismiss")
                onClicked: settingsBanner.dismissed = true
            }
        }
    }

    // The page area with the window's background, so a saved picture of it looks as it does on screen.
    Rectangle {
        id: pageArea
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: settingsBanner.bottom
        color: Theme.background

        StackLayout {
            id: pages
            anchors.fill: parent
            currentIndex: root.page

            ExplorePage {
                session: currentSession
                onNavigate: page => root.page = page
            }
            Loader {
                active: (root.visitedPages & 2) !== 0
                sourceComponent: mathPage
            }
            Loader {
                active: (root.visitedPages & 4) !== 0
                sourceComponent: headsPage
            }
            Loader {
                active: (root.visitedPages & 8) !== 0
                sourceComponent: learnPage
            }
        }
    }

    // The lazily created pages. They reach the window's session and options by id: with ComponentBehavior: Bound,
    // which would let the linter check that, Qt 6.4's Loader refuses to create them, so the check is off here.
    // qmllint disable unqualified
    Component {
        id: mathPage
        MathPage {
            session: currentSession
            onNavigate: page => root.page = page
        }
    }
    Component {
        id: headsPage
        HeadsPage {
            session: currentSession
            onNavigate: page => root.page = page
        }
    }
    Component {
        id: learnPage
        LearnPage {
            session: currentSession
            quizPack: root.quizPack
            onNavigate: page => root.page = page
        }
    }
    // qmllint enable unqualified

    // Declared after the pages on purpose: a window deletes its objects in the order they were made, so the session
    // outlives every page that reads it when the window closes.
    ModelWorkspace {
        id: workspace
        objectName: "workspace"
        packPath: root.packPath
        modelPath: root.modelPath
    }
    AttentionSession {
        id: currentSession
        objectName: "session"
        workspace: workspace
    }

    Connections {
        id: pendingSelection
        target: currentSession
        enabled: false
        function onBusyChanged() {
            if (!currentSession.busy) {
                pendingSelection.enabled = false
                currentSession.selectedToken = root.initialSelection
            }
        }
    }

    Component.onCompleted: {
        Theme.reducedMotionOverride = root.reducedMotion
        Theme.themeOverride = root.theme
        if (root.initialSentence !== "")
            currentSession.sentenceId = root.initialSentence
        if (root.initialText !== "")
            currentSession.useText(root.initialText)
        if (root.initialHead > -2)
            currentSession.headIndex = root.initialHead
        currentSession.layerIndex = root.initialLayer
        currentSession.temperature = root.initialTemperature
        currentSession.causal = root.initialCausal
        // a long text in a checkpoint arrives later (computed off the GUI thread): select in it once it is there
        if (currentSession.busy)
            pendingSelection.enabled = true
        else
            currentSession.selectedToken = root.initialSelection
        root.page = root.initialPage
    }
}
