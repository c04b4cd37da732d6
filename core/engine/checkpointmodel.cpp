// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointmodel.h"

#include "jsonio.h"
#include "kernels.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <cmath>
#include <cstdint>
#include <numeric>

namespace attention {
namespace {

[[noreturn]] void fail(const QString &where, const char *problemTemplate, const QStringList &arguments)
{
    throw Error(where, problemTemplate, arguments);
}

/// A whole number from `low` to `high` in one of `keys` (the first present), or `fallback` when none is.
int configInt(const QJsonObject &o, std::initializer_list<const char *> keys, int low, int high, const QString &where,
    int fallback = -1)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && fallback >= 0))
            continue;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d < low || d > high || d != std::floor(d))
            fail(where, QT_TRANSLATE_NOOP("Error", "\"%1\" must be a whole number from %2 to %3"),
                { json::argText(QLatin1String(key)), json::argText(low), json::argText(high) });
        return int(d);
    }
    if (fallback >= 0)
        return fallback;
    fail(where, QT_TRANSLATE_NOOP("Error", "\"%1\" is missing"), { json::argText(QLatin1String(*keys.begin())) });
}

double configEps(const QJsonObject &o, const char *key, double fallback, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !(d > 0 && d < 1))
        fail(where, QT_TRANSLATE_NOOP("Error", "\"%1\" must be a number between 0 and 1"),
            { json::argText(QLatin1String(key)) });
    return d;
}

/// A float pointer to a view's data (weights, biases and LayerNorm parameters are used as flat vectors).
const float *ptr(const SafeTensors::View &v)
{
    return v.m().data();
}

/// LayerNorm of each row of `x` in place, `bias` (if given) added first.
void layerNorm(MatrixF &x, const SafeTensors::View &w, const SafeTensors::View &b, double eps,
    const SafeTensors::View *bias = nullptr)
{
    kernels::layerNorm(x.data(), x.rows(), x.cols(), bias ? ptr(*bias) : nullptr, ptr(w), ptr(b), float(eps));
}

void addBias(MatrixF &x, const SafeTensors::View &bias)
{
    kernels::addBias(x.data(), x.rows(), x.cols(), x.cols(), ptr(bias));
}

} // namespace

QString CheckpointModel::folderFor(const QString &name)
{
    return name == QLatin1String("trained") ? QStringLiteral(":/attention/models/tiny-bert") : name;
}

std::shared_ptr<const CheckpointModel> CheckpointModel::load(const QString &name)
{
    const QString folder = folderFor(name);
    if (!QFileInfo(folder).isDir())
        fail(folder,
            QT_TRANSLATE_NOOP(
                "Error", "not a folder (a model folder has config.json, model.safetensors and tokenizer files)"),
            {});
    const QDir dir(folder);
    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    if (!QFileInfo::exists(configPath))
        fail(folder, QT_TRANSLATE_NOOP("Error", "no config.json"), {});
    const QJsonObject config = json::parseObject(json::readFile(configPath, 1024 * 1024), configPath).object();
    std::shared_ptr<CheckpointModel> m(new CheckpointModel);
    m->m_folder = folder;
    const QString type = config.value(QLatin1String("model_type")).toString();
    QString activation;
    if (type == QLatin1String("bert")) {
        m->m_arch = Architecture::Bert;
        m->m_vocabulary = configInt(config, { "vocab_size" }, 1, 1 << 20, configPath);
        m->m_width = configInt(config, { "hidden_size" }, 1, 16384, configPath);
        m->m_layers = configInt(config, { "num_hidden_layers" }, 1, 128, configPath);
        m->m_headCount = configInt(config, { "num_attention_heads" }, 1, 256, configPath);
        m->m_inner = configInt(config, { "intermediate_size" }, 1, 65536, configPath);
        m->m_positions = configInt(config, { "max_position_embeddings" }, 1, 8192, configPath);
        m->m_eps = configEps(config, "layer_norm_eps", 1e-12, configPath);
        activation = config.value(QLatin1String("hidden_act")).toString(QStringLiteral("gelu"));
    } else if (type == QLatin1String("gpt2")) {
        m->m_arch = Architecture::Gpt2;
        m->m_vocabulary = configInt(config, { "vocab_size" }, 1, 1 << 20, configPath);
        m->m_width = configInt(config, { "n_embd" }, 1, 16384, configPath);
        m->m_layers = configInt(config, { "n_layer" }, 1, 128, configPath);
        m->m_headCount = configInt(config, { "n_head" }, 1, 256, configPath);
        m->m_positions = configInt(config, { "n_positions", "n_ctx" }, 1, 8192, configPath);
        m->m_inner = configInt(config, { "n_inner" }, 1, 65536, configPath, 4 * m->m_width);
        m->m_eps = configEps(config, "layer_norm_epsilon", 1e-5, configPath);
        activation = config.value(QLatin1String("activation_function")).toString(QStringLiteral("gelu_new"));
    } else {
        fail(configPath,
            QT_TRANSLATE_NOOP("Error",
                "model_type \"%1\" is not supported: this app opens \"bert\" (BERT encoders) "
                "and \"gpt2\" (GPT-2 decoders)"),
            { json::argText(type.isEmpty() ? QStringLiteral("(missing)") : type) });
    }
    if (m->m_width % m->m_headCount != 0)
        fail(configPath, QT_TRANSLATE_NOOP("Error", "%1 attention heads do not divide the width %2"),
            { json::argText(m->m_headCount), json::argText(m->m_width) });
    if (activation == QLatin1String("gelu"))
        m->m_activation = kernels::Activation::Gelu;
    else if (activation == QLatin1String("gelu_new"))
        m->m_activation = kernels::Activation::GeluNew;
    else if (activation == QLatin1String("relu"))
        m->m_activation = kernels::Activation::Relu;
    else
        fail(configPath, QT_TRANSLATE_NOOP("Error", "activation \"%1\" is not supported (gelu, gelu_new or relu)"),
            { json::argText(activation) });

    const QString weightsPath = dir.filePath(QStringLiteral("model.safetensors"));
    if (!QFileInfo::exists(weightsPath))
        fail(folder, QT_TRANSLATE_NOOP("Error", "no model.safetensors (other weight formats are not read)"), {});
    m->m_file = SafeTensors::open(weightsPath);
    const auto &file = m->m_file;
    const qint64 d = m->m_width, f = m->m_inner;
    const auto view = [&](const QString &name, std::vector<qint64> shape,
                          SafeTensors::Check check = SafeTensors::Check::Now) {
        return SafeTensors::view(file, name, shape, check);
    };
    constexpr auto onUse = SafeTensors::Check::RowsOnUse;
    if (m->m_arch == Architecture::Bert) {
        const QString p = file->contains(QStringLiteral("bert.embeddings.word_embeddings.weight"))
            ? QStringLiteral("bert.")
            : QString();
        const int types = configInt(config, { "type_vocab_size" }, 1, 1024, configPath, 2);
        m->m_wordEmbeddings =
            view(p + QStringLiteral("embeddings.word_embeddings.weight"), { m->m_vocabulary, d }, onUse);
        m->m_positionEmbeddings =
            view(p + QStringLiteral("embeddings.position_embeddings.weight"), { m->m_positions, d });
        m->m_typeEmbeddings = view(p + QStringLiteral("embeddings.token_type_embeddings.weight"), { types, d });
        m->m_embLnW = view(p + QStringLiteral("embeddings.LayerNorm.weight"), { d });
        m->m_embLnB = view(p + QStringLiteral("embeddings.LayerNorm.bias"), { d });
        for (int i = 0; i < m->m_layers; ++i) {
            const QString l = p + QStringLiteral("encoder.layer.%1.").arg(i);
            Layer w;
            w.wq = view(l + QStringLiteral("attention.self.query.weight"), { d, d });
            w.bq = view(l + QStringLiteral("attention.self.query.bias"), { d });
            w.wk = view(l + QStringLiteral("attention.self.key.weight"), { d, d });
            w.bk = view(l + QStringLiteral("attention.self.key.bias"), { d });
            w.wv = view(l + QStringLiteral("attention.self.value.weight"), { d, d });
            w.bv = view(l + QStringLiteral("attention.self.value.bias"), { d });
            w.wo = view(l + QStringLiteral("attention.output.dense.weight"), { d, d });
            w.bo = view(l + QStringLiteral("attention.output.dense.bias"), { d });
            w.ln1w = view(l + QStringLiteral("attention.output.LayerNorm.weight"), { d });
            w.ln1b = view(l + QStringLiteral("attention.output.LayerNorm.bias"), { d });
            w.wi = view(l + QStringLiteral("intermediate.dense.weight"), { f, d });
            w.bi = view(l + QStringLiteral("intermediate.dense.bias"), { f });
            w.wo2 = view(l + QStringLiteral("output.dense.weight"), { d, f });
            w.bo2 = view(l + QStringLiteral("output.dense.bias"), { d });
            w.ln2w = view(l + QStringLiteral("output.LayerNorm.weight"), { d });
            w.ln2b = view(l + QStringLiteral("output.LayerNorm.bias"), { d });
            m->m_layerWeights.push_back(std::move(w));
        }
    } else {
        const QString p =
            file->contains(QStringLiteral("transformer.wte.weight")) ? QStringLiteral("transformer.") : QString();
        m->m_wordEmbeddings = view(p + QStringLiteral("wte.weight"), { m->m_vocabulary, d }, onUse);
        m->m_positionEmbeddings = view(p + QStringLiteral("wpe.weight"), { m->m_positions, d });
        for (int i = 0; i < m->m_layers; ++i) {
            const QString l = p + QStringLiteral("h.%1.").arg(i);
            Layer w;
            w.ln1w = view(l + QStringLiteral("ln_1.weight"), { d });
            w.ln1b = view(l + QStringLiteral("ln_1.bias"), { d });
            w.qkv = view(l + QStringLiteral("attn.c_attn.weight"), { d, 3 * d });
            w.qkvBias = view(l + QStringLiteral("attn.c_attn.bias"), { 3 * d });
            w.wo = view(l + QStringLiteral("attn.c_proj.weight"), { d, d });
            w.bo = view(l + QStringLiteral("attn.c_proj.bias"), { d });
            w.ln2w = view(l + QStringLiteral("ln_2.weight"), { d });
            w.ln2b = view(l + QStringLiteral("ln_2.bias"), { d });
            w.wi = view(l + QStringLiteral("mlp.c_fc.weight"), { d, f });
            w.bi = view(l + QStringLiteral("mlp.c_fc.bias"), { f });
            w.wo2 = view(l + QStringLiteral("mlp.c_proj.weight"), { f, d });
            w.bo2 = view(l + QStringLiteral("mlp.c_proj.bias"), { d });
            m->m_layerWeights.push_back(std::move(w));
        }
    }
    if (m->m_arch == Architecture::Bert && file->contains(QStringLiteral("cls.predictions.transform.dense.weight"))) {
        m->m_maskDense = view(QStringLiteral("cls.predictions.transform.dense.weight"), { d, d });
        m->m_maskDenseBias = view(QStringLiteral("cls.predictions.transform.dense.bias"), { d });
        m->m_maskLnW = view(QStringLiteral("cls.predictions.transform.LayerNorm.weight"), { d });
        m->m_maskLnB = view(QStringLiteral("cls.predictions.transform.LayerNorm.bias"), { d });
        m->m_maskBias = view(QStringLiteral("cls.predictions.bias"), { m->m_vocabulary });
        // the decoder is tied to the word embeddings unless the file has its own
        m->m_maskDecoder = file->contains(QStringLiteral("cls.predictions.decoder.weight"))
            ? view(QStringLiteral("cls.predictions.decoder.weight"), { m->m_vocabulary, d })
            : m->m_wordEmbeddings;
        m->m_hasMaskHead = true;
    }
    m->m_tokenizer = SubwordTokenizer::load(folder, m->m_arch == Architecture::Bert);
    if (m->m_tokenizer->vocabularySize() > m->m_vocabulary)
        fail(folder,
            QT_TRANSLATE_NOOP(
                "Error", "the tokenizer's vocabulary has ids up to %1, but the model has only %2 embeddings"),
            { json::argText(m->m_tokenizer->vocabularySize() - 1), json::argText(m->m_vocabulary) });

    // a "name" in config.json (the app's own trained model has one), else the folder's name
    const QString base = config.value(QLatin1String("name")).toString(QFileInfo(QDir::cleanPath(folder)).fileName());
    m->m_name = QStringLiteral("%1 (%2, %3 layers × %4 heads)")
                    .arg(base, m->m_arch == Architecture::Bert ? QStringLiteral("BERT") : QStringLiteral("GPT-2"))
                    .arg(m->m_layers)
                    .arg(m->m_headCount);
    for (int h = 0; h < m->m_headCount; ++h) {
        HeadInfo info;
        info.id = QString::number(h + 1);
        info.name = QStringLiteral("Head %1").arg(h + 1);
        info.description = QStringLiteral("A trained head: what it looks for was learned from text, not designed.");
        m->m_heads.push_back(info);
    }
    return m;
}

QString CheckpointModel::note() const
{
    return m_arch == Architecture::Bert
        ? QStringLiteral(
            "A trained BERT encoder: every token attends to every other; its heads were learned from text.")
        : QStringLiteral("A trained GPT-2 decoder: each token attends only to itself and earlier tokens; its heads "
                         "were learned from text.");
}

int CheckpointModel::countTokens(const QString &text) const
{
    return int(m_tokenizer->encode(text).size());
}

Tokens CheckpointModel::tokenize(const QString &text) const
{
    if (text.size() > 100000)
        throw Error(QT_TRANSLATE_NOOP("Error", "the text has %1 characters; the limit is %2"),
            { QString::number(text.size()), QStringLiteral("100000") });
    const std::vector<SubwordTokenizer::Piece> pieces = m_tokenizer->encode(text);
    if (pieces.empty())
        throw Error(QT_TRANSLATE_NOOP("Error", "the text has no words or symbols to attend to"), {});
    Tokens tokens;
    for (const auto &p : pieces) {
        if (int(tokens.size()) == m_positions)
            break;
        Token t;
        t.text = p.token;
        t.shown = p.shown;
        t.id = p.id;
        t.continuation = p.continuation;
        tokens.push_back(t);
    }
    return tokens;
}

MatrixF CheckpointModel::embed(const Tokens &tokens) const
{
    const auto n = Eigen::Index(tokens.size());
    if (n > m_positions)
        throw Error(QT_TRANSLATE_NOOP("Error", "the text has %1 tokens; the model has %2 positions"),
            { QString::number(n), QString::number(m_positions) });
    MatrixF x(n, m_width);
    const auto positions = m_positionEmbeddings.m();
    for (Eigen::Index i = 0; i < n; ++i) {
        const int id = tokens[std::size_t(i)].id;
        if (id < 0 || id >= m_vocabulary)
            throw Error("token " + std::to_string(i) + " has no vocabulary id of this model");
        x.row(i) = m_wordEmbeddings.row(id) + positions.row(i);
    }
    if (m_arch == Architecture::Bert) {
        x.rowwise() += m_typeEmbeddings.m().row(0);
        layerNorm(x, m_embLnW, m_embLnB, m_eps);
    }
    return x;
}

MatrixF CheckpointModel::attentionInput(const MatrixF &hidden, int layer) const
{
    if (m_arch == Architecture::Bert)
        return hidden;
    MatrixF h = hidden;
    layerNorm(h, m_layerWeights[std::size_t(layer)].ln1w, m_layerWeights[std::size_t(layer)].ln1b, m_eps);
    return h;
}

MatrixF CheckpointModel::run(const Tokens &tokens, bool causal, Scalar temperature, int upTo,
    std::vector<std::vector<MatrixF>> *attentions) const
{
    const double n2 = double(tokens.size()) * double(tokens.size());
    requireLayerWithinLimit(m_headCount, double(tokens.size()), double(tokens.size()));
    if (attentions && double(upTo) * m_headCount * n2 > kMaxModelWeights)
        throw Error(std::to_string(upTo) + " layers × " + std::to_string(m_headCount) + " heads × "
            + std::to_string(tokens.size()) + "² attention weights are more than the limit of "
            + std::to_string(std::int64_t(kMaxModelWeights)) + " for every layer at once; use a shorter text");
    MatrixF x = embed(tokens);
    const Eigen::Index n = x.rows(), d = m_width;
    const int dh = m_width / m_headCount;
    const float scale = float(1.0 / (std::sqrt(double(dh)) * temperature));
    // buffers reused by every layer: queries, keys and values side by side [n, 3d], the heads' context, the
    // feed-forward layer's inner activations, GPT-2's normalised input
    MatrixF qkv(n, 3 * d), context(n, d), inner, h;
    for (int l = 0; l < upTo; ++l) {
        const Layer &w = m_layerWeights[std::size_t(l)];
        // the last layer's weights are all that is asked for: its output (a third of its work) is not computed
        const bool onlyAttention = attentions && l + 1 == upTo;
        if (m_arch == Architecture::Bert) {
            const SafeTensors::View *weights[] = { &w.wq, &w.wk, &w.wv }, *biases[] = { &w.bq, &w.bk, &w.bv };
            for (int part = 0; part < 3; ++part) {
                qkv.middleCols(part * d, d).noalias() = x * weights[part]->m().transpose();
                kernels::addBias(qkv.data() + part * d, n, d, 3 * d, ptr(*biases[part]));
            }
        } else {
            h = x;
            layerNorm(h, w.ln1w, w.ln1b, m_eps);
            qkv.noalias() = h * w.qkv.m();
            addBias(qkv, w.qkvBias);
        }
        std::vector<MatrixF> layerAttention;
        for (int head = 0; head < m_headCount; ++head) {
            MatrixF s(n, n);
            s.noalias() = qkv.middleCols(head * dh, dh) * qkv.middleCols(d + head * dh, dh).transpose();
            kernels::softmaxRows(s.data(), n, n, n, scale, causal);
            if (!onlyAttention)
                context.middleCols(head * dh, dh).noalias() = s * qkv.middleCols(2 * d + head * dh, dh);
            if (attentions)
                layerAttention.push_back(std::move(s));
        }
        if (attentions)
            attentions->push_back(std::move(layerAttention));
        if (onlyAttention)
            break;
        if (m_arch == Architecture::Bert) {
            x.noalias() += context * w.wo.m().transpose();
            layerNorm(x, w.ln1w, w.ln1b, m_eps, &w.bo);
            inner.noalias() = x * w.wi.m().transpose();
            kernels::biasActivate(inner.data(), n, inner.cols(), ptr(w.bi), m_activation);
            x.noalias() += inner * w.wo2.m().transpose();
            layerNorm(x, w.ln2w, w.ln2b, m_eps, &w.bo2);
        } else {
            x.noalias() += context * w.wo.m();
            addBias(x, w.bo);
            h = x;
            layerNorm(h, w.ln2w, w.ln2b, m_eps);
            inner.noalias() = h * w.wi.m();
            kernels::biasActivate(inner.data(), n, inner.cols(), ptr(w.bi), m_activation);
            x.noalias() += inner * w.wo2.m();
            addBias(x, w.bo2);
        }
    }
    return x;
}

std::vector<std::vector<MatrixF>> CheckpointModel::attentions(
    const Tokens &tokens, const Mask &mask, Scalar temperature) const
{
    std::vector<std::vector<MatrixF>> out;
    const bool causal = m_arch == Architecture::Gpt2 || mask.kind == Mask::Kind::Causal;
    run(tokens, causal, temperature, m_layers, &out);
    return out;
}

std::vector<std::pair<QString, double>> CheckpointModel::fillMask(const QString &text, int top) const
{
    if (!m_hasMaskHead)
        throw Error("this model has no masked-word head (a BERT checkpoint with cls.predictions tensors has one)");
    const Tokens tokens = tokenize(text);
    const auto mask =
        std::find_if(tokens.begin(), tokens.end(), [](const Token &t) { return t.text == QLatin1String("[MASK]"); });
    if (mask == tokens.end())
        throw Error(QT_TRANSLATE_NOOP("Error", "the text has no [MASK] to fill"), {});
    const MatrixF hidden = run(tokens, false, 1, m_layers, nullptr);
    MatrixF h = hidden.row(mask - tokens.begin());
    h = h * m_maskDense.m().transpose();
    kernels::biasActivate(h.data(), 1, h.cols(), ptr(m_maskDenseBias), m_activation);
    layerNorm(h, m_maskLnW, m_maskLnB, m_eps);
    RowVectorF logits = h.row(0) * m_maskDecoder.m().transpose();
    logits += m_maskBias.m().row(0);
    if (!logits.allFinite()) // the decoder may be the word-embedding table, checked only row by row
        for (Eigen::Index i = 0; i < m_maskDecoder.rows; ++i)
            m_maskDecoder.row(i);
    const float max = logits.maxCoeff();
    Eigen::ArrayXf p = (logits.array() - max).exp().transpose();
    p /= p.sum();
    std::vector<int> order(std::size_t(p.size()));
    std::iota(order.begin(), order.end(), 0);
    const int n = std::min<int>(top, int(order.size()));
    std::partial_sort(order.begin(), order.begin() + n, order.end(), [&](int a, int b) { return p(a) > p(b); });
    std::vector<std::pair<QString, double>> out;
    for (int i = 0; i < n; ++i)
        out.emplace_back(m_tokenizer->tokenFor(order[std::size_t(i)]), double(p(order[std::size_t(i)])));
    return out;
}

Matrix CheckpointModel::input(const Tokens &tokens, int layer) const
{
    layer = std::clamp(layer, 0, m_layers - 1);
    return attentionInput(run(tokens, m_arch == Architecture::Gpt2, 1, layer, nullptr), layer).cast<double>();
}

QStringList CheckpointModel::inputNames() const
{
    return QStringList(m_width, QString());
}

LayerResult CheckpointModel::compute(const Tokens &tokens, const Mask &mask, Scalar temperature, int layer) const
{
    if (layer < 0 || layer >= m_layers)
        throw Error(
            "layer " + std::to_string(layer + 1) + " does not exist; the model has " + std::to_string(m_layers));
    const bool causal = m_arch == Architecture::Gpt2 || mask.kind == Mask::Kind::Causal;
    const Matrix x = attentionInput(run(tokens, causal, temperature, layer, nullptr), layer).cast<double>();
    const Layer &w = m_layerWeights[std::size_t(layer)];
    LayerWeights lw;
    if (m_arch == Architecture::Bert) {
        lw.wq = w.wq.m().transpose().cast<double>();
        lw.wk = w.wk.m().transpose().cast<double>();
        lw.wv = w.wv.m().transpose().cast<double>();
        lw.bq = w.bq.m().row(0).cast<double>();
        lw.bk = w.bk.m().row(0).cast<double>();
        lw.bv = w.bv.m().row(0).cast<double>();
    } else {
        const auto all = w.qkv.m();
        const auto bias = w.qkvBias.m();
        lw.wq = all.leftCols(m_width).cast<double>();
        lw.wk = all.middleCols(m_width, m_width).cast<double>();
        lw.wv = all.rightCols(m_width).cast<double>();
        lw.bq = bias.leftCols(m_width).cast<double>();
        lw.bk = bias.middleCols(m_width, m_width).cast<double>();
        lw.bv = bias.rightCols(m_width).cast<double>();
    }
    return multiHeadAttention(x, lw, m_headCount, causal ? Mask::causal() : mask, temperature);
}

} // namespace attention
