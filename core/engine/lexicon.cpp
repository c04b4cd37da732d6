// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"

#include "attention.h"
#include "jsonio.h"

#include <QFile>

#include <algorithm>

namespace attention {
namespace {

[[noreturn]] void fail(const QString &path, int line, const QString &problem)
{
    throw Error(json::text(QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(problem)));
}

Reading readingFromWords(const QStringList &words, const QString &path, int line)
{
    static const QHash<QString, Reading::Tag> tags = {
        { QStringLiteral("copula"), Reading::Copula },
        { QStringLiteral("subordinator"), Reading::Subordinator },
        { QStringLiteral("coordinator"), Reading::Coordinator },
        { QStringLiteral("relative"), Reading::Relative },
        { QStringLiteral("complementizer"), Reading::Complementizer },
        { QStringLiteral("negation"), Reading::Negation },
    };
    Reading r;
    r.features[int(Feature::Bias)] = 1;
    for (const QString &w : words) {
        const int f = featureIndex(w);
        if (f >= 0)
            r.features[f] = 1;
        else if (tags.contains(w))
            r.tags |= tags.value(w);
        else
            fail(path, line, QStringLiteral("unknown feature or tag \"%1\"").arg(w));
    }
    return r;
}

Reading noun(bool plural, QChar animacy)
{
    Reading r;
    r.features[int(Feature::Bias)] = 1;
    r.features[int(Feature::Noun)] = 1;
    r.features[int(plural ? Feature::Plural : Feature::Singular)] = 1;
    if (animacy == QLatin1Char('h')) {
        r.features[int(Feature::Human)] = 1;
        r.features[int(Feature::Animate)] = 1;
    } else {
        r.features[int(Feature::NonHuman)] = 1;
        if (animacy == QLatin1Char('a'))
            r.features[int(Feature::Animate)] = 1;
    }
    return r;
}

Reading simple(Feature f, Feature number = Feature::Count)
{
    Reading r;
    r.features[int(Feature::Bias)] = 1;
    r.features[int(f)] = 1;
    if (number != Feature::Count)
        r.features[int(number)] = 1;
    return r;
}

/// Readings from WordNet codes; `plural` turns nouns plural and verbs into the third person singular (-s forms).
std::vector<Reading> fromCodes(const QString &codes, bool inflectedS)
{
    std::vector<Reading> out;
    for (const QString &code : codes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (code.startsWith(QLatin1String("n:")))
            out.push_back(noun(inflectedS || code.endsWith(QLatin1String(":pl")), code.at(2)));
        else if (code == QLatin1String("v"))
            out.push_back(simple(Feature::Verb, inflectedS ? Feature::Singular : Feature::Count));
        else if (code == QLatin1String("a") && !inflectedS)
            out.push_back(simple(Feature::Adjective));
        else if (code == QLatin1String("r") && !inflectedS)
            out.push_back(simple(Feature::Adverb));
    }
    return out;
}

/// Calls `entry(word, rest, line)` for each "word<TAB>rest" line of a lexicon file (blank lines and # comments
/// skipped); a line without a word and a tab is an Error naming the file and the line.
template<typename Entry> void readEntries(const QString &path, Entry entry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(path, 0, QStringLiteral("cannot open: %1").arg(file.errorString()));
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const auto tab = text.indexOf(QLatin1Char('\t'));
        if (tab <= 0)
            fail(path, line, QStringLiteral("expected word<TAB>readings"));
        entry(text.left(tab), text.mid(tab + 1), line);
    }
}

QHash<QString, QString> readOpenClass(const QString &path)
{
    QHash<QString, QString> out;
    readEntries(path, [&](const QString &word, const QString &readings, int) { out.insert(word, readings); });
    return out;
}

QHash<QString, std::vector<Reading>> readClosedClass(const QString &path)
{
    QHash<QString, std::vector<Reading>> out;
    readEntries(path, [&](const QString &word, const QString &text, int line) {
        std::vector<Reading> readings;
        for (const QString &reading : text.split(QLatin1Char('|')))
            readings.push_back(readingFromWords(reading.split(QLatin1Char(' '), Qt::SkipEmptyParts), path, line));
        out.insert(word, readings);
    });
    return out;
}

bool endsWithAny(const QString &w, std::initializer_list<const char *> suffixes)
{
    for (const char *s : suffixes) {
        if (w.endsWith(QLatin1String(s)) && w.size() > qsizetype(qstrlen(s)) + 1)
            return true;
    }
    return false;
}

} // namespace

const Lexicon &Lexicon::builtIn()
{
    static const Lexicon lexicon = load(QStringLiteral(":/attention/lexicon/closed-class.tsv"),
        QStringLiteral(":/attention/lexicon/wordnet-lexicon.tsv"),
        QStringLiteral(":/attention/lexicon/first-names.tsv"));
    return lexicon;
}

Lexicon Lexicon::load(const QString &closedClassPath, const QString &openClassPath, const QString &firstNamesPath)
{
    Lexicon l;
    l.m_closed = readClosedClass(closedClassPath);
    l.m_open = readOpenClass(openClassPath);
    if (!firstNamesPath.isEmpty()) {
        readEntries(firstNamesPath, [&](const QString &name, const QString &gender, int line) {
            if (gender != QLatin1String("m") && gender != QLatin1String("f") && gender != QLatin1String("mf"))
                fail(firstNamesPath, line, QStringLiteral("expected name<TAB>m, f or mf"));
            l.m_names.insert(name, gender);
        });
    }
    return l;
}

std::optional<Reading> Lexicon::firstName(const QString &word) const
{
    const auto it = m_names.constFind(word.toLower());
    if (it == m_names.constEnd())
        return std::nullopt;
    Reading r;
    for (const Feature f :
        { Feature::Bias, Feature::Noun, Feature::Proper, Feature::Singular, Feature::Human, Feature::Animate })
        r.features[int(f)] = 1;
    if (*it == QLatin1String("m"))
        r.features[int(Feature::Masculine)] = 1;
    else if (*it == QLatin1String("f"))
        r.features[int(Feature::Feminine)] = 1;
    return r;
}

std::vector<Reading> Lexicon::lookupExact(const QString &lower) const
{
    if (const auto it = m_closed.constFind(lower); it != m_closed.constEnd())
        return *it;
    if (const auto it = m_open.constFind(lower); it != m_open.constEnd())
        return fromCodes(*it, false);
    return {};
}

std::vector<Reading> Lexicon::lookup(const QString &word, bool *known) const
{
    QString w = word.toLower();
    w.replace(QChar(0x2019), QLatin1Char('\''));
    if (known)
        *known = true;
    std::vector<Reading> exact = lookupExact(w);
    const bool inflected =
        w.endsWith(QLatin1Char('s')) || w.endsWith(QLatin1String("ed")) || w.endsWith(QLatin1String("ing"));
    if (!exact.empty() && (m_closed.contains(w) || !inflected))
        return exact;

    // Inflected forms of words WordNet lists only as lemmas.
    const auto stemmed = [this](const QString &stem, bool inflectedS) -> std::vector<Reading> {
        if (const auto it = m_open.constFind(stem); it != m_open.constEnd())
            return fromCodes(*it, inflectedS);
        return {};
    };
    if (w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss"))) {
        for (const QString &stem : { w.endsWith(QLatin1String("ies")) ? w.chopped(3) + QLatin1Char('y') : QString(),
                 w.endsWith(QLatin1String("es")) ? w.chopped(2) : QString(), w.chopped(1) }) {
            if (stem.isEmpty())
                continue;
            if (auto r = stemmed(stem, true); !r.empty()) {
                // The regular form comes first ("cows" is the plural of "cow", although WordNet also lists "cows");
                // readings of the spelling itself follow when they add a part of speech ("lives": live, life).
                for (const Reading &extra : exact) {
                    const bool seen = std::any_of(r.begin(), r.end(), [&](const Reading &e) {
                        return e.has(Feature::Noun) == extra.has(Feature::Noun)
                            && e.has(Feature::Verb) == extra.has(Feature::Verb);
                    });
                    if (!seen)
                        r.push_back(extra);
                }
                return r;
            }
        }
    }
    for (const char *suffix : { "ed", "ing" }) {
        if (!w.endsWith(QLatin1String(suffix)))
            continue;
        const QString stem = w.chopped(qsizetype(qstrlen(suffix)));
        const bool doubled = stem.size() > 2 && stem.back() == stem.at(stem.size() - 2);
        for (const QString &s : { stem, stem + QLatin1Char('e'), doubled ? stem.chopped(1) : QString() }) {
            if (s.isEmpty())
                continue;
            if (const auto it = m_open.constFind(s); it != m_open.constEnd() && it->contains(QLatin1Char('v'))) {
                // "passed": a verb form first, then whatever WordNet lists for the form itself ("passed" as adjective)
                std::vector<Reading> readings { simple(Feature::Verb) };
                readings.insert(readings.end(), exact.begin(), exact.end());
                if (exact.empty())
                    readings.push_back(simple(Feature::Adjective));
                return readings;
            }
        }
    }

    if (!exact.empty())
        return exact;
    if (known)
        *known = false;
    if (endsWithAny(w, { "ly" }))
        return { simple(Feature::Adverb) };
    if (endsWithAny(w, { "ed", "ing" }))
        return { simple(Feature::Verb), simple(Feature::Adjective) };
    if (endsWithAny(w, { "ous", "ful", "ive", "able", "ible", "al", "ic", "less", "ish" }))
        return { simple(Feature::Adjective) };
    if (endsWithAny(w, { "ist", "ian", "eer" }))
        return { noun(false, QLatin1Char('h')) };
    if (endsWithAny(w, { "ists", "ians", "eers" }))
        return { noun(true, QLatin1Char('h')) };
    if (endsWithAny(w, { "s" }) && !endsWithAny(w, { "ss", "us", "is" }))
        return { noun(true, QLatin1Char('t')), simple(Feature::Verb, Feature::Singular) };
    return { noun(false, QLatin1Char('t')), simple(Feature::Verb) };
}

} // namespace attention
