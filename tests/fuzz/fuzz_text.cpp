// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Typed text: the designed model's tokenizer and analyser and every head's attention, and the trained model's
// WordPiece tokenizer and forward pass.
#include "checkpointmodel.h"
#include "designedmodel.h"
#include "fuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzzing::bytes(data, size));
    try {
        const attention::DesignedModel &designed = attention::DesignedModel::builtIn();
        designed.compute(designed.tokenize(text));
    } catch (const attention::Error &) { }
    static const auto trained = attention::CheckpointModel::load(QStringLiteral("trained"));
    try {
        trained->attentions(trained->tokenize(text));
    } catch (const attention::Error &) { }
    return 0;
}
