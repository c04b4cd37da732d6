// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares. Each target defines LLVMFuzzerTestOneInput: with clang it is linked with libFuzzer
// (-DATTENTION_FUZZ=ON, tests/fuzz/run-fuzzers.sh); otherwise with standalone.cpp, which runs the target on files
// (the seed corpus and the regression inputs, as a test).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace fuzzing {

/// A folder for this process's input files, removed at exit.
inline QDir scratch()
{
    static QTemporaryDir dir;
    return QDir(dir.path());
}

/// Writes `bytes` to `name` in the scratch folder and returns its path.
inline QString write(const QString &name, const QByteArray &bytes)
{
    const QString path = scratch().filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace fuzzing
