// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencelistmodel.h"

#include "datatext.h"
#include "languagechange.h"

#include <QHash>

#include <algorithm>

SentenceListModel::SentenceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    onLanguageChange(this, [this] {
        if (!m_entries.empty())
            emit dataChanged(index(0), index(count() - 1), { Qt::DisplayRole, TitleRole, PatternRole });
    });
}

int SentenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SentenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.custom ? e.title : attention::translatedText(e.title);
    case IdRole:
        return e.id;
    case PatternRole:
        return e.custom ? e.pattern : attention::translatedText(e.pattern);
    case TextRole:
        return e.text;
    case CustomRole:
        return e.custom;
    case SectionStartRole:
        return index.row() == 0 || m_entries[std::size_t(index.row()) - 1].pattern != e.pattern
            || m_entries[std::size_t(index.row()) - 1].custom != e.custom;
    default:
        return {};
    }
}

QHash<int, QByteArray> SentenceListModel::roleNames() const
{
    return { { IdRole, "sentenceId" }, { TitleRole, "title" }, { PatternRole, "pattern" }, { TextRole, "sentenceText" },
        { CustomRole, "custom" }, { SectionStartRole, "sectionStart" } };
}

int SentenceListModel::indexOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return int(i);
    }
    return -1;
}

const SentenceListModel::Entry *SentenceListModel::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_entries[std::size_t(i)];
}

void SentenceListModel::setCurated(std::vector<Entry> entries)
{
    beginResetModel();
    // Sentences of one pattern stay together (for section headers), in the order the patterns first appear.
    QHash<QString, int> order;
    for (const Entry &e : entries) {
        if (!order.contains(e.pattern))
            order.insert(e.pattern, int(order.size()));
    }
    std::stable_sort(entries.begin(), entries.end(),
        [&order](const Entry &a, const Entry &b) { return order.value(a.pattern) < order.value(b.pattern); });
    std::vector<Entry> custom;
    for (Entry &e : m_entries) {
        if (e.custom)
            custom.push_back(std::move(e));
    }
    m_entries = std::move(entries);
    m_entries.insert(m_entries.end(), custom.begin(), custom.end());
    endResetModel();
    emit countChanged();
}

QString SentenceListModel::addCustom(const QString &text)
{
    for (const Entry &e : m_entries) {
        if (e.custom && e.text == text)
            return e.id;
    }
    const QString id = QStringLiteral("custom-%1").arg(++m_customCount);
    // The first typed sentence starts a new section; the row above it does not change.
    beginInsertRows({}, count(), count());
    m_entries.push_back({ id, text, QString(), text, true });
    endInsertRows();
    emit countChanged();
    return id;
}

QString SentenceListModel::idAt(int row) const
{
    return index(row).data(IdRole).toString();
}
