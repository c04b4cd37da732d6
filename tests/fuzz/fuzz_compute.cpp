// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// --compute's input: parsed, computed and written as the result JSON.
#include "computerequest.h"
#include "fuzzing.h"
#include "jsonio.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const QJsonDocument doc = attention::json::parseObject(fuzzing::bytes(data, size), QStringLiteral("input"));
        const attention::ComputeRequest request =
            attention::ComputeRequest::fromJson(doc.object(), QStringLiteral("input"));
        QJsonDocument(attention::resultToJson(request, request.compute())).toJson(QJsonDocument::Compact);
    } catch (const attention::Error &) { }
    return 0;
}
