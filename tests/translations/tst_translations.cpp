// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations are complete and in step with the code: lupdate, run over the sources into a copy of the
// .ts files, finds no string the catalogues lack and none they keep that the code no longer has; every message of
// every shipped language is translated, with the same %1… placeholders and HTML tags as its source.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type; ///< "unfinished", "vanished", "obsolete" or ""
};

QList<Message> readCatalogue(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            m = { context, {}, {}, {} };
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            m.translation = xml.readElementText();
            messages << m;
        }
    }
    return messages;
}

/// The lines of a list file the build wrote.
QStringList lines(const char *path)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    for (auto it = QRegularExpression(QStringLiteral("%\\d")).globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return sorted(found);
}

QStringList tags(const QString &text)
{
    QStringList found;
    for (auto it = QRegularExpression(QStringLiteral("</?[a-z0-9]+")).globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return sorted(found);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueMatchesTheCode()
    {
        QTemporaryDir dir;
        QStringList copies;
        const QStringList catalogues = lines(ATTENTION_TS_LIST);
        for (const QString &ts : catalogues) {
            const QString copy = dir.filePath(QFileInfo(ts).fileName());
            QVERIFY(QFile::copy(ts, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies << copy;
        }
        QVERIFY(copies.size() >= 3);
        // the same sources and options as the update_translations target
        const QString list = QString::fromLocal8Bit(ATTENTION_SOURCES_LIST);
        QVERIFY(lines(ATTENTION_SOURCES_LIST).size() > 40);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ATTENTION_LUPDATE),
            QStringList { QLatin1Char('@') + list, QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("-ts") }
                + copies);
        QVERIFY(lupdate.waitForFinished(120000));
        const QString out = QString::fromLocal8Bit(lupdate.readAll());
        QCOMPARE(lupdate.exitCode(), 0);

        for (const QString &ts : catalogues) {
            const QList<Message> shipped = readCatalogue(ts);
            const QList<Message> updated = readCatalogue(dir.filePath(QFileInfo(ts).fileName()));
            QSet<QString> before, after;
            for (const Message &m : shipped)
                before << m.context + QLatin1Char('|') + m.source;
            for (const Message &m : updated)
                after << m.context + QLatin1Char('|') + m.source;
            const QSet<QString> added = after - before, removed = before - after;
            QVERIFY2(added.isEmpty() && removed.isEmpty(),
                qPrintable(QStringLiteral("%1 is out of step with the code (run: cmake --build build --target "
                                          "update_translations)\nnew strings: %2\ngone: %3\n%4")
                               .arg(QFileInfo(ts).fileName(), QStringList(added.begin(), added.end()).join(u'\n'),
                                   QStringList(removed.begin(), removed.end()).join(u'\n'), out)));

            QStringList problems;
            for (const Message &m : shipped) {
                const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + QLatin1Char('"');
                if (!m.type.isEmpty() || m.translation.trimmed().isEmpty())
                    problems << QStringLiteral("not translated (%1): ").arg(m.type) + where;
                else if (placeholders(m.source) != placeholders(m.translation))
                    problems << QStringLiteral("placeholders differ: ") + where;
                else if (tags(m.source) != tags(m.translation))
                    problems << QStringLiteral("HTML tags differ: ") + where;
            }
            QVERIFY2(
                problems.isEmpty(), qPrintable(QFileInfo(ts).fileName() + QLatin1Char('\n') + problems.join(u'\n')));
            QVERIFY2(shipped.size() > 300, qPrintable(QString::number(shipped.size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
