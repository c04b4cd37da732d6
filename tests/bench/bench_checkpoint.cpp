// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times opening a checkpoint folder and a full forward pass with every layer's attention, as the app does it:
//   bench_checkpoint MODEL_DIR TOKENS [REPEATS]
// prints "open_ms=…", "forward_ms=…" (median) and "peak_rss_mb=…". Used by tests/bench/checkpoint_speed.py, which
// runs it against the PyTorch reference on the same random BERT-base-sized checkpoint.
#include "checkpointmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace attention;

namespace {
double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_checkpoint MODEL_DIR TOKENS [REPEATS]\n");
        return 2;
    }
    const int n = std::atoi(argv[2]);
    const int repeats = argc > 3 ? std::atoi(argv[3]) : 3;
    try {
        QElapsedTimer t;
        t.start();
        const auto model = CheckpointModel::load(QString::fromLocal8Bit(argv[1]));
        const double openMs = double(t.nsecsElapsed()) / 1e6;
        const double openRss = statusMb("VmRSS:");
        // n tokens with ids spread over the vocabulary (the tokenizer is not what is timed)
        Tokens tokens(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            tokens[std::size_t(i)].id = (i * 7919 + 13) % 30000;
        std::vector<double> times;
        for (int r = 0; r < repeats; ++r) {
            t.restart();
            const auto all = model->attentions(tokens);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            if (all.empty())
                return 1;
        }
        std::sort(times.begin(), times.end());
        std::printf("open_ms=%.1f\nopen_rss_mb=%.0f\nforward_ms=%.1f\npeak_rss_mb=%.0f\n", openMs, openRss,
            times[times.size() / 2], statusMb("VmHWM:"));
    } catch (const Error &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    }
    return 0;
}
