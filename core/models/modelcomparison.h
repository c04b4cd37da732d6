// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionmatrixmodel.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace attention {
struct Workspace;
}

/// The Learn activity "designed vs learned": one sentence in the designed model and in Tiny BERT (the trained model
/// compiled into the app). Everything it says is computed: which designed head a trained head resembles most is
/// measured on the built-in sentences (HeadStatistics, the designed heads as judge), where they differ on this
/// sentence, and what raw attention and rollout say for one word.
class ModelComparison : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The sentence both models read (default: the cat and the mat).
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed FINAL)
    Q_PROPERTY(QString error READ error NOTIFY changed FINAL)
    Q_PROPERTY(QString trainedName READ trainedName CONSTANT FINAL)
    Q_PROPERTY(int layerCount READ layerCount CONSTANT FINAL)
    Q_PROPERTY(int headCount READ headCount CONSTANT FINAL)
    /// The designed head that some trained head resembles most (measured), and its attention on the sentence.
    Q_PROPERTY(QString targetHead READ targetHead CONSTANT FINAL)
    Q_PROPERTY(AttentionMatrixModel *designedMatrix READ designedMatrix CONSTANT FINAL)
    /// The trained head that resembles it most (layer and head from 0), and the share of the designed head's links
    /// it makes.
    Q_PROPERTY(int bestLayer READ bestLayer CONSTANT FINAL)
    Q_PROPERTY(int bestHead READ bestHead CONSTANT FINAL)
    Q_PROPERTY(double bestShare READ bestShare CONSTANT FINAL)
    /// The designed head no trained head resembles (the lowest best match), and that best match.
    Q_PROPERTY(QString unmatchedHead READ unmatchedHead CONSTANT FINAL)
    Q_PROPERTY(double unmatchedShare READ unmatchedShare CONSTANT FINAL)
    /// On this sentence: where a designed head and the trained head closest to it link a word differently.
    Q_PROPERTY(QStringList differences READ differences NOTIFY changed FINAL)
    /// On this sentence: the word the designed Coreference head ties most strongly to another word, the word it
    /// links it to (empty when that link is weaker than 0.5), and
    /// what the word attends to most in the last layer's raw attention (averaged over heads) and in the rollout to
    /// the last layer (itself left out).
    Q_PROPERTY(QString probeWord READ probeWord NOTIFY changed FINAL)
    Q_PROPERTY(QString designedTarget READ designedTarget NOTIFY changed FINAL)
    Q_PROPERTY(QString rawTarget READ rawTarget NOTIFY changed FINAL)
    Q_PROPERTY(double rawWeight READ rawWeight NOTIFY changed FINAL)
    Q_PROPERTY(QString rolloutTarget READ rolloutTarget NOTIFY changed FINAL)
    Q_PROPERTY(double rolloutWeight READ rolloutWeight NOTIFY changed FINAL)

public:
    explicit ModelComparison(QObject *parent = nullptr);
    ~ModelComparison() override;

    QString text() const { return m_text; }
    void setText(const QString &text);
    QString error() const { return m_error; }
    QString trainedName() const;
    int layerCount() const;
    int headCount() const;
    QString targetHead() const;
    AttentionMatrixModel *designedMatrix() const { return m_designed; }
    int bestLayer() const { return m_bestLayer; }
    int bestHead() const { return m_bestHead; }
    double bestShare() const { return m_bestShare; }
    QString unmatchedHead() const;
    double unmatchedShare() const { return m_unmatchedShare; }
    QStringList differences() const { return m_differences; }
    QString probeWord() const { return m_probeWord; }
    QString designedTarget() const { return m_designedTarget; }
    QString rawTarget() const { return m_rawTarget; }
    double rawWeight() const { return m_rawWeight; }
    QString rolloutTarget() const { return m_rolloutTarget; }
    double rolloutWeight() const { return m_rolloutWeight; }

    /// Trained head (layer, head)'s attention on the sentence (a tile of the activity), from 0.
    Q_INVOKABLE AttentionMatrixModel *trainedMatrix(int layer, int head) const;
    /// A learner's pick: {"share": of the designed head's links this head makes, "correct": share ≥ 90 % of the
    /// best head's, "bestLayer", "bestHead", "bestShare"}.
    Q_INVOKABLE QVariantMap check(int layer, int head) const;

signals:
    void changed();

private:
    void compute();

    std::shared_ptr<const attention::Workspace> m_trained;
    QString m_text;
    QString m_error;
    int m_target = -1, m_unmatched = -1;
    int m_bestLayer = 0, m_bestHead = 0;
    double m_bestShare = 0, m_unmatchedShare = 0;
    AttentionMatrixModel *m_designed;
    std::vector<AttentionMatrixModel *> m_tiles; ///< [layer · heads + head]
    QStringList m_differences;
    QString m_probeWord, m_designedTarget, m_rawTarget, m_rolloutTarget;
    double m_rawWeight = 0, m_rolloutWeight = 0;
};
