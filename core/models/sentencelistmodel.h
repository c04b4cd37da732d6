// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

/// The sentences a learner can pick: the curated ones grouped by pattern, then the ones typed in this session.
class SentenceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Sentences belong to an AttentionSession")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        PatternRole,
        TextRole,
        CustomRole,
        SectionStartRole, ///< the first sentence of its pattern (a list shows the pattern as a heading above it)
    };
    Q_ENUM(Role)

    struct Entry {
        QString id;
        QString title;
        QString pattern;
        QString text;
        bool custom = false;
    };

    explicit SentenceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_entries.size()); }
    /// Row of the sentence with this id, or -1.
    Q_INVOKABLE int indexOf(const QString &id) const;
    /// The id of the sentence in `row`, or an empty string.
    Q_INVOKABLE QString idAt(int row) const;
    const Entry *find(const QString &id) const;

    void setCurated(std::vector<Entry> entries);
    /// Adds a typed sentence at the end (or returns the existing one with the same text); returns its id.
    QString addCustom(const QString &text);

signals:
    void countChanged();

private:
    std::vector<Entry> m_entries;
    int m_customCount = 0;
};
