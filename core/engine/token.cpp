// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "token.h"

namespace attention {

const QStringList &featureNames()
{
    static const QStringList names = {
        QStringLiteral("bias"),
        QStringLiteral("noun"),
        QStringLiteral("proper"),
        QStringLiteral("pronoun"),
        QStringLiteral("verb"),
        QStringLiteral("aux"),
        QStringLiteral("adjective"),
        QStringLiteral("determiner"),
        QStringLiteral("preposition"),
        QStringLiteral("conjunction"),
        QStringLiteral("adverb"),
        QStringLiteral("wh"),
        QStringLiteral("punctuation"),
        QStringLiteral("question-mark"),
        QStringLiteral("singular"),
        QStringLiteral("plural"),
        QStringLiteral("human"),
        QStringLiteral("non-human"),
        QStringLiteral("animate"),
        QStringLiteral("masculine"),
        QStringLiteral("feminine"),
        QStringLiteral("first-person"),
        QStringLiteral("second-person"),
        QStringLiteral("possessive"),
        QStringLiteral("subject"),
        QStringLiteral("clause-cos"),
        QStringLiteral("clause-sin"),
    };
    static_assert(kFeatureCount == 27, "featureNames() lists every Feature");
    return names;
}

int featureIndex(const QString &name)
{
    return int(featureNames().indexOf(name));
}

} // namespace attention
