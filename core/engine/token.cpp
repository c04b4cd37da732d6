// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "token.h"

#include <QHash>

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
        QStringLiteral("reflexive"),
        QStringLiteral("objective"),
        QStringLiteral("subject"),
        QStringLiteral("predicative"),
        QStringLiteral("degree"),
        QStringLiteral("noun-modifier"),
        QStringLiteral("inverted"),
        QStringLiteral("clause-cos"),
        QStringLiteral("clause-sin"),
        QStringLiteral("subject-cos"),
        QStringLiteral("subject-sin"),
        QStringLiteral("binding-cos"),
        QStringLiteral("binding-sin"),
        QStringLiteral("phrase-cos"),
        QStringLiteral("phrase-sin"),
        QStringLiteral("sentence-cos"),
        QStringLiteral("sentence-sin"),
    };
    static_assert(kFeatureCount == 41, "featureNames() lists every Feature");
    return names;
}

int featureIndex(const QString &name)
{
    return int(featureNames().indexOf(name));
}

QStringList tokenLabels(const Tokens &tokens)
{
    static const QString subscripts = QStringLiteral("₀₁₂₃₄₅₆₇₈₉");
    QHash<QString, int> occurrences;
    for (const Token &t : tokens)
        ++occurrences[t.label()];
    QStringList labels;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        QString label = tokens[i].label();
        if (occurrences.value(label) > 1) {
            for (const QChar digit : QString::number(i + 1))
                label += subscripts[digit.digitValue()];
        }
        labels << label;
    }
    return labels;
}

} // namespace attention
