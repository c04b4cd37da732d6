// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A checkpoint folder whose config.json and tokenizer files are the input, the weights a test fixture's: the first
// byte picks the fixture (BERT or GPT-2), the rest is split at NUL bytes into config.json and the tokenizer files
// (vocab.txt; or vocab.json and merges.txt). A model that loads computes every attention of a short text.
#include "checkpointmodel.h"
#include "fuzzing.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const bool gpt2 = data[0] & 1;
    const QList<QByteArray> parts = fuzzing::bytes(data + 1, size - 1).split('\0');
    const QString folder = fuzzing::scratch().filePath(gpt2 ? QStringLiteral("gpt2") : QStringLiteral("bert"));
    QDir().mkpath(folder);
    const QString fixture = QStringLiteral(ATTENTION_TEST_DATA "/checkpoints/")
        + (gpt2 ? QStringLiteral("gpt2") : QStringLiteral("bert-uncased"));
    if (!QFile::exists(folder + QStringLiteral("/model.safetensors")))
        QFile::copy(fixture + QStringLiteral("/model.safetensors"), folder + QStringLiteral("/model.safetensors"));
    const QStringList names = gpt2
        ? QStringList { QStringLiteral("config.json"), QStringLiteral("vocab.json"), QStringLiteral("merges.txt") }
        : QStringList { QStringLiteral("config.json"), QStringLiteral("vocab.txt") };
    for (qsizetype i = 0; i < names.size(); ++i) {
        QFile f(folder + u'/' + names[i]);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(parts.value(i));
    }
    try {
        const auto model = attention::CheckpointModel::load(folder);
        model->attentions(model->tokenize(QStringLiteral("The cat sat on the mat because it was tired.")));
    } catch (const attention::Error &) { }
    return 0;
}
