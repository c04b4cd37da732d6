// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "token.h"

#include <QHash>
#include <QString>

#include <optional>

#include <vector>

namespace attention {

/// One way to read a word: its features, plus tags that guide the sentence analyser.
struct Reading {
    enum Tag : unsigned {
        Copula = 1, ///< a form of "be" or a linking verb (seem, feel): an adjective after it is predicative
        Subordinator = 2, ///< because, while: starts a subordinate clause
        Coordinator = 4, ///< and, but: may join two clauses
        Relative = 8, ///< who, which, that: may start a relative clause
        Complementizer = 16, ///< that after a verb of saying
        Negation = 32,
    };
    float features[kFeatureCount] = {};
    unsigned tags = 0;

    bool has(Feature f) const { return features[int(f)] != 0; }
    bool is(Tag t) const { return (tags & t) != 0; }
};

/// Word → possible readings: closed-class words written by hand (resources/lexicon/closed-class.tsv), open-class
/// words from WordNet (resources/lexicon/wordnet-lexicon.tsv), and rules for words in neither; plus English first
/// names with their usual gender (resources/lexicon/first-names.tsv).
class Lexicon
{
public:
    /// The lexicon bundled with the app. Throws Error if the bundled files are damaged.
    static const Lexicon &builtIn();

    /// Reads the TSV files (the first-name list is optional); throws Error("FILE:LINE: problem").
    static Lexicon load(
        const QString &closedClassPath, const QString &openClassPath, const QString &firstNamesPath = QString());

    /// Readings of a word (case-insensitive), most likely first; never empty (unknown words get a guess from
    /// their suffix). `known` is set to whether the word or its stem is in the lexicon.
    std::vector<Reading> lookup(const QString &word, bool *known = nullptr) const;

    /// true if the word (lower case) is a closed-class word.
    bool isClosedClass(const QString &word) const { return m_closed.contains(word); }

    /// The reading of a word as a first name (a singular human proper noun, masculine or feminine when the name
    /// usually is), or no reading if it is not a known first name. Case-insensitive.
    std::optional<Reading> firstName(const QString &word) const;

private:
    std::vector<Reading> lookupExact(const QString &lower) const;

    QHash<QString, std::vector<Reading>> m_closed;
    QHash<QString, QString> m_open; ///< word → reading codes ("n:a v")
    QHash<QString, QString> m_names; ///< first name → "m", "f" or "mf"
};

} // namespace attention
