// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: a QApplication (Qt Charts needs one) with the app's static QML modules imported.
#include <QApplication>
#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Attention_CorePlugin)
Q_IMPORT_QML_PLUGIN(Attention_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT

public:
    /// A folder the tests may write files to (removed at the end), as testTemporaryFolder.
    QString temporaryFolder;

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("testTemporaryFolder"), temporaryFolder);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // a test run in another language's number format (tests/qml-german), as --lang sets it in the app
    if (const QByteArray locale = qgetenv("ATTENTION_TEST_LOCALE"); !locale.isEmpty())
        QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
    QCoreApplication::setOrganizationName(QStringLiteral("attention-explorer-tests"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTENTION_VERSION)); // as the app does
    // Quiz progress and settings go to a fresh folder, never to the user's.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    Setup setup;
    QTemporaryDir files;
    setup.temporaryFolder = files.path();
    return quick_test_main_with_setup(argc, argv, "attention-explorer", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
