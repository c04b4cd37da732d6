// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessontaskmodel.h"

#include "datatext.h"
#include "languagechange.h"
#include "workspace.h"

#include <algorithm>

using namespace attention;

LessonTaskModel::LessonTaskModel(QString activity, QObject *parent)
    : QAbstractListModel(parent)
    , m_activity(std::move(activity))
{
    onLanguageChange(this, [this] {
        if (!m_rows.empty())
            emit dataChanged(index(0), index(count() - 1), { HeadNameRole, PatternRole, WhyRole, QuestionRole });
    });
}

int LessonTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LessonTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case SentenceIdRole:
        return r.sentenceId;
    case SentenceTextRole:
        return r.sentenceText;
    case HeadRole:
        return r.head;
    case HeadIdRole:
        return r.headId;
    case HeadNameRole:
        return translatedText(r.headName);
    case PatternRole:
        return translatedText(r.pattern);
    case FromRole:
        return r.from;
    case FromTextRole:
        return r.fromText;
    case ToRole:
        return r.to;
    case ToTextRole:
        return r.toText;
    case TemperaturesRole:
        return QVariant::fromValue(r.temperatures);
    case LabelsRole:
        return r.labels;
    case AnswerRole:
        return r.answer;
    case WhyRole:
        return translatedText(r.why);
    case QuestionRole:
        return translatedText(r.question);
    default:
        return {};
    }
}

QHash<int, QByteArray> LessonTaskModel::roleNames() const
{
    return { { SentenceIdRole, "sentenceId" }, { SentenceTextRole, "sentenceText" }, { HeadRole, "head" },
        { HeadIdRole, "headId" }, { HeadNameRole, "headName" }, { PatternRole, "pattern" }, { FromRole, "from" },
        { FromTextRole, "fromText" }, { ToRole, "to" }, { ToTextRole, "toText" }, { TemperaturesRole, "temperatures" },
        { LabelsRole, "labels" }, { AnswerRole, "answer" }, { WhyRole, "why" }, { QuestionRole, "question" } };
}

void LessonTaskModel::load(const Workspace &w)
{
    beginResetModel();
    m_rows.clear();
    for (const LessonTask &t : w.lessons ? w.lessons->tasks : std::vector<LessonTask>()) {
        if (t.activity != m_activity)
            continue;
        const Sentence &s = *t.ref.sentence;
        const HeadInfo &head = w.model->heads()[std::size_t(t.ref.head)];
        Row r { s.id, s.text, head.id, head.name, s.pattern, s.tokens[std::size_t(t.ref.from)].text,
            t.to >= 0 ? s.tokens[std::size_t(t.to)].text : QString(), t.why, t.question, t.ref.head, t.ref.from, t.to,
            -1, QList<qreal>(t.temperatures.begin(), t.temperatures.end()), tokenLabels(s.tokens) };
        if (m_activity == QLatin1String("mask")) {
            const LayerResult layer = w.model->compute(s.tokens, Mask::causal());
            r.answer = layer.heads[std::size_t(t.ref.head)].weights(t.ref.from, t.to) > 0 ? 0 : 1;
        } else if (m_activity == QLatin1String("temperature")) {
            std::vector<double> entropies;
            for (const double temperature : t.temperatures) {
                const LayerResult layer = w.model->compute(s.tokens, Mask::none(), temperature);
                entropies.push_back(entropyBits(layer.heads[std::size_t(t.ref.head)].weights.row(t.ref.from)));
            }
            r.answer = int(std::min_element(entropies.begin(), entropies.end()) - entropies.begin());
        } else if (m_activity != QLatin1String("discussion")) {
            r.answer = w.model->strongestTarget(s.tokens, t.ref.head, t.ref.from);
        }
        m_rows.push_back(std::move(r));
    }
    endResetModel();
    emit countChanged();
}
