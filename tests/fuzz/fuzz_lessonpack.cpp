// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A lesson pack, checked against the built-in sentences and the designed model.
#include "fuzzing.h"
#include "lessonpack.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        attention::LessonPack::load(fuzzing::write(QStringLiteral("lessons.json"), fuzzing::bytes(data, size)));
    } catch (const attention::Error &) { }
    return 0;
}
