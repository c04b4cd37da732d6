// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizpack.h"

#include "jsonio.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace attention {
namespace {

constexpr qint64 kMaxQuizBytes = 4 * 1024 * 1024;
constexpr int kMaxQuestions = 500;

[[noreturn]] void fail(const QString &where, const QString &problem)
{
    throw Error(json::text(where + QStringLiteral(": ") + problem));
}

QString text(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        fail(QStringLiteral("%1: field \"%2\"").arg(where, QLatin1String(key)),
            v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a non-empty text"));
    return v.toString();
}

} // namespace

const QuizPack &QuizPack::builtIn()
{
    static const QuizPack pack = load(QStringLiteral(":/attention/quiz/english.json"));
    return pack;
}

QuizPack QuizPack::load(const QString &path, const SentencePack &sentences, const DesignedModel &model)
{
    return fromJson(json::parseObject(json::readFile(path, kMaxQuizBytes), path).object(), path, sentences, model);
}

QuizPack QuizPack::fromJson(
    const QJsonObject &o, const QString &source, const SentencePack &sentences, const DesignedModel &model)
{
    if (o.value(QLatin1String("format")).toString() != QLatin1String("attention-explorer/quiz-pack"))
        fail(source, QStringLiteral("field \"format\": expected \"attention-explorer/quiz-pack\""));
    if (o.value(QLatin1String("version")).toInt() != 1)
        fail(source, QStringLiteral("field \"version\": only version 1 is understood"));
    QuizPack pack;
    pack.id = text(o, "id", source);
    pack.title = text(o, "title", source);
    const QJsonValue list = o.value(QLatin1String("questions"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxQuestions)
        fail(source, QStringLiteral("field \"questions\": expected a list of 1 to %1 questions").arg(kMaxQuestions));

    QSet<QString> ids;
    const QJsonArray questions = list.toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QString where = QStringLiteral("%1: questions[%2]").arg(source).arg(i);
        if (!questions[i].isObject())
            fail(where, QStringLiteral("expected an object"));
        const QJsonObject qo = questions[i].toObject();
        QuizQuestion q;
        q.id = text(qo, "id", where);
        where = QStringLiteral("%1: question \"%2\"").arg(source, q.id);
        if (ids.contains(q.id))
            fail(where, QStringLiteral("the id is used twice"));
        ids.insert(q.id);
        q.prompt = text(qo, "prompt", where);
        q.explanation = text(qo, "explanation", where);
        const QString type = text(qo, "type", where);
        if (type == QLatin1String("choice")) {
            q.type = QuizQuestion::Type::Choice;
            const QJsonValue options = qo.value(QLatin1String("options"));
            if (!options.isArray() || options.toArray().size() < 2 || options.toArray().size() > 8)
                fail(
                    where + QStringLiteral(": field \"options\""), QStringLiteral("expected a list of 2 to 8 answers"));
            for (const QJsonValue &v : options.toArray()) {
                if (!v.isString() || v.toString().trimmed().isEmpty())
                    fail(where + QStringLiteral(": field \"options\""),
                        QStringLiteral("every answer must be a non-empty text"));
                q.options << v.toString();
            }
            const double answer =
                json::toNumber(qo.value(QLatin1String("answer")), where + QStringLiteral(": field \"answer\""));
            if (answer < 0 || answer >= q.options.size() || std::floor(answer) != answer)
                fail(where + QStringLiteral(": field \"answer\""),
                    QStringLiteral("expected the index of one of the %1 options (from 0)").arg(q.options.size()));
            q.answer = int(answer);
        } else if (type == QLatin1String("tap-token")) {
            q.type = QuizQuestion::Type::TapToken;
            q.sentenceId = text(qo, "sentence", where);
            const Sentence *s = sentences.find(q.sentenceId);
            if (!s)
                fail(where + QStringLiteral(": field \"sentence\""),
                    QStringLiteral("no sentence \"%1\" in the sentence pack").arg(q.sentenceId));
            const QString head = text(qo, "head", where);
            q.head = model.headIndex(head);
            if (q.head < 0)
                fail(where + QStringLiteral(": field \"head\""), QStringLiteral("unknown head \"%1\"").arg(head));
            q.from = findToken(s->tokens, qo.value(QLatin1String("from")));
            if (q.from < 0)
                fail(
                    where + QStringLiteral(": field \"from\""), QStringLiteral("no such token in \"%1\"").arg(s->text));
        } else {
            fail(where + QStringLiteral(": field \"type\""),
                QStringLiteral("expected \"choice\" or \"tap-token\", got \"%1\"").arg(type));
        }
        pack.questions.push_back(q);
    }
    return pack;
}

} // namespace attention
