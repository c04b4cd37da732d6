// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lexicon.h"
#include "token.h"

namespace attention {

/// Longest text the analyser accepts, in characters, and most tokens in one sentence.
inline constexpr qsizetype kMaxTextCharacters = 5000;
inline constexpr int kMaxTokens = 512;

/// Splits text into word-level tokens: runs of letters and digits (with inner apostrophes and hyphens) are
/// words; every other visible character (punctuation, symbols, emoji — whole grapheme clusters) is a token
/// of its own; spaces and control characters separate. Throws Error for empty text or text over the limits.
Tokens tokenize(const QString &text);

/// Tokenizes and gives every token its features: part of speech and agreement from the lexicon (chosen by
/// context when a word has several readings), then clauses and each clause's subject by simple rules.
Tokens analyze(const QString &text, const Lexicon &lexicon = Lexicon::builtIn());

/// Recomputes the derived features (clause, subject, binding, phrase and sentence phases) from each token's clause,
/// phrase and sentence numbers and its features, e.g. after a pack overrides some of them.
void setDerivedFeatures(Tokens &tokens);

} // namespace attention
