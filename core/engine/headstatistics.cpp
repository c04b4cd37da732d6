// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headstatistics.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace attention {

namespace {

bool isSpecial(const Token &t)
{
    const QString &s = t.text;
    return s.size() > 2 && s.front() == u'[' && s.back() == u']' && s != QLatin1String("[UNK]")
        && std::all_of(s.begin() + 1, s.end() - 1, [](QChar c) { return c.isUpper(); });
}

bool isPunctuation(const Token &t)
{
    const QString &s = t.label();
    // what stands in for a token that has no visible character of its own is not punctuation: a piece of a
    // character's bytes (the replacement character) and GPT-2's white-space tokens (␣ ↵ ⇥, see SubwordTokenizer)
    static const QString standIns = QStringLiteral("\uFFFD\u2423\u21B5\u21E5");
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c.isPunct() || c.isSymbol()) && !standIns.contains(c);
    });
}

/// The letters of a text, as the comparison matches words: decomposed, accents and spaces dropped, lower case.
/// `owner` gets, for each letter, the index of the token it came from.
QString letters(const Tokens &tokens, std::vector<int> &owner)
{
    QString out;
    owner.clear();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (isSpecial(t))
            continue;
        for (const QChar c : t.label().normalized(QString::NormalizationForm_KD)) {
            if (c.isSpace() || c.category() == QChar::Mark_NonSpacing)
                continue;
            out += c.toLower();
            owner.push_back(int(i));
        }
    }
    return out;
}

int strongest(const MatrixF &a, Eigen::Index row)
{
    Eigen::Index best = 0;
    a.row(row).maxCoeff(&best);
    return int(best);
}

QString percent(double share)
{
    return QLocale().toString(100 * share, 'f', 0) + QStringLiteral(" %");
}

} // namespace

int HeadStatistics::judgedLink(const MatrixF &judge, Eigen::Index word)
{
    const int target = strongest(judge, word);
    return target != word && judge(word, target) >= 0.5f ? target : -1;
}

HeadStatistics::Alignment HeadStatistics::align(const Tokens &tokens, const Tokens &words)
{
    Alignment al;
    std::vector<int> tokenOf, wordOf;
    const QString a = letters(tokens, tokenOf), b = letters(words, wordOf);
    al.firstToken.assign(words.size(), -1);
    al.wordOfToken.assign(tokens.size(), -1);
    if (a != b || a.isEmpty())
        return al;
    al.matched = true;
    for (int c = 0; c < int(a.size()); ++c) {
        const int w = wordOf[std::size_t(c)], t = tokenOf[std::size_t(c)];
        if (al.firstToken[std::size_t(w)] < 0)
            al.firstToken[std::size_t(w)] = t;
        if (al.wordOfToken[std::size_t(t)] < 0)
            al.wordOfToken[std::size_t(t)] = w;
    }
    return al;
}

std::vector<int> HeadStatistics::Alignment::linkedWords(const MatrixF &attention) const
{
    std::vector<int> out(firstToken.size(), -1);
    for (std::size_t w = 0; w < firstToken.size(); ++w)
        if (firstToken[w] >= 0)
            out[w] = wordOfToken[std::size_t(strongest(attention, firstToken[w]))];
    return out;
}

QString HeadStatistics::kindName(Kind kind)
{
    switch (kind) {
    case Previous:
        return QStringLiteral("previous token");
    case Next:
        return QStringLiteral("next token");
    case Self:
        return QStringLiteral("itself");
    case First:
        return QStringLiteral("first token ([CLS])");
    case Separator:
        return QStringLiteral("[SEP]");
    case Punctuation:
        return QStringLiteral("punctuation");
    case Other:
    case KindCount:
        break;
    }
    return QStringLiteral("elsewhere");
}

QString HeadStatistics::kindKey(Kind kind)
{
    static const char *const keys[] = { "previous", "next", "self", "first", "sep", "punctuation", "other" };
    return QLatin1String(keys[std::clamp(int(kind), 0, int(Other))]);
}

int HeadStatistics::Head::rows() const
{
    int n = 0;
    for (const int c : counts)
        n += c;
    return n;
}

double HeadStatistics::Head::share(Kind kind) const
{
    const int n = rows();
    return n > 0 ? double(counts[std::size_t(kind)]) / n : 0;
}

HeadStatistics::Kind HeadStatistics::Head::mostCommon() const
{
    return Kind(std::max_element(counts.begin(), counts.end()) - counts.begin());
}

HeadStatistics HeadStatistics::measure(
    const AttentionModel &model, const QStringList &texts, const AttentionModel *judge)
{
    HeadStatistics s;
    const int layers = model.layerCount(), headCount = model.headCount();
    const int judgeHeads = judge ? judge->headCount() : 0;
    for (int h = 0; h < judgeHeads; ++h)
        s.judgeHeads << judge->heads()[std::size_t(h)].name;
    s.heads.assign(std::size_t(layers), std::vector<Head>(std::size_t(headCount)));
    for (auto &layer : s.heads)
        for (Head &h : layer)
            h.agreement.resize(std::size_t(judgeHeads));

    for (const QString &text : texts) {
        const Tokens tokens = model.tokenize(text);
        if (tokens.empty())
            continue;
        ++s.texts;
        const auto all = model.attentions(tokens);
        const auto n = Eigen::Index(tokens.size());
        for (int l = 0; l < layers; ++l)
            for (int h = 0; h < headCount; ++h) {
                const MatrixF &a = all[std::size_t(l)][std::size_t(h)];
                Head &head = s.heads[std::size_t(l)][std::size_t(h)];
                for (Eigen::Index i = 0; i < n; ++i) {
                    const int j = strongest(a, i);
                    const Token &to = tokens[std::size_t(j)];
                    const Kind kind = j == i - 1            ? Previous
                        : j == i + 1                        ? Next
                        : j == i                            ? Self
                        : j == 0                            ? First
                        : to.text == QLatin1String("[SEP]") ? Separator
                        : isPunctuation(to)                 ? Punctuation
                                                            : Other;
                    ++head.counts[std::size_t(kind)];
                }
            }

        if (!judge)
            continue;
        const Tokens words = judge->tokenize(text);
        const Alignment al = align(tokens, words);
        if (!al.matched)
            continue;
        ++s.comparedTexts;
        const auto judged = judge->attentions(words).front();
        for (int l = 0; l < layers; ++l)
            for (int h = 0; h < headCount; ++h) {
                const std::vector<int> linked = al.linkedWords(all[std::size_t(l)][std::size_t(h)]);
                for (int jh = 0; jh < judgeHeads; ++jh) {
                    const MatrixF &d = judged[std::size_t(jh)];
                    Agreement &g = s.heads[std::size_t(l)][std::size_t(h)].agreement[std::size_t(jh)];
                    for (Eigen::Index w = 0; w < d.rows(); ++w) {
                        const int target = judgedLink(d, w);
                        if (target < 0 || al.firstToken[std::size_t(w)] < 0)
                            continue;
                        ++g.links;
                        g.agree += linked[std::size_t(w)] == target;
                    }
                }
            }
    }
    return s;
}

HeadStatistics::Closest HeadStatistics::closestHead(int judge) const
{
    Closest best;
    for (int l = 0; l < int(heads.size()); ++l)
        for (int h = 0; h < int(heads[std::size_t(l)].size()); ++h) {
            const double share = heads[std::size_t(l)][std::size_t(h)].agreement[std::size_t(judge)].share();
            if (share > best.share)
                best = { l, h, share };
        }
    return best;
}

int HeadStatistics::closestJudgeHead(int layer, int head) const
{
    if (layer < 0 || layer >= int(heads.size()) || head < 0 || head >= int(heads[std::size_t(layer)].size()))
        return -1;
    const auto &g = heads[std::size_t(layer)][std::size_t(head)].agreement;
    int best = -1;
    for (int j = 0; j < int(g.size()); ++j)
        if (g[std::size_t(j)].links > 0 && (best < 0 || g[std::size_t(j)].share() > g[std::size_t(best)].share()))
            best = j;
    return best;
}

QString HeadStatistics::describe(int layer, int head) const
{
    if (layer < 0 || layer >= int(heads.size()) || head < 0 || head >= int(heads[std::size_t(layer)].size()))
        return {};
    const Head &h = heads[std::size_t(layer)][std::size_t(head)];
    if (h.rows() == 0)
        return {};
    const Kind k = h.mostCommon();
    QString text = k == Other
        ? QStringLiteral("No one position: its strongest link is a word further away in %1 of rows")
              .arg(percent(h.share(k)))
        : QStringLiteral("Strongest link: %1 in %2 of rows").arg(kindName(k), percent(h.share(k)));
    const int j = closestJudgeHead(layer, head);
    if (j >= 0)
        text += QStringLiteral("; closest designed head: %1 (same word in %2 of its links)")
                    .arg(judgeHeads[j], percent(h.agreement[std::size_t(j)].share()));
    return text + u'.';
}

QJsonObject HeadStatistics::toJson() const
{
    QJsonArray layers;
    for (const auto &layer : heads) {
        QJsonArray row;
        for (const Head &h : layer) {
            QJsonObject shares, agreement;
            for (int k = 0; k < KindCount; ++k)
                shares.insert(kindKey(Kind(k)), h.share(Kind(k)));
            for (int j = 0; j < int(h.agreement.size()); ++j)
                agreement.insert(judgeHeads[j],
                    QJsonObject { { QStringLiteral("links"), h.agreement[std::size_t(j)].links },
                        { QStringLiteral("agree"), h.agreement[std::size_t(j)].agree } });
            row.append(QJsonObject { { QStringLiteral("rows"), h.rows() }, { QStringLiteral("strongest"), shares },
                { QStringLiteral("designed"), agreement } });
        }
        layers.append(row);
    }
    return { { QStringLiteral("texts"), texts }, { QStringLiteral("comparedTexts"), comparedTexts },
        { QStringLiteral("heads"), layers } };
}

QString HeadStatistics::toMarkdown() const
{
    QString out = QStringLiteral("| layer | head |");
    QString rule = QStringLiteral("|---|---|");
    for (int k = 0; k < KindCount; ++k) {
        out += u' ' + kindName(Kind(k)) + QStringLiteral(" |");
        rule += QStringLiteral("---|");
    }
    for (const QString &j : judgeHeads) {
        out += QStringLiteral(" = %1 |").arg(j);
        rule += QStringLiteral("---|");
    }
    out += u'\n' + rule + u'\n';
    const auto pc = [](double share) { return QString::number(100 * share, 'f', 0) + QStringLiteral(" %"); };
    for (int l = 0; l < int(heads.size()); ++l)
        for (int h = 0; h < int(heads[std::size_t(l)].size()); ++h) {
            const Head &head = heads[std::size_t(l)][std::size_t(h)];
            out += QStringLiteral("| %1 | %2 |").arg(l + 1).arg(h + 1);
            for (int k = 0; k < KindCount; ++k)
                out += u' ' + pc(head.share(Kind(k))) + QStringLiteral(" |");
            for (const Agreement &g : head.agreement)
                out += u' ' + pc(g.share()) + QStringLiteral(" |");
            out += u'\n';
        }
    out += QStringLiteral("\n%1 texts, %2 rows per head.")
               .arg(texts)
               .arg(heads.empty() || heads[0].empty() ? 0 : heads[0][0].rows());
    if (!judgeHeads.isEmpty() && !heads.empty() && !heads[0].empty()) {
        QStringList links;
        for (int j = 0; j < int(judgeHeads.size()); ++j)
            links << QStringLiteral("%1 %2").arg(judgeHeads[j]).arg(heads[0][0].agreement[std::size_t(j)].links);
        out += QStringLiteral(" Links of the designed heads compared (in the %1 texts whose words matched): %2.")
                   .arg(comparedTexts)
                   .arg(links.join(QStringLiteral(", ")));
    }
    return out + u'\n';
}

} // namespace attention
