// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Trained-model checkpoints: the tiny BERT and GPT-2 folders in tests/data/checkpoints were written by
// tests/checkpoints/make_fixtures.py with an independent PyTorch reference (reference.py), together with the tokens,
// ids and every layer's and head's attention it computes. The app's loader, tokenizers and forward pass must give
// the same, and every damaged file must be refused with a message that names the file and the problem.
#include "checkpointmodel.h"
#include "designedmodel.h"
#include "headstatistics.h"
#include "jsonio.h"
#include "kernels.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>
#include <functional>

using namespace attention;

namespace {

const QString kFixtures = QStringLiteral(ATTENTION_TEST_DATA "/checkpoints");

/// A copy of a fixture folder in `dir`, returned as its path.
QString copyFixture(const QTemporaryDir &dir, const QString &model)
{
    const QString to = dir.filePath(model);
    QDir().mkpath(to);
    for (const QString &f : QDir(kFixtures + u'/' + model).entryList(QDir::Files))
        QFile::copy(kFixtures + u'/' + model + u'/' + f, to + u'/' + f);
    return to;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

/// model.safetensors split into its header (as JSON) and data, and put back together.
struct SafeTensorsBytes {
    QJsonObject header;
    QByteArray data;
    static SafeTensorsBytes read(const QString &path)
    {
        const QByteArray all = readAll(path);
        const quint64 n = qFromLittleEndian<quint64>(all.constData());
        return { QJsonDocument::fromJson(all.mid(8, qsizetype(n))).object(), all.mid(8 + qsizetype(n)) };
    }
    QByteArray bytes(const QByteArray &headerText = {}) const
    {
        const QByteArray h = headerText.isNull() ? QJsonDocument(header).toJson(QJsonDocument::Compact) : headerText;
        QByteArray length(8, 0);
        qToLittleEndian<quint64>(quint64(h.size()), length.data());
        return length + h + data;
    }
};

} // namespace

class TestCheckpoints : public QObject
{
    Q_OBJECT

private slots:
    // The element-wise steps between the matrix products, against double-precision std:: functions; row lengths that
    // are not a multiple of the vector width reach the loops' tails.
    void elementWiseKernels()
    {
        double worstExp = 0;
        for (int i = 0; i <= 17500; ++i) {
            const double x = -87 + i * 0.01;
            worstExp = std::max(worstExp, std::abs(double(kernels::exp(float(x))) / std::exp(double(float(x))) - 1));
        }
        QVERIFY2(worstExp < 3e-7, qPrintable(QString::number(worstExp)));

        const std::ptrdiff_t rows = 3, cols = 37;
        std::vector<float> in(static_cast<std::size_t>(rows * cols)), bias(static_cast<std::size_t>(cols));
        for (std::size_t i = 0; i < in.size(); ++i)
            in[i] = float(std::sin(double(i) * 1.7) * 6); // −6 … 6
        for (std::size_t j = 0; j < bias.size(); ++j)
            bias[j] = float(std::cos(double(j)) * 0.5);
        const auto at = [&](const std::vector<float> &v, std::ptrdiff_t i, std::ptrdiff_t j) {
            return double(v[std::size_t(i * cols + j)]);
        };
        for (const auto f : { kernels::Activation::Gelu, kernels::Activation::GeluNew, kernels::Activation::Relu }) {
            std::vector<float> out = in;
            kernels::biasActivate(out.data(), rows, cols, bias.data(), f);
            for (std::ptrdiff_t i = 0; i < rows; ++i)
                for (std::ptrdiff_t j = 0; j < cols; ++j) {
                    const double a = at(in, i, j) + double(bias[std::size_t(j)]);
                    const double want = f == kernels::Activation::Gelu ? 0.5 * a * (1 + std::erf(a / std::sqrt(2.0)))
                        : f == kernels::Activation::GeluNew
                        ? 0.5 * a * (1 + std::tanh(std::sqrt(2 / M_PI) * (a + 0.044715 * a * a * a)))
                        : std::max(a, 0.0);
                    QVERIFY2(std::abs(at(out, i, j) - want) < 2e-6,
                        qPrintable(QStringLiteral("activation %1 at %2: %3, want %4")
                                       .arg(int(f))
                                       .arg(a)
                                       .arg(at(out, i, j))
                                       .arg(want)));
                }
        }

        for (const bool causal : { false, true }) {
            std::vector<float> s = in;
            kernels::softmaxRows(s.data(), rows, cols, cols, 0.5f, causal);
            for (std::ptrdiff_t i = 0; i < rows; ++i) {
                const std::ptrdiff_t n = causal ? i + 1 : cols;
                double total = 0;
                for (std::ptrdiff_t j = 0; j < n; ++j)
                    total += std::exp(0.5 * at(in, i, j));
                for (std::ptrdiff_t j = 0; j < cols; ++j)
                    QVERIFY(std::abs(at(s, i, j) - (j < n ? std::exp(0.5 * at(in, i, j)) / total : 0.0)) < 1e-6);
            }
        }

        std::vector<float> x = in, weight(static_cast<std::size_t>(cols)), shift(static_cast<std::size_t>(cols));
        for (std::size_t j = 0; j < weight.size(); ++j) {
            weight[j] = 1 + float(j) / 10;
            shift[j] = float(j) / 100;
        }
        kernels::layerNorm(x.data(), rows, cols, bias.data(), weight.data(), shift.data(), 1e-5f);
        for (std::ptrdiff_t i = 0; i < rows; ++i) {
            double mean = 0, variance = 0;
            for (std::ptrdiff_t j = 0; j < cols; ++j)
                mean += (at(in, i, j) + double(bias[std::size_t(j)])) / double(cols);
            for (std::ptrdiff_t j = 0; j < cols; ++j)
                variance += std::pow(at(in, i, j) + double(bias[std::size_t(j)]) - mean, 2) / double(cols);
            for (std::ptrdiff_t j = 0; j < cols; ++j) {
                const double want = (at(in, i, j) + double(bias[std::size_t(j)]) - mean) / std::sqrt(variance + 1e-5)
                        * double(weight[std::size_t(j)])
                    + double(shift[std::size_t(j)]);
                QVERIFY(std::abs(at(x, i, j) - want) < 1e-5);
            }
        }
    }

    void matchesTheReference_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("text");
        for (const char *model : { "bert-uncased", "bert-cased-mlm", "gpt2", "gpt2-lm-bf16" }) {
            for (int t = 0; t < 5; ++t)
                QTest::addRow("%s, text %d", model, t) << QString::fromLatin1(model) << t;
        }
    }
    void matchesTheReference()
    {
        QFETCH(QString, model);
        QFETCH(int, text);
        const QString folder = kFixtures + u'/' + model;
        const QJsonObject expected = json::parseObject(json::readFile(folder + QStringLiteral("/expected.json")), model)
                                         .object()
                                         .value(u"texts")
                                         .toArray()[text]
                                         .toObject();
        const auto m = CheckpointModel::load(folder);
        const Tokens tokens = m->tokenize(expected.value(u"text").toString());
        const QJsonArray wantTokens = expected.value(u"tokens").toArray();
        const QJsonArray wantIds = expected.value(u"ids").toArray();
        QStringList got, want;
        for (const Token &t : tokens)
            got << QStringLiteral("%1=%2").arg(t.text).arg(t.id);
        for (qsizetype i = 0; i < wantTokens.size(); ++i)
            want << QStringLiteral("%1=%2").arg(wantTokens[i].toString()).arg(wantIds[i].toInt());
        QCOMPARE(got, want);

        const auto attentions = m->attentions(tokens);
        const QJsonArray wantAttention = expected.value(u"attention").toArray();
        QCOMPARE(qsizetype(attentions.size()), wantAttention.size());
        double worst = 0;
        for (std::size_t l = 0; l < attentions.size(); ++l) {
            const LayerResult layer = m->compute(tokens, Mask::none(), 1, int(l));
            for (std::size_t h = 0; h < attentions[l].size(); ++h) {
                const Matrix want = json::toMatrix(wantAttention[qsizetype(l)].toArray()[qsizetype(h)], model);
                QCOMPARE(want.rows(), attentions[l][h].rows());
                worst = std::max(worst, (attentions[l][h].cast<double>() - want).cwiseAbs().maxCoeff());
                // the layer computed on its own, in double, through the shared engine, agrees too
                worst = std::max(worst, (layer.heads[h].weights - want).cwiseAbs().maxCoeff());
            }
        }
        qInfo("%s text %d: %zu tokens, max |Δ| = %.2g", qPrintable(model), text, tokens.size(), worst);
        QVERIFY2(worst <= 1e-4, qPrintable(QString::number(worst)));
    }

    void damagedFilesAreExplained_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("file");
        QTest::addColumn<std::function<QByteArray(const QByteArray &)>>("damage");
        QTest::addColumn<QString>("message");
        using Damage = std::function<QByteArray(const QByteArray &)>;
        const auto header = [](std::function<void(QJsonObject &)> change) -> Damage {
            return [change](const QByteArray &bytes) {
                QTemporaryDir d;
                writeAll(d.filePath(QStringLiteral("x")), bytes);
                SafeTensorsBytes st = SafeTensorsBytes::read(d.filePath(QStringLiteral("x")));
                change(st.header);
                return st.bytes();
            };
        };
        const auto tensor = [&](const char *name, std::function<void(QJsonObject &)> change) {
            return header([name, change](QJsonObject &h) {
                QJsonObject t = h.value(QLatin1String(name)).toObject();
                change(t);
                h.insert(QLatin1String(name), t);
            });
        };
        const auto replace = [](const char *from, const char *to) -> Damage {
            return [from, to](const QByteArray &bytes) { return QByteArray(bytes).replace(from, to); };
        };
        const QString st = QStringLiteral("model.safetensors");
        const QString q = QStringLiteral("encoder.layer.0.attention.self.query.weight");

        QTest::newRow("shorter than 8 bytes")
            << "gpt2" << st << Damage([](const QByteArray &) { return QByteArray("abc"); })
            << QStringLiteral("shorter than its 8-byte header length");
        QTest::newRow("header over 100 MB") << "gpt2" << st << Damage([](const QByteArray &b) {
            QByteArray c = b;
            qToLittleEndian<quint64>(quint64(200) * 1024 * 1024, c.data());
            return c;
        }) << QStringLiteral("the limit is 104857600");
        QTest::newRow("header past the end") << "gpt2" << st << Damage([](const QByteArray &b) {
            QByteArray c = b.left(4096);
            qToLittleEndian<quint64>(quint64(5000), c.data());
            return c;
        }) << QStringLiteral("the header claims 5000 bytes but the file has only 4088");
        QTest::newRow("header not JSON") << "gpt2" << st << Damage([](const QByteArray &b) {
            QByteArray c = b;
            c[9] = '!';
            return c;
        }) << QStringLiteral("the header is not valid JSON");
        QTest::newRow("unknown dtype") << "bert-uncased" << st
                                       << tensor("encoder.layer.0.attention.self.query.weight",
                                              [](QJsonObject &t) {
                                                  t.insert(QStringLiteral("dtype"), QStringLiteral("F128"));
                                              })
                                       << QStringLiteral("tensor \"%1\": unknown dtype \"F128\"").arg(q);
        QTest::newRow("negative size") << "bert-uncased" << st
                                       << tensor("encoder.layer.0.attention.self.query.weight",
                                              [](QJsonObject &t) {
                                                  t.insert(QStringLiteral("shape"), QJsonArray { -32, 32 });
                                              })
                                       << QStringLiteral("\"shape\" must be a list of sizes");
        QTest::newRow("span outside the file")
            << "bert-uncased" << st
            << tensor("encoder.layer.0.attention.self.query.weight",
                   [](QJsonObject &t) {
                       t.insert(QStringLiteral("data_offsets"), QJsonArray { 0, 1e12 });
                   })
            << QStringLiteral("lie outside the");
        QTest::newRow("shape and span disagree")
            << "bert-uncased" << st
            << tensor("encoder.layer.0.attention.self.query.weight",
                   [](QJsonObject &t) {
                       t.insert(QStringLiteral("shape"), QJsonArray { 32, 31 });
                   })
            << QStringLiteral("tensor \"%1\": shape [32, 31] of F32 needs 3968 bytes, but data_offsets span 4096")
                   .arg(q);
        QTest::newRow("overlapping tensors") << "bert-uncased" << st << header([](QJsonObject &h) {
            const QString a = QStringLiteral("encoder.layer.0.attention.self.query.bias");
            const QString b = QStringLiteral("encoder.layer.0.attention.self.key.bias");
            QJsonObject tb = h.value(b).toObject();
            tb.insert(QStringLiteral("data_offsets"), h.value(a).toObject().value(QStringLiteral("data_offsets")));
            h.insert(b, tb);
        }) << QStringLiteral("overlap another tensor's");
        QTest::newRow("bytes of no tensor")
            << "gpt2" << st << Damage([](const QByteArray &b) { return b + QByteArray(16, 0); })
            << QStringLiteral("the last 16 bytes of data belong to no tensor");
        QTest::newRow("missing tensor") << "bert-uncased" << st
                                        << replace("attention.self.query.weight", "attention.self.qvery.weight")
                                        << QStringLiteral("tensor \"%1\": missing").arg(q);
        QTest::newRow("missing tensor (prefixed)")
            << "bert-cased-mlm" << st
            << replace("bert.encoder.layer.1.output.LayerNorm.bias", "bert.encoder.layer.1.output.LayerNorm.bios")
            << QStringLiteral("tensor \"bert.encoder.layer.1.output.LayerNorm.bias\": missing");
        QTest::newRow("wrong shape")
            << "bert-uncased" << st
            << tensor("encoder.layer.0.intermediate.dense.weight",
                   [](QJsonObject &t) {
                       t.insert(QStringLiteral("shape"), QJsonArray { 32, 64 });
                   })
            << QStringLiteral(
                   "tensor \"encoder.layer.0.intermediate.dense.weight\": has shape [32, 64], expected [64, 32]");
        QTest::newRow("NaN in a weight") << "gpt2" << st << Damage([](const QByteArray &b) {
            QByteArray c = b;
            const quint64 n = qFromLittleEndian<quint64>(c.constData());
            const QJsonObject h = QJsonDocument::fromJson(c.mid(8, qsizetype(n))).object();
            const qint64 at = qint64(h.value(QStringLiteral("h.0.attn.c_attn.weight"))
                                         .toObject()
                                         .value(QStringLiteral("data_offsets"))
                                         .toArray()[0]
                                         .toDouble());
            const float nan = std::numeric_limits<float>::quiet_NaN();
            std::memcpy(c.data() + 8 + n + at + 40, &nan, 4);
            return c;
        }) << QStringLiteral("tensor \"h.0.attn.c_attn.weight\": contains NaN or infinity");
        const QString config = QStringLiteral("config.json");
        QTest::newRow("unsupported model type")
            << "gpt2" << config << replace("\"gpt2\"", "\"llama\"")
            << QStringLiteral("model_type \"llama\" is not supported: this app opens \"bert\"");
        QTest::newRow("heads do not divide the width")
            << "gpt2" << config << replace("\"n_head\": 3", "\"n_head\": 5")
            << QStringLiteral("5 attention heads do not divide the width 24");
        QTest::newRow("absurd size") << "bert-uncased" << config
                                     << replace("\"num_hidden_layers\": 3", "\"num_hidden_layers\": 1e9")
                                     << QStringLiteral("\"num_hidden_layers\" must be a whole number from 1 to 128");
        QTest::newRow("more layers than tensors")
            << "bert-uncased" << config << replace("\"num_hidden_layers\": 3", "\"num_hidden_layers\": 4")
            << QStringLiteral("tensor \"encoder.layer.3.attention.self.query.weight\": missing");
        QTest::newRow("config not JSON") << "gpt2" << config << replace("{", "[") << QStringLiteral("config.json:");
        QTest::newRow("unsupported activation") << "bert-uncased" << config << replace("\"gelu\"", "\"swish\"")
                                                << QStringLiteral("activation \"swish\" is not supported");
        QTest::newRow("vocabulary without [UNK]")
            << "bert-uncased" << QStringLiteral("vocab.txt") << replace("[UNK]", "[UNKNOWN]")
            << QStringLiteral("vocab.txt: the vocabulary has no [UNK] token");
        QTest::newRow("bad merges line") << "gpt2" << QStringLiteral("merges.txt")
                                         << Damage([](const QByteArray &b) { return b + "onlyone\n"; })
                                         << QStringLiteral("merges.txt:");
        QTest::newRow("vocabulary id not a number")
            << "gpt2" << QStringLiteral("vocab.json") << replace("\"Ā\": 0", "\"Ā\": \"zero\"")
            << QStringLiteral("vocab.json: entry \"Ā\": the id must be a whole number");
        QTest::newRow("vocabulary beyond the embeddings")
            << "gpt2" << QStringLiteral("vocab.json") << replace("\"<|endoftext|>\": 346}", "\"<|endoftext|>\": 99999}")
            << QStringLiteral("the tokenizer's vocabulary has ids up to 99999");
    }
    void damagedFilesAreExplained()
    {
        QFETCH(QString, model);
        QFETCH(QString, file);
        using Damage = std::function<QByteArray(const QByteArray &)>;
        QFETCH(Damage, damage);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString folder = copyFixture(dir, model);
        const QString path = folder + u'/' + file;
        writeAll(path, damage(readAll(path)));
        try {
            CheckpointModel::load(folder);
            QFAIL("no error");
        } catch (const Error &e) {
            const QString what = QString::fromStdString(e.what());
            QVERIFY2(what.contains(folder), e.what());
            QVERIFY2(what.contains(message), e.what());
        }
    }

    // The word-embedding table is checked row by row as a text uses it (a forward pass reads only those rows):
    // a NaN in a row no text uses leaves the model working; a text that uses it gets an error naming the row.
    void damagedEmbeddingRowIsExplainedWhenUsed()
    {
        QTemporaryDir dir;
        const QString folder = copyFixture(dir, QStringLiteral("bert-uncased"));
        const QString path = folder + QStringLiteral("/model.safetensors");
        QByteArray c = readAll(path);
        const quint64 n = qFromLittleEndian<quint64>(c.constData());
        const QJsonObject h = QJsonDocument::fromJson(c.mid(8, qsizetype(n))).object();
        const QJsonObject t = h.value(QStringLiteral("embeddings.word_embeddings.weight")).toObject();
        const qint64 at = qint64(t.value(QStringLiteral("data_offsets")).toArray()[0].toDouble());
        const qint64 width = qint64(t.value(QStringLiteral("shape")).toArray()[1].toDouble());
        const auto before = CheckpointModel::load(folder);
        const Tokens cat = before->tokenize(QStringLiteral("the cat"));
        const int id = cat[2].id; // [CLS] the cat [SEP]
        const float inf = std::numeric_limits<float>::infinity();
        std::memcpy(c.data() + 8 + n + at + (qint64(id) * width + 3) * 4, &inf, 4);
        writeAll(path, c);
        const auto m = CheckpointModel::load(folder);
        const Tokens dog = m->tokenize(QStringLiteral("the dog"));
        QVERIFY(dog[2].id != id);
        QCOMPARE(m->attentions(dog).size(), std::size_t(3)); // three layers, computed
        try {
            m->attentions(m->tokenize(QStringLiteral("the cat")));
            QFAIL("no error");
        } catch (const Error &e) {
            const QString what = QString::fromStdString(e.what());
            QVERIFY2(what.contains(path), e.what());
            QVERIFY2(what.contains(QStringLiteral("tensor \"embeddings.word_embeddings.weight\": row %1 contains NaN "
                                                  "or infinity")
                                       .arg(id)),
                e.what());
        }
    }

    void missingFilesAreExplained()
    {
        QTemporaryDir dir;
        for (const auto &[remove, message] : { std::pair { "config.json", "no config.json" },
                 { "model.safetensors", "no model.safetensors" }, { "vocab.json", "no tokenizer" } }) {
            const QString folder = copyFixture(dir, QStringLiteral("gpt2"));
            QFile::remove(folder + u'/' + QLatin1String(remove));
            try {
                CheckpointModel::load(folder);
                QFAIL("no error");
            } catch (const Error &e) {
                QVERIFY2(QString::fromStdString(e.what()).contains(QLatin1String(message)), e.what());
            }
            QDir(folder).removeRecursively();
        }
        try {
            CheckpointModel::load(dir.filePath(QStringLiteral("nothing-here")));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(QLatin1String("not a folder")), e.what());
        }
    }

    void longTextIsCut()
    {
        const auto m = CheckpointModel::load(kFixtures + QStringLiteral("/gpt2"));
        const QString text = QStringLiteral("the cat sat on the mat . ").repeated(40);
        QVERIFY(m->countTokens(text) > m->maxTokens());
        const Tokens tokens = m->tokenize(text);
        QCOMPARE(int(tokens.size()), m->maxTokens());
        QCOMPARE(m->attentions(tokens).front().front().rows(), m->maxTokens());
    }

    void subWordsReadAsWords()
    {
        const auto bert = CheckpointModel::load(kFixtures + QStringLiteral("/bert-uncased"));
        const Tokens b = bert->tokenize(QStringLiteral("playing"));
        QCOMPARE(b[1].text, QStringLiteral("play"));
        QCOMPARE(b[2].text, QStringLiteral("##ing"));
        QCOMPARE(b[2].label(), QStringLiteral("ing"));
        QVERIFY(b[2].continuation && !b[1].continuation);
        const auto gpt = CheckpointModel::load(kFixtures + QStringLiteral("/gpt2"));
        const Tokens g = gpt->tokenize(QStringLiteral("Hello, World  again"));
        QStringList shown;
        for (const Token &t : g)
            shown << t.label();
        QVERIFY2(!shown.join(QString()).contains(QChar(0x120)), qPrintable(shown.join(u'|')));
        QCOMPARE(g[2].text, QStringLiteral("ĠWorld"));
        QCOMPARE(g[2].label(), QStringLiteral("World"));
        QVERIFY(g[1].continuation && !g[2].continuation);
    }
    void tokenizerJsonGivesTheSameTokens_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("WordPiece") << QStringLiteral("bert-uncased");
        QTest::newRow("byte-level BPE") << QStringLiteral("gpt2");
    }
    void tokenizerJsonGivesTheSameTokens()
    {
        // The same vocabulary (and merges) written as one tokenizer.json, as the Hub's fast tokenizers have it,
        // in place of vocab.txt / vocab.json + merges.txt: the same tokens and ids as the reference.
        QFETCH(QString, model);
        QTemporaryDir dir;
        const QString folder = copyFixture(dir, model);
        QJsonObject tokenizer;
        if (model.startsWith(u"bert")) {
            QJsonObject vocab;
            const QList<QByteArray> lines = readAll(folder + QStringLiteral("/vocab.txt")).split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (!lines[i].isEmpty())
                    vocab.insert(QString::fromUtf8(lines[i]), int(i));
            }
            tokenizer = { { QStringLiteral("normalizer"),
                              QJsonObject { { QStringLiteral("type"), QStringLiteral("BertNormalizer") },
                                  { QStringLiteral("lowercase"), true } } },
                { QStringLiteral("model"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("WordPiece") },
                        { QStringLiteral("vocab"), vocab } } } };
            QFile::remove(folder + QStringLiteral("/vocab.txt"));
            QFile::remove(folder + QStringLiteral("/tokenizer_config.json"));
        } else {
            QJsonArray merges;
            for (const QByteArray &line : readAll(folder + QStringLiteral("/merges.txt")).split('\n')) {
                if (!line.isEmpty() && !line.startsWith("#version"))
                    merges.append(QString::fromUtf8(line));
            }
            tokenizer = { { QStringLiteral("model"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("BPE") },
                    { QStringLiteral("vocab"),
                        QJsonDocument::fromJson(readAll(folder + QStringLiteral("/vocab.json"))).object() },
                    { QStringLiteral("merges"), merges } } } };
            QFile::remove(folder + QStringLiteral("/vocab.json"));
            QFile::remove(folder + QStringLiteral("/merges.txt"));
        }
        writeAll(folder + QStringLiteral("/tokenizer.json"), QJsonDocument(tokenizer).toJson());
        const auto m = CheckpointModel::load(folder);
        const QJsonArray texts = json::parseObject(json::readFile(folder + QStringLiteral("/expected.json")), model)
                                     .object()
                                     .value(u"texts")
                                     .toArray();
        for (const QJsonValue &t : texts) {
            const Tokens tokens = m->tokenize(t.toObject().value(u"text").toString());
            QJsonArray ids;
            for (const Token &token : tokens)
                ids.append(token.id);
            QCOMPARE(ids, t.toObject().value(u"ids").toArray());
        }
    }
    // Where each row's strongest link goes (previous, next, itself, first token, [SEP], punctuation, elsewhere),
    // counted by the app over each fixture's texts, equals the count from the PyTorch reference's attention
    // (head-statistics.json, written by make_fixtures.py).
    void headStatisticsMatchTheReference_data()
    {
        QTest::addColumn<QString>("model");
        for (const char *m : { "bert-uncased", "bert-cased-mlm", "gpt2", "gpt2-lm-bf16" })
            QTest::newRow(m) << QString::fromLatin1(m);
    }
    void headStatisticsMatchTheReference()
    {
        QFETCH(QString, model);
        const QString folder = kFixtures + u'/' + model;
        const QJsonObject expected = json::parseObject(
            json::readFile(folder + QStringLiteral("/head-statistics.json")), QStringLiteral("head-statistics.json"))
                                         .object();
        QStringList texts;
        for (const auto &t : expected.value(u"texts").toArray())
            texts << t.toString();
        const auto m = CheckpointModel::load(folder);
        const HeadStatistics stats = HeadStatistics::measure(*m, texts);
        QCOMPARE(stats.texts, int(texts.size()));
        const QJsonArray layers = expected.value(u"counts").toArray();
        QCOMPARE(int(stats.heads.size()), int(layers.size()));
        for (int l = 0; l < int(layers.size()); ++l) {
            const QJsonArray heads = layers[l].toArray();
            QCOMPARE(int(stats.heads[std::size_t(l)].size()), int(heads.size()));
            for (int h = 0; h < int(heads.size()); ++h)
                for (int k = 0; k < HeadStatistics::KindCount; ++k) {
                    const auto kind = HeadStatistics::Kind(k);
                    const int app = stats.heads[std::size_t(l)][std::size_t(h)].counts[std::size_t(k)];
                    const int reference = heads[h].toObject().value(HeadStatistics::kindKey(kind)).toInt();
                    QVERIFY2(app == reference,
                        qPrintable(QStringLiteral("layer %1 head %2, %3: %4 rows, the reference %5")
                                       .arg(l + 1)
                                       .arg(h + 1)
                                       .arg(HeadStatistics::kindKey(kind))
                                       .arg(app)
                                       .arg(reference)));
                }
        }
    }

    // The judge: the designed heads measured against themselves agree on every link they make (the word matching
    // between two tokenisations is the identity here), and a checkpoint's words are matched to the designed
    // model's words across sub-word tokens, case and accents.
    void headStatisticsJudge()
    {
        const QStringList texts = SentencePack::builtIn().texts();
        const auto &designed = DesignedModel::builtIn();
        const HeadStatistics self = HeadStatistics::measure(designed, texts, &designed);
        QCOMPARE(self.comparedTexts, int(texts.size()));
        for (int h = 0; h < designed.headCount(); ++h) {
            const auto &g = self.heads[0][std::size_t(h)].agreement[std::size_t(h)];
            QVERIFY2(g.links >= 3, qPrintable(designed.heads()[std::size_t(h)].name));
            QCOMPARE(g.agree, g.links);
            QCOMPARE(self.closestJudgeHead(0, h), h);
        }
        const int previous = designed.headIndex(QStringLiteral("previous token"));
        // every row but a sentence's first word (which has no previous word) is a previous-token link
        const auto &p = self.heads[0][std::size_t(previous)];
        QCOMPARE(p.mostCommon(), HeadStatistics::Previous);
        QVERIFY2(p.counts[HeadStatistics::Previous] >= p.rows() - 2 * int(texts.size()),
            qPrintable(QString::number(p.share(HeadStatistics::Previous))));

        // Tiny BERT lower-cases, strips accents and splits rare words into pieces
        const auto trained = CheckpointModel::load(QStringLiteral("trained"));
        const QStringList words = { QStringLiteral("The Café was closing, so Anna left."),
            QStringLiteral("Whales are swimming near the unbelievably cold shore.") };
        const HeadStatistics s = HeadStatistics::measure(*trained, words, &designed);
        QCOMPARE(s.comparedTexts, 2);
        int links = 0;
        for (const auto &head : s.heads[0])
            links = std::max(links, head.agreement[std::size_t(previous)].links);
        QVERIFY(links >= 12);
    }

    // The model card's head table (docs/trained-model.md) is what the app measures now (written by
    // `attention-explorer --model trained --head-statistics`, see resources/models/model_card.py).
    void theModelCardIsCurrent()
    {
        QFile card(QStringLiteral(ATTENTION_SOURCE_DIR "/docs/trained-model.md"));
        QVERIFY(card.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(card.readAll());
        const auto ws = Workspace::withCheckpoint(CheckpointModel::folderFor(QStringLiteral("trained")));
        const HeadStatistics stats = HeadStatistics::measure(*ws->model, ws->pack->texts(), &DesignedModel::builtIn());
        QVERIFY2(text.contains(stats.toMarkdown()), "the head table in docs/trained-model.md is out of date");
        const auto trained = CheckpointModel::load(QStringLiteral("trained"));
        for (const QString &masked :
            { QStringLiteral("The cat sat on the [MASK] ."), QStringLiteral("She went [MASK] the store .") }) {
            QString block = QStringLiteral("$ attention-explorer --model trained --fill-mask \"%1\"\n").arg(masked);
            for (const auto &[token, p] : trained->fillMask(masked))
                block += token + u'\t' + QString::number(p, 'f', 4) + u'\n';
            QVERIFY2(text.contains(block), qPrintable(block));
        }
    }

    void theTrainedModelIsCompiledIn()
    {
        // "--model trained": Tiny BERT, trained by resources/models/train_tiny_bert.py and compiled into the app,
        // opens through the same loader as any checkpoint and predicts masked words better than always guessing
        // the most frequent word (its training record, resources/models/tiny-bert/training.json).
        const auto m = CheckpointModel::load(QStringLiteral("trained"));
        QVERIFY2(m->name().startsWith(QStringLiteral("Tiny BERT (trained here)")), qPrintable(m->name()));
        QCOMPARE(m->layerCount(), 4);
        QCOMPARE(m->headCount(), 4);
        const Tokens tokens = m->tokenize(QStringLiteral("The whale swam in the sea."));
        QCOMPARE(tokens.front().text, QStringLiteral("[CLS]"));
        const auto all = m->attentions(tokens);
        QCOMPARE(int(all.size()), 4);
        for (Eigen::Index i = 0; i < all[3][0].rows(); ++i)
            QVERIFY(std::abs(all[3][0].row(i).sum() - 1) < 1e-5);
        const QJsonObject record = json::parseObject(
            json::readFile(QStringLiteral(ATTENTION_SOURCE_DIR "/resources/models/tiny-bert/training.json")),
            QStringLiteral("training.json"))
                                       .object();
        QVERIFY(record.value(u"held_out_accuracy").toDouble()
            > record.value(u"unigram_baseline_accuracy").toDouble() + 0.05);
    }
};

QTEST_GUILESS_MAIN(TestCheckpoints)
#include "tst_checkpoints.moc"
