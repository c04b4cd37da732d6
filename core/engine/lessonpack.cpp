// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonpack.h"

#include "jsonio.h"

#include <QJsonArray>

namespace attention {
namespace {

constexpr qint64 kMaxLessonBytes = 1024 * 1024;
constexpr int kMaxTasks = 200;
constexpr int kMaxTemperatures = 8;

} // namespace

const LessonPack &LessonPack::builtIn()
{
    static const LessonPack pack = load(QStringLiteral(":/attention/lessons/english.json"));
    return pack;
}

LessonPack LessonPack::load(const QString &path, const SentencePack &sentences, const AttentionModel &model)
{
    return fromJson(json::parseObject(json::readFile(path, kMaxLessonBytes), path).object(), path, sentences, model);
}

LessonPack LessonPack::fromJson(
    const QJsonObject &o, const QString &source, const SentencePack &sentences, const AttentionModel &model)
{
    json::requireFormat(o, source, "attention-explorer/lesson-pack");
    LessonPack pack;
    pack.id = json::requireText(o, "id", source);
    const QJsonValue list = o.value(QLatin1String("tasks"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxTasks)
        json::fail(source, QT_TRANSLATE_NOOP("Error", "field \"tasks\": expected a list of 1 to %1 tasks"),
            { json::argText(kMaxTasks) });
    const QJsonArray tasks = list.toArray();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QString where = QStringLiteral("%1: tasks[%2]").arg(source).arg(i);
        if (!tasks[i].isObject())
            json::fail(where, QT_TRANSLATE_NOOP("Error", "expected an object"), {});
        const QJsonObject to = tasks[i].toObject();
        LessonTask task;
        task.activity = json::requireText(to, "activity", where);
        static const QStringList activities = { QStringLiteral("predict"), QStringLiteral("pattern"),
            QStringLiteral("temperature"), QStringLiteral("mask"), QStringLiteral("discussion") };
        if (!activities.contains(task.activity))
            json::fail(where + QStringLiteral(": field \"activity\""),
                QT_TRANSLATE_NOOP("Error", "expected one of %1, got \"%2\""),
                { json::argText(activities.join(QStringLiteral(", "))), json::argText(task.activity) });
        task.ref = readTokenRef(to, where, sentences, model);
        task.why = json::requireText(to, "why", where, false);
        task.question = json::requireText(to, "question", where, task.activity == QLatin1String("discussion"));
        if (task.activity == QLatin1String("mask")) {
            task.to = findToken(task.ref.sentence->tokens, to.value(QLatin1String("to")));
            if (task.to < 0)
                json::fail(where + QStringLiteral(": field \"to\""),
                    QT_TRANSLATE_NOOP("Error", "no such token in \"%1\""), { json::argText(task.ref.sentence->text) });
        }
        if (task.activity == QLatin1String("temperature")) {
            const QJsonValue ts = to.value(QLatin1String("temperatures"));
            if (!ts.isArray() || ts.toArray().size() < 2 || ts.toArray().size() > kMaxTemperatures)
                json::fail(where + QStringLiteral(": field \"temperatures\""),
                    QT_TRANSLATE_NOOP("Error", "expected a list of 2 to %1 temperatures"),
                    { json::argText(kMaxTemperatures) });
            for (const QJsonValue &v : ts.toArray()) {
                const double t = json::toNumber(v, where + QStringLiteral(": field \"temperatures\""));
                if (t < 0.1 || t > 10)
                    json::fail(where + QStringLiteral(": field \"temperatures\""),
                        QT_TRANSLATE_NOOP("Error", "each temperature must be from 0.1 to 10, got %1"),
                        { json::argText(t) });
                task.temperatures.push_back(t);
            }
        }
        pack.tasks.push_back(task);
    }
    return pack;
}

} // namespace attention
