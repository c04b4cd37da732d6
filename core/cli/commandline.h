// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class QCommandLineParser;

/// The app's display-free commands. Each writes results to a file or stdout, errors to stderr, and returns
/// the process exit code.
namespace attention::cli {

/// `text` with control characters made visible (\n, \t, \r, \xNN), so that a pack or an argument cannot retitle,
/// clear or break a terminal or a tab-separated line; with `escapeBackslash` a backslash becomes \\ too, which makes
/// the escaping reversible.
QString escapeControlCharacters(const QString &text, bool escapeBackslash);

/// Prints "attention-explorer: message" on standard error, control characters escaped.
void printError(const QString &message);

/// One option of the app's command line (all of them, for the commands and for the window, are in one table).
struct OptionSpec {
    QStringList names; ///< "export"; "o", "output"
    QString valueName; ///< "ID"; empty for a switch
    const char *help; ///< untranslated, context "main"
    QString defaultValue;
    bool command = false; ///< runs without a window (prints or writes files and exits)
};

/// Every option, in the order --help lists them.
const std::vector<OptionSpec> &optionTable();

/// Adds every option of the table (and --help, --version) to `parser`, with translated help.
void addOptions(QCommandLineParser &parser);

/// What the arguments (argv without the program) ask for: a command that prints or writes files and needs no
/// window (or an error in the arguments), a document drawn with fonts (a worksheet), a screenshot of the window drawn
/// offscreen, or the window.
enum class Launch { Command, Document, Screenshot, Window };
Launch launchFor(const QStringList &arguments);
/// A worksheet or the lesson plan is asked for: --worksheet ID, --text "…" with -o FILE.pdf, or --lesson-plan. It is
/// drawn (Launch::Document: fonts need a QGuiApplication, on the offscreen platform) but opens no window.
bool wantsWorksheet(const QCommandLineParser &parser);

/// `--compute INPUT.json [-o OUT.json]`: every intermediate of the layer described in INPUT.
int compute(const QString &inputPath, const QString &outputPath);

/// `--list-sentences [--pack FILE]`: id, pattern and text of every sentence, tab-separated, one per line.
int listSentences(const QString &packPath);

/// What `--export` computes: a pack sentence (by id) or typed text, one head or the average of all.
struct ExportRequest {
    QString sentenceId;
    QString text;
    QString packPath;
    QString head = QStringLiteral("all");
    QString format = QStringLiteral("csv");
    QString outputPath;
    double temperature = 1; ///< T in softmax(Q·Kᵀ/(T·√d_k))
    bool causal = false; ///< mask every key after the query
    QString model = QStringLiteral("designed"); ///< "designed" or a checkpoint folder
    QString layer = QStringLiteral("1"); ///< from 1, or "all" (checkpoints)
};

/// What `--worksheet` writes: the sentence and softmax settings of an ExportRequest, and the pages' options.
struct WorksheetRequest {
    ExportRequest sentence;
    bool headGiven = false; ///< --head was given; else the curated sentence's lesson head (typed text: the average)
    bool answers = false; ///< with the answer key page
    bool heatmap = false; ///< the heatmap on the front page instead of an empty grid
    QString paper; ///< "A4", "Letter", or "" for the locale's
};

/// `--lesson-plan -o FILE.pdf [--pack FILE] [--paper A4|Letter]`: the teacher's handout
/// (attention::lessonDocumentHtml).
int writeLessonPlan(const QString &packPath, const QString &outputPath, const QString &paper);

/// `--worksheet ID|--text "…" [--head NAME] -o FILE.pdf [--answers] [--heatmap] [--paper A4|Letter]`: a printable
/// worksheet of the designed model's attention for the sentence (see attention::Worksheet).
int writeWorksheet(const WorksheetRequest &request);

/// `--export ID|--text "…" [--head NAME|all] [--format csv|json] [--temperature T] [--mask causal|none] [-o FILE]`:
/// tokens and the attention matrix. With `--model DIR`: a checkpoint's `--layer L|all` and `--head H|all` (from 1),
/// JSON {"tokens", "ids", "attention"} with attention [n][n], [head][n][n], [layer][n][n] or [layer][head][n][n].
int exportMatrix(const ExportRequest &request);

/// `--model trained|DIR --fill-mask "text with [MASK]"`: the five most likely tokens and their probabilities.
int fillMask(const QString &model, const QString &text);
/// `--model M --head-statistics [--pack FILE] [--format markdown|json]`: what each head attends to (HeadStatistics)
/// over the pack's sentences, with the designed heads as judge.
int headStatistics(const QString &model, const QString &packPath, const QString &format);

/// Reads `--temperature` (0.1…10) and `--mask` (causal|none) values; on a bad value prints why and returns false.
bool parseSoftmaxOptions(const QString &temperature, const QString &mask, double *t, bool *causal);

/// Writes `bytes` to `path` atomically (QSaveFile), or to stdout when path is empty or "-".
/// Returns false after printing an error naming the file.
bool writeOutput(const QString &path, const QByteArray &bytes);

} // namespace attention::cli
