// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzer.h"
#include "commandline.h"
#include "preferences.h"
#include "quizpack.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Attention_CorePlugin)
Q_IMPORT_QML_PLUGIN(Attention_UiPlugin)

namespace {

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 1; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

/// True when OpenGL would be drawn by a CPU rasterizer (Mesa's llvmpipe, softpipe or swrast): a machine without a
/// usable GPU, such as a virtual machine or a thin client.
bool openGLIsRasterizedOnTheCpu()
{
    QOffscreenSurface surface;
    surface.create();
    QOpenGLContext context;
    if (!surface.isValid() || !context.create() || !context.makeCurrent(&surface))
        return false;
    const auto *renderer = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QByteArray name = renderer ? QByteArray(renderer).toLower() : QByteArray();
    context.doneCurrent();
    return name.contains("llvmpipe") || name.contains("softpipe") || name.contains("swrast");
}

} // namespace

int main(int argc, char *argv[])
{
    const attention::cli::Launch launch = attention::cli::launchFor(argumentList(argc, argv));
    const bool headless = launch == attention::cli::Launch::Command;
    if ((launch == attention::cli::Launch::Screenshot || launch == attention::cli::Launch::Document)
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // X11 or Wayland: without either Qt cannot open a window and aborts; say what to do instead.
    if (launch == attention::cli::Launch::Window && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        attention::cli::printError(
            QStringLiteral("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                           "run it in a desktop session, or use --screenshot or a command-line option (see --help)"));
        return 2;
    }
#endif

    // Commands that print or write files never open a display; Qt Charts needs a QApplication for the window.
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else if (launch == attention::cli::Launch::Document)
        app = std::make_unique<QGuiApplication>(argc, argv); // fonts for the pages, no window
    else {
        app = std::make_unique<QApplication>(argc, argv);
        // the window's icon, and the menu entry it belongs to (Wayland finds the icon through it)
        QGuiApplication::setWindowIcon(
            QIcon(QStringLiteral(":/icons/io.github.attention_explorer.AttentionExplorer.png")));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.attention_explorer.AttentionExplorer"));
    }
    QCoreApplication::setApplicationName(QStringLiteral("attention-explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("attention-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTENTION_VERSION));

    // The language chosen in the settings, or --lang for this run, before the options are described (--help is
    // translated too); numbers and percentages follow it.
    QString requestedLanguage;
    {
        QCommandLineParser early;
        attention::cli::addOptions(early);
        early.parse(app->arguments());
        requestedLanguage = early.value(QStringLiteral("lang"));
    }
    const bool translated = Preferences::applyLanguage(Preferences::startLanguage(requestedLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Self-Attention Explorer: see how transformer self-attention works, computed for real."));
    attention::cli::addOptions(parser);
    parser.process(*app);
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty()) {
        attention::cli::printError(
            QStringLiteral("unexpected argument \"%1\": options start with -- (see --help)").arg(extra.constFirst()));
        return 2;
    }
    double temperature = 1;
    bool causal = false;
    if (!attention::cli::parseSoftmaxOptions(
            parser.value(QStringLiteral("temperature")), parser.value(QStringLiteral("mask")), &temperature, &causal))
        return 2;

    if (parser.isSet(QStringLiteral("lesson-plan")))
        return attention::cli::writeLessonPlan(parser.value(QStringLiteral("pack")),
            parser.value(QStringLiteral("output")), parser.value(QStringLiteral("paper")));
    if (attention::cli::wantsWorksheet(parser)) {
        attention::cli::WorksheetRequest request;
        request.sentence.sentenceId = parser.value(QStringLiteral("worksheet"));
        if (parser.isSet(QStringLiteral("text")))
            request.sentence.text = parser.value(QStringLiteral("text"));
        request.sentence.packPath = parser.value(QStringLiteral("pack"));
        request.sentence.head = parser.value(QStringLiteral("head"));
        request.sentence.outputPath = parser.value(QStringLiteral("output"));
        request.sentence.temperature = temperature;
        request.sentence.causal = causal;
        request.sentence.model = parser.value(QStringLiteral("model"));
        request.headGiven = parser.isSet(QStringLiteral("head"));
        request.answers = parser.isSet(QStringLiteral("answers"));
        request.heatmap = parser.isSet(QStringLiteral("heatmap"));
        request.paper = parser.value(QStringLiteral("paper"));
        return attention::cli::writeWorksheet(request);
    }
    if (parser.isSet(QStringLiteral("compute")))
        return attention::cli::compute(parser.value(QStringLiteral("compute")), parser.value(QStringLiteral("output")));
    if (parser.isSet(QStringLiteral("head-statistics")))
        return attention::cli::headStatistics(parser.value(QStringLiteral("model")),
            parser.value(QStringLiteral("pack")), parser.value(QStringLiteral("format")));
    if (parser.isSet(QStringLiteral("fill-mask")))
        return attention::cli::fillMask(
            parser.value(QStringLiteral("model")), parser.value(QStringLiteral("fill-mask")));
    if (parser.isSet(QStringLiteral("list-sentences")))
        return attention::cli::listSentences(parser.value(QStringLiteral("pack")));
    if (parser.isSet(QStringLiteral("export"))
        || (parser.isSet(QStringLiteral("text")) && !parser.isSet(QStringLiteral("screenshot")))) {
        attention::cli::ExportRequest request;
        request.sentenceId = parser.value(QStringLiteral("export"));
        if (parser.isSet(QStringLiteral("text")))
            request.text = parser.value(QStringLiteral("text"));
        request.packPath = parser.value(QStringLiteral("pack"));
        request.head = parser.value(QStringLiteral("head"));
        request.format = parser.value(QStringLiteral("format"));
        request.outputPath = parser.value(QStringLiteral("output"));
        request.temperature = temperature;
        request.causal = causal;
        request.model = parser.value(QStringLiteral("model"));
        request.layer = parser.value(QStringLiteral("layer"));
        return attention::cli::exportMatrix(request);
    }

    if (!translated && !requestedLanguage.isEmpty())
        attention::cli::printError(
            QStringLiteral("--lang: no translation for \"%1\"; showing English").arg(requestedLanguage));

    // The view to open with (used by --screenshot for docs and handouts, and by anyone who wants a start point).
    QVariantMap initial;
    const auto fail = [](const QString &message) {
        attention::cli::printError(message);
        return 2;
    };
    // The model and sentences the window works with: the built-in ones, or a teacher's sentence pack.
    std::shared_ptr<const attention::Workspace> workspace = attention::Workspace::builtIn();
    if (parser.isSet(QStringLiteral("pack"))) {
        try {
            workspace = attention::Workspace::withPack(parser.value(QStringLiteral("pack")));
        } catch (const attention::Error &e) {
            return fail(QStringLiteral("--pack: %1").arg(QString::fromStdString(e.what())));
        }
        initial.insert(QStringLiteral("packPath"), parser.value(QStringLiteral("pack")));
    }
    if (const QString model = parser.value(QStringLiteral("model")); model != QLatin1String("designed")) {
        try {
            workspace = attention::Workspace::withCheckpoint(model, parser.value(QStringLiteral("pack")));
        } catch (const attention::Error &e) {
            return fail(QString::fromStdString(e.what()));
        }
        initial.insert(QStringLiteral("modelPath"), model);
    }
    {
        const QString layer = parser.value(QStringLiteral("layer"));
        bool ok = false;
        const int l = layer.toInt(&ok);
        if (!ok || l < 1 || l > workspace->model->layerCount())
            return fail(QStringLiteral("--layer: expected a layer from 1 to %1, got \"%2\"")
                            .arg(workspace->model->layerCount())
                            .arg(layer));
        initial.insert(QStringLiteral("initialLayer"), l - 1);
    }
    if (parser.isSet(QStringLiteral("sentence"))) {
        const QString id = parser.value(QStringLiteral("sentence"));
        if (!workspace->sentence(id))
            return fail(QStringLiteral("--sentence: no sentence with the id \"%1\" (see --list-sentences)").arg(id));
        initial.insert(QStringLiteral("initialSentence"), id);
    }
    if (parser.isSet(QStringLiteral("text"))) {
        try {
            workspace->model->tokenize(parser.value(QStringLiteral("text")).simplified());
        } catch (const attention::Error &e) {
            return fail(QStringLiteral("--text: %1").arg(QString::fromStdString(e.what())));
        }
        initial.insert(QStringLiteral("initialText"), parser.value(QStringLiteral("text")));
    }
    if (parser.isSet(QStringLiteral("head"))) {
        const QString name = parser.value(QStringLiteral("head"));
        const bool average = attention::normalizedName(name) == QLatin1String("all");
        const int head = average ? -1 : workspace->model->headIndex(name);
        if (!average && head < 0)
            return fail(QStringLiteral("--head: no head called \"%1\"").arg(name));
        initial.insert(QStringLiteral("initialHead"), head);
    }
    if (parser.isSet(QStringLiteral("select"))) {
        bool ok = false;
        const int token = parser.value(QStringLiteral("select")).toInt(&ok);
        if (!ok || token < -1)
            return fail(QStringLiteral("--select: expected a token number from 0, got \"%1\"")
                            .arg(parser.value(QStringLiteral("select"))));
        initial.insert(QStringLiteral("initialSelection"), token);
    }
    static const QStringList pages = { QStringLiteral("explore"), QStringLiteral("math"), QStringLiteral("heads"),
        QStringLiteral("learn") };
    const int page = int(pages.indexOf(parser.value(QStringLiteral("page"))));
    if (page < 0)
        return fail(QStringLiteral("--page: expected explore, math, heads or learn, got \"%1\"")
                        .arg(parser.value(QStringLiteral("page"))));
    initial.insert(QStringLiteral("initialPage"), page);
    initial.insert(QStringLiteral("initialTemperature"), temperature);
    if (parser.isSet(QStringLiteral("quiz"))) {
        // checked here too, so that a screenshot does not picture an error and exit 0, and the terminal says why the
        // window shows the built-in quiz
        try {
            attention::QuizPack::load(parser.value(QStringLiteral("quiz")), *workspace->pack, *workspace->model);
        } catch (const attention::Error &e) {
            if (launch == attention::cli::Launch::Screenshot)
                return fail(QStringLiteral("--quiz: %1").arg(QString::fromStdString(e.what())));
            attention::cli::printError(
                QStringLiteral("--quiz: %1 (the built-in quiz is shown)").arg(QString::fromStdString(e.what())));
        }
        initial.insert(QStringLiteral("quizPack"), parser.value(QStringLiteral("quiz")));
    }
    initial.insert(QStringLiteral("initialCausal"), causal);
    // A screenshot is light unless told otherwise; the window opens with the theme the user chose last.
    const QString theme = parser.isSet(QStringLiteral("theme")) ? parser.value(QStringLiteral("theme"))
        : parser.isSet(QStringLiteral("screenshot"))            ? QStringLiteral("light")
                                                                : QString();
    if (parser.isSet(QStringLiteral("theme")) && theme != QLatin1String("light") && theme != QLatin1String("dark")
        && theme != QLatin1String("contrast"))
        return fail(QStringLiteral("--theme: expected light, dark or contrast, got \"%1\"").arg(theme));
    initial.insert(QStringLiteral("theme"), theme);
    initial.insert(QStringLiteral("reducedMotion"), parser.isSet(QStringLiteral("screenshot")));

    // Text drawn by the platform's rasterizer: with OpenGL on a machine without a GPU (Mesa llvmpipe) the default
    // distance-field text costs about a third of every frame (tests/bench: 31 → 22 ms per frame at 1440×900).
    // The software backend draws text the same way either way.
    QQuickWindow::setTextRenderType(QQuickWindow::NativeTextRendering);
    // Without a GPU, Qt Quick's software renderer is the faster one: it repaints only what changed, where OpenGL on
    // llvmpipe redraws the whole window every frame (tests/bench/run_ui_benchmarks.sh: selecting a token at 64
    // tokens reaches the screen in 15 ms instead of 29, in 78 MB instead of 198). A renderer chosen in the
    // environment (QT_QUICK_BACKEND, QSG_RHI_BACKEND) is kept.
    if (!parser.isSet(QStringLiteral("screenshot")) && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND")
        && qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND") && openGLIsRasterizedOnTheCpu())
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQmlApplicationEngine engine;
    engine.setInitialProperties(initial);
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, app.get(),
        [](QObject *object, const QUrl &) {
            if (!object)
                QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Attention/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(QStringLiteral("screenshot"))) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = size.value(0).toInt(&okW), h = size.value(1).toInt(&okH);
        if (!window || size.size() != 2 || !okW || !okH || w < 100 || h < 100 || w > 8000 || h > 8000) {
            attention::cli::printError(QStringLiteral("--size: expected WIDTHxHEIGHT between 100 and 8000, got \"%1\"")
                                           .arg(parser.value(QStringLiteral("size"))));
            return 2;
        }
        window->resize(w, h);
        window->show();
        const QString out = parser.value(QStringLiteral("screenshot"));
        // Without animations the window has settled once the first frame is on screen and the updates it queued
        // (the math view's, for one) have run: the picture is taken then, not after a fixed wait.
        auto grab = [window, out] {
            const QImage image = window->grabWindow();
            if (image.isNull() || !image.save(out)) {
                attention::cli::printError(QStringLiteral("%1: cannot write the screenshot").arg(out));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::quit();
        };
        QObject::connect(
            window, &QQuickWindow::frameSwapped, app.get(),
            [grab] { QTimer::singleShot(0, QCoreApplication::instance(), grab); }, Qt::SingleShotConnection);
    }
    return app->exec();
}
