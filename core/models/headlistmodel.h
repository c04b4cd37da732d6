// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionmatrixmodel.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace attention {
struct HeadInfo;
}

/// The heads of the model, then "All heads (average)", each with its attention matrix for the current sentence: the
/// head selector and the All heads page list it. A head is identified by its index in the model; the average by -1
/// (the only encoding of "average" in the app).
class HeadListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Heads belong to an AttentionSession")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        HeadRole = Qt::UserRole + 1, ///< the head's index in the model, -1 for the average
        IdRole, ///< "coreference"; "average"
        NameRole, ///< "Coreference"; "All heads (average)"
        DescriptionRole, ///< what the head looks for
        LayerRole, ///< the layer, from 0
        IsAverageRole,
        MatrixRole, ///< AttentionMatrixModel *: the head's weights for the current sentence
    };
    Q_ENUM(Role)

    explicit HeadListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    /// The row showing head `head` (-1: the average, the last row), or -1.
    Q_INVOKABLE int rowOf(int head) const;
    /// The name of head `head` ("All heads (average)" for -1), or an empty string.
    Q_INVOKABLE QString nameOf(int head) const;
    /// What head `head` looks for, or for -1 what the average is.
    Q_INVOKABLE QString descriptionOf(int head) const;

    /// A new model: one row per head and the average, each with a new (empty) matrix.
    void setHeads(const std::vector<attention::HeadInfo> &heads, int layer = 0);
    /// New descriptions, one per head in order (a checkpoint's measured pattern differs by layer).
    void setDescriptions(const QStringList &descriptions);
    /// Head `head`'s matrix (-1: the average's), or nullptr.
    AttentionMatrixModel *matrix(int head) const;

signals:
    void countChanged();

private:
    static QString averageName();
    static QString averageDescription();

    struct Row {
        int head;
        QString id;
        QString name;
        QString description;
        int layer;
        AttentionMatrixModel *matrix;
    };
    std::vector<Row> m_rows;
};
