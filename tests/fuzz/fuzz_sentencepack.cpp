// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A sentence pack: loaded, its claims checked against the designed model, and listed as --list-sentences would.
#include "commandline.h"
#include "fuzzing.h"
#include "sentencepack.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const attention::SentencePack pack =
            attention::SentencePack::load(fuzzing::write(QStringLiteral("pack.json"), fuzzing::bytes(data, size)));
        for (const attention::Sentence &s : pack.sentences)
            attention::cli::escapeControlCharacters(s.id + s.pattern + s.text, true);
    } catch (const attention::Error &) { }
    return 0;
}
