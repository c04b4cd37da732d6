// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionoverview.h"

#include "attentionmodel.h"
#include "modelworkspace.h"
#include "token.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QPainter>
#include <QQuickWindow>
#include <QSGSimpleRectNode>
#include <QSGSimpleTextureNode>
#include <QtConcurrent/QtConcurrentRun>

using namespace attention;

AttentionOverview::AttentionOverview(QQuickItem *parent)
    : QQuickItem(parent)
    , m_rollout(new AttentionMatrixModel(this))
    , m_layerAverage(new AttentionMatrixModel(this))
{
    setFlag(ItemHasContents);
}

void AttentionOverview::setSession(AttentionSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        const auto stale = [this] {
            m_stale = true;
            recompute();
        };
        connect(m_session, &AttentionSession::sentenceChanged, this, stale);
        connect(m_session, &AttentionSession::workspaceChanged, this, stale);
        connect(m_session, &AttentionSession::temperatureChanged, this, stale);
        connect(m_session, &AttentionSession::causalChanged, this, stale);
        connect(m_session, &AttentionSession::layerIndexChanged, this, [this] {
            publishRollout();
            update();
        });
        connect(m_session, &AttentionSession::headIndexChanged, this, [this] { update(); });
    }
    m_stale = true;
    recompute();
    emit sessionChanged();
}

void AttentionOverview::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    recompute();
    emit activeChanged();
}

QString AttentionOverview::colorMap() const
{
    return paletteName(m_palette);
}

void AttentionOverview::setColorMap(const QString &name)
{
    const Palette p = paletteNamed(name);
    if (p == m_palette)
        return;
    m_palette = p;
    m_imageDirty = true;
    update();
    emit colorMapChanged();
}

void AttentionOverview::setHighlightColor(const QColor &color)
{
    if (color == m_highlight)
        return;
    m_highlight = color;
    update();
    emit highlightColorChanged();
}

void AttentionOverview::setTileSize(qreal size)
{
    size = std::clamp(size, 8.0, 400.0);
    if (qFuzzyCompare(size, m_tile))
        return;
    m_tile = size;
    m_imageDirty = true;
    resize();
    update();
    emit tileSizeChanged();
}

void AttentionOverview::resize()
{
    const int cols = headCount() + (headCount() > 0 ? 1 : 0);
    const int rows = layerCount();
    setImplicitSize(
        cols > 0 ? cols * m_tile + (cols - 1) * gap() : 0, rows > 0 ? rows * m_tile + (rows - 1) * gap() : 0);
}

void AttentionOverview::recompute()
{
    if (!m_active || !m_stale || !m_session || m_session->analysedTokens().empty())
        return;
    m_stale = false;
    const std::shared_ptr<const AttentionModel> model = m_session->workspace()->get().model;
    const Tokens tokens = m_session->analysedTokens();
    const Mask mask = m_session->causal() ? Mask::causal() : Mask::none();
    const double temperature = m_session->temperature();
    if (!model->hasNamedDimensions() && int(tokens.size()) >= AttentionSession::kBackgroundTokens) {
        // every layer of a long text: on a worker thread; a newer request drops this one's result
        const int generation = ++m_generation;
        using Result = std::vector<std::vector<MatrixF>>;
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcher<Result>::finished, this, [=] {
            watcher->deleteLater();
            if (generation == m_generation)
                show(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([=] { return model->attentions(tokens, mask, temperature); }));
        return;
    }
    ++m_generation;
    show(model->attentions(tokens, mask, temperature));
}

void AttentionOverview::show(std::vector<std::vector<MatrixF>> attentions)
{
    m_attentions = std::move(attentions);
    for (auto &layer : m_attentions)
        layer.push_back(headAverage(layer));
    m_imageDirty = true;
    resize();
    publishRollout();
    update();
    emit computed();
}

void AttentionOverview::publishRollout()
{
    if (!m_session || m_attentions.empty())
        return;
    const int layer = std::clamp(m_session->layerIndex(), 0, layerCount() - 1);
    std::vector<MatrixF> averages;
    for (int l = 0; l <= layer; ++l)
        averages.push_back(m_attentions[std::size_t(l)].back());
    m_rollout->setMatrix(m_session->labels(), attentionRollout(averages));
    m_layerAverage->setMatrix(m_session->labels(), averages.back());
}

int AttentionOverview::layerAt(qreal y) const
{
    const int l = int(std::floor(y / (m_tile + gap())));
    return y >= 0 && l < layerCount() && y - l * (m_tile + gap()) < m_tile ? l : -1;
}

int AttentionOverview::headAt(qreal x) const
{
    const int c = int(std::floor(x / (m_tile + gap())));
    if (x < 0 || c > headCount() || x - c * (m_tile + gap()) >= m_tile)
        return -2;
    return c == headCount() ? -1 : c;
}

QSGNode *AttentionOverview::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (m_attentions.empty() || !window()) {
        delete old;
        return nullptr;
    }
    const qreal dpr = window()->effectiveDevicePixelRatio();
    const int tilePx = std::max(1, int(std::round(m_tile * dpr)));
    const int gapPx = int(std::round(gap() * dpr));
    const int cols = headCount() + 1, rows = layerCount();
    if (m_imageDirty || m_image.isNull()) {
        m_image = QImage(cols * tilePx + (cols - 1) * gapPx, rows * tilePx + (rows - 1) * gapPx,
            QImage::Format_ARGB32_Premultiplied);
        m_image.fill(Qt::transparent);
        for (int l = 0; l < rows; ++l) {
            for (int c = 0; c < cols; ++c) {
                const MatrixF &m = m_attentions[std::size_t(l)][std::size_t(c)];
                const Eigen::Index n = m.rows();
                const int x0 = c * (tilePx + gapPx), y0 = l * (tilePx + gapPx);
                for (int py = 0; py < tilePx; ++py) {
                    const Eigen::Index i = std::min<Eigen::Index>(n - 1, Eigen::Index(py) * n / tilePx);
                    auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y0 + py)) + x0;
                    for (int px = 0; px < tilePx; ++px) {
                        const Eigen::Index j = std::min<Eigen::Index>(n - 1, Eigen::Index(px) * n / tilePx);
                        line[px] = paletteColor(m_palette, double(m(i, j)));
                    }
                }
            }
        }
        m_imageDirty = false;
        delete old;
        old = nullptr;
    }
    auto *root = static_cast<QSGNode *>(old);
    if (!root) {
        root = new QSGNode;
        auto *texture = new QSGSimpleTextureNode;
        texture->setOwnsTexture(true);
        texture->setTexture(window()->createTextureFromImage(m_image));
        texture->setFiltering(QSGTexture::Nearest);
        root->appendChildNode(texture);
        for (int s = 0; s < 4; ++s)
            root->appendChildNode(new QSGSimpleRectNode);
    }
    auto *texture = static_cast<QSGSimpleTextureNode *>(root->firstChild());
    texture->setRect(QRectF(0, 0, m_image.width() / dpr, m_image.height() / dpr));
    // The tile of the session's layer and head (or the average) outlined: four thin rectangles.
    const int layer = m_session ? m_session->layerIndex() : -1;
    const int head = m_session ? (m_session->headIndex() < 0 ? headCount() : m_session->headIndex()) : -1;
    const QRectF r(head * (m_tile + gap()) - 2, layer * (m_tile + gap()) - 2, m_tile + 4, m_tile + 4);
    const QRectF sides[] = { { r.left(), r.top(), r.width(), 3 }, { r.left(), r.bottom() - 3, r.width(), 3 },
        { r.left(), r.top(), 3, r.height() }, { r.right() - 3, r.top(), 3, r.height() } };
    QSGNode *n = texture->nextSibling();
    for (const QRectF &side : sides) {
        auto *rect = static_cast<QSGSimpleRectNode *>(n);
        rect->setRect(layer >= 0 && head >= 0 ? side : QRectF());
        rect->setColor(m_highlight);
        n = n->nextSibling();
    }
    return root;
}
