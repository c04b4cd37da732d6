// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A model.safetensors file: the header validated, then every tensor read.
#include "fuzzing.h"
#include "safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const auto file = attention::SafeTensors::open(
            fuzzing::write(QStringLiteral("model.safetensors"), fuzzing::bytes(data, size)));
        for (const QString &name : file->names())
            attention::SafeTensors::view(file, name, file->tensor(name).shape).m().sum();
    } catch (const attention::Error &) { }
    return 0;
}
