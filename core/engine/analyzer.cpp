// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzer.h"

#include "attention.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>
#include <optional>

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

/// The class a coordinator's left conjunct has, so the right one can match it ("sings and dances": a verb).
Feature conjunctClass(const Item &left)
{
    for (const Feature f : { Feature::Verb, Feature::Noun, Feature::Adjective, Feature::Adverb }) {
        if (left.is(f))
            return f;
    }
    return Feature::Count;
}

/// Index of the nearest token before `i` that is not an adverb (so "was not very calm" finds "was"), or -1.
std::ptrdiff_t beforeAdverbs(const std::vector<Item> &items, std::size_t i)
{
    std::ptrdiff_t j = std::ptrdiff_t(i) - 1;
    while (j >= 0 && items[std::size_t(j)].is(Feature::Adverb))
        --j;
    return j;
}

/// Picks one reading per token from its neighbours, left to right.
void chooseReadings(const Tokens &tokens, std::vector<Item> &items)
{
    const auto n = items.size();
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
        const bool question = [&] {
            for (std::size_t j = i; j < n; ++j) {
                if (isSentenceEnd(tokens[j].text))
                    return tokens[j].text == QLatin1String("?");
            }
            return false;
        }();
        const bool sentenceStart = !prev || isSentenceEnd(tokens[i - 1].text);
        // inside a relative clause that has no verb yet ("the car that my uncle | drives"), a verb is still due
        const bool relativeWithoutVerb = [&] {
            for (std::size_t j = i; j-- > 0;) {
                if (items[j].finiteVerb() || isSentenceEnd(tokens[j].text))
                    return false;
                if (items[j].chosen.is(Reading::Relative) && items[j].is(Feature::Conjunction))
                    return true;
            }
            return false;
        }();

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
            if (!(question && sentenceStart))
                it.choose(Feature::Conjunction);
            continue;
        }
        if (word == QLatin1String("after") || word == QLatin1String("before") || word == QLatin1String("so")) {
            if (word == QLatin1String("so") && next && (next->can(Feature::Adjective) || next->can(Feature::Adverb)))
                it.choose(Feature::Adverb); // "so early"
            else if (next && next->can(Feature::Pronoun) && !next->can(Feature::Possessive))
                it.choose(Feature::Conjunction);
            continue;
        }
        const std::ptrdiff_t beforeAdv = beforeAdverbs(items, i);
        const bool afterCopula = beforeAdv >= 0 && items[std::size_t(beforeAdv)].chosen.is(Reading::Copula);
        const bool graded = beforeAdv + 1 < std::ptrdiff_t(i); // "was quite boring": an adverb grades it
        // a finite verb earlier in this clause: a noun-or-verb word after a noun is then part of an object
        const bool clauseHasVerb = [&] {
            for (std::size_t j = i; j-- > 0;) {
                if (isSentenceEnd(tokens[j].text) || items[j].is(Feature::Conjunction)
                    || items[j].is(Feature::Punctuation))
                    return false;
                if (items[j].finiteVerb())
                    return true;
            }
            return false;
        }();
        const Feature leftConjunct =
            prev && prev->chosen.is(Reading::Coordinator) && i >= 2 ? conjunctClass(items[i - 2]) : Feature::Count;
        // after a noun, a word that is first of all a verb, or that takes an object, starts a verb phrase instead
        const bool verbPhrase = it.readings.front().has(Feature::Verb)
            || (it.can(Feature::Verb) && next
                && (next->can(Feature::Determiner) || next->can(Feature::Pronoun) || next->can(Feature::Possessive)));
        if (leftConjunct != Feature::Count && !(leftConjunct == Feature::Noun && verbPhrase)
            && it.choose(leftConjunct)) {
            // coordination joins like with like: "sings and dances", "cats and dogs"
        } else if (afterCopula && it.can(Feature::Adjective)
            && !(word.endsWith(QLatin1String("ing")) && it.can(Feature::Verb) && !graded
                && items[std::size_t(beforeAdv)].is(Feature::Aux)) // progressive only after "be"
            && !(next && tokens[i + 1].text.toLower() == QLatin1String("by"))
            && !(next && next->can(Feature::Noun) && !next->can(Feature::Verb) && !next->can(Feature::Preposition)
                && !next->can(Feature::Adverb))) {
            it.choose(Feature::Adjective); // "was calm", "seems happy" (not "is sleeping", "was kicked by")
        } else if (prev && prev->is(Feature::Verb) && it.can(Feature::Adverb) && !(next && next->can(Feature::Noun))) {
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
        } else if (prev && prev->is(Feature::Adverb) && it.can(Feature::Adjective) && nextNounish) {
            it.choose(Feature::Adjective); // "the very shy boy"
        } else if (!relativeWithoutVerb && prev && prev->is(Feature::Noun) && it.can(Feature::Noun) && next
            && next->is(Feature::Aux)) {
            it.choose(Feature::Noun); // "the school bus was": the second noun of a compound, before the verb
        } else if (clauseHasVerb && !relativeWithoutVerb && prev && prev->is(Feature::Noun) && i >= 2
            && (items[i - 2].is(Feature::Adjective) || items[i - 2].is(Feature::Determiner)
                || items[i - 2].is(Feature::Possessive))
            && (!next || next->can(Feature::Punctuation)) && it.choose(Feature::Noun)) {
            // "bought a new winter coat": the verb came already, so "coat" ends the object
        } else if (!relativeWithoutVerb && prev && prev->is(Feature::Noun) && it.can(Feature::Noun)
            && !it.readings.front().is(Reading::Copula) && next
            && (next->readings.front().has(Feature::Verb) || next->can(Feature::Aux)) && next
            && !next->can(Feature::Noun)) {
            it.choose(Feature::Noun); // "the football match ended"
        } else if (prev && prev->nominal() && !prev->is(Feature::Objective)) {
            if (!it.choose(Feature::Verb) && !it.choose(Feature::Aux))
                it.choose(Feature::Noun);
        } else if (leftConjunct != Feature::Count && verbPhrase) {
            it.choose(Feature::Verb); // "caught a mouse and ate it"
        } else if (!prev || prev->is(Feature::Punctuation) || prev->is(Feature::Conjunction)) {
            if (it.can(Feature::Adjective) && nextNounish)
                it.choose(Feature::Adjective);
            else
                it.choose(Feature::Noun);
        }
    }
}

/// Sentence numbers: a new sentence starts after . ! or ?
void assignSentences(Tokens &tokens)
{
    int sentence = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0 && isSentenceEnd(tokens[i - 1].text))
            ++sentence;
        tokens[i].sentence = sentence;
    }
}

/// Questions: a wh-word is a question word only where it opens its sentence (after a preposition at most: "To whom
/// …"); a relative "who" or an embedded "where" is not (its `wh` feature is cleared). An auxiliary before its subject
/// in a sentence that ends with "?" is `inverted`: the first word ("Is the museum open?"), the word after the
/// question phrase ("Where did you …"), or the tag after a comma ("…, aren't you?").
void markQuestions(Tokens &tokens, const std::vector<Item> &items)
{
    const auto n = tokens.size();
    std::size_t start = 0;
    while (start < n) {
        std::size_t end = start;
        while (end < n && !isSentenceEnd(tokens[end].text))
            ++end;
        const bool question = end < n && tokens[end].text == QLatin1String("?");
        std::size_t first = start;
        if (first < end && items[first].is(Feature::Preposition))
            ++first;
        for (std::size_t i = start; i < end; ++i) {
            if (tokens[i].has(Feature::Wh) && i != first)
                tokens[i][Feature::Wh] = 0;
        }
        if (question) {
            std::size_t afterPhrase = first;
            if (afterPhrase < end && tokens[afterPhrase].has(Feature::Wh)) {
                ++afterPhrase; // the question phrase: "What time", "How many apples", "Which book"
                while (afterPhrase < end && !items[afterPhrase].finiteVerb()
                    && (items[afterPhrase].is(Feature::Noun) || items[afterPhrase].is(Feature::Adjective)
                        || items[afterPhrase].is(Feature::Determiner) || items[afterPhrase].is(Feature::Adverb)))
                    ++afterPhrase;
            }
            for (std::size_t i = start; i < end; ++i) {
                if (!items[i].is(Feature::Aux))
                    continue;
                const bool opens = i == start || i == afterPhrase;
                const bool tag = i > start && tokens[i - 1].text == QLatin1String(",") && i + 2 == end
                    && items[i + 1].is(Feature::Pronoun); // "…, aren't you?"
                if (opens || tag)
                    tokens[i][Feature::Inverted] = 1;
            }
        }
        start = end + 1;
    }
}

/// Clause numbers: subordinators, relative pronouns and clause-joining coordinators open clauses; a relative
/// clause closes when a second verb arrives, a subordinate clause at a comma. A coordinator followed directly by a
/// verb joins two verb phrases of one clause ("cooked dinner and washed the dishes": one subject), so it opens none.
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
    const auto verbNext = [&](std::size_t from) {
        std::size_t j = from;
        while (j < n && items[j].is(Feature::Adverb))
            ++j;
        return j < n && items[j].finiteVerb();
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
        } else if (it.chosen.is(Reading::Coordinator) && stack.back().verbSeen && verbAhead(i + 1)
            && !verbNext(i + 1)) {
            stack.back() = { nextId++, false, false };
        } else if (it.finiteVerb() && stack.size() > 1 && stack.back().relative && stack.back().verbSeen && prev
            && !prev->is(Feature::Aux) && !prev->chosen.is(Reading::Coordinator)) {
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

/// Marks each clause's subject: the head of the last noun phrase before the clause's first verb, not counting the
/// objects of prepositions ("Every morning my father drinks": father; "The key to the cabinets is": key), or of the
/// first one after it when the verb comes first, as in questions. Relative pronouns followed directly by a verb are
/// subjects.
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
            return it.nominal() && !it.is(Feature::Objective) && !it.is(Feature::Possessive);
        };
        // Noun-phrase heads in [start, end), skipping the objects of prepositions.
        const auto heads = [&](std::vector<std::size_t>::const_iterator start,
                               std::vector<std::size_t>::const_iterator end) {
            std::vector<std::size_t> out;
            for (auto p = start; p != end; ++p) {
                if (items[*p].is(Feature::Preposition)) {
                    while (p + 1 != end && !items[*(p + 1)].nominal() && !items[*(p + 1)].finiteVerb())
                        ++p;
                    while (p + 1 != end && items[*(p + 1)].is(Feature::Possessive))
                        ++p; // "at our school": the possessive belongs to the object
                    while (p + 1 != end && !items[*(p + 1)].nominal() && !items[*(p + 1)].finiteVerb())
                        ++p;
                    while (p + 1 != end && items[*(p + 1)].is(Feature::Noun))
                        ++p; // the whole object: "in the school bus"
                    continue;
                }
                if (candidate(*p)) {
                    // the last noun of a compound: "the school bus" → bus
                    if (!out.empty() && p != start && out.back() == *(p - 1) && items[*p].is(Feature::Noun)
                        && !items[*(p - 1)].is(Feature::Pronoun))
                        out.back() = *p;
                    else
                        out.push_back(*p);
                }
            }
            return out;
        };
        // "the dog that barked": a relative word right before the verb is the subject of its clause
        if (firstVerb != idx.begin() && items[*(firstVerb - 1)].chosen.is(Reading::Relative)
            && *(firstVerb - 1) == idx.front()) {
            tokens[idx.front()][Feature::Subject] = 1;
            continue;
        }
        const std::vector<std::size_t> before = heads(idx.begin(), firstVerb);
        if (!before.empty()) {
            tokens[before.back()][Feature::Subject] = 1;
            continue;
        }
        const std::vector<std::size_t> after = heads(firstVerb + 1, idx.end());
        if (!after.empty())
            tokens[after.front()][Feature::Subject] = 1;
    }
}

/// Adjective and adverb roles: an adjective after a copula ("was calm", "seems very happy") is predicative; an
/// adverb right before an adjective or adverb grades it ("very shy", "very quickly").
void markModifiers(Tokens &tokens, const std::vector<Item> &items)
{
    const auto n = tokens.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (items[i].is(Feature::Adjective)) {
            const std::ptrdiff_t j = beforeAdverbs(items, i);
            const bool beforeNoun = i + 1 < n && items[i + 1].is(Feature::Noun);
            if (j >= 0 && items[std::size_t(j)].chosen.is(Reading::Copula) && !beforeNoun)
                tokens[i][Feature::Predicative] = 1;
        }
        if (items[i].is(Feature::Adverb) && i + 1 < n
            && (items[i + 1].is(Feature::Adjective) || items[i + 1].is(Feature::Adverb)))
            tokens[i][Feature::Degree] = 1;
    }
}

/// Noun phrases: a determiner, possessive, attributive adjective, grading adverb or noun starts or continues one;
/// nouns in a row are one phrase whose last noun is the head (the others are noun modifiers: "kitchen table"); an
/// adjective right after the head, not before another noun, belongs to it ("the man responsible for …"); a
/// pronoun is a phrase of its own. Everything else is outside noun phrases.
void assignPhrases(Tokens &tokens, const std::vector<Item> &items)
{
    const auto n = tokens.size();
    int next = 0;
    int current = -1;
    bool hasHead = false;
    for (std::size_t i = 0; i < n; ++i) {
        const Item &it = items[i];
        Token &t = tokens[i];
        const bool nounNext = i + 1 < n && items[i + 1].is(Feature::Noun);
        if (it.is(Feature::Pronoun) && !it.is(Feature::Possessive) && !it.chosen.is(Reading::Relative)) {
            t.phrase = next++;
            current = -1;
            hasHead = false;
        } else if (it.is(Feature::Determiner) || it.is(Feature::Possessive)) {
            if (current < 0 || hasHead)
                current = next++;
            hasHead = false;
            t.phrase = current;
        } else if (it.is(Feature::Adjective) && !t.has(Feature::Predicative)) {
            if (current < 0 || (hasHead && nounNext)) {
                current = next++;
                hasHead = false;
            }
            t.phrase = current; // after the head and before no noun: a post-nominal adjective
            if (hasHead && !nounNext)
                current = -1;
        } else if (t.has(Feature::Degree) && !hasHead && i + 1 < n && items[i + 1].is(Feature::Adjective)
            && !tokens[i + 1].has(Feature::Predicative)) {
            if (current < 0)
                current = next++;
            t.phrase = current;
        } else if (it.is(Feature::Noun)) {
            const bool compound = hasHead && i > 0 && items[i - 1].is(Feature::Noun) && tokens[i - 1].phrase == current;
            if (current < 0 || (hasHead && !compound))
                current = next++;
            if (compound)
                tokens[i - 1][Feature::NounModifier] = 1;
            t.phrase = current;
            hasHead = true;
        } else {
            t.phrase = -1;
            current = -1;
            hasHead = false;
        }
    }
}

Token symbolToken(const QString &text, qsizetype start, qsizetype length)
{
    Token t;
    t.text = text;
    t.start = start;
    t.length = length;
    return t;
}

} // namespace

Tokens tokenize(const QString &text)
{
    if (text.size() > kMaxTextCharacters)
        throw Error(QT_TRANSLATE_NOOP("Error", "the text has %1 characters; the limit is %2"),
            { QString::number(text.size()), QString::number(kMaxTextCharacters) });
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
                    tokens.push_back(symbolToken(text.mid(p, 1), p, 1));
            }
            if (kind == CharKind::Symbol || kind == CharKind::Joiner)
                tokens.push_back(symbolToken(cluster, start, end - start));
        }
        if (tokens.size() > std::size_t(kMaxTokens))
            throw Error(QT_TRANSLATE_NOOP("Error", "the text has more than %1 tokens; the limit is %1"),
                { QString::number(kMaxTokens) });
        start = end;
    }
    if (const qsizetype wordEnd = flush(); wordEnd >= 0 && wordEnd < text.size()) {
        for (qsizetype p = wordEnd; p < text.size(); ++p)
            tokens.push_back(symbolToken(text.mid(p, 1), p, 1));
    }
    if (tokens.empty())
        throw Error(QT_TRANSLATE_NOOP("Error", "the text has no words or symbols to attend to"), {});
    if (tokens.size() > std::size_t(kMaxTokens))
        throw Error(QT_TRANSLATE_NOOP("Error", "the text has %1 tokens; the limit is %2"),
            { QString::number(tokens.size()), QString::number(kMaxTokens) });
    return tokens;
}

void setDerivedFeatures(Tokens &tokens)
{
    constexpr double step = 2 * 3.14159265358979323846 / 3;
    for (Token &t : tokens) {
        const float cc = float(std::cos(step * t.clause));
        const float cs = float(std::sin(step * t.clause));
        t[Feature::ClauseCos] = cc;
        t[Feature::ClauseSin] = cs;
        const float subject = t[Feature::Subject];
        t[Feature::SubjectCos] = subject * cc;
        t[Feature::SubjectSin] = subject * cs;
        // Binding: a reflexive looks for the subject of its own clause; an object pronoun avoids it.
        const float binding = t.has(Feature::Reflexive)              ? 1.f
            : (t.has(Feature::Objective) && t.has(Feature::Pronoun)) ? -1.f
                                                                     : 0.f;
        t[Feature::BindingCos] = binding * cc;
        t[Feature::BindingSin] = binding * cs;
        t[Feature::PhraseCos] = t.phrase >= 0 ? float(std::cos(step * t.phrase)) : 0.f;
        t[Feature::PhraseSin] = t.phrase >= 0 ? float(std::sin(step * t.phrase)) : 0.f;
        t[Feature::SentenceCos] = float(std::cos(step * t.sentence));
        t[Feature::SentenceSin] = float(std::sin(step * t.sentence));
    }
}

Tokens analyze(const QString &text, const Lexicon &lexicon)
{
    Tokens tokens = tokenize(text);
    std::vector<Item> items(tokens.size());
    std::vector<std::size_t> nameCandidates;
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
        } else if (it.capitalized && !closed) {
            const std::optional<Reading> name = lexicon.firstName(t);
            if (sentenceStart && it.known) {
                // "Bill found …" is a name, "Rose petals …" is not: decided once the next word is read
                if (name)
                    nameCandidates.push_back(i);
                continue;
            }
            // A capitalised word inside a sentence, or an unknown one at its start: a name. A known first name
            // wins over a common noun of the same spelling ("Bill", "Mark"); another capitalised noun keeps its
            // features ("Paris" is not a person).
            const auto known = std::find_if(
                it.readings.begin(), it.readings.end(), [](const Reading &r) { return r.has(Feature::Noun); });
            Reading r;
            if (name) {
                r = *name;
            } else if (it.known && known != it.readings.end()) {
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
    for (const std::size_t i : nameCandidates) {
        // A known word that is also a first name opens the sentence as a name when a verb follows it.
        const Item *next = i + 1 < items.size() ? &items[i + 1] : nullptr;
        if (next && (next->can(Feature::Verb) || next->can(Feature::Aux)) && !next->can(Feature::Determiner))
            items[i].readings = { *lexicon.firstName(tokens[i].text) };
    }
    chooseReadings(tokens, items);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        std::copy(
            std::begin(items[i].chosen.features), std::end(items[i].chosen.features), std::begin(tokens[i].features));
        // "it" and "you" have one form for both cases: right after a verb or a preposition they are objects
        const Item &it = items[i];
        if (i > 0 && it.is(Feature::Pronoun) && !it.is(Feature::Possessive) && !it.is(Feature::Reflexive)
            && !it.chosen.is(Reading::Relative)
            && (items[i - 1].is(Feature::Verb) || items[i - 1].is(Feature::Preposition)))
            tokens[i][Feature::Objective] = 1;
    }
    assignSentences(tokens);
    markQuestions(tokens, items);
    assignClauses(tokens, items);
    assignSubjects(tokens, items);
    markModifiers(tokens, items);
    assignPhrases(tokens, items);
    setDerivedFeatures(tokens);
    return tokens;
}

} // namespace attention
