// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace attention {

/// A checkpoint's tokenizer: text → vocabulary tokens and ids, exactly as the reference tokenizers do it.
class SubwordTokenizer
{
public:
    struct Piece {
        QString token; ///< the vocabulary string ("##ing", "Ġcat")
        int id = 0;
        QString shown; ///< readable: "ing", "cat", "␣" for a space
        bool continuation = false; ///< part of the same word as the piece before it
    };
    virtual ~SubwordTokenizer() = default;
    virtual std::vector<Piece> encode(const QString &text) const = 0;
    virtual int vocabularySize() const = 0;
    /// The vocabulary string of an id ("" if none).
    virtual QString tokenFor(int id) const = 0;

    /// Reads the tokenizer files of a model folder: tokenizer.json where present, else vocab.txt
    /// (+ tokenizer_config.json) for WordPiece or vocab.json + merges.txt for byte-level BPE. Throws Error naming the
    /// file and the line or entry.
    static std::unique_ptr<SubwordTokenizer> load(const QString &folder, bool wordPiece);
};

/// BERT: BasicTokenizer (clean text, CJK characters apart, NFC, lower case and strip accents when lowerCase, split on
/// whitespace and punctuation) + greedy longest-match-first WordPiece ("##" continues a word; a word that cannot be
/// covered, or is longer than 100 characters, is [UNK]), wrapped in [CLS] … [SEP].
class WordPieceTokenizer : public SubwordTokenizer
{
public:
    WordPieceTokenizer(QHash<QString, int> vocabulary, bool lowerCase, const QString &source);
    std::vector<Piece> encode(const QString &text) const override;
    int vocabularySize() const override { return m_size; }
    QString tokenFor(int id) const override { return m_vocabulary.key(id); }
    /// The words BasicTokenizer splits text into (before WordPiece).
    QStringList basicTokens(const QString &text) const;

private:
    QHash<QString, int> m_vocabulary;
    bool m_lowerCase = true;
    int m_size = 0;
    int m_unk = 0, m_cls = 0, m_sep = 0;
    int m_mask = -1; ///< [MASK], kept whole in a text (as the reference tokenizer keeps special tokens), or -1
};

/// GPT-2: UTF-8 bytes mapped to printable characters, split by GPT-2's pre-tokenisation pattern, each piece merged
/// pair by pair in the order of merges.txt (lowest rank first); no BOS token.
class ByteLevelBpeTokenizer : public SubwordTokenizer
{
public:
    ByteLevelBpeTokenizer(
        QHash<QString, int> vocabulary, const std::vector<std::pair<QString, QString>> &merges, const QString &source);
    std::vector<Piece> encode(const QString &text) const override;
    int vocabularySize() const override { return m_size; }
    QString tokenFor(int id) const override { return m_vocabulary.key(id); }

private:
    QStringList bpe(const QString &word) const;
    QHash<QString, int> m_vocabulary;
    QHash<QString, int> m_ranks; ///< "a b" → rank
    QString m_source;
    int m_size = 0;
};

} // namespace attention
