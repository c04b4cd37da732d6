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
    Reflexive, ///< himself, themselves: bound by the subject of its own clause
    Objective, ///< object case (him, them): never bound by the subject of its own clause
    Subject, ///< the subject of its clause
    Predicative, ///< an adjective after a copula ("the sea was calm"): it describes the clause's subject
    Degree, ///< an adverb right before an adjective or adverb ("very shy"): it modifies that word
    NounModifier, ///< a noun right before the noun it modifies ("kitchen table")
    Inverted, ///< an auxiliary before its subject in a question ("Is the museum open?", "…, aren't you?")
    // Derived features, computed from the clause, phrase and sentence numbers by setDerivedFeatures():
    ClauseCos, ///< cos(clause · 2π/3): tokens of one clause share a phase, so q·k is 1 inside a clause and −½ across
    ClauseSin, ///< sin(clause · 2π/3)
    SubjectCos, ///< the clause phase of a subject (0 for other tokens)
    SubjectSin,
    BindingCos, ///< the clause phase of a reflexive, minus the clause phase of an object pronoun (0 for others)
    BindingSin,
    PhraseCos, ///< cos(phrase · 2π/3) for the tokens of a noun phrase (0 outside noun phrases)
    PhraseSin,
    SentenceCos, ///< cos(sentence · 2π/3): the tokens of one sentence share a phase
    SentenceSin,
    Count
};

inline constexpr int kFeatureCount = int(Feature::Count);
/// Features from here on are computed from clause, phrase and sentence numbers, never read or overridden.
inline constexpr int kFirstDerivedFeature = int(Feature::ClauseCos);

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
    int phrase = -1; ///< noun phrase number, or -1 outside noun phrases; PhraseCos/PhraseSin are computed from it
    int sentence = 0; ///< sentence number; SentenceCos/SentenceSin are computed from it
    int id = -1; ///< vocabulary id, for a checkpoint's sub-word tokens
    QString shown; ///< how a sub-word token reads ("ing" for "##ing", "cat" for "Ġcat"); empty: the text
    bool continuation = false; ///< a sub-word token that continues the word before it (shown joined to it)

    const QString &label() const { return shown.isEmpty() ? text : shown; }

    float operator[](Feature f) const { return features[int(f)]; }
    float &operator[](Feature f) { return features[int(f)]; }
    bool has(Feature f) const { return features[int(f)] != 0; }
};

using Tokens = std::vector<Token>;

/// The tokens' texts as labels tell them apart: the text, with its position (from 1) in subscript digits where the
/// same text occurs more than once ("he₃", "he₁₁"). One label per token.
QStringList tokenLabels(const Tokens &tokens);

} // namespace attention
