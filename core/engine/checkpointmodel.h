// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionmodel.h"
#include "kernels.h"
#include "safetensors.h"
#include "subwordtokenizer.h"

#include <memory>

namespace attention {

/// A trained transformer from a HuggingFace model folder (config.json, model.safetensors, tokenizer files): BERT
/// (post-LN encoder, learned positions, token types, exact GELU; tensor names with or without "bert.") or GPT-2
/// (pre-LN causal decoder, Conv1D weights [in, out], "gelu_new"; with or without "transformer."). The forward pass
/// runs in float with the weights used in place from the memory-mapped file; every layer's and head's attention
/// comes out. See docs/checkpoints.md.
class CheckpointModel : public AttentionModel
{
public:
    enum class Architecture { Bert, Gpt2 };

    /// Reads and checks the folder; throws Error naming the file and what is wrong (a missing or misshapen tensor,
    /// an unsupported model type, insane config values), never a half-loaded model.
    static std::shared_ptr<const CheckpointModel> load(const QString &folder);
    /// The folder a model name stands for: "trained" is Tiny BERT, trained by this project and compiled into the app
    /// (resources/models/tiny-bert, docs/trained-model.md); anything else is a folder path.
    static QString folderFor(const QString &name);

    QString name() const override { return m_name; }
    QString note() const override;
    int layerCount() const override { return m_layers; }
    const std::vector<HeadInfo> &heads() const override { return m_heads; }
    /// The hidden states entering layer `layer` (after its LayerNorm for GPT-2).
    Matrix input(const Tokens &tokens, int layer = 0) const override;
    QStringList inputNames() const override;
    Tokens tokenize(const QString &text) const override;
    /// Layer `layer`: Q, K, V, scores and weights of every head, computed in double by the shared engine from the
    /// layer's input hidden states (after its LayerNorm for GPT-2). GPT-2 is always causal.
    LayerResult compute(
        const Tokens &tokens, const Mask &mask = {}, Scalar temperature = 1, int layer = 0) const override;

    /// Every layer's attention, [layer][head] → n×n, from one forward pass in float.
    std::vector<std::vector<MatrixF>> attentions(
        const Tokens &tokens, const Mask &mask = {}, Scalar temperature = 1) const override;

    /// A BERT checkpoint with its masked-word head (cls.predictions.*): the `top` most likely tokens for the first
    /// [MASK] of the text, with their probabilities, most likely first. Throws Error when the model has no such head
    /// or the text no [MASK].
    std::vector<std::pair<QString, double>> fillMask(const QString &text, int top = 5) const;
    bool canFillMask() const { return m_hasMaskHead; }

    Architecture architecture() const { return m_arch; }
    int maxPositions() const { return m_positions; }
    int width() const { return m_width; }
    const QString &folder() const { return m_folder; }
    int maxTokens() const override { return m_positions; }
    bool alwaysCausal() const override { return m_arch == Architecture::Gpt2; }
    int countTokens(const QString &text) const override;

private:
    struct Layer {
        SafeTensors::View wq, bq, wk, bk, wv, bv; ///< BERT: y = x·Wᵀ + b, W [out, in]
        SafeTensors::View qkv, qkvBias; ///< GPT-2: c_attn, [in, 3·out]
        SafeTensors::View wo, bo, ln1w, ln1b, wi, bi, wo2, bo2, ln2w, ln2b;
    };
    MatrixF embed(const Tokens &tokens) const;
    /// Runs layers [0, upTo) and returns the hidden states entering layer `upTo` (before its LayerNorm). With
    /// `attentions`, every layer's attention weights are stored there and the last layer stops after its softmax
    /// (what is returned is then the input of that last layer).
    MatrixF run(const Tokens &tokens, bool causal, Scalar temperature, int upTo,
        std::vector<std::vector<MatrixF>> *attentions) const;
    MatrixF attentionInput(const MatrixF &hidden, int layer) const;

    Architecture m_arch = Architecture::Bert;
    QString m_folder, m_name;
    kernels::Activation m_activation = kernels::Activation::Gelu;
    int m_layers = 0, m_headCount = 0, m_width = 0, m_inner = 0, m_vocabulary = 0, m_positions = 0;
    double m_eps = 1e-12;
    std::vector<HeadInfo> m_heads;
    std::shared_ptr<const SafeTensors> m_file;
    SafeTensors::View m_wordEmbeddings, m_positionEmbeddings, m_typeEmbeddings, m_embLnW, m_embLnB;
    std::vector<Layer> m_layerWeights;
    std::unique_ptr<SubwordTokenizer> m_tokenizer;
    bool m_hasMaskHead = false;
    SafeTensors::View m_maskDense, m_maskDenseBias, m_maskLnW, m_maskLnB, m_maskBias, m_maskDecoder;
};

} // namespace attention
