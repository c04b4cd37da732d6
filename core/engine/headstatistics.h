// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionmodel.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace attention {

/// What each head of a model attends to, measured over a set of texts (docs/trained-model.md):
///  - where each row's strongest link goes: the previous token, the next one, itself, the first token (BERT's [CLS]),
///    [SEP], a punctuation mark, or elsewhere (checked in this order, the first that applies counts);
///  - with the designed model as a judge, how often the head links a word to the same word as each designed head
///    does. A designed head "links" word i to word j when its strongest target is j ≠ i with a weight of at least
///    0.5; the measured head agrees when, from the first token of word i, its strongest target is a token of word j.
///    Words are matched between the two tokenisations by their letters (case and accents ignored); a text whose
///    letters do not match (an [UNK] token) is left out of the comparison.
struct HeadStatistics {
    enum Kind { Previous, Next, Self, First, Separator, Punctuation, Other, KindCount };
    static QString kindName(Kind kind); ///< "previous token", "next token", …
    static QString kindKey(Kind kind); ///< "previous", "next", "self", "first", "sep", "punctuation", "other"

    struct Agreement {
        int links = 0; ///< rows the designed head links to another word
        int agree = 0; ///< of those, rows where the measured head's strongest link goes to the same word
        double share() const { return links > 0 ? double(agree) / links : 0; }
    };
    struct Head {
        std::array<int, KindCount> counts {};
        std::vector<Agreement> agreement; ///< one per judge head
        int rows() const;
        double share(Kind kind) const;
        Kind mostCommon() const;
    };

    int texts = 0;
    int comparedTexts = 0; ///< texts whose words matched the judge's
    QStringList judgeHeads; ///< the judge's head names
    std::vector<std::vector<Head>> heads; ///< [layer][head]

    /// Measures `model` on `texts` (each cut to the model's positions). `judge` may be null (no agreement).
    static HeadStatistics measure(
        const AttentionModel &model, const QStringList &texts, const AttentionModel *judge = nullptr);

    /// One line for the head selector: "Strongest link: previous token in 91 % of rows; closest designed head:
    /// Previous token (same word in 88 % of its links)." Numbers in the current locale's format.
    QString describe(int layer, int head) const;
    /// The judge head index that head (layer, head) agrees with most, or -1.
    int closestJudgeHead(int layer, int head) const;

    /// The word a judge head links word `word` to: its strongest target when that is another word with a weight of
    /// at least 0.5; else -1.
    static int judgedLink(const MatrixF &judge, Eigen::Index word);

    /// The words of one tokenisation (the judge's) matched to the tokens of another by their letters.
    struct Alignment {
        bool matched = false; ///< false when the letters differ: then every entry is -1
        std::vector<int> firstToken; ///< per word: its first token, or -1
        std::vector<int> wordOfToken; ///< per token: its word, or -1
        /// Per word: the word that `attention`'s strongest link from the word's first token lands in, or -1.
        std::vector<int> linkedWords(const MatrixF &attention) const;
    };
    static Alignment align(const Tokens &tokens, const Tokens &words);

    /// The measured head that makes the largest share of judge head `judge`'s links (the first of equals).
    struct Closest {
        int layer = 0, head = 0;
        double share = -1;
    };
    Closest closestHead(int judge) const;

    QJsonObject toJson() const;
    /// A Markdown table, one row per layer × head (the model card's).
    QString toMarkdown() const;
};

} // namespace attention
