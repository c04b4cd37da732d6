// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QLockFile>
#include <QRegularExpression>

namespace {

/// Whether `path` can be written: the file itself when it exists, else the nearest folder that exists (QSettings
/// creates the ones missing).
bool writable(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.isFile() && info.isWritable();
    QString folder = info.absolutePath();
    while (!QFileInfo::exists(folder) && folder != QFileInfo(folder).absolutePath())
        folder = QFileInfo(folder).absolutePath();
    const QFileInfo existing(folder);
    return existing.isDir() && existing.isWritable();
}

/// Removes what a process killed while saving left next to `file`: a stale lock (QLockFile removes one whose
/// process is gone) and QSaveFile's temporary copies ("<file>.XXXXXX"). Only while holding the lock, so a running
/// instance's save is never touched.
void removeLeftovers(const QString &file)
{
    QLockFile lock(file + QStringLiteral(".lock"));
    if (!lock.tryLock(0))
        return;
    const QFileInfo info(file);
    const QRegularExpression temporary(
        QStringLiteral("^") + QRegularExpression::escape(info.fileName()) + QStringLiteral("\\.[A-Za-z0-9]{6}$"));
    const QDir dir = info.absoluteDir();
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (temporary.match(name).hasMatch())
            QFile::remove(dir.filePath(name));
    }
    lock.unlock();
}

} // namespace

SettingsStore::SettingsStore()
{
    open();
}

SettingsStore &SettingsStore::instance()
{
    static SettingsStore store;
    return store;
}

SettingsStore *SettingsStore::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(&instance(), QJSEngine::CppOwnership);
    return &instance();
}

void SettingsStore::open()
{
    m_settings.reset();
    m_readOnly = false;
    QString problem;
    // One object reads the file and reports its status: Qt tells a read error only to the first QSettings object
    // that reads a file, the others see the cached (empty) result.
    QString file;
    QSettings::Status status = QSettings::NoError;
    {
        const QSettings probe;
        file = probe.fileName();
        status = probe.status();
    }
    removeLeftovers(file);
    if (status == QSettings::FormatError) {
        const QString kept = file + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (QFile::rename(file, kept)) {
            problem = tr("Your settings file could not be read, so new settings were started; the old file was kept "
                         "as %1.")
                          .arg(kept);
        } else {
            m_readOnly = true;
            problem = tr("Your settings file %1 could not be read or moved aside, so nothing is saved until the app "
                         "closes.")
                          .arg(file);
        }
    } else if (status == QSettings::AccessError) {
        m_readOnly = true;
        problem = tr("Your settings file %1 cannot be read, so nothing is saved until the app closes.").arg(file);
    }
    m_settings = std::make_unique<QSettings>();
    if (problem.isEmpty() && !writable(file))
        problem = tr("Progress cannot be saved: %1 is not writable. Answers and choices last until the app closes.")
                      .arg(file);
    m_problem.clear();
    setProblem(problem);
    if (!m_problem.isEmpty())
        qWarning("%s", qPrintable(m_problem));
}

QVariant SettingsStore::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

bool SettingsStore::setValue(const QString &key, const QVariant &value)
{
    return setValues({ { key, value } });
}

bool SettingsStore::setValues(const QVariantMap &values)
{
    if (m_readOnly)
        return false;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isValid())
            m_settings->setValue(it.key(), it.value());
        else
            m_settings->remove(it.key());
    }
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    setProblem(tr("Progress cannot be saved: %1 is not writable. Answers and choices last until the app closes.")
                   .arg(m_settings->fileName()));
    return false;
}

QString SettingsStore::fileName() const
{
    return m_settings->fileName();
}

void SettingsStore::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged();
}
