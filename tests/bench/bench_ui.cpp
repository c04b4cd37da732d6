// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the Explore screen takes to show a change: from selecting a token (or switching the head) to the next
// frame on screen, for sentences of 10, 64, 256 and 512 tokens; plus start-up to the first frame and peak memory.
// Run with the scene graph backend under test (see run_ui_benchmarks.sh); prints one line per measurement.
#include "attentionsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

Q_IMPORT_QML_PLUGIN(Attention_CorePlugin)
Q_IMPORT_QML_PLUGIN(Attention_UiPlugin)

namespace {

/// Waits for the window's next frameSwapped and returns the milliseconds since `timer` started (-1 on timeout).
double waitForFrame(QQuickWindow *window, const QElapsedTimer &timer)
{
    double at = -1;
    QEventLoop loop;
    const auto c = QObject::connect(
        window, &QQuickWindow::frameSwapped, &loop,
        [&] {
            at = timer.nsecsElapsed() / 1e6;
            loop.quit();
        },
        Qt::DirectConnection);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    QObject::disconnect(c);
    return at;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString sentenceOf(int tokens)
{
    static const QStringList words = QStringLiteral(
        "the old man who lived by the sea told the children a long story about the storm that sank his boat ,")
                                         .split(QLatin1Char(' '));
    QStringList out;
    for (int i = 0; i < tokens; ++i)
        out << words[i % words.size()];
    return out.join(QLatin1Char(' '));
}

struct Stats {
    double median;
    double p90;
    double worst;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return { v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 9 / 10)], v.back() };
}

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// What the backend needs to put an empty window of the same size on screen: the floor under every other number.
int measureEmptyWindow(int rounds)
{
    QQuickWindow empty;
    empty.setColor(Qt::white);
    empty.resize(1440, 900);
    empty.show();
    settle(800);
    std::vector<double> frames;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        frames.push_back(waitForFrame(&empty, t));
        settle(100);
    }
    const char *backend =
        empty.rendererInterface()->graphicsApi() == QSGRendererInterface::Software ? "software" : "opengl";
    std::printf("%s empty-window frame median %.1f ms\n", backend, stats(frames).median);
    std::printf("%s empty-window peak-memory %.1f MB\n", backend, peakRssKiB() / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // one line at a time, so a slow run shows its progress
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, atoi(argv[1])) : 7;
    if (qEnvironmentVariableIsSet("BENCH_EMPTY_WINDOW"))
        return measureEmptyWindow(rounds);
    QQuickWindow::setTextRenderType(QQuickWindow::NativeTextRendering); // as the app does
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Attention/Ui/Main.qml")));
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    window->resize(1440, 900);
    window->show();
    const double firstFrame = waitForFrame(window, sinceStart);
    const QString backend = window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software
        ? QStringLiteral("software")
        : QStringLiteral("opengl");
    std::printf("%s startup first-frame %.1f ms\n", qPrintable(backend), firstFrame);

    // Diagnostics: BENCH_HIDE=name,name hides the items with those objectNames (to see what a part costs);
    // BENCH_SIZES=64,512 measures only those sentence lengths.
    for (const QString &name : qEnvironmentVariable("BENCH_HIDE").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto *item = window->findChild<QQuickItem *>(name))
            item->setVisible(false);
        else
            std::fprintf(stderr, "BENCH_HIDE: no item named %s\n", qPrintable(name));
    }
    std::vector<int> sizes { 10, 64, 256, 512 };
    if (qEnvironmentVariableIsSet("BENCH_SIZES")) {
        sizes.clear();
        for (const QString &n : qEnvironmentVariable("BENCH_SIZES").split(QLatin1Char(',')))
            sizes.push_back(n.toInt());
    }

    // BENCH_VERBOSE also prints when each stage of a frame ends (ms since the change): polish, sync, render.
    QElapsedTimer *change = nullptr;
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        const auto stage = [&](const char *name) {
            return [&change, name] {
                if (change)
                    std::fprintf(stderr, "    %s %.1f ms\n", name, change->nsecsElapsed() / 1e6);
            };
        };
        QObject::connect(window, &QQuickWindow::afterAnimating, window, stage("polished"));
        QObject::connect(
            window, &QQuickWindow::afterSynchronizing, window, stage("synchronized"), Qt::DirectConnection);
        QObject::connect(window, &QQuickWindow::afterRendering, window, stage("rendered"), Qt::DirectConnection);
    }

    auto *session = window->findChild<AttentionSession *>(QStringLiteral("session"));
    for (const int n : sizes) {
        if (!session->useText(sentenceOf(n)).isEmpty() || session->tokens().size() != n) {
            std::fprintf(stderr, "could not make a sentence of %d tokens\n", n);
            return 1;
        }
        settle(800);
        if (qEnvironmentVariableIsSet("BENCH_SYNC_ONLY")) {
            // Only what a change costs before the next frame: bindings, model signals, accessibility (for profiling).
            QElapsedTimer t;
            t.start();
            for (int r = 0; r < rounds; ++r)
                session->setSelectedToken((r * 7 + 3) % n);
            std::printf(
                "%s n=%d select-token-sync mean %.2f ms\n", qPrintable(backend), n, t.nsecsElapsed() / 1e6 / rounds);
            continue;
        }
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
            session->setSelectedToken(1);
            settle(800);
            int shapes = 0, shown = 0;
            std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
                if (qstrcmp(item->metaObject()->className(), "QQuickShape") == 0) {
                    ++shapes;
                    shown += item->isVisible() ? 1 : 0;
                    if (item->isVisible())
                        std::fprintf(
                            stderr, "  shape in %s\n", item->parentItem()->parentItem()->metaObject()->className());
                }
                for (QQuickItem *child : item->childItems())
                    walk(child);
            };
            walk(window->contentItem());
            std::fprintf(stderr, "  %d shapes, %d visible\n", shapes, shown);
        }
        std::vector<double> select, head, idle;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            change = &t;
            session->setSelectedToken((r * 7 + 3) % n);
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::fprintf(stderr, "  select: bindings %.1f ms\n", t.nsecsElapsed() / 1e6);
            select.push_back(waitForFrame(window, t));
            change = nullptr;
            settle(700); // let the arcs finish growing before the next measurement
            t.start();
            idle.push_back(waitForFrame(window, t)); // a frame with nothing changed: the backend's floor
            settle(100);
            t.start();
            change = &t;
            session->setHeadIndex(r % 6 - 1);
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::fprintf(stderr, "  head: bindings %.1f ms\n", t.nsecsElapsed() / 1e6);
            head.push_back(waitForFrame(window, t));
            change = nullptr;
            settle(700);
        }
        for (const auto &[name, values] : { std::pair { "select-token", select }, std::pair { "switch-head", head },
                 std::pair { "unchanged-frame", idle } }) {
            const Stats s = stats(values);
            std::printf("%s n=%d %s median %.1f ms p90 %.1f ms worst %.1f ms\n", qPrintable(backend), n, name, s.median,
                s.p90, s.worst);
        }
        if (n == 64)
            std::printf("%s peak-memory-after-64-tokens %.1f MB\n", qPrintable(backend), peakRssKiB() / 1024.0);
    }
    std::printf("%s peak-memory-overall %.1f MB\n", qPrintable(backend), peakRssKiB() / 1024.0);

    return 0;
}
