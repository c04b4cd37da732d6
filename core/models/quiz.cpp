// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz.h"

#include "datatext.h"
#include "languagechange.h"
#include "quizpack.h"
#include "settingsstore.h"
#include "workspace.h"

using namespace attention;

namespace {

QString groupFor(const QuizPack &pack)
{
    return QStringLiteral("quiz/") + pack.id;
}

} // namespace

Quiz::Quiz(QObject *parent)
    : QObject(parent)
    , m_workspace(new ModelWorkspace(this))
    , m_pack(std::make_unique<QuizPack>(*m_workspace->get().quiz))
{
    markAnswers();
    load();
    onLanguageChange(this, [this] {
        emit packChanged();
        emit changed();
    });
}

Quiz::~Quiz() = default;

void Quiz::setWorkspace(ModelWorkspace *workspace)
{
    if (!workspace || workspace == m_workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    connect(m_workspace, &ModelWorkspace::changed, this, [this] {
        if (markAnswers())
            emit changed();
    });
    const bool answersMoved = markAnswers();
    emit workspaceChanged();
    if (answersMoved)
        emit changed();
}

bool Quiz::markAnswers()
{
    const Workspace &w = m_workspace->get();
    const std::vector<int> before = std::move(m_correct);
    m_correct.clear();
    for (const QuizQuestion &q : m_pack->questions) {
        if (q.type == QuizQuestion::Type::Choice) {
            m_correct.push_back(q.answer);
        } else {
            const Sentence *s = w.sentence(q.sentenceId);
            m_correct.push_back(s ? w.model->strongestTarget(s->tokens, q.head, q.from) : -1);
        }
    }
    return m_correct != before;
}

QString Quiz::title() const
{
    return translatedText(m_pack->title);
}

int Quiz::count() const
{
    return int(m_pack->questions.size());
}

void Quiz::setIndex(int index)
{
    index = std::clamp(index, 0, count() - 1);
    if (index == m_index)
        return;
    m_index = index;
    save();
    emit changed();
}

QString Quiz::prompt() const
{
    return promptAt(m_index);
}

QString Quiz::explanation() const
{
    return explanationAt(m_index);
}

bool Quiz::tapToken() const
{
    return m_pack->questions[std::size_t(m_index)].type == QuizQuestion::Type::TapToken;
}

QStringList Quiz::options() const
{
    QStringList options;
    for (const QString &option : m_pack->questions[std::size_t(m_index)].options)
        options << translatedText(option);
    return options;
}

QString Quiz::sentenceId() const
{
    return m_pack->questions[std::size_t(m_index)].sentenceId;
}

int Quiz::head() const
{
    return m_pack->questions[std::size_t(m_index)].head;
}

int Quiz::from() const
{
    return m_pack->questions[std::size_t(m_index)].from;
}

int Quiz::answerOf(int question) const
{
    return question >= 0 && question < int(m_answers.size()) ? m_answers[std::size_t(question)] : -1;
}

int Quiz::correctAnswerAt(int question) const
{
    return question >= 0 && question < int(m_correct.size()) ? m_correct[std::size_t(question)] : -1;
}

int Quiz::score() const
{
    int s = 0;
    for (int q = 0; q < count(); ++q)
        s += answerOf(q) >= 0 && answerOf(q) == correctAnswerAt(q);
    return s;
}

int Quiz::answeredCount() const
{
    return int(std::count_if(m_answers.begin(), m_answers.end(), [](int a) { return a >= 0; }));
}

QList<int> Quiz::wrongQuestions() const
{
    QList<int> wrong;
    for (int q = 0; q < count(); ++q) {
        if (answerOf(q) >= 0 && answerOf(q) != correctAnswerAt(q))
            wrong << q;
    }
    return wrong;
}

void Quiz::answer(int choice)
{
    if (answered() || choice < 0)
        return;
    m_answers[std::size_t(m_index)] = choice;
    if (finished())
        m_best = std::max(m_best, score());
    save();
    emit changed();
}

void Quiz::next()
{
    setIndex(m_index + 1);
}

void Quiz::previous()
{
    setIndex(m_index - 1);
}

void Quiz::restart()
{
    m_answers.assign(m_pack->questions.size(), -1);
    m_index = 0;
    save();
    emit changed();
}

void Quiz::resetProgress()
{
    m_best = 0;
    restart();
}

bool Quiz::loadPack(const QString &path)
{
    try {
        const Workspace &w = m_workspace->get();
        auto pack = std::make_unique<QuizPack>(QuizPack::load(path, *w.pack, *w.model));
        m_pack = std::move(pack);
        markAnswers();
        m_loadError.clear();
        load();
    } catch (const Error &e) {
        m_loadError = e.localized();
        emit packChanged();
        return false;
    }
    emit packChanged();
    emit changed();
    return true;
}

QString Quiz::promptAt(int question) const
{
    return question >= 0 && question < count() ? translatedText(m_pack->questions[std::size_t(question)].prompt)
                                               : QString();
}

QString Quiz::explanationAt(int question) const
{
    return question >= 0 && question < count() ? translatedText(m_pack->questions[std::size_t(question)].explanation)
                                               : QString();
}

QString Quiz::correctTextAt(int question) const
{
    if (question < 0 || question >= count())
        return {};
    const QuizQuestion &q = m_pack->questions[std::size_t(question)];
    const int answer = correctAnswerAt(question);
    if (q.type == QuizQuestion::Type::Choice)
        return translatedText(q.options.value(answer));
    const Sentence *s = m_workspace->get().sentence(q.sentenceId);
    return s && answer >= 0 ? s->tokens[std::size_t(answer)].text : QString();
}

void Quiz::load()
{
    m_answers.assign(m_pack->questions.size(), -1);
    const SettingsStore &settings = SettingsStore::instance();
    const QString group = groupFor(*m_pack) + QLatin1Char('/');
    // Saved answers are "question id=choice"; entries for questions the pack no longer has, or out of range, are
    // ignored rather than trusted.
    const QStringList saved = settings.value(group + QStringLiteral("answers")).toStringList();
    for (const QString &entry : saved) {
        const QString id = entry.section(QLatin1Char('='), 0, 0);
        bool ok = false;
        const int choice = entry.section(QLatin1Char('='), 1).toInt(&ok);
        for (std::size_t q = 0; ok && q < m_pack->questions.size(); ++q) {
            if (m_pack->questions[q].id == id && choice >= 0 && choice < 1000)
                m_answers[q] = choice;
        }
    }
    bool ok = false;
    const int index = settings.value(group + QStringLiteral("index")).toInt(&ok);
    m_index = ok ? std::clamp(index, 0, count() - 1) : 0;
    const int best = settings.value(group + QStringLiteral("best")).toInt(&ok);
    m_best = ok ? std::clamp(best, 0, count()) : 0;
}

void Quiz::save()
{
    QStringList answers;
    for (std::size_t q = 0; q < m_answers.size(); ++q) {
        if (m_answers[q] >= 0)
            answers << m_pack->questions[q].id + QLatin1Char('=') + QString::number(m_answers[q]);
    }
    SettingsStore &settings = SettingsStore::instance();
    const QString group = groupFor(*m_pack) + QLatin1Char('/');
    settings.setValues({ { group + QStringLiteral("answers"), answers }, { group + QStringLiteral("index"), m_index },
        { group + QStringLiteral("best"), m_best } });
}
