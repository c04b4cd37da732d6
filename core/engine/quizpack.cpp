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

} // namespace

const QuizPack &QuizPack::builtIn()
{
    static const QuizPack pack = load(QStringLiteral(":/attention/quiz/english.json"));
    return pack;
}

QuizPack QuizPack::load(const QString &path, const SentencePack &sentences, const AttentionModel &model)
{
    return fromJson(json::parseObject(json::readFile(path, kMaxQuizBytes), path).object(), path, sentences, model);
}

QuizPack QuizPack::fromJson(
    const QJsonObject &o, const QString &source, const SentencePack &sentences, const AttentionModel &model)
{
    json::requireFormat(o, source, "attention-explorer/quiz-pack");
    QuizPack pack;
    pack.id = json::requireText(o, "id", source);
    pack.title = json::requireText(o, "title", source);
    const QJsonValue list = o.value(QLatin1String("questions"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxQuestions)
        json::fail(source, QT_TRANSLATE_NOOP("Error", "field \"questions\": expected a list of 1 to %1 questions"),
            { json::argText(kMaxQuestions) });

    QSet<QString> ids;
    const QJsonArray questions = list.toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QString where = QStringLiteral("%1: questions[%2]").arg(source).arg(i);
        if (!questions[i].isObject())
            json::fail(where, QT_TRANSLATE_NOOP("Error", "expected an object"), {});
        const QJsonObject qo = questions[i].toObject();
        QuizQuestion q;
        q.id = json::requireText(qo, "id", where);
        where = QStringLiteral("%1: question \"%2\"").arg(source, q.id);
        if (ids.contains(q.id))
            json::fail(where, QT_TRANSLATE_NOOP("Error", "the id is used twice"), {});
        ids.insert(q.id);
        q.prompt = json::requireText(qo, "prompt", where);
        q.explanation = json::requireText(qo, "explanation", where);
        const QString type = json::requireText(qo, "type", where);
        if (type == QLatin1String("choice")) {
            q.type = QuizQuestion::Type::Choice;
            const QJsonValue options = qo.value(QLatin1String("options"));
            if (!options.isArray() || options.toArray().size() < 2 || options.toArray().size() > 8)
                json::fail(where + QStringLiteral(": field \"options\""),
                    QT_TRANSLATE_NOOP("Error", "expected a list of 2 to 8 answers"), {});
            for (const QJsonValue &v : options.toArray()) {
                if (!v.isString() || v.toString().trimmed().isEmpty())
                    json::fail(where + QStringLiteral(": field \"options\""),
                        QT_TRANSLATE_NOOP("Error", "every answer must be a non-empty text"), {});
                q.options << v.toString();
            }
            const double answer =
                json::toNumber(qo.value(QLatin1String("answer")), where + QStringLiteral(": field \"answer\""));
            if (answer < 0 || answer >= q.options.size() || std::floor(answer) != answer)
                json::fail(where + QStringLiteral(": field \"answer\""),
                    QT_TRANSLATE_NOOP("Error", "expected the index of one of the %1 options (from 0)"),
                    { json::argText(q.options.size()) });
            q.answer = int(answer);
        } else if (type == QLatin1String("tap-token")) {
            q.type = QuizQuestion::Type::TapToken;
            const TokenRef ref = readTokenRef(qo, where, sentences, model);
            q.sentenceId = ref.sentenceId;
            q.head = ref.head;
            q.from = ref.from;
        } else {
            json::fail(where + QStringLiteral(": field \"type\""),
                QT_TRANSLATE_NOOP("Error", "expected \"choice\" or \"tap-token\", got \"%1\""),
                { json::argText(type) });
        }
        pack.questions.push_back(q);
    }
    return pack;
}

} // namespace attention
