// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A quiz pack, checked against the built-in sentences and the designed model.
#include "fuzzing.h"
#include "quizpack.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        attention::QuizPack::load(fuzzing::write(QStringLiteral("quiz.json"), fuzzing::bytes(data, size)));
    } catch (const attention::Error &) { }
    return 0;
}
