// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The quiz and the lesson checks: scoring, progress that survives a restart, reset, an unreadable settings file,
// quiz pack validation, and answers that follow the model when its weights change.
#include "attentionsession.h"
#include "jsonio.h"
#include "lessonpack.h"
#include "modelworkspace.h"
#include "preferences.h"
#include "quiz.h"
#include "quizpack.h"
#include "settingsstore.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace attention;

namespace {

int indexOfQuestion(const Quiz &quiz, const QString &prompt)
{
    for (int q = 0; q < quiz.count(); ++q) {
        if (quiz.promptAt(q).contains(prompt))
            return q;
    }
    return -1;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace

class TestQuiz : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("attention-explorer-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_quiz"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QVERIFY(QDir().mkpath(QFileInfo(QSettings().fileName()).path()));
    }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
    }

    void builtInQuizHasTheOriginalQuestionsAndMore()
    {
        Quiz quiz;
        QVERIFY(quiz.count() >= 15);
        for (const char *topic : { "main purpose of self-attention", "rows and columns", "What are Q, K and V",
                 "why does \"it\" attend most to \"cat\"", "breakthrough" })
            QVERIFY2(indexOfQuestion(quiz, QString::fromUtf8(topic)) >= 0, topic);
    }

    void preferencesAreKeptAcrossStarts()
    {
        // What one start of the app chose, the next one reads: the theme and each activity answer.
        {
            Preferences first;
            QCOMPARE(first.theme(), QStringLiteral("light"));
            first.setTheme(QStringLiteral("dark"));
            first.setAnswer(QStringLiteral("activity1"), 5);
            first.setAnswer(QStringLiteral("activity2/3"), 0);
        }
        Preferences next;
        QCOMPARE(next.theme(), QStringLiteral("dark"));
        QCOMPARE(next.answer(QStringLiteral("activity1")), 5);
        QCOMPARE(next.answer(QStringLiteral("activity2/3")), 0);
        QCOMPARE(next.answer(QStringLiteral("activity4")), -1);
        next.setTheme(QStringLiteral("purple")); // not a theme: ignored
        QCOMPARE(Preferences().theme(), QStringLiteral("dark"));
        // A hand-edited answer that is not a number is no answer.
        QSettings().setValue(QStringLiteral("lessons/activity3"), QStringLiteral("two"));
        QCOMPARE(Preferences().answer(QStringLiteral("activity3")), -1);
        next.forgetAnswers();
        QCOMPARE(Preferences().answer(QStringLiteral("activity1")), -1);
        QCOMPARE(Preferences().theme(), QStringLiteral("dark")); // forgetting answers keeps the theme
    }

    void appearanceSettingsAreKeptAcrossStarts()
    {
        // Every setting of the settings page is read back by the next start; values a hand-edited or damaged file
        // holds that are not settings fall back to the defaults; resetting keeps answers.
        {
            Preferences first;
            first.setAnswer(QStringLiteral("kept"), 2);
            first.setTheme(QStringLiteral("contrast"));
            first.setColorMap(QStringLiteral("greyscale"));
            first.setHeatmapScale(QStringLiteral("row"));
            first.setTextScale(1.54); // rounded to a step of 10 %
            first.setPresenter(true);
            first.setReducedMotion(true);
        }
        Preferences next;
        QCOMPARE(next.theme(), QStringLiteral("contrast"));
        QCOMPARE(next.colorMap(), QStringLiteral("greyscale"));
        QCOMPARE(next.heatmapScale(), QStringLiteral("row"));
        QCOMPARE(next.textScale(), 1.5);
        QVERIFY(next.presenter());
        QVERIFY(next.reducedMotion());
        next.setTextScale(7); // at most 200 %
        QCOMPARE(Preferences().textScale(), 2.0);
        next.setTextScale(std::nan(""));
        QCOMPARE(Preferences().textScale(), 2.0);

        QSettings edited;
        edited.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
        edited.setValue(QStringLiteral("appearance/color-map"), QStringLiteral("jet"));
        edited.setValue(QStringLiteral("appearance/heatmap-scale"), 3);
        edited.setValue(QStringLiteral("appearance/text-scale"), QStringLiteral("huge"));
        edited.setValue(QStringLiteral("appearance/presenter"), QStringLiteral("maybe"));
        edited.setValue(QStringLiteral("appearance/language"), QStringLiteral("tlh"));
        edited.sync();
        SettingsStore::instance().open(); // as at the next start
        Preferences damaged;
        QCOMPARE(damaged.theme(), QStringLiteral("light"));
        QCOMPARE(damaged.colorMap(), QStringLiteral("viridis"));
        QCOMPARE(damaged.heatmapScale(), QStringLiteral("absolute"));
        QCOMPARE(damaged.textScale(), 1.0);
        QVERIFY(!damaged.presenter());
        QCOMPARE(damaged.language(), QString());

        damaged.setColorMap(QStringLiteral("cividis"));
        damaged.resetAppearance();
        QCOMPARE(Preferences().colorMap(), QStringLiteral("viridis"));
        QCOMPARE(Preferences().answer(QStringLiteral("kept")), 2);
    }

    void languageChangesTheTranslationAndNumbers()
    {
        // The shipped languages translate the window's strings and format numbers their way; English is the source.
        const auto restore = qScopeGuard([] { Preferences::applyLanguage(QStringLiteral("en")); });
        for (const QString &language : Preferences::translatedLanguages())
            QVERIFY2(Preferences::applyLanguage(language), qPrintable(language));
        QVERIFY(Preferences::applyLanguage(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("Main", "Inside the math"), QStringLiteral("Die Rechnung"));
        QCOMPARE(QLocale().toString(56.9, 'f', 1), QStringLiteral("56,9"));
        // an error a learner meets, in the language too (the engine carries it as a template with arguments)
        AttentionSession session;
        const QString tooLong(session.maxTextLength() + 1, QLatin1Char('a'));
        QCOMPARE(session.useText(tooLong),
            QStringLiteral("der Text hat %1 Zeichen; die Grenze liegt bei %2")
                .arg(tooLong.size())
                .arg(session.maxTextLength()));
        // a teacher's pack that cannot be used: the place in the file as it is, the problem in German
        ModelWorkspace workspace;
        workspace.setPackPath(QStringLiteral(ATTENTION_TEST_DATA "/packs/unknown-head.json"));
        QVERIFY2(workspace.error().contains(QStringLiteral("unknown-head.json"))
                && workspace.error().contains(QStringLiteral("unbekannter Kopf \"")),
            qPrintable(workspace.error()));
        QVERIFY(Preferences::applyLanguage(QStringLiteral("en")));
        workspace.setPackPath(QString());
        workspace.setPackPath(QStringLiteral(ATTENTION_TEST_DATA "/packs/unknown-head.json"));
        QVERIFY2(workspace.error().contains(QStringLiteral("unknown head \"")), qPrintable(workspace.error()));
        QCOMPARE(session.useText(tooLong),
            QStringLiteral("the text has %1 characters; the limit is %2")
                .arg(tooLong.size())
                .arg(session.maxTextLength()));
        QCOMPARE(QCoreApplication::translate("Main", "Inside the math"), QStringLiteral("Inside the math"));
        QCOMPARE(QLocale().toString(56.9, 'f', 1), QStringLiteral("56.9"));
        QVERIFY(!Preferences::applyLanguage(QStringLiteral("ja"))); // not translated: English, Japanese numbers
        QCOMPARE(QCoreApplication::translate("Main", "Inside the math"), QStringLiteral("Inside the math"));
    }

    void lessonTasksComeFromTheLessonPack()
    {
        // The built-in activities are data, and each answer follows from what the task asks: "it" attends most to
        // "cat" in the pronoun sentence (the curated claim); under the causal mask "it" cannot attend to the later
        // "tired" (so "No"); the sharpest of T = 0.1, 1, 10 is 0.1 (dividing by a smaller T spreads the scores).
        AttentionSession session;
        LessonChecks *lessons = session.lessons();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester predictTester(lessons->predict(), mode), patternTester(lessons->patterns(), mode);
        QCOMPARE(lessons->predict()->count(), 1);
        QCOMPARE(lessons->patterns()->count(), 4);
        QCOMPARE(lessons->temperature()->count(), 1);
        QCOMPARE(lessons->mask()->count(), 1);
        const QModelIndex predict = lessons->predict()->index(0);
        QCOMPARE(predict.data(LessonTaskModel::FromTextRole).toString(), QStringLiteral("it"));
        const QStringList labels = predict.data(LessonTaskModel::LabelsRole).toStringList();
        QCOMPARE(labels.value(predict.data(LessonTaskModel::AnswerRole).toInt()), QStringLiteral("cat"));
        QCOMPARE(lessons->mask()->index(0).data(LessonTaskModel::ToTextRole).toString(), QStringLiteral("tired"));
        QCOMPARE(lessons->mask()->index(0).data(LessonTaskModel::AnswerRole).toInt(), 1);
        QCOMPARE(lessons->temperature()->index(0).data(LessonTaskModel::AnswerRole).toInt(), 0);
        // Each pattern task's answer is its sentence's claim for that token and head.
        for (int r = 0; r < lessons->patterns()->count(); ++r) {
            const QModelIndex task = lessons->patterns()->index(r);
            const Sentence *s = SentencePack::builtIn().find(task.data(LessonTaskModel::SentenceIdRole).toString());
            QVERIFY(s);
            bool claimed = false;
            for (const Expectation &e : s->expectations) {
                if (e.headIndex == task.data(LessonTaskModel::HeadRole).toInt()
                    && e.from == task.data(LessonTaskModel::FromRole).toInt()) {
                    QCOMPARE(task.data(LessonTaskModel::AnswerRole).toInt(), e.to);
                    claimed = true;
                }
            }
            QVERIFY2(claimed, qPrintable(s->id + QStringLiteral(": the task asks what the sentence claims")));
        }
    }

    void badLessonPacksAreExplained_data()
    {
        QTest::addColumn<QByteArray>("tasks");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown activity")
            << QByteArray(R"([{"activity": "dance", "sentence": "pronoun-cat", "head": "coreference", "from": "it"}])")
            << QStringLiteral("tasks[0]: field \"activity\"");
        QTest::newRow("unknown sentence")
            << QByteArray(R"([{"activity": "predict", "sentence": "nope", "head": "coreference", "from": "it"}])")
            << QStringLiteral("no sentence \"nope\"");
        QTest::newRow("unknown token") << QByteArray(
            R"([{"activity": "mask", "sentence": "pronoun-cat", "head": "coreference", "from": "it", "to": "dog"}])")
                                       << QStringLiteral("tasks[0]: field \"to\"");
        QTest::newRow("temperature out of range") << QByteArray(
            R"([{"activity": "temperature", "sentence": "pronoun-cat", "head": "coreference", "from": "it", "temperatures": [0.01, 1]}])")
                                                  << QStringLiteral("from 0.1 to 10");
        QTest::newRow("no tasks") << QByteArray("[]") << QStringLiteral("expected a list of 1 to");
    }

    void badLessonPacksAreExplained()
    {
        QFETCH(QByteArray, tasks);
        QFETCH(QString, message);
        const QByteArray json =
            R"({"format": "attention-explorer/lesson-pack", "version": 1, "id": "x", "tasks": )" + tasks + "}";
        try {
            LessonPack::fromJson(
                json::parseObject(json, QStringLiteral("lessons.json")).object(), QStringLiteral("lessons.json"));
            QFAIL("accepted");
        } catch (const Error &e) {
            const QString what = QString::fromStdString(e.what());
            QVERIFY2(what.startsWith(QStringLiteral("lessons.json")) && what.contains(message), e.what());
        }
    }

    void lengthGivesNoAnswerAway()
    {
        // A learner who always picks the longest option must not pass: in the built-in quiz the right option is
        // (one of) the longest in at most a quarter of the multiple-choice questions.
        int choice = 0, longest = 0;
        for (const QuizQuestion &q : QuizPack::builtIn().questions) {
            if (q.type != QuizQuestion::Type::Choice)
                continue;
            ++choice;
            qsizetype max = 0;
            for (const QString &o : q.options)
                max = std::max(max, o.size());
            if (q.options.at(q.answer).size() == max)
                ++longest;
        }
        QVERIFY(choice >= 10);
        QVERIFY2(longest * 4 <= choice, qPrintable(QStringLiteral("%1 of %2").arg(longest).arg(choice)));
    }

    void scoringAndReview()
    {
        Quiz quiz;
        QCOMPARE(quiz.index(), 0);
        QVERIFY(!quiz.tapToken());
        quiz.answer(quiz.correctAnswer());
        QVERIFY(quiz.answered());
        QVERIFY(quiz.correct());
        QCOMPARE(quiz.score(), 1);
        quiz.answer((quiz.correctAnswer() + 1) % int(quiz.options().size())); // a second answer is ignored
        QCOMPARE(quiz.score(), 1);

        quiz.next();
        const int wrong = (quiz.correctAnswer() + 1) % int(quiz.options().size());
        quiz.answer(wrong);
        QVERIFY(!quiz.correct());
        QCOMPARE(quiz.score(), 1);
        QCOMPARE(quiz.wrongQuestions(), QList<int> { 1 });
        QCOMPARE(quiz.correctTextAt(1), quiz.options().at(quiz.correctAnswer()));
        QCOMPARE(quiz.answeredCount(), 2);
        QVERIFY(!quiz.finished());
    }

    void tapTokenAnswersComeFromTheModel()
    {
        Quiz quiz;
        const int q = indexOfQuestion(quiz, QStringLiteral("Tap the token that \"were\""));
        QVERIFY(q >= 0);
        quiz.setIndex(q);
        QVERIFY(quiz.tapToken());
        const Sentence *s = SentencePack::builtIn().find(quiz.sentenceId());
        QVERIFY(s);
        QCOMPARE(quiz.correctAnswer(), findToken(s->tokens, QStringLiteral("keys")));
        QCOMPARE(quiz.correctTextAt(q), QStringLiteral("keys"));
        quiz.answer(findToken(s->tokens, QStringLiteral("cabinet")));
        QVERIFY(!quiz.correct());
    }

    void progressSurvivesARestart()
    {
        {
            Quiz quiz;
            for (int q = 0; q < 3; ++q) {
                quiz.answer(q == 1 ? (quiz.correctAnswer() + 1) % int(qMax(2, int(quiz.options().size())))
                                   : quiz.correctAnswer());
                quiz.next();
            }
            QCOMPARE(quiz.index(), 3);
            QCOMPARE(quiz.score(), 2);
        }
        Quiz reopened;
        QCOMPARE(reopened.index(), 3);
        QCOMPARE(reopened.answeredCount(), 3);
        QCOMPARE(reopened.score(), 2);
        QCOMPARE(reopened.wrongQuestions(), QList<int> { 1 });
    }

    void bestScoreAndReset()
    {
        Quiz quiz;
        for (int q = 0; q < quiz.count(); ++q) {
            quiz.setIndex(q);
            quiz.answer(q % 4 == 0 ? quiz.correctAnswer() + 1000 : quiz.correctAnswer()); // some wrong on purpose
        }
        QVERIFY(quiz.finished());
        const int score = quiz.score();
        QVERIFY(score > 0 && score < quiz.count());
        QCOMPARE(quiz.bestScore(), score);
        quiz.restart();
        QCOMPARE(quiz.answeredCount(), 0);
        QCOMPARE(quiz.bestScore(), score); // the best stays
        {
            Quiz again;
            QCOMPARE(again.bestScore(), score);
        }
        quiz.resetProgress();
        QCOMPARE(quiz.bestScore(), 0);
        Quiz afterReset;
        QCOMPARE(afterReset.bestScore(), 0);
        QCOMPARE(afterReset.answeredCount(), 0);
    }

    void damagedSettingsAreSurvived()
    {
        const QString file = QSettings().fileName();
        // Values of the wrong kind are ignored, and settings outside the quiz are untouched.
        {
            QSettings s;
            s.setValue(QStringLiteral("display/theme"), QStringLiteral("dark"));
            s.setValue(QStringLiteral("quiz/builtin-quiz-english/answers"),
                QStringList { QStringLiteral("purpose=banana"), QStringLiteral("nosuchquestion=1"),
                    QStringLiteral("rows-columns=-4"), QStringLiteral("qkv=0") });
            s.setValue(QStringLiteral("quiz/builtin-quiz-english/index"), QStringLiteral("far away"));
            s.setValue(QStringLiteral("quiz/builtin-quiz-english/best"), 99999);
        }
        {
            Quiz quiz;
            QCOMPARE(quiz.answeredCount(), 1); // only "qkv=0" makes sense
            QCOMPARE(quiz.index(), 0);
            QCOMPARE(quiz.bestScore(), quiz.count()); // clamped to what is possible
            quiz.answer(0);
        }
        QCOMPARE(QSettings().value(QStringLiteral("display/theme")).toString(), QStringLiteral("dark"));

        // An unreadable file is kept aside, whole, when the app starts (SettingsStore::open), and new settings begin.
        const QByteArray garbage("[display]\ntheme=dark\n[quiz/builtin-quiz-english\n\x01\x02\xff=\"unterminated\n");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(garbage);
        f.close();
        SettingsStore::instance().open();
        const QString problem = SettingsStore::instance().problem();
        QVERIFY2(
            problem.contains(QStringLiteral("kept as ") + file + QStringLiteral(".damaged-")), qPrintable(problem));
        const QString kept = problem.section(QStringLiteral("kept as "), 1).chopped(1);
        QFile backup(kept);
        QVERIFY2(backup.open(QIODevice::ReadOnly), qPrintable(kept));
        QCOMPARE(backup.readAll(), garbage);
        {
            Quiz quiz;
            QCOMPARE(quiz.answeredCount(), 0);
            quiz.answer(quiz.correctAnswer());
        }
        SettingsStore::instance().open(); // the next start: the new file reads, progress is there
        QVERIFY2(SettingsStore::instance().problem().isEmpty(), qPrintable(SettingsStore::instance().problem()));
        QCOMPARE(Quiz().answeredCount(), 1);
        QVERIFY(QFile::remove(kept));
    }

    // With settings that cannot be written the learner is told, and the quiz still works for the session. (The
    // settings folder is put below a file: no user, not even root, can create it.)
    void unsavableSettingsAreReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, blocker.fileName());
        SettingsStore::instance().open();
        QVERIFY2(SettingsStore::instance().problem().contains(QStringLiteral("cannot be saved")),
            qPrintable(SettingsStore::instance().problem()));
        {
            Quiz quiz;
            quiz.answer(quiz.correctAnswer());
            QVERIFY(quiz.answered());
            QVERIFY(quiz.correct());
        }
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        SettingsStore::instance().open();
        QVERIFY(SettingsStore::instance().problem().isEmpty());
    }

    // A process killed while saving leaves a lock and a temporary copy; both are removed when the app starts.
    void leftoversOfAKilledSaveAreRemoved()
    {
        const QString file = QSettings().fileName();
        QFile lock(file + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // QLockFile's format: the process id (one that does not run), the application, this machine
        lock.write("999999\nattention-explorer\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        QFile temporary(file + QStringLiteral(".aB3xYz"));
        QVERIFY(temporary.open(QIODevice::WriteOnly));
        temporary.write("[quiz]\nhalf");
        temporary.close();
        QFile unrelated(file + QStringLiteral(".damaged-20260101-000000"));
        QVERIFY(unrelated.open(QIODevice::WriteOnly));
        unrelated.close();
        SettingsStore::instance().open();
        QVERIFY(!QFile::exists(temporary.fileName()));
        QVERIFY(!QFile::exists(lock.fileName()));
        QVERIFY(QFile::exists(unrelated.fileName())); // a kept damaged file is the user's
        QVERIFY(QFile::remove(unrelated.fileName()));
    }

    void badPacksAreExplainedAndTheQuizKeepsWorking_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray head =
            R"({"format": "attention-explorer/quiz-pack", "version": 1, "id": "t", "title": "T", "questions": )";
        const auto pack = [&](const char *questions) { return head + questions + "}"; };
        QTest::newRow("not JSON") << QByteArray("{ nope") << QStringLiteral("quiz.json:1:");
        QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "version": 1})")
                                      << QStringLiteral("field \"format\"");
        QTest::newRow("no questions") << pack("[]") << QStringLiteral("field \"questions\"");
        QTest::newRow("answer out of range") << pack(
            R"([{"id": "a", "type": "choice", "prompt": "p", "explanation": "e", "options": ["x", "y"], "answer": 2}])")
                                             << QStringLiteral("question \"a\": field \"answer\": expected the index "
                                                               "of one of the 2 options");
        QTest::newRow("one option") << pack(
            R"([{"id": "a", "type": "choice", "prompt": "p", "explanation": "e", "options": ["x"], "answer": 0}])")
                                    << QStringLiteral("question \"a\": field \"options\"");
        QTest::newRow("unknown type") << pack(R"([{"id": "a", "type": "essay", "prompt": "p", "explanation": "e"}])")
                                      << QStringLiteral(
                                             "question \"a\": field \"type\": expected \"choice\" or \"tap-token\"");
        QTest::newRow("unknown sentence") << pack(
            R"([{"id": "a", "type": "tap-token", "prompt": "p", "explanation": "e", "sentence": "nope", "head": "modifier", "from": "the"}])")
                                          << QStringLiteral("question \"a\": field \"sentence\": no sentence \"nope\"");
        QTest::newRow("unknown head") << pack(
            R"([{"id": "a", "type": "tap-token", "prompt": "p", "explanation": "e", "sentence": "pronoun-cat", "head": "syntax", "from": "it"}])")
                                      << QStringLiteral("question \"a\": field \"head\": unknown head \"syntax\"");
        QTest::newRow("unknown token") << pack(
            R"([{"id": "a", "type": "tap-token", "prompt": "p", "explanation": "e", "sentence": "pronoun-cat", "head": "coreference", "from": "dog"}])")
                                       << QStringLiteral("question \"a\": field \"from\": no such token");
        QTest::newRow("missing prompt") << pack(
            R"([{"id": "a", "type": "choice", "explanation": "e", "options": ["x", "y"], "answer": 0}])")
                                        << QStringLiteral("question \"a\": field \"prompt\": missing");
    }
    void badPacksAreExplainedAndTheQuizKeepsWorking()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("quiz.json"), json);
        Quiz quiz;
        const int count = quiz.count();
        const QString prompt = quiz.prompt();
        QVERIFY(!quiz.loadPack(path));
        QVERIFY2(quiz.loadError().contains(path), qPrintable(quiz.loadError()));
        QVERIFY2(quiz.loadError().contains(message), qPrintable(quiz.loadError()));
        QCOMPARE(quiz.count(), count);
        QCOMPARE(quiz.prompt(), prompt);
        quiz.answer(quiz.correctAnswer());
        QVERIFY(quiz.correct());
    }

    void aTeachersPackLoads()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, QStringLiteral("quiz.json"), R"({"format": "attention-explorer/quiz-pack", "version": 1,
            "id": "class-7b", "title": "Class 7b",
            "questions": [{"id": "q", "type": "tap-token", "prompt": "Tap it", "explanation": "e",
                           "sentence": "pronoun-gender", "head": "coreference", "from": "he"}]})");
        Quiz quiz;
        QVERIFY2(quiz.loadPack(path), qPrintable(quiz.loadError()));
        QCOMPARE(quiz.title(), QStringLiteral("Class 7b"));
        QCOMPARE(quiz.count(), 1);
        QCOMPARE(quiz.correctTextAt(0), QStringLiteral("him"));
    }

    void lessonAnswersFollowTheModel()
    {
        // The built-in model links "it" to "cat". A model whose coreference head avoids subjects links it to "mat",
        // and the check follows: no answer is stored anywhere.
        const Sentence *s = SentencePack::builtIn().find(QStringLiteral("pronoun-cat"));
        const int it = findToken(s->tokens, QStringLiteral("it"));
        const DesignedModel &builtIn = DesignedModel::builtIn();
        QCOMPARE(builtIn.strongestTarget(s->tokens, 0, it), findToken(s->tokens, QStringLiteral("cat")));

        QByteArray json = json::readFile(QStringLiteral(ATTENTION_SOURCE_DIR "/resources/models/designed-heads.json"));
        const QByteArray before = R"("label": "prefers a subject",
     "query": {
      "pronoun": 1.5)";
        QVERIFY2(json.contains(before), "the model file still has the subject preference");
        json.replace(before, QByteArray(before).replace("1.5", "-3.0"));
        const DesignedModel changed = DesignedModel::fromJson(
            json::parseObject(json, QStringLiteral("changed")).object(), QStringLiteral("changed"));
        QCOMPARE(changed.strongestTarget(s->tokens, 0, it), findToken(s->tokens, QStringLiteral("mat")));

        // Handed to the app as its workspace, the changed model is what the session shows, what the lessons check
        // against and what the quiz marks: "it" → "mat" everywhere, with no global consulted.
        auto model = std::make_shared<const DesignedModel>(changed);
        auto workspace = std::make_shared<const Workspace>(Workspace {
            model, Workspace::builtIn()->pack, Workspace::builtIn()->lessons, Workspace::builtIn()->quiz, nullptr });
        ModelWorkspace handle(workspace);
        AttentionSession session;
        session.setWorkspace(&handle);
        session.setSentenceId(QStringLiteral("pronoun-cat"));
        session.setHeadIndex(0);
        session.setSelectedToken(it);
        QCOMPARE(session.ranking().value(0), findToken(s->tokens, QStringLiteral("mat")));
        QCOMPARE(session.lessons()->strongestTarget(QStringLiteral("pronoun-cat"), 0, it),
            findToken(s->tokens, QStringLiteral("mat")));

        // A teacher's quiz with a tap-token question on "it" is marked against the workspace's model.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quiz.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "attention-explorer/quiz-pack", "version": 1, "id": "it-quiz", "title": "It",
            "questions": [{"id": "it", "type": "tap-token", "prompt": "Tap what it attends to most.",
                           "sentence": "pronoun-cat", "head": "coreference", "from": "it", "explanation": "."}]})");
        file.close();
        Quiz quiz;
        quiz.setWorkspace(&handle);
        QVERIFY2(quiz.loadPack(path), qPrintable(quiz.loadError()));
        QCOMPARE(quiz.correctAnswer(), findToken(s->tokens, QStringLiteral("mat")));
        Quiz builtInQuiz;
        QVERIFY(builtInQuiz.loadPack(path));
        QCOMPARE(builtInQuiz.correctAnswer(), findToken(s->tokens, QStringLiteral("cat")));
    }
};

QTEST_GUILESS_MAIN(TestQuiz)
#include "tst_quiz.moc"
