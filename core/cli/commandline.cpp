// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "analyzer.h"
#include "checkpointmodel.h"
#include "computerequest.h"
#include "csv.h"
#include "datatext.h"
#include "designedmodel.h"
#include "headstatistics.h"
#include "jsonio.h"
#include "lessonmaterial.h"
#include "sentencepack.h"
#include "worksheet.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <functional>
#include <optional>

namespace attention::cli {

QString escapeControlCharacters(const QString &text, bool escapeBackslash)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\' && escapeBackslash)
            out += QLatin1String("\\\\");
        else if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (isControlCharacter(u))
            out += hexEscape(u);
        else
            out += c;
    }
    return out;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "attention-explorer: %s\n", escapeControlCharacters(message, false).toLocal8Bit().constData());
}

const std::vector<OptionSpec> &optionTable()
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    static const std::vector<OptionSpec> table = {
        { { s("compute") }, s("INPUT.json"),
            QT_TRANSLATE_NOOP(
                "main", "Compute attention for INPUT.json (Q/K/V or X and weights) and write every intermediate."),
            {}, true },
        { { s("o"), s("output") }, s("FILE"),
            QT_TRANSLATE_NOOP("main", "Write the result to FILE instead of standard output."), {} },
        { { s("list-sentences") }, {}, QT_TRANSLATE_NOOP("main", "List the curated sentences: id, pattern, text."), {},
            true },
        { { s("pack") }, s("FILE"),
            QT_TRANSLATE_NOOP("main",
                "Use the sentence pack FILE instead of the built-in one (with --list-sentences, --export or the "
                "window)."),
            {} },
        { { s("export") }, s("ID"), QT_TRANSLATE_NOOP("main", "Print the tokens and attention matrix of sentence ID."),
            {}, true },
        { { s("text") }, s("TEXT"),
            QT_TRANSLATE_NOOP(
                "main", "With --export or --screenshot: analyse this text instead of a curated sentence."),
            {} },
        { { s("head") }, s("NAME"),
            QT_TRANSLATE_NOOP("main",
                "One head by name (a checkpoint's by number, from 1), or \"all\" (the designed heads' average; every "
                "head of a checkpoint)."),
            s("all") },
        { { s("model") }, s("DIR"),
            QT_TRANSLATE_NOOP("main",
                "The model: \"designed\" (the built-in designed heads, the default) or a HuggingFace model folder "
                "(config.json, model.safetensors, tokenizer files) of a BERT or GPT-2 checkpoint."),
            s("designed") },
        { { s("layer") }, s("L"), QT_TRANSLATE_NOOP("main", "With --model DIR: the layer, from 1, or \"all\"."),
            s("1") },
        { { s("fill-mask") }, s("TEXT"),
            QT_TRANSLATE_NOOP("main",
                "With --model trained (or a BERT folder with its masked-word head): print the five most likely "
                "tokens for the [MASK] in TEXT, with their probabilities."),
            {}, true },
        { { s("head-statistics") }, {},
            QT_TRANSLATE_NOOP("main",
                "Measure what each head of --model attends to over the curated sentences (or --pack): where each "
                "row's strongest link goes, and how often it links the same words as each designed head. A Markdown "
                "table, or JSON with --format json."),
            {}, true },
        { { s("format") }, s("FORMAT"),
            QT_TRANSLATE_NOOP("main", "With --export: csv or json; with --head-statistics: markdown or json."),
            s("csv") },
        { { s("screenshot") }, s("OUT.png"),
            QT_TRANSLATE_NOOP("main", "Render the window offscreen to OUT.png and exit."), {} },
        { { s("size") }, s("WxH"), QT_TRANSLATE_NOOP("main", "Window size for --screenshot, e.g. 390x844."),
            s("1440x900") },
        { { s("sentence") }, s("ID"), QT_TRANSLATE_NOOP("main", "Open with the curated sentence ID."), {} },
        { { s("select") }, s("N"), QT_TRANSLATE_NOOP("main", "Open with token N (from 0) selected."), {} },
        { { s("theme") }, s("THEME"),
            QT_TRANSLATE_NOOP("main",
                "light, dark or contrast (high contrast), for this window only (default: the theme chosen last)."),
            {} },
        { { s("page") }, s("PAGE"), QT_TRANSLATE_NOOP("main", "Open on a page: explore, math, heads or learn."),
            s("explore") },
        { { s("temperature") }, s("T"),
            QT_TRANSLATE_NOOP("main", "Softmax temperature T from 0.1 (sharp) to 10 (flat)."), s("1") },
        { { s("mask") }, s("MASK"),
            QT_TRANSLATE_NOOP("main", "causal (a decoder: no looking ahead) or none (an encoder)."), s("none") },
        { { s("quiz") }, s("FILE"),
            QT_TRANSLATE_NOOP("main", "Use the quiz pack FILE on the Learn page (see docs/quiz-packs.md)."), {} },
        { { s("worksheet") }, s("ID"),
            QT_TRANSLATE_NOOP("main",
                "Write a printable worksheet (PDF, -o FILE.pdf) for sentence ID, or for --text: the sentence and its "
                "tokens, a grid to shade, questions answered from the computed matrix."),
            {}, true },
        { { s("lesson-plan") }, {},
            QT_TRANSLATE_NOOP("main",
                "Write the teacher's handout as a PDF (-o FILE.pdf): a 45-minute lesson plan, how to read the "
                "matrix, and the table of attention patterns of the curated sentences (or --pack)."),
            {}, true },
        { { s("answers") }, {}, QT_TRANSLATE_NOOP("main", "With a worksheet: add the answer key page."), {} },
        { { s("heatmap") }, {},
            QT_TRANSLATE_NOOP("main", "With a worksheet: show the heatmap on the front page instead of an empty grid."),
            {} },
        { { s("paper") }, s("SIZE"),
            QT_TRANSLATE_NOOP("main", "With a worksheet: A4 or Letter (default: the one your region uses)."), {} },
        { { s("lang") }, s("LANG"),
            QT_TRANSLATE_NOOP("main",
                "Language of the window: en, de, es or fr (default: the one chosen in the settings, else the "
                "system's)."),
            {} },
    };
    return table;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionSpec &o : optionTable())
        parser.addOption(
            QCommandLineOption(o.names, QCoreApplication::translate("main", o.help), o.valueName, o.defaultValue));
}

bool wantsWorksheet(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("worksheet")) || parser.isSet(QStringLiteral("lesson-plan"))
        || (parser.isSet(QStringLiteral("text")) && !parser.isSet(QStringLiteral("screenshot"))
            && parser.value(QStringLiteral("output")).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive));
}

Launch launchFor(const QStringList &arguments)
{
    // Read by the same parser as the options themselves, so that a value that looks like an option ("--pack --text",
    // "--quiz --compute") is the value it is, and "--" ends the options.
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QStringList { QStringLiteral("attention-explorer") } + arguments)
        || !parser.positionalArguments().isEmpty())
        return Launch::Command; // the error is printed without a window
    for (const char *name : { "help", "help-all", "version" })
        if (parser.isSet(QLatin1String(name)))
            return Launch::Command;
    if (wantsWorksheet(parser))
        return Launch::Document;
    for (const OptionSpec &o : optionTable()) {
        if (o.command && parser.isSet(o.names.constFirst()))
            return Launch::Command;
    }
    if (parser.isSet(QStringLiteral("screenshot")))
        return Launch::Screenshot;
    // --text exports unless it is the sentence of a screenshot.
    return parser.isSet(QStringLiteral("text")) ? Launch::Command : Launch::Window;
}

bool writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            printError(QStringLiteral("cannot write to standard output"));
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

int compute(const QString &inputPath, const QString &outputPath)
{
    try {
        const QJsonDocument doc = json::parseObject(json::readFile(inputPath), inputPath);
        const ComputeRequest request = ComputeRequest::fromJson(doc.object(), inputPath);
        LayerResult result;
        try {
            result = request.compute();
        } catch (const Error &e) {
            throw Error(json::text(inputPath) + ": " + e.what());
        }
        const QByteArray bytes = QJsonDocument(resultToJson(request, result)).toJson(QJsonDocument::Compact) + '\n';
        return writeOutput(outputPath, bytes) ? 0 : 1;
    } catch (const Error &e) {
        printError(QString::fromStdString(e.what()));
        return 2;
    }
}

namespace {

SentencePack packFor(const QString &path)
{
    return path.isEmpty() ? SentencePack::builtIn() : SentencePack::load(path);
}

} // namespace

bool parseSoftmaxOptions(const QString &temperature, const QString &mask, double *t, bool *causal)
{
    bool ok = false;
    *t = temperature.toDouble(&ok);
    if (!ok || !(*t >= 0.1 && *t <= 10)) {
        printError(QStringLiteral("--temperature: expected a number from 0.1 to 10, got \"%1\"").arg(temperature));
        return false;
    }
    if (mask != QLatin1String("causal") && mask != QLatin1String("none")) {
        printError(QStringLiteral("--mask: expected causal or none, got \"%1\"").arg(mask));
        return false;
    }
    *causal = mask == QLatin1String("causal");
    return true;
}

int listSentences(const QString &packPath)
{
    try {
        const SentencePack pack = packFor(packPath);
        QByteArray out;
        for (const Sentence &s : pack.sentences) {
            // tab-separated: a tab, line break, backslash or other control character in a field is escaped
            QStringList fields;
            for (const QString &field : { s.id, s.pattern, s.text })
                fields << escapeControlCharacters(field, true);
            out += (fields.join(QLatin1Char('\t')) + QLatin1Char('\n')).toUtf8();
        }
        return writeOutput(QString(), out) ? 0 : 1;
    } catch (const Error &e) {
        printError(QString::fromStdString(e.what()));
        return 2;
    }
}

namespace {

/// "all", or a whole number from 1 to `count`, for --layer and --head; throws naming the option.
int pickIndex(const QString &value, int count, const char *option, const char *what)
{
    if (value == QLatin1String("all"))
        return -1;
    bool ok = false;
    const int i = value.toInt(&ok);
    if (!ok || i < 1 || i > count)
        throw Error(std::string("--") + option + ": expected a " + what + " from 1 to " + std::to_string(count)
            + " or all, got \"" + json::text(value) + "\"");
    return i - 1;
}

QJsonArray matrixJson(const MatrixF &m)
{
    QJsonArray rows;
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        QJsonArray row;
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            row.append(double(m(i, j)));
        rows.append(row);
    }
    return rows;
}

QStringList tokenTexts(const Tokens &tokens)
{
    QStringList texts;
    for (const Token &t : tokens)
        texts << t.text;
    return texts;
}

int exportCheckpoint(const ExportRequest &request)
{
    const auto model = CheckpointModel::load(request.model);
    QString text = request.text;
    if (text.isNull()) {
        const SentencePack pack = packFor(request.packPath);
        const Sentence *s = pack.find(request.sentenceId);
        if (!s)
            throw Error(
                "--export: no sentence with the id \"" + json::text(request.sentenceId) + "\" (see --list-sentences)");
        text = s->text;
    }
    const int layer = pickIndex(request.layer, model->layerCount(), "layer", "layer");
    const int head = pickIndex(request.head, model->headCount(), "head", "head");
    Tokens tokens;
    try {
        if (const int count = model->countTokens(text); count > model->maxTokens())
            std::fprintf(stderr, "attention-explorer: the text has %d tokens; the model takes %d: cut after token %d\n",
                count, model->maxTokens(), model->maxTokens());
        tokens = model->tokenize(text);
    } catch (const Error &e) {
        throw Error(std::string("--text: ") + e.what());
    }
    const auto all = model->attentions(tokens, request.causal ? Mask::causal() : Mask::none(), request.temperature);
    QByteArray out;
    if (request.format == QLatin1String("csv")) {
        if (layer < 0 || head < 0)
            throw Error("--format csv holds one matrix: choose one --layer and one --head (or use --format json)");
        const MatrixF &w = all[std::size_t(layer)][std::size_t(head)];
        out = csvMatrix(tokenTexts(tokens), [&](int i, int j) { return QString::number(double(w(i, j)), 'g', 9); });
    } else {
        const auto heads = [&](int l) {
            if (head >= 0)
                return matrixJson(all[std::size_t(l)][std::size_t(head)]);
            QJsonArray a;
            for (const MatrixF &m : all[std::size_t(l)])
                a.append(matrixJson(m));
            return a;
        };
        QJsonArray attention;
        if (layer >= 0) {
            attention = heads(layer);
        } else {
            for (int l = 0; l < model->layerCount(); ++l)
                attention.append(heads(l));
        }
        QJsonArray names, ids;
        for (const Token &t : tokens) {
            names.append(t.text);
            ids.append(t.id);
        }
        const QJsonObject o { { QStringLiteral("tokens"), names }, { QStringLiteral("ids"), ids },
            { QStringLiteral("model"), model->name() },
            { QStringLiteral("layer"), layer >= 0 ? QJsonValue(layer + 1) : QJsonValue(QStringLiteral("all")) },
            { QStringLiteral("head"), head >= 0 ? QJsonValue(head + 1) : QJsonValue(QStringLiteral("all")) },
            { QStringLiteral("attention"), attention } };
        out = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return writeOutput(request.outputPath, out) ? 0 : 1;
}

} // namespace

int exportMatrix(const ExportRequest &request)
{
    try {
        if (request.format != QLatin1String("csv") && request.format != QLatin1String("json"))
            throw Error("--format: expected csv or json, got \"" + json::text(request.format) + "\"");
        if (request.model != QLatin1String("designed"))
            return exportCheckpoint(request);
        if (request.layer != QLatin1String("1"))
            throw Error("--layer: the designed model has one layer");
        if (request.format != QLatin1String("csv") && request.format != QLatin1String("json"))
            throw Error("--format: expected csv or json, got \"" + json::text(request.format) + "\"");
        const DesignedModel &model = DesignedModel::builtIn();
        Tokens tokens;
        QString id;
        if (!request.text.isNull()) {
            try {
                tokens = analyze(request.text);
            } catch (const Error &e) {
                throw Error(std::string("--text: ") + e.what());
            }
        } else {
            const SentencePack pack = packFor(request.packPath);
            const Sentence *s = pack.find(request.sentenceId);
            if (!s)
                throw Error("--export: no sentence with the id \"" + json::text(request.sentenceId)
                    + "\" (see --list-sentences)");
            tokens = s->tokens;
            id = s->id;
        }
        const bool all = normalizedName(request.head) == QLatin1String("all");
        const int head = all ? -1 : model.headIndex(request.head);
        if (!all && head < 0) {
            QStringList names;
            for (const HeadInfo &h : model.heads())
                names << h.id;
            throw Error("--head: no head called \"" + json::text(request.head)
                + "\" (heads: " + json::text(names.join(QStringLiteral(", "))) + ", all)");
        }
        const LayerResult result =
            model.compute(tokens, request.causal ? Mask::causal() : Mask::none(), request.temperature);
        const Matrix weights = all ? averageWeights(result.heads) : result.heads[std::size_t(head)].weights;
        const QString headName = all ? QStringLiteral("all") : model.heads()[std::size_t(head)].id;

        QByteArray out;
        if (request.format == QLatin1String("csv")) {
            out = csvMatrix(tokenTexts(tokens), [&](int i, int j) { return QString::number(weights(i, j), 'f', 6); });
        } else {
            QJsonArray names;
            QJsonArray features;
            for (const Token &t : tokens) {
                names.append(t.text);
                QJsonArray active;
                for (int f = 0; f < kFirstDerivedFeature; ++f) {
                    if (t.features[f] != 0 && f != int(Feature::Bias))
                        active.append(featureNames().at(f));
                }
                features.append(QJsonObject { { QStringLiteral("token"), t.text },
                    { QStringLiteral("clause"), t.clause }, { QStringLiteral("phrase"), t.phrase },
                    { QStringLiteral("sentence"), t.sentence }, { QStringLiteral("features"), active } });
            }
            QJsonObject o { { QStringLiteral("tokens"), names }, { QStringLiteral("head"), headName },
                { QStringLiteral("model"), model.name() }, { QStringLiteral("analysis"), features },
                { QStringLiteral("weights"), json::fromMatrix(weights) },
                { QStringLiteral("temperature"), request.temperature },
                { QStringLiteral("mask"), request.causal ? QStringLiteral("causal") : QStringLiteral("none") } };
            if (!id.isEmpty())
                o.insert(QStringLiteral("sentence"), id);
            else
                o.insert(QStringLiteral("text"), request.text);
            out = QJsonDocument(o).toJson(QJsonDocument::Indented);
        }
        return writeOutput(request.outputPath, out) ? 0 : 1;
    } catch (const Error &e) {
        printError(QString::fromStdString(e.what()));
        return 2;
    }
}

/// --paper's value: A4 or Letter (any case), or the locale's paper when not given.
QPageSize::PageSizeId paperNamed(const QString &paper)
{
    if (paper.isEmpty())
        return defaultPaper();
    if (paper.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    throw Error("--paper: expected A4 or Letter, got \"" + json::text(paper) + "\"");
}

int writeLessonPlan(const QString &packPath, const QString &outputPath, const QString &paperName)
{
    try {
        if (outputPath.isEmpty() || outputPath == QLatin1String("-"))
            throw Error("--lesson-plan: give the PDF file to write with -o FILE.pdf");
        const QPageSize::PageSizeId paper = paperNamed(paperName);
        const QString error = saveHtmlPdf(lessonDocumentHtml(patternExamples(packFor(packPath)), designedHeadNames()),
            outputPath, paper, QCoreApplication::translate("Lesson", "Self-attention in 45 minutes — a lesson plan"));
        if (!error.isEmpty()) {
            printError(error);
            return 1;
        }
        return 0;
    } catch (const Error &e) {
        printError(QString::fromStdString(e.what()));
        return 2;
    }
}

int writeWorksheet(const WorksheetRequest &request)
{
    try {
        const ExportRequest &r = request.sentence;
        if (r.outputPath.isEmpty() || r.outputPath == QLatin1String("-"))
            throw Error("--worksheet: give the PDF file to write with -o FILE.pdf");
        if (r.model != QLatin1String("designed"))
            throw Error("--worksheet: worksheets use the designed heads (leave out --model)");
        const QPageSize::PageSizeId paper = paperNamed(request.paper);
        const DesignedModel &model = DesignedModel::builtIn();
        Worksheet sheet;
        Tokens tokens;
        const Sentence *sentence = nullptr;
        std::optional<SentencePack> pack;
        if (!r.text.isNull()) {
            try {
                tokens = analyze(r.text);
            } catch (const Error &e) {
                throw Error(std::string("--text: ") + e.what());
            }
            sheet.text = r.text.simplified();
        } else {
            pack = packFor(r.packPath);
            sentence = pack->find(r.sentenceId);
            if (!sentence)
                throw Error(
                    "--worksheet: no sentence with the id \"" + json::text(r.sentenceId) + "\" (see --list-sentences)");
            tokens = sentence->tokens;
            sheet.text = sentence->text;
            sheet.explanation = translatedText(sentence->explanation);
        }
        int head = -1;
        if (request.headGiven) {
            if (normalizedName(r.head) != QLatin1String("all")) {
                head = model.headIndex(r.head);
                if (head < 0) {
                    QStringList names;
                    for (const HeadInfo &h : model.heads())
                        names << h.id;
                    throw Error("--head: no head called \"" + json::text(r.head)
                        + "\" (heads: " + json::text(names.join(QStringLiteral(", "))) + ", all)");
                }
            }
        } else if (sentence && !sentence->expectations.empty()) {
            head = sentence->expectations.front().headIndex;
        }
        const LayerResult result = model.compute(tokens, r.causal ? Mask::causal() : Mask::none(), r.temperature);
        const Matrix weights = head < 0 ? averageWeights(result.heads) : result.heads[std::size_t(head)].weights;
        sheet.modelName = translatedText(model.name());
        if (head < 0) {
            sheet.headName = QCoreApplication::translate("main", "all heads (average)");
        } else {
            sheet.headName = translatedText(model.heads()[std::size_t(head)].name);
            sheet.headDescription = translatedText(model.heads()[std::size_t(head)].description);
        }
        const Eigen::Index n = weights.rows();
        for (const Token &t : tokens)
            sheet.tokens << t.text;
        for (Eigen::Index i = 0; i < n; ++i) {
            for (Eigen::Index j = 0; j < n; ++j) {
                sheet.weights.push_back(weights(i, j));
                if (r.causal)
                    sheet.masked.push_back(j > i);
            }
        }
        std::vector<int> askAbout;
        if (sentence) {
            for (const Expectation &e : sentence->expectations) {
                if (e.headIndex == head)
                    askAbout.push_back(e.from);
            }
        }
        sheet.questions = worksheetQuestions(sheet, askAbout);
        sheet.answers = request.answers;
        sheet.heatmapOnFront = request.heatmap;
        if (const QString error = saveWorksheetPdf(sheet, r.outputPath, paper); !error.isEmpty()) {
            printError(error);
            return 1;
        }
        return 0;
    } catch (const Error &e) {
        printError(QString::fromStdString(e.what()));
        return 2;
    }
}

int fillMask(const QString &model, const QString &text)
{
    try {
        if (model == QLatin1String("designed"))
            throw Error("--fill-mask needs a trained BERT model: --model trained or --model DIR");
        const auto m = CheckpointModel::load(model);
        QByteArray out;
        for (const auto &[token, p] : m->fillMask(text))
            out += (token + QLatin1Char('\t') + QString::number(p, 'f', 4) + QLatin1Char('\n')).toUtf8();
        return writeOutput(QString(), out) ? 0 : 1;
    } catch (const Error &e) {
        printError(QStringLiteral("--fill-mask: %1").arg(QString::fromStdString(e.what())));
        return 2;
    }
}

int headStatistics(const QString &model, const QString &packPath, const QString &format)
{
    try {
        const auto workspace = model == QLatin1String("designed")
            ? (packPath.isEmpty() ? Workspace::builtIn() : Workspace::withPack(packPath))
            : Workspace::withCheckpoint(CheckpointModel::folderFor(model), packPath);
        // a small checkpoint's workspace measured them when it opened
        const HeadStatistics stats = workspace->headStatistics
            ? *workspace->headStatistics
            : HeadStatistics::measure(*workspace->model, workspace->pack->texts(), &DesignedModel::builtIn());
        QByteArray out;
        if (format == QLatin1String("json"))
            out = QJsonDocument(stats.toJson()).toJson(QJsonDocument::Indented);
        else if (format == QLatin1String("markdown") || format == QLatin1String("csv")) // csv: the default
            out = stats.toMarkdown().toUtf8();
        else
            throw Error("--format must be markdown or json, not \"" + format.toStdString() + '"');
        return writeOutput(QString(), out) ? 0 : 1;
    } catch (const Error &e) {
        printError(QStringLiteral("--head-statistics: %1").arg(QString::fromStdString(e.what())));
        return 2;
    }
}

} // namespace attention::cli
