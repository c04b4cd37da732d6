// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subwordtokenizer.h"

#include "attention.h"
#include "jsonio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace attention {
namespace {

constexpr int kMaxVocabulary = 1 << 20;

[[noreturn]] void fail(const QString &where, const char *problemTemplate, const QStringList &arguments)
{
    throw Error(where, problemTemplate, arguments);
}

bool isWhitespace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || QChar::category(c) == QChar::Separator_Space;
}

bool isControl(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

bool isPunctuation(char32_t c)
{
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126))
        return true;
    switch (QChar::category(c)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
        return true;
    default:
        return false;
    }
}

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

/// GPT-2's map from bytes to printable characters: printable Latin-1 bytes map to themselves, the others to
/// U+0100 onwards in byte order.
const std::vector<char32_t> &byteToChar()
{
    static const std::vector<char32_t> map = [] {
        std::vector<char32_t> m(256, 0);
        std::vector<bool> direct(256, false);
        for (int b = '!'; b <= '~'; ++b)
            direct[std::size_t(b)] = true;
        for (int b = 0xA1; b <= 0xAC; ++b)
            direct[std::size_t(b)] = true;
        for (int b = 0xAE; b <= 0xFF; ++b)
            direct[std::size_t(b)] = true;
        int n = 0;
        for (int b = 0; b < 256; ++b)
            m[std::size_t(b)] = direct[std::size_t(b)] ? char32_t(b) : char32_t(256 + n++);
        return m;
    }();
    return map;
}

QString fromUcs4(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

QHash<QString, int> checkedVocabulary(const QJsonObject &o, const QString &where)
{
    if (o.size() > kMaxVocabulary)
        fail(where, QT_TRANSLATE_NOOP("Error", "more than %1 entries"), { json::argText(kMaxVocabulary) });
    QHash<QString, int> vocabulary;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const double id = it.value().toDouble(-1);
        if (!it.value().isDouble() || id < 0 || id >= kMaxVocabulary || id != std::floor(id))
            fail(where, QT_TRANSLATE_NOOP("Error", "entry \"%1\": the id must be a whole number from 0"),
                { json::argText(it.key()) });
        vocabulary.insert(it.key(), int(id));
    }
    return vocabulary;
}

QString readText(const QString &path)
{
    return QString::fromUtf8(json::readFile(path));
}

} // namespace

// ------------------------------------------------------------------------------------------------------ WordPiece

WordPieceTokenizer::WordPieceTokenizer(QHash<QString, int> vocabulary, bool lowerCase, const QString &source)
    : m_vocabulary(std::move(vocabulary))
    , m_lowerCase(lowerCase)
{
    for (const int id : std::as_const(m_vocabulary))
        m_size = std::max(m_size, id + 1);
    for (const auto &[name, id] :
        { std::pair<const char *, int *> { "[UNK]", &m_unk }, { "[CLS]", &m_cls }, { "[SEP]", &m_sep } }) {
        const auto it = m_vocabulary.constFind(QLatin1String(name));
        if (it == m_vocabulary.constEnd())
            fail(source, QT_TRANSLATE_NOOP("Error", "the vocabulary has no %1 token"),
                { json::argText(QLatin1String(name)) });
        *id = *it;
    }
    m_mask = m_vocabulary.value(QStringLiteral("[MASK]"), -1);
}

QStringList WordPieceTokenizer::basicTokens(const QString &text) const
{
    QString cleaned;
    for (const char32_t c : text.toUcs4()) {
        if (c == 0 || c == 0xFFFD || isControl(c))
            continue;
        if (isWhitespace(c) || QChar::isSpace(c))
            cleaned += QLatin1Char(' ');
        else if (isCjk(c))
            cleaned += QLatin1Char(' ') + fromUcs4(c) + QLatin1Char(' ');
        else
            cleaned += fromUcs4(c);
    }
    cleaned = cleaned.normalized(QString::NormalizationForm_C);
    QStringList out;
    for (QString token : cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (m_lowerCase) {
            token = token.toLower().normalized(QString::NormalizationForm_D);
            QString stripped;
            for (const char32_t c : token.toUcs4()) {
                if (QChar::category(c) != QChar::Mark_NonSpacing)
                    stripped += fromUcs4(c);
            }
            token = stripped;
        }
        QString word;
        for (const char32_t c : token.toUcs4()) {
            if (isPunctuation(c)) {
                if (!word.isEmpty())
                    out << word;
                out << fromUcs4(c);
                word.clear();
            } else {
                word += fromUcs4(c);
            }
        }
        if (!word.isEmpty())
            out << word;
    }
    return out;
}

std::vector<SubwordTokenizer::Piece> WordPieceTokenizer::encode(const QString &text) const
{
    std::vector<Piece> pieces { { QStringLiteral("[CLS]"), m_cls, QStringLiteral("[CLS]"), false } };
    // "[MASK]" is a special token: never lower-cased or split (the text around it is tokenized as usual)
    const QStringList parts = m_mask >= 0 ? text.split(QStringLiteral("[MASK]")) : QStringList { text };
    QStringList words;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        if (p > 0)
            words << QStringLiteral("[MASK]");
        words << basicTokens(parts[p]);
    }
    for (const QString &word : std::as_const(words)) {
        if (word == QLatin1String("[MASK]") && m_mask >= 0) {
            pieces.push_back({ word, m_mask, word, false });
            continue;
        }
        const QList<uint> chars = word.toUcs4();
        std::vector<Piece> parts;
        bool bad = chars.size() > 100;
        qsizetype start = 0;
        while (!bad && start < chars.size()) {
            qsizetype end = chars.size();
            bool found = false;
            while (start < end) {
                QString sub =
                    QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()) + start, end - start);
                const QString shown = sub;
                if (start > 0)
                    sub = QStringLiteral("##") + sub;
                if (const auto it = m_vocabulary.constFind(sub); it != m_vocabulary.constEnd()) {
                    parts.push_back({ sub, *it, shown, start > 0 });
                    found = true;
                    break;
                }
                --end;
            }
            if (!found)
                bad = true;
            start = end;
        }
        if (bad)
            pieces.push_back({ QStringLiteral("[UNK]"), m_unk, QStringLiteral("[UNK]"), false });
        else
            pieces.insert(pieces.end(), parts.begin(), parts.end());
    }
    pieces.push_back({ QStringLiteral("[SEP]"), m_sep, QStringLiteral("[SEP]"), false });
    return pieces;
}

// ------------------------------------------------------------------------------------------------ byte-level BPE

ByteLevelBpeTokenizer::ByteLevelBpeTokenizer(
    QHash<QString, int> vocabulary, const std::vector<std::pair<QString, QString>> &merges, const QString &source)
    : m_vocabulary(std::move(vocabulary))
    , m_source(source)
{
    for (const int id : std::as_const(m_vocabulary))
        m_size = std::max(m_size, id + 1);
    for (std::size_t i = 0; i < merges.size(); ++i) {
        const QString key = merges[i].first + QLatin1Char(' ') + merges[i].second;
        if (!m_ranks.contains(key))
            m_ranks.insert(key, int(i));
    }
    for (const char32_t c : byteToChar()) {
        if (!m_vocabulary.contains(fromUcs4(c)))
            fail(source, QT_TRANSLATE_NOOP("Error", "the vocabulary has no token for the byte character \"%1\""),
                { json::argText(fromUcs4(c)) });
    }
}

QStringList ByteLevelBpeTokenizer::bpe(const QString &word) const
{
    QStringList parts;
    for (const char32_t c : word.toUcs4())
        parts << fromUcs4(c);
    while (parts.size() > 1) {
        int best = std::numeric_limits<int>::max();
        qsizetype at = -1;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            const auto it = m_ranks.constFind(parts[i] + QLatin1Char(' ') + parts[i + 1]);
            if (it != m_ranks.constEnd() && *it < best) {
                best = *it;
                at = i;
            }
        }
        if (at < 0)
            break;
        const QString first = parts[at], second = parts[at + 1];
        QStringList merged;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i + 1 < parts.size() && parts[i] == first && parts[i + 1] == second) {
                merged << first + second;
                ++i;
            } else {
                merged << parts[i];
            }
        }
        parts = merged;
    }
    return parts;
}

std::vector<SubwordTokenizer::Piece> ByteLevelBpeTokenizer::encode(const QString &text) const
{
    static const QRegularExpression pattern(
        QStringLiteral(R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const std::vector<char32_t> &map = byteToChar();
    static const QHash<char32_t, uchar> unmap = [&] {
        QHash<char32_t, uchar> u;
        for (int b = 0; b < 256; ++b)
            u.insert(map[std::size_t(b)], uchar(b));
        return u;
    }();
    std::vector<Piece> pieces;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QByteArray bytes = matches.next().captured().toUtf8();
        QString word;
        for (const char c : bytes)
            word += fromUcs4(map[uchar(c)]);
        for (const QString &token : bpe(word)) {
            const auto it = m_vocabulary.constFind(token);
            if (it == m_vocabulary.constEnd())
                fail(m_source, QT_TRANSLATE_NOOP("Error", "no vocabulary entry for the merged token \"%1\""),
                    { json::argText(token) });
            QByteArray raw;
            for (const char32_t c : token.toUcs4())
                raw += char(unmap.value(c));
            QString shown = QString::fromUtf8(raw);
            const bool startsWord = shown.startsWith(QLatin1Char(' ')) || pieces.empty();
            if (shown.trimmed().isEmpty()) {
                shown.replace(QLatin1Char(' '), QStringLiteral("␣"))
                    .replace(QLatin1Char('\n'), QStringLiteral("↵"))
                    .replace(QLatin1Char('\t'), QStringLiteral("⇥"));
            } else if (shown.startsWith(QLatin1Char(' '))) {
                shown.remove(0, 1);
            }
            pieces.push_back({ token, *it, shown, !startsWord && !token.startsWith(QChar(0x120)) });
        }
    }
    return pieces;
}

// ----------------------------------------------------------------------------------------------------------- load

std::unique_ptr<SubwordTokenizer> SubwordTokenizer::load(const QString &folder, bool wordPiece)
{
    const QDir dir(folder);
    const QString tokenizerJson = dir.filePath(QStringLiteral("tokenizer.json"));
    if (QFileInfo::exists(tokenizerJson)) {
        const QJsonObject o = json::parseObject(json::readFile(tokenizerJson), tokenizerJson).object();
        const QJsonObject model = o.value(QLatin1String("model")).toObject();
        const QString type = model.value(QLatin1String("type")).toString();
        const QString where = tokenizerJson + QStringLiteral(": model.vocab");
        if (wordPiece) {
            if (type != QLatin1String("WordPiece"))
                fail(tokenizerJson, QT_TRANSLATE_NOOP("Error", "model.type is \"%1\"; a BERT model needs WordPiece"),
                    { json::argText(type) });
            const QJsonObject normalizer = o.value(QLatin1String("normalizer")).toObject();
            const bool lower = normalizer.value(QLatin1String("lowercase")).toBool(true);
            return std::make_unique<WordPieceTokenizer>(
                checkedVocabulary(model.value(QLatin1String("vocab")).toObject(), where), lower, tokenizerJson);
        }
        if (type != QLatin1String("BPE"))
            fail(tokenizerJson, QT_TRANSLATE_NOOP("Error", "model.type is \"%1\"; a GPT-2 model needs BPE"),
                { json::argText(type) });
        std::vector<std::pair<QString, QString>> merges;
        const QJsonArray list = model.value(QLatin1String("merges")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QStringList pair;
            if (list[i].isString())
                pair = list[i].toString().split(QLatin1Char(' '));
            else
                for (const QJsonValue &v : list[i].toArray())
                    pair << v.toString();
            if (pair.size() != 2 || pair[0].isEmpty() || pair[1].isEmpty())
                fail(tokenizerJson, QT_TRANSLATE_NOOP("Error", "model.merges[%1]: expected two tokens"),
                    { json::argText(i) });
            merges.emplace_back(pair[0], pair[1]);
        }
        return std::make_unique<ByteLevelBpeTokenizer>(
            checkedVocabulary(model.value(QLatin1String("vocab")).toObject(), where), merges, tokenizerJson);
    }
    if (wordPiece) {
        const QString vocabPath = dir.filePath(QStringLiteral("vocab.txt"));
        if (!QFileInfo::exists(vocabPath))
            fail(folder, QT_TRANSLATE_NOOP("Error", "no tokenizer: neither tokenizer.json nor vocab.txt"), {});
        QHash<QString, int> vocabulary;
        const QStringList lines = readText(vocabPath).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString token = lines[i];
            if (token.endsWith(QLatin1Char('\r')))
                token.chop(1);
            if (i == lines.size() - 1 && token.isEmpty())
                break;
            if (i >= kMaxVocabulary)
                fail(vocabPath, QT_TRANSLATE_NOOP("Error", "more than %1 lines"), { json::argText(kMaxVocabulary) });
            if (!vocabulary.contains(token))
                vocabulary.insert(token, int(i));
        }
        bool lower = true;
        const QString configPath = dir.filePath(QStringLiteral("tokenizer_config.json"));
        if (QFileInfo::exists(configPath)) {
            const QJsonValue v = json::parseObject(json::readFile(configPath), configPath)
                                     .object()
                                     .value(QLatin1String("do_lower_case"));
            if (!v.isUndefined() && !v.isBool())
                fail(configPath, QT_TRANSLATE_NOOP("Error", "do_lower_case must be true or false"), {});
            lower = v.toBool(true);
        }
        return std::make_unique<WordPieceTokenizer>(vocabulary, lower, vocabPath);
    }
    const QString vocabPath = dir.filePath(QStringLiteral("vocab.json"));
    const QString mergesPath = dir.filePath(QStringLiteral("merges.txt"));
    if (!QFileInfo::exists(vocabPath) || !QFileInfo::exists(mergesPath))
        fail(folder, QT_TRANSLATE_NOOP("Error", "no tokenizer: neither tokenizer.json nor vocab.json and merges.txt"),
            {});
    const QHash<QString, int> vocabulary =
        checkedVocabulary(json::parseObject(json::readFile(vocabPath), vocabPath).object(), vocabPath);
    std::vector<std::pair<QString, QString>> merges;
    const QStringList lines = readText(mergesPath).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty() || (i == 0 && line.startsWith(QLatin1String("#version"))))
            continue;
        const QStringList pair = line.split(QLatin1Char(' '));
        if (pair.size() != 2 || pair[0].isEmpty() || pair[1].isEmpty())
            fail(QStringLiteral("%1:%2").arg(mergesPath).arg(i + 1),
                QT_TRANSLATE_NOOP("Error", "expected two tokens separated by one space"), {});
        merges.emplace_back(pair[0], pair[1]);
    }
    return std::make_unique<ByteLevelBpeTokenizer>(vocabulary, merges, mergesPath);
}

} // namespace attention
