// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader is given: the accessibility tree of the window (QAccessible, as the platform's bridge reads
// it) on every page and in the dialogs has a name for every control a user can operate, and the heatmap cell under
// keyboard focus is spoken with its row, its column and its computed weight.
#include "attentionmatrixmodel.h"

#include <QAccessible>
#include <QApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Attention_CorePlugin)
Q_IMPORT_QML_PLUGIN(Attention_UiPlugin)

namespace {

bool operable(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::EditableText:
    case QAccessible::MenuItem:
    case QAccessible::SpinBox:
    case QAccessible::Table:
        return true;
    default:
        return false;
    }
}

/// Every visible control in the tree below `node` that a screen reader would announce without a name.
void findUnnamed(QAccessibleInterface *node, QStringList *unnamed, int depth = 0)
{
    if (!node || depth > 80 || node->state().invisible)
        return;
    if (operable(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        // a combo box's own text field is announced as the (named) combo box
        QAccessibleInterface *parent = node->parent();
        const bool partOfNamedCombo = node->role() == QAccessible::EditableText && parent
            && parent->role() == QAccessible::ComboBox && !parent->text(QAccessible::Name).isEmpty();
        if (!partOfNamedCombo) {
            QObject *o = node->object();
            *unnamed << QStringLiteral("%1 (role %2, objectName \"%3\", text \"%4\")")
                            .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("?"))
                            .arg(int(node->role()))
                            .arg(o ? o->objectName() : QString(), o ? o->property("text").toString() : QString());
        }
    }
    for (int c = 0; c < node->childCount(); ++c)
        findUnnamed(node->child(c), unnamed, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("attention-explorer-tests")); // as the app names itself
        QCoreApplication::setApplicationName(QStringLiteral("attention-explorer"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QLocale::setDefault(QLocale::c());
        QAccessible::setActive(true); // as when a screen reader is running, before the window is made
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        m_engine.load(QUrl(QStringLiteral("qrc:/Attention/Ui/Main.qml")));
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
        QVERIFY(m_window);
        m_window->resize(1280, 900);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void everyControlHasAName_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("dialog");
        QTest::newRow("Explore") << 0 << QString();
        QTest::newRow("Inside the math") << 1 << QString();
        QTest::newRow("All heads") << 2 << QString();
        QTest::newRow("Learn") << 3 << QString();
        QTest::newRow("Settings") << 0 << QStringLiteral("settingsDialog");
        QTest::newRow("Worksheet") << 0 << QStringLiteral("worksheetDialog");
        QTest::newRow("Picture") << 0 << QStringLiteral("pictureDialog");
        QTest::newRow("About") << 0 << QStringLiteral("aboutDialog");
    }

    void everyControlHasAName()
    {
        QFETCH(int, page);
        QFETCH(QString, dialog);
        m_window->setProperty("page", page);
        QObject *popup = dialog.isEmpty() ? nullptr : m_window->findChild<QObject *>(dialog);
        if (!dialog.isEmpty()) {
            QVERIFY2(popup, qPrintable(dialog));
            QMetaObject::invokeMethod(popup, "open");
            QTRY_VERIFY(popup->property("opened").toBool());
        }
        QTest::qWait(200);
        QStringList unnamed;
        findUnnamed(QAccessible::queryAccessibleInterface(m_window), &unnamed);
        if (popup) {
            QMetaObject::invokeMethod(popup, "close");
            QTRY_VERIFY(!popup->property("visible").toBool());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void heatmapCellIsSpoken()
    {
        m_window->setProperty("page", 0);
        auto *panel = m_window->findChild<QQuickItem *>(QStringLiteral("heatmapPanel"));
        auto *heatmap = m_window->findChild<QQuickItem *>(QStringLiteral("heatmap"));
        QVERIFY(panel && heatmap);
        auto *matrix = heatmap->property("matrix").value<AttentionMatrixModel *>();
        QVERIFY(matrix && matrix->size() == 10); // "The cat sat on the mat because it was tired"
        panel->forceActiveFocus();
        QTRY_VERIFY(panel->hasActiveFocus());
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(panel);
        QVERIFY(spoken);
        QCOMPARE(spoken->role(), QAccessible::Table);
        // from no cell: Down goes to row 1, column 1; 7 more Downs and one Right reach row 8 ("it"), column 2 ("cat")
        for (int i = 0; i < 8; ++i)
            QTest::keyClick(m_window, Qt::Key_Down);
        QTest::keyClick(m_window, Qt::Key_Right);
        const QString name = spoken->text(QAccessible::Name);
        const double weight = matrix->weight(7, 1);
        const QString percent = QLocale().toString(100 * weight, 'f', 1);
        QVERIFY2(name.contains(QStringLiteral("row 8")) && name.contains(QStringLiteral("it")), qPrintable(name));
        QVERIFY2(name.contains(QStringLiteral("column 2")) && name.contains(QStringLiteral("cat")), qPrintable(name));
        QVERIFY2(name.contains(percent), qPrintable(name + QStringLiteral(" / ") + percent));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QCOMPARE(spoken->text(QAccessible::Name), QStringLiteral("Attention heatmap, rows attend to columns"));
    }

private:
    QTemporaryDir m_settings;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
