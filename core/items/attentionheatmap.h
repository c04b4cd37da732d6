// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionmatrixmodel.h"
#include "palette.h"

#include <QColor>
#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

/// The attention matrix drawn as one texture: cell (row, column) coloured by its weight, masked cells hatched, and
/// the selected row and column outlined by rectangle nodes above it. One item, one image node and twelve rectangles
/// whatever n is, so it renders the same with the software backend and OpenGL, and selecting costs no new texture.
class AttentionHeatmap : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AttentionMatrixModel *matrix READ matrix WRITE setMatrix NOTIFY matrixChanged FINAL)
    Q_PROPERTY(int selectedRow READ selectedRow WRITE setSelectedRow NOTIFY selectedRowChanged FINAL)
    Q_PROPERTY(int selectedColumn READ selectedColumn WRITE setSelectedColumn NOTIFY selectedColumnChanged FINAL)
    /// "viridis" (default), "cividis" or "greyscale" (it is not called palette: that would hide QQuickItem::palette).
    Q_PROPERTY(QString colorMap READ colorMap WRITE setColorMap NOTIFY colorMapChanged FINAL)
    Q_PROPERTY(QColor highlightColor READ highlightColor WRITE setHighlightColor NOTIFY highlightColorChanged FINAL)
    Q_PROPERTY(QColor maskedColor READ maskedColor WRITE setMaskedColor NOTIFY maskedColorChanged FINAL)
    Q_PROPERTY(bool rowScaled READ rowScaled WRITE setRowScaled NOTIFY rowScaledChanged FINAL)

public:
    explicit AttentionHeatmap(QQuickItem *parent = nullptr);

    AttentionMatrixModel *matrix() const { return m_matrix; }
    void setMatrix(AttentionMatrixModel *matrix);
    int selectedRow() const { return m_selectedRow; }
    void setSelectedRow(int row);
    int selectedColumn() const { return m_selectedColumn; }
    void setSelectedColumn(int column);
    QString colorMap() const;
    void setColorMap(const QString &name);
    QColor highlightColor() const { return m_highlightColor; }
    void setHighlightColor(const QColor &color);
    QColor maskedColor() const { return m_maskedColor; }
    void setMaskedColor(const QColor &color);
    /// false: the colour scale runs from 0 to 100 %; true: from 0 to each row's largest weight, so the pattern of
    /// a long sentence's rows shows even where every weight is small.
    bool rowScaled() const { return m_rowScaled; }
    void setRowScaled(bool rowScaled);

    /// The row (from-token) under item coordinate y, or -1.
    Q_INVOKABLE int rowAt(qreal y) const;
    /// The column (to-token) under item coordinate x, or -1.
    Q_INVOKABLE int columnAt(qreal x) const;
    /// The colour a weight is drawn in, for legends.
    Q_INVOKABLE QColor colorFor(qreal weight) const;

    /// The cells as the scene graph shows them in an item of this pixel size: one pixel per cell, or the full size
    /// when masked cells are large enough to be hatched.
    QImage cells(QSize pixels) const;

signals:
    void matrixChanged();
    void selectedRowChanged();
    void selectedColumnChanged();
    void colorMapChanged();
    void highlightColorChanged();
    void maskedColorChanged();
    void rowScaledChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *node, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void markDirty();
    bool hatched(QSize pixels) const;

    QPointer<AttentionMatrixModel> m_matrix;
    int m_selectedRow = -1;
    int m_selectedColumn = -1;
    Palette m_palette = Palette::Viridis;
    QColor m_highlightColor = QColor(0xff, 0x6f, 0x00);
    QColor m_maskedColor = QColor(0x9e, 0x9e, 0x9e);
    bool m_rowScaled = false;
    bool m_imageDirty = true;
};
