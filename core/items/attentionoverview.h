// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attention.h"
#include "attentionmatrixmodel.h"
#include "attentionsession.h"
#include "palette.h"

#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

/// The model view: every layer × head of the session's model as small heatmaps, one row per layer and a last
/// column with the layer's average, drawn as one image (144 tiles for BERT-base cost one texture, not 144 items).
/// Also the attention rollout (Abnar & Zuidema 2020) up to the session's layer, beside that layer's raw average.
/// Computes only while `active`.
class AttentionOverview : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AttentionSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged FINAL)
    Q_PROPERTY(QString colorMap READ colorMap WRITE setColorMap NOTIFY colorMapChanged FINAL)
    Q_PROPERTY(QColor highlightColor READ highlightColor WRITE setHighlightColor NOTIFY highlightColorChanged FINAL)
    /// The side of one tile in pixels, and the gap between tiles.
    Q_PROPERTY(qreal tileSize READ tileSize WRITE setTileSize NOTIFY tileSizeChanged FINAL)
    Q_PROPERTY(qreal gap READ gap CONSTANT FINAL)
    Q_PROPERTY(int layerCount READ layerCount NOTIFY computed FINAL)
    Q_PROPERTY(int headCount READ headCount NOTIFY computed FINAL)
    /// The rollout up to the session's layer, and that layer's average of raw attention.
    Q_PROPERTY(AttentionMatrixModel *rollout READ rollout CONSTANT FINAL)
    Q_PROPERTY(AttentionMatrixModel *layerAverage READ layerAverage CONSTANT FINAL)

public:
    explicit AttentionOverview(QQuickItem *parent = nullptr);

    AttentionSession *session() const { return m_session; }
    void setSession(AttentionSession *session);
    bool active() const { return m_active; }
    void setActive(bool active);
    QString colorMap() const;
    void setColorMap(const QString &name);
    QColor highlightColor() const { return m_highlight; }
    void setHighlightColor(const QColor &color);
    qreal tileSize() const { return m_tile; }
    void setTileSize(qreal size);
    qreal gap() const { return 4; }
    int layerCount() const { return int(m_attentions.size()); }
    int headCount() const { return m_attentions.empty() ? 0 : int(m_attentions.front().size()) - 1; }
    AttentionMatrixModel *rollout() const { return m_rollout; }
    AttentionMatrixModel *layerAverage() const { return m_layerAverage; }

    /// The layer (from 0) of the tile row at y, or -1.
    Q_INVOKABLE int layerAt(qreal y) const;
    /// The head of the tile column at x, -1 for the average column, or -2 outside the tiles.
    Q_INVOKABLE int headAt(qreal x) const;

signals:
    void sessionChanged();
    void activeChanged();
    void colorMapChanged();
    void highlightColorChanged();
    void tileSizeChanged();
    void computed();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    void recompute();
    void show(std::vector<std::vector<attention::MatrixF>> attentions);
    void publishRollout();
    void resize();

    QPointer<AttentionSession> m_session;
    bool m_active = false;
    bool m_stale = true;
    int m_generation = 0;
    Palette m_palette = Palette::Viridis;
    QColor m_highlight = Qt::red;
    qreal m_tile = 48;
    std::vector<std::vector<attention::MatrixF>> m_attentions; ///< [layer][head], then the layer's average last
    QImage m_image;
    bool m_imageDirty = true;
    AttentionMatrixModel *m_rollout;
    AttentionMatrixModel *m_layerAverage;
};
