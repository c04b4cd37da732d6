// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionmodel.h"

namespace attention {

QString normalizedName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

int AttentionModel::headIndex(const QString &name) const
{
    const QString wanted = normalizedName(name);
    const std::vector<HeadInfo> &all = heads();
    for (std::size_t h = 0; h < all.size(); ++h) {
        if (normalizedName(all[h].id) == wanted || normalizedName(all[h].name) == wanted)
            return int(h);
    }
    return -1;
}

int AttentionModel::strongestTarget(
    const Tokens &tokens, int head, int from, const Mask &mask, Scalar temperature) const
{
    if (head < 0 || head >= headCount() || from < 0 || from >= int(tokens.size()))
        return -1;
    const LayerResult r = compute(tokens, mask, temperature);
    Eigen::Index best = 0;
    r.heads[std::size_t(head)].weights.row(from).maxCoeff(&best);
    return int(best);
}

std::vector<std::vector<MatrixF>> AttentionModel::attentions(
    const Tokens &tokens, const Mask &mask, Scalar temperature) const
{
    std::vector<std::vector<MatrixF>> out;
    for (int l = 0; l < layerCount(); ++l) {
        std::vector<MatrixF> heads;
        for (const HeadResult &h : compute(tokens, mask, temperature, l).heads)
            heads.push_back(h.weights.cast<float>());
        out.push_back(std::move(heads));
    }
    return out;
}

} // namespace attention
