// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzer.h"

#include "attention.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>

namespace attention {
namespace {

enum class CharKind { Word, Joiner, Space, Symbol };

CharKind kindOf(const QString &cluster)
{
    const char32_t c = cluster.toUcs4().value(0);
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return CharKind::Word;
    if (c == U'\'' || c == U'\u2019' || c == U'-')
        return CharKind::Joiner;
    if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control || QChar::category(c) == QChar::Other_Format)
        return CharKind::Space;
    return CharKind::Symbol;
}

/// Working state for one token while the analyser decides between readings.
struct Item {
    std::vector<Reading> readings;
    Reading chosen;
    bool capitalized = false;
    bool known = true;

    bool can(Feature f) const
    {
        return std::any_of(readings.begin(), readings.end(), [f](const Reading &r) { return r.has(f); });
    }
    bool choose(Feature f)
    {
        for (const Reading &r : readings) {
            if (r.has(f)) {
                chosen = r;
                return true;
            }
        }
        return false;
    }
    bool is(Feature f) const { return chosen.has(f); }
    bool nominal() const { return is(Feature::Noun) || is(Feature::Pronoun); }
    bool finiteVerb() const { return is(Feature::Verb) || is(Feature::Aux); }
};

Reading punctuation(const QString &text)
{
    Reading r;
    r.features[int(Feature::Bias)] = 1;
    r.features[int(Feature::Punctuation)] = 1;
    if (text == QLatin1String("?"))
        r.features[int(Feature::QuestionMark)] = 1;
    return r;
}

bool isSentenceEnd(const QString &text)
{
    return text == QLatin1String(".") || text == QLatin1String("!") || text == QLatin1String("?");
}

/// Picks one reading per token from its neighbours, left to right.
void chooseReadings(const Tokens &tokens, std::vector<Item> &items)
{
    const auto n = items.size();
    const bool question = !tokens.empty() && tokens.back().text == QLatin1String("?");
    for (std::size_t i = 0; i < n; ++i) {
        Item &it = items[i];
        it.chosen = it.readings.front();
        if (it.readings.size() == 1)
            continue;
        const Item *prev = i > 0 ? &items[i - 1] : nullptr;
        const Item *next = i + 1 < n ? &items[i + 1] : nullptr;
        const QString word = tokens[i].text.toLower();
        const bool nextNounish = next && (next->can(Feature::Noun) || next->can(Feature::Adjective))
            && !next->can(Feature::Aux) && !next->can(Feature::Preposition);

        if (word == QLatin1String("her")) {
            if (nextNounish && !(next->can(Feature::Pronoun)))
                it.choose(Feature::Possessive);
            continue;
        }
        if (word == QLatin1String("that")) {
            if (prev && prev->nominal() && !prev->is(Feature::Pronoun))
                it.chosen = it.readings[1]; // the students that …: relative
            else if (prev && prev->finiteVerb())
                it.chosen = it.readings[2]; // said that …: complementizer
            continue;
        }
        if (word == QLatin1String("when")) {
            if (!(question && i == 0))
                it.choose(Feature::Conjunction);
            continue;
        }
        if (word == QLatin1String("after") || word == QLatin1String("before") || word == QLatin1String("so")) {
            if (next && next->can(Feature::Pronoun) && !next->can(Feature::Possessive))
                it.choose(Feature::Conjunction);
            continue;
        }
        if (prev && prev->is(Feature::Verb) && it.can(Feature::Adverb) && !(next && next->can(Feature::Noun))) {
            it.choose(Feature::Adverb); // "studied hard"
        } else if (prev
            && (prev->is(Feature::Determiner) || prev->is(Feature::Possessive) || prev->is(Feature::Adjective)
                || prev->is(Feature::Preposition))) {
            if (it.can(Feature::Adjective) && next && next->can(Feature::Noun) && !next->can(Feature::Preposition))
                it.choose(Feature::Adjective);
            else if (!it.choose(Feature::Noun))
                it.choose(Feature::Adjective);
        } else if (prev && (prev->is(Feature::Aux) || tokens[i - 1].text.toLower() == QLatin1String("to"))) {
            if (!it.choose(Feature::Verb))
                it.choose(Feature::Adjective);
        } else if (prev && prev->nominal() && !prev->chosen.is(Reading::Objective)) {
            if (!it.choose(Feature::Verb) && !it.choose(Feature::Aux))
                it.choose(Feature::Noun);
        } else if (!prev || prev->is(Feature::Punctuation) || prev->is(Feature::Conjunction)) {
            if (it.can(Feature::Adjective) && nextNounish)
                it.choose(Feature::Adjective);
            else
                it.choose(Feature::Noun);
        }
    }
}

/// Clause numbers: subordinators, relative pronouns and clause-joining coordinators open clauses; a relative
/// clause closes when a second verb arrives, a subordinate clause at a comma.
void assignClauses(Tokens &tokens, const std::vector<Item> &items)
{
    struct Open {
        int id;
        bool relative;
        bool verbSeen;
    };
    std::vector<Open> stack { { 0, false, false } };
    int nextId = 1;
    const auto n = tokens.size();
    const auto verbAhead = [&](std::size_t from) {
        for (std::size_t j = from; j < n; ++j) {
            if (items[j].finiteVerb())
                return true;
            if (isSentenceEnd(tokens[j].text))
                return false;
        }
        return false;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const Item &it = items[i];
        const Item *prev = i > 0 ? &items[i - 1] : nullptr;
        if (i > 0 && isSentenceEnd(tokens[i - 1].text)) {
            stack.assign(1, { nextId++, false, false }); // a new sentence is a new main clause
        }
        if (it.chosen.is(Reading::Subordinator) || it.chosen.is(Reading::Complementizer)) {
            stack.push_back({ nextId++, false, false });
        } else if (it.chosen.is(Reading::Relative) && prev && prev->nominal() && !prev->is(Feature::Pronoun)) {
            stack.push_back({ nextId++, true, false });
        } else if (it.chosen.is(Reading::Coordinator) && stack.back().verbSeen && verbAhead(i + 1)) {
            stack.back() = { nextId++, false, false };
        } else if (it.finiteVerb() && stack.size() > 1 && stack.back().relative && stack.back().verbSeen && prev
            && !prev->is(Feature::Aux)) {
            // "who studied hard | passed", "that the boy saw | was": a second verb group belongs to the outer clause
            stack.pop_back();
        } else if (tokens[i].text == QLatin1String(",") && stack.size() > 1 && stack.back().verbSeen) {
            stack.pop_back();
            tokens[i].clause = stack.back().id;
            continue;
        }
        if (it.finiteVerb())
            stack.back().verbSeen = true;
        tokens[i].clause = stack.back().id;
    }
}

/// Marks each clause's subject: the head of its first noun phrase before the clause's first verb (or after it,
/// when the verb comes first, as in questions). Relative pronouns followed directly by a verb are subjects.
void assignSubjects(Tokens &tokens, const std::vector<Item> &items)
{
    const auto n = tokens.size();
    int maxClause = 0;
    for (const Token &t : tokens)
        maxClause = std::max(maxClause, t.clause);
    for (int c = 0; c <= maxClause; ++c) {
        std::vector<std::size_t> idx;
        for (std::size_t i = 0; i < n; ++i) {
            if (tokens[i].clause == c)
                idx.push_back(i);
        }
        const auto firstVerb =
            std::find_if(idx.begin(), idx.end(), [&](std::size_t i) { return items[i].finiteVerb(); });
        if (firstVerb == idx.end())
            continue;
        const auto candidate = [&](std::size_t i) {
            const Item &it = items[i];
            return it.nominal() && !it.chosen.is(Reading::Objective) && !it.is(Feature::Possessive);
        };
        const auto headFrom = [&](std::vector<std::size_t>::const_iterator start,
                                  std::vector<std::size_t>::const_iterator end) -> std::ptrdiff_t {
            for (auto p = start; p != end; ++p) {
                if (items[*p].is(Feature::Preposition)) {
                    // skip a prepositional phrase: its noun is not the subject
                    while (p + 1 != end && !items[*(p + 1)].nominal())
                        ++p;
                    if (p + 1 != end)
                        ++p;
                    continue;
                }
                if (!candidate(*p))
                    continue;
                auto head = p;
                while (head + 1 != end && items[*(head + 1)].is(Feature::Noun) && !items[*head].is(Feature::Pronoun))
                    ++head; // compound: "the school bus" → bus
                return std::ptrdiff_t(*head);
            }
            return -1;
        };
        // "the dog that barked": a relative word right before the verb is the subject of its clause
        if (firstVerb != idx.begin() && items[*(firstVerb - 1)].chosen.is(Reading::Relative)
            && *(firstVerb - 1) == idx.front()) {
            tokens[idx.front()][Feature::Subject] = 1;
            continue;
        }
        std::ptrdiff_t subject = headFrom(idx.begin(), firstVerb);
        if (subject < 0)
            subject = headFrom(firstVerb + 1, idx.end());
        if (subject >= 0)
            tokens[std::size_t(subject)][Feature::Subject] = 1;
    }
}

} // namespace

Tokens tokenize(const QString &text)
{
    if (text.size() > kMaxTextCharacters)
        throw Error("the text has " + std::to_string(text.size()) + " characters; the limit is "
            + std::to_string(kMaxTextCharacters));
    Tokens tokens;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    Token word;
    bool inWord = false;
    const auto flush = [&] {
        if (inWord) {
            // a trailing apostrophe or hyphen is punctuation, not part of the word
            while (word.length > 0 && kindOf(text.mid(word.start + word.length - 1, 1)) == CharKind::Joiner)
                --word.length;
            word.text = text.mid(word.start, word.length);
            tokens.push_back(word);
            const qsizetype end = word.start + word.length;
            inWord = false;
            return end;
        }
        return qsizetype(-1);
    };
    while (start < text.size()) {
        qsizetype end = finder.toNextBoundary();
        if (end < 0)
            end = text.size();
        const QString cluster = text.mid(start, end - start);
        const CharKind kind = kindOf(cluster);
        if (kind == CharKind::Word || (kind == CharKind::Joiner && inWord)) {
            if (!inWord) {
                word = Token {};
                word.start = start;
                inWord = true;
            }
            word.length = end - word.start;
        } else {
            const qsizetype wordEnd = flush();
            if (wordEnd >= 0 && wordEnd < start) {
                // joiners dropped from the end of a word become tokens of their own
                for (qsizetype p = wordEnd; p < start; ++p)
                    tokens.push_back(Token { text.mid(p, 1), p, 1, {}, 0 });
            }
            if (kind == CharKind::Symbol || kind == CharKind::Joiner)
                tokens.push_back(Token { cluster, start, end - start, {}, 0 });
        }
        if (tokens.size() > std::size_t(kMaxTokens))
            throw Error("the text has more than " + std::to_string(kMaxTokens) + " tokens; the limit is "
                + std::to_string(kMaxTokens));
        start = end;
    }
    if (const qsizetype wordEnd = flush(); wordEnd >= 0 && wordEnd < text.size()) {
        for (qsizetype p = wordEnd; p < text.size(); ++p)
            tokens.push_back(Token { text.mid(p, 1), p, 1, {}, 0 });
    }
    if (tokens.empty())
        throw Error("the text has no words or symbols to attend to");
    if (tokens.size() > std::size_t(kMaxTokens))
        throw Error(
            "the text has " + std::to_string(tokens.size()) + " tokens; the limit is " + std::to_string(kMaxTokens));
    return tokens;
}

void setClausePhases(Tokens &tokens)
{
    constexpr double step = 2 * 3.14159265358979323846 / 3;
    for (Token &t : tokens) {
        t[Feature::ClauseCos] = float(std::cos(step * t.clause));
        t[Feature::ClauseSin] = float(std::sin(step * t.clause));
    }
}

Tokens analyze(const QString &text, const Lexicon &lexicon)
{
    Tokens tokens = tokenize(text);
    std::vector<Item> items(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens[i].text;
        Item &it = items[i];
        if (!t.front().isLetterOrNumber()) {
            it.readings = { punctuation(t) };
            continue;
        }
        it.capitalized = t.front().isUpper();
        it.readings = lexicon.lookup(t, &it.known);
        const bool sentenceStart = i == 0 || isSentenceEnd(tokens[i - 1].text);
        const bool closed = lexicon.isClosedClass(t.toLower());
        if (t.front().isDigit()) {
            Reading r;
            r.features[int(Feature::Bias)] = 1;
            r.features[int(Feature::Determiner)] = 1;
            r.features[int(t == QLatin1String("1") ? Feature::Singular : Feature::Plural)] = 1;
            it.readings = { r };
        } else if (it.capitalized && !closed && (!sentenceStart || !it.known)) {
            // a capitalised word inside a sentence, or an unknown one at its start: a name
            const auto known = std::find_if(
                it.readings.begin(), it.readings.end(), [](const Reading &r) { return r.has(Feature::Noun); });
            Reading r;
            if (it.known && known != it.readings.end()) {
                r = *known;
            } else {
                r.features[int(Feature::Bias)] = 1;
                r.features[int(Feature::Human)] = 1;
                r.features[int(Feature::Animate)] = 1;
            }
            r.features[int(Feature::Noun)] = 1;
            r.features[int(Feature::Proper)] = 1;
            r.features[int(Feature::Singular)] = 1;
            r.features[int(Feature::Plural)] = 0;
            it.readings = { r };
        }
    }
    chooseReadings(tokens, items);
    for (std::size_t i = 0; i < tokens.size(); ++i)
        std::copy(
            std::begin(items[i].chosen.features), std::end(items[i].chosen.features), std::begin(tokens[i].features));
    assignClauses(tokens, items);
    assignSubjects(tokens, items);
    setClausePhases(tokens);
    return tokens;
}

} // namespace attention
