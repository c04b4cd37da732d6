// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionheatmap.h"

#include "attentionmatrixmodel.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTexture>

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
    markDirty();
    emit selectedRowChanged();
}

void AttentionHeatmap::setSelectedColumn(int column)
{
    if (column == m_selectedColumn)
        return;
    m_selectedColumn = column;
    markDirty();
    emit selectedColumnChanged();
}

QString AttentionHeatmap::palette() const
{
    return m_palette == Palette::Cividis ? QStringLiteral("cividis") : QStringLiteral("viridis");
}

void AttentionHeatmap::setPalette(const QString &name)
{
    const Palette p = name == QLatin1String("cividis") ? Palette::Cividis : Palette::Viridis;
    if (p == m_palette)
        return;
    m_palette = p;
    markDirty();
    emit paletteChanged();
}

void AttentionHeatmap::setHighlightColor(const QColor &color)
{
    if (color == m_highlightColor)
        return;
    m_highlightColor = color;
    markDirty();
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

QImage AttentionHeatmap::render(QSize pixels) const
{
    const int n = m_matrix ? m_matrix->size() : 0;
    if (n == 0 || pixels.isEmpty())
        return {};

    // One pixel per cell first (a direct scanline fill), then scaled up without smoothing so cells stay crisp.
    QImage cells(n, n, QImage::Format_RGB32);
    const std::vector<double> &w = m_matrix->weights();
    for (int r = 0; r < n; ++r) {
        auto *line = reinterpret_cast<QRgb *>(cells.scanLine(r));
        for (int c = 0; c < n; ++c)
            line[c] =
                m_matrix->isMasked(r, c) ? m_maskedColor.rgb() : paletteColor(m_palette, w[std::size_t(r * n + c)]);
    }
    QImage image(pixels, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(QRectF(QPointF(0, 0), QSizeF(pixels)), cells);

    const qreal cw = qreal(pixels.width()) / n;
    const qreal ch = qreal(pixels.height()) / n;
    // Masked cells are hatched, so "not allowed" never looks like "weight 0".
    if (std::min(cw, ch) >= 6) {
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
    }
    const qreal pen = std::max<qreal>(2, std::min(cw, ch) * 0.12);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setBrush(Qt::NoBrush);
    if (m_selectedColumn >= 0 && m_selectedColumn < n) {
        // The column (who attends to the selected token) is outlined more lightly than the row.
        QColor c = m_highlightColor;
        c.setAlphaF(0.6);
        const qreal thin = std::max<qreal>(1, pen / 2);
        p.setPen(QPen(c, thin));
        p.drawRect(QRectF(m_selectedColumn * cw + thin / 2, thin / 2, cw - thin, pixels.height() - thin));
    }
    if (m_selectedRow >= 0 && m_selectedRow < n) {
        p.setPen(QPen(m_highlightColor, pen));
        p.drawRect(QRectF(pen / 2, m_selectedRow * ch + pen / 2, pixels.width() - pen, ch - pen));
    }
    return image;
}

QSGNode *AttentionHeatmap::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    const int n = m_matrix ? m_matrix->size() : 0;
    if (n == 0 || width() <= 0 || height() <= 0) {
        delete oldNode;
        return nullptr;
    }
    auto *node = static_cast<QSGImageNode *>(oldNode);
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Nearest);
        m_imageDirty = true;
    }
    if (m_imageDirty) {
        const qreal dpr = window()->effectiveDevicePixelRatio();
        const QSize pixels(std::max(1, int(std::ceil(width() * dpr))), std::max(1, int(std::ceil(height() * dpr))));
        node->setTexture(window()->createTextureFromImage(render(pixels)));
        m_imageDirty = false;
    }
    node->setRect(boundingRect());
    return node;
}
