// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "token.h"

#include <QHash>
#include <QString>

#include <vector>

namespace attention {

/// One way to read a word: its features, plus tags that guide the sentence analyser.
struct Reading {
    enum Tag : unsigned {
        Objective = 1, ///< object case: him, them (never a subject)
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
/// words from WordNet (resources/lexicon/wordnet-lexicon.tsv), and rules for words in neither.
class Lexicon
{
public:
    /// The lexicon bundled with the app. Throws Error if the bundled files are damaged.
    static const Lexicon &builtIn();

    /// Reads the two TSV files; throws Error("FILE:LINE: problem").
    static Lexicon load(const QString &closedClassPath, const QString &openClassPath);

    /// Readings of a word (case-insensitive), most likely first; never empty (unknown words get a guess from
    /// their suffix). `known` is set to whether the word or its stem is in the lexicon.
    std::vector<Reading> lookup(const QString &word, bool *known = nullptr) const;

    /// true if the word (lower case) is a closed-class word.
    bool isClosedClass(const QString &word) const { return m_closed.contains(word); }

private:
    std::vector<Reading> lookupExact(const QString &lower) const;

    QHash<QString, std::vector<Reading>> m_closed;
    QHash<QString, QString> m_open; ///< word → reading codes ("n:a v")
};

} // namespace attention
