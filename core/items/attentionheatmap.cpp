// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionheatmap.h"

#include "attentionmatrixmodel.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGRectangleNode>
#include <QSGTexture>

#include <algorithm>
#include <cmath>

AttentionHeatmap::AttentionHeatmap(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

void AttentionHeatmap::setMatrix(AttentionMatrixModel *matrix)
{
    if (m_matrix == matrix)
        return;
    if (m_matrix)
        disconnect(m_matrix, nullptr, this, nullptr);
    m_matrix = matrix;
    if (m_matrix)
        connect(m_matrix, &AttentionMatrixModel::matrixChanged, this, &AttentionHeatmap::markDirty);
    markDirty();
    emit matrixChanged();
}

void AttentionHeatmap::setSelectedRow(int row)
{
    if (row == m_selectedRow)
        return;
    m_selectedRow = row;
    update(); // the outline only, not the cells
    emit selectedRowChanged();
}

void AttentionHeatmap::setSelectedColumn(int column)
{
    if (column == m_selectedColumn)
        return;
    m_selectedColumn = column;
    update();
    emit selectedColumnChanged();
}

QString AttentionHeatmap::colorMap() const
{
    return paletteName(m_palette);
}

void AttentionHeatmap::setColorMap(const QString &name)
{
    const Palette p = paletteNamed(name);
    if (p == m_palette)
        return;
    m_palette = p;
    markDirty();
    emit colorMapChanged();
}

void AttentionHeatmap::setHighlightColor(const QColor &color)
{
    if (color == m_highlightColor)
        return;
    m_highlightColor = color;
    update();
    emit highlightColorChanged();
}

void AttentionHeatmap::setMaskedColor(const QColor &color)
{
    if (color == m_maskedColor)
        return;
    m_maskedColor = color;
    markDirty();
    emit maskedColorChanged();
}

void AttentionHeatmap::setRowScaled(bool rowScaled)
{
    if (rowScaled == m_rowScaled)
        return;
    m_rowScaled = rowScaled;
    markDirty();
    emit rowScaledChanged();
}

int AttentionHeatmap::rowAt(qreal y) const
{
    const int n = m_matrix ? m_matrix->size() : 0;
    if (n == 0 || y < 0 || y >= height())
        return -1;
    return std::min(n - 1, int(y * n / height()));
}

int AttentionHeatmap::columnAt(qreal x) const
{
    const int n = m_matrix ? m_matrix->size() : 0;
    if (n == 0 || x < 0 || x >= width())
        return -1;
    return std::min(n - 1, int(x * n / width()));
}

QColor AttentionHeatmap::colorFor(qreal weight) const
{
    return QColor::fromRgb(paletteColor(m_palette, weight));
}

void AttentionHeatmap::markDirty()
{
    m_imageDirty = true;
    update();
}

void AttentionHeatmap::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        markDirty();
}

bool AttentionHeatmap::hatched(QSize pixels) const
{
    const int n = m_matrix ? m_matrix->size() : 0;
    if (n == 0 || std::min(pixels.width(), pixels.height()) < 6 * n)
        return false;
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            if (m_matrix->isMasked(r, c))
                return true;
    return false;
}

QImage AttentionHeatmap::cells(QSize pixels) const
{
    const int n = m_matrix ? m_matrix->size() : 0;
    if (n == 0 || pixels.isEmpty())
        return {};

    // One pixel per cell (a direct scanline fill); the image node scales it up without smoothing, so cells stay
    // crisp and a new matrix costs an n×n upload, not one of the item's size.
    QImage cells(n, n, QImage::Format_RGB32);
    const std::vector<double> &w = m_matrix->weights();
    for (int r = 0; r < n; ++r) {
        auto *line = reinterpret_cast<QRgb *>(cells.scanLine(r));
        const auto row = w.begin() + std::ptrdiff_t(r) * n;
        const double max = m_rowScaled ? *std::max_element(row, row + n) : 1.0;
        const double scale = max > 0 ? 1.0 / max : 0.0;
        for (int c = 0; c < n; ++c)
            line[c] = m_matrix->isMasked(r, c) ? m_maskedColor.rgb() : paletteColor(m_palette, row[c] * scale);
    }
    if (!hatched(pixels))
        return cells;

    // Masked cells are hatched, so "not allowed" never looks like "weight 0": that needs the item's resolution.
    QImage image(pixels, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(QRectF(QPointF(0, 0), QSizeF(pixels)), cells);
    const qreal cw = qreal(pixels.width()) / n;
    const qreal ch = qreal(pixels.height()) / n;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(m_maskedColor.darker(150), 1));
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            if (!m_matrix->isMasked(r, c))
                continue;
            const QRectF cell(c * cw, r * ch, cw, ch);
            p.save();
            p.setClipRect(cell);
            for (qreal d = -ch; d < cw; d += 6)
                p.drawLine(QPointF(cell.left() + d, cell.bottom()), QPointF(cell.left() + d + ch, cell.top()));
            p.restore();
        }
    }
    return image;
}

namespace {

/// The line inside the selected row's outline: dark, so the row shows on bright cells where the highlight does not.
const QColor kInnerOutline(0, 0, 0, 220);

/// Four rectangle nodes (children `first` … `first + 3` of `group`) drawing the outline of `r`, `pen` wide, inside it.
void setOutline(QSGNode *group, int first, const QRectF &r, qreal pen, const QColor &color)
{
    const QRectF edges[4] = {
        r.isEmpty() ? QRectF() : QRectF(r.left(), r.top(), r.width(), pen),
        r.isEmpty() ? QRectF() : QRectF(r.left(), r.bottom() - pen, r.width(), pen),
        r.isEmpty() ? QRectF() : QRectF(r.left(), r.top() + pen, pen, r.height() - 2 * pen),
        r.isEmpty() ? QRectF() : QRectF(r.right() - pen, r.top() + pen, pen, r.height() - 2 * pen),
    };
    for (int i = 0; i < 4; ++i) {
        auto *edge = static_cast<QSGRectangleNode *>(group->childAtIndex(first + i));
        if (edge->rect() != edges[i])
            edge->setRect(edges[i]);
        if (edge->color() != color)
            edge->setColor(color);
    }
}

} // namespace

QSGNode *AttentionHeatmap::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    const int n = m_matrix ? m_matrix->size() : 0;
    if (n == 0 || width() <= 0 || height() <= 0) {
        delete oldNode;
        return nullptr;
    }
    // A group: the cells as one image node, then eight rectangle nodes outlining the selected column and row, and four
    // more drawing a dark line inside the row's outline, so the row stands out on the colour map's bright end too.
    // Selecting only moves the rectangles; the image changes with the matrix, the palette or the size.
    QSGNode *group = oldNode;
    if (!group) {
        group = new QSGNode;
        auto *image = window()->createImageNode();
        image->setOwnsTexture(true);
        image->setFiltering(QSGTexture::Nearest);
        group->appendChildNode(image);
        for (int i = 0; i < 12; ++i)
            group->appendChildNode(window()->createRectangleNode());
        m_imageDirty = true;
    }
    auto *image = static_cast<QSGImageNode *>(group->firstChild());
    if (m_imageDirty) {
        const qreal dpr = window()->effectiveDevicePixelRatio();
        const QSize pixels(std::max(1, int(std::ceil(width() * dpr))), std::max(1, int(std::ceil(height() * dpr))));
        image->setTexture(window()->createTextureFromImage(cells(pixels)));
        m_imageDirty = false;
    }
    if (image->rect() != boundingRect())
        image->setRect(boundingRect()); // (setting it marks the whole heatmap for repainting, even when unchanged)

    const qreal cw = width() / n;
    const qreal ch = height() / n;
    const qreal pen = std::max<qreal>(2, std::min(cw, ch) * 0.12);
    // The column (who attends to the selected token) is outlined more lightly than the row.
    QColor light = m_highlightColor;
    light.setAlphaF(0.6);
    const bool column = m_selectedColumn >= 0 && m_selectedColumn < n;
    const bool row = m_selectedRow >= 0 && m_selectedRow < n;
    setOutline(group, 1, column ? QRectF(m_selectedColumn * cw, 0, cw, height()) : QRectF(),
        std::max<qreal>(1, pen / 2), light);
    const QRectF rowRect = row ? QRectF(0, m_selectedRow * ch, width(), ch) : QRectF();
    setOutline(group, 5, rowRect, pen, m_highlightColor);
    const qreal inner = std::max<qreal>(1, pen / 2);
    setOutline(group, 9, rowRect.height() > 2 * (pen + inner) ? rowRect.adjusted(pen, pen, -pen, -pen) : QRectF(),
        inner, kInnerOutline);
    return group;
}
