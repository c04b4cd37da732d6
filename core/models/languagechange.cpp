// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagechange.h"

#include <QCoreApplication>
#include <QEvent>

namespace {

/// Watches the application object for the LanguageChange event QCoreApplication sends when a translator is
/// installed or removed.
class LanguageWatcher : public QObject
{
    Q_OBJECT

public:
    LanguageWatcher()
    {
        if (QCoreApplication *app = QCoreApplication::instance())
            app->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
            emit changed();
        return false;
    }

signals:
    void changed();
};

} // namespace

void onLanguageChange(QObject *context, std::function<void()> changed)
{
    static LanguageWatcher *watcher = new LanguageWatcher; // lives as long as the application
    QObject::connect(watcher, &LanguageWatcher::changed, context, std::move(changed));
}

#include "languagechange.moc"
