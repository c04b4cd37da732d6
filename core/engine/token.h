// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace attention {

/// The linguistic features a token can carry; the designed heads' W_Q and W_K are written in these names.
/// x = [features ; sinusoidal position], in this order.
enum class Feature : int {
    Bias, ///< 1 for every token, so a head can add a constant
    Noun,
    Proper,
    Pronoun,
    Verb,
    Aux,
    Adjective,
    Determiner,
    Preposition,
    Conjunction,
    Adverb,
    Wh,
    Punctuation,
    QuestionMark,
    Singular,
    Plural,
    Human,
    NonHuman,
    Animate,
    Masculine,
    Feminine,
    FirstPerson,
    SecondPerson,
    Possessive,
    Subject, ///< the subject of its clause
    ClauseCos, ///< cos(clause · 2π/3): tokens of one clause share a phase, so q·k is 1 inside a clause and −½ across
    ClauseSin, ///< sin(clause · 2π/3)
    Count
};

inline constexpr int kFeatureCount = int(Feature::Count);

/// The feature names used in model files and sentence packs ("noun", "subject", …), indexed by Feature.
const QStringList &featureNames();
/// Index of a feature name, or -1.
int featureIndex(const QString &name);

/// One token of a sentence: its text, where it came from, and its features.
struct Token {
    QString text;
    qsizetype start = 0; ///< offset of the first character in the sentence
    qsizetype length = 0; ///< characters in the sentence
    float features[kFeatureCount] = {};
    int clause = 0; ///< clause number (0 = main clause); ClauseCos/ClauseSin are computed from it

    float operator[](Feature f) const { return features[int(f)]; }
    float &operator[](Feature f) { return features[int(f)]; }
    bool has(Feature f) const { return features[int(f)] != 0; }
};

using Tokens = std::vector<Token>;

/// The tokens' texts as labels tell them apart: the text, with its position (from 1) in subscript digits where the
/// same text occurs more than once ("he₃", "he₁₁"). One label per token.
QStringList tokenLabels(const Tokens &tokens);

} // namespace attention
