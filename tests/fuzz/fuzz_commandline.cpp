// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: arguments separated by NUL bytes, read as the app reads them (window, screenshot or command;
// every option's values).
#include "commandline.h"
#include "fuzzing.h"

#include <QCommandLineParser>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStringList arguments;
    for (const QByteArray &a : fuzzing::bytes(data, size).split('\0'))
        arguments << QString::fromLocal8Bit(a);
    attention::cli::launchFor(arguments);
    QCommandLineParser parser;
    attention::cli::addOptions(parser);
    if (parser.parse(QStringList { QStringLiteral("attention-explorer") } + arguments)) {
        for (const QString &name : parser.optionNames())
            parser.values(name);
    }
    return 0;
}
