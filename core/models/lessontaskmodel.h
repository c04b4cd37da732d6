// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace attention {
struct Workspace;
}

/// The tasks of one Learn activity (from the workspace's lesson pack), each with the answer its model computes:
/// the Learn page's activities are delegates over these. Answers are computed once per workspace, at temperature 1
/// without a mask unless the activity is about the mask or the temperature.
class LessonTaskModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Lesson tasks belong to LessonChecks")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        SentenceIdRole = Qt::UserRole + 1,
        SentenceTextRole,
        HeadRole, ///< head index in the model
        HeadIdRole, ///< "coreference"
        HeadNameRole, ///< "Coreference"
        PatternRole, ///< the sentence's pattern, e.g. "Subject–verb agreement"
        FromRole, ///< the token the task is about
        FromTextRole,
        ToRole, ///< mask: the later token asked about, else -1
        ToTextRole,
        TemperaturesRole, ///< temperature: the choices, else empty
        LabelsRole, ///< the sentence's token labels (he₃ where a text repeats)
        AnswerRole, ///< predict/pattern: the token; temperature: the choice with the lowest entropy; mask: 0 yes, 1 no
        WhyRole, ///< why the model answers so (may be empty)
        QuestionRole, ///< discussion: the question
    };
    Q_ENUM(Role)

    explicit LessonTaskModel(QString activity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    /// The tasks of this activity in `workspace`, with their answers.
    void load(const attention::Workspace &workspace);

signals:
    void countChanged();

private:
    struct Row {
        QString sentenceId, sentenceText, headId, headName, pattern, fromText, toText, why, question;
        int head, from, to, answer;
        QList<qreal> temperatures;
        QStringList labels;
    };
    QString m_activity;
    std::vector<Row> m_rows;
};
