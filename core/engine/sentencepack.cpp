// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencepack.h"

#include "analyzer.h"
#include "jsonio.h"

#include <algorithm>

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace attention {
namespace {

constexpr qint64 kMaxPackBytes = 4 * 1024 * 1024;
constexpr int kMaxSentences = 1000;

QString describe(const QJsonValue &ref)
{
    return ref.isString() ? QStringLiteral("\"%1\"").arg(ref.toString()) : QString::number(ref.toDouble());
}

} // namespace

int findToken(const Tokens &tokens, const QJsonValue &ref)
{
    if (ref.isDouble()) {
        const double d = ref.toDouble();
        if (d < 0 || d >= double(tokens.size()) || std::floor(d) != d)
            return -1;
        return int(d);
    }
    if (!ref.isString())
        return -1;
    QString word = ref.toString();
    int occurrence = 1;
    if (const auto hash = word.lastIndexOf(QLatin1Char('#')); hash > 0) {
        bool ok = false;
        occurrence = word.mid(hash + 1).toInt(&ok);
        if (!ok || occurrence < 1)
            return -1;
        word = word.left(hash);
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].text.compare(word, Qt::CaseInsensitive) == 0 && --occurrence == 0)
            return int(i);
    }
    return -1;
}

const SentencePack &SentencePack::builtIn()
{
    static const SentencePack pack = load(QStringLiteral(":/attention/sentences/english.json"));
    return pack;
}

SentencePack SentencePack::load(const QString &path, const AttentionModel &model)
{
    return fromJson(json::parseObject(json::readFile(path, kMaxPackBytes), path).object(), path, model);
}

SentencePack SentencePack::fromJson(const QJsonObject &o, const QString &source, const AttentionModel &model)
{
    json::requireFormat(o, source, "attention-explorer/sentence-pack");
    SentencePack pack;
    pack.id = json::requireText(o, "id", source);
    pack.title = json::requireText(o, "title", source);
    pack.language = json::requireText(o, "language", source, false);
    const QJsonValue list = o.value(QLatin1String("sentences"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxSentences)
        json::fail(source, QT_TRANSLATE_NOOP("Error", "field \"sentences\": expected a list of 1 to %1 sentences"),
            { json::argText(kMaxSentences) });

    QSet<QString> ids;
    const QJsonArray sentences = list.toArray();
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        QString where = QStringLiteral("%1: sentences[%2]").arg(source).arg(i);
        if (!sentences[i].isObject())
            json::fail(where, QT_TRANSLATE_NOOP("Error", "expected an object"), {});
        const QJsonObject so = sentences[i].toObject();
        Sentence s;
        s.id = json::requireText(so, "id", where);
        where = QStringLiteral("%1: sentence \"%2\"").arg(source, s.id);
        if (ids.contains(s.id))
            json::fail(where, QT_TRANSLATE_NOOP("Error", "the id is used twice"), {});
        ids.insert(s.id);
        s.title = json::requireText(so, "title", where);
        s.pattern = json::requireText(so, "pattern", where);
        s.text = json::requireText(so, "text", where);
        s.explanation = json::requireText(so, "explanation", where);
        try {
            s.tokens = analyze(s.text);
        } catch (const Error &e) {
            throw Error(where + QStringLiteral(": field \"text\""), e);
        }

        // Feature overrides: {"token": {"feature": value, "clause": n}}
        const QJsonValue overrides = so.value(QLatin1String("features"));
        if (!overrides.isUndefined()) {
            if (!overrides.isObject())
                json::fail(where + QStringLiteral(": field \"features\""),
                    QT_TRANSLATE_NOOP("Error", "expected an object of token → features"), {});
            const QJsonObject ov = overrides.toObject();
            for (auto it = ov.begin(); it != ov.end(); ++it) {
                const QString fw = QStringLiteral("%1: field \"features\": token \"%2\"").arg(where, it.key());
                const int t = findToken(s.tokens, it.key());
                if (t < 0)
                    json::fail(fw, QT_TRANSLATE_NOOP("Error", "there is no such token in the text"), {});
                if (!it.value().isObject())
                    json::fail(fw, QT_TRANSLATE_NOOP("Error", "expected an object of feature → number"), {});
                const QJsonObject fo = it.value().toObject();
                for (auto f = fo.begin(); f != fo.end(); ++f) {
                    const double value = json::toNumber(f.value(), QStringLiteral("%1: \"%2\"").arg(fw, f.key()));
                    if (f.key() == QLatin1String("clause")) {
                        if (value < 0 || value > 100 || std::floor(value) != value)
                            json::fail(
                                fw, QT_TRANSLATE_NOOP("Error", "\"clause\" must be a whole number from 0 to 100"), {});
                        s.tokens[std::size_t(t)].clause = int(value);
                        continue;
                    }
                    if (f.key() == QLatin1String("phrase")) {
                        if (value < -1 || value > 1000 || std::floor(value) != value)
                            json::fail(fw,
                                QT_TRANSLATE_NOOP("Error", "\"phrase\" must be a whole number from -1 to 1000"), {});
                        s.tokens[std::size_t(t)].phrase = int(value);
                        continue;
                    }
                    const int fi = featureIndex(f.key());
                    if (fi < 0 || fi >= kFirstDerivedFeature)
                        json::fail(
                            fw, QT_TRANSLATE_NOOP("Error", "unknown feature \"%1\""), { json::argText(f.key()) });
                    // the analyser's features are 0 or 1; a bounded range keeps every product finite
                    if (!(value >= -kMaxFeatureValue && value <= kMaxFeatureValue))
                        json::fail(QStringLiteral("%1: \"%2\"").arg(fw, f.key()),
                            QT_TRANSLATE_NOOP("Error", "expected a number from %1 to %2, got %3"),
                            { json::argText(-kMaxFeatureValue), json::argText(kMaxFeatureValue),
                                json::argText(value) });
                    s.tokens[std::size_t(t)].features[fi] = float(value);
                }
            }
            setDerivedFeatures(s.tokens);
        }

        const QJsonValue expect = so.value(QLatin1String("expect"));
        if (!expect.isUndefined() && !expect.isArray())
            json::fail(where + QStringLiteral(": field \"expect\""), QT_TRANSLATE_NOOP("Error", "expected a list"), {});
        const QJsonArray expectations = expect.toArray();
        for (qsizetype e = 0; e < expectations.size(); ++e) {
            const QString ew = QStringLiteral("%1: expect[%2]").arg(where).arg(e);
            const QJsonObject eo = expectations[e].toObject();
            Expectation x;
            x.head = json::requireText(eo, "head", ew);
            x.headIndex = model.headIndex(x.head);
            if (x.headIndex < 0)
                json::fail(ew, QT_TRANSLATE_NOOP("Error", "unknown head \"%1\""), { json::argText(x.head) });
            for (const char *key : { "from", "to" }) {
                const QJsonValue ref = eo.value(QLatin1String(key));
                const int t = findToken(s.tokens, ref);
                if (t < 0)
                    json::fail(QStringLiteral("%1: field \"%2\"").arg(ew, QLatin1String(key)),
                        QT_TRANSLATE_NOOP("Error", "no token %1 in \"%2\""),
                        { json::argText(describe(ref)), json::argText(s.text) });
                (qstrcmp(key, "from") == 0 ? x.from : x.to) = t;
            }
            s.expectations.push_back(x);
        }
        pack.sentences.push_back(std::move(s));
    }
    return pack;
}

QStringList SentencePack::texts() const
{
    QStringList out;
    for (const Sentence &s : sentences)
        out << s.text;
    return out;
}

const Sentence *SentencePack::find(const QString &id) const
{
    for (const Sentence &s : sentences) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

TokenRef readTokenRef(
    const QJsonObject &o, const QString &where, const SentencePack &sentences, const AttentionModel &model)
{
    TokenRef ref;
    ref.sentenceId = json::requireText(o, "sentence", where);
    ref.sentence = sentences.find(ref.sentenceId);
    if (!ref.sentence)
        json::fail(where + QStringLiteral(": field \"sentence\""),
            QT_TRANSLATE_NOOP("Error", "no sentence \"%1\" in the sentence pack"), { json::argText(ref.sentenceId) });
    const QString head = json::requireText(o, "head", where);
    ref.head = model.headIndex(head);
    if (ref.head < 0)
        json::fail(where + QStringLiteral(": field \"head\""), QT_TRANSLATE_NOOP("Error", "unknown head \"%1\""),
            { json::argText(head) });
    ref.from = findToken(ref.sentence->tokens, o.value(QLatin1String("from")));
    if (ref.from < 0)
        json::fail(where + QStringLiteral(": field \"from\""), QT_TRANSLATE_NOOP("Error", "no such token in \"%1\""),
            { json::argText(ref.sentence->text) });
    return ref;
}

std::vector<PatternExample> patternExamples(const SentencePack &pack)
{
    std::vector<PatternExample> rows;
    for (const Sentence &s : pack.sentences) {
        if (s.expectations.empty() || s.pattern.isEmpty())
            continue;
        if (std::any_of(rows.begin(), rows.end(), [&](const PatternExample &r) { return r.pattern == s.pattern; }))
            continue;
        const Expectation &e = s.expectations.front();
        rows.push_back({ s.pattern, s.id, s.text, s.tokens[std::size_t(e.from)].text, s.tokens[std::size_t(e.to)].text,
            e.headIndex });
    }
    return rows;
}

} // namespace attention
