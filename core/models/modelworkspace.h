// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace attention {
class CheckpointModel;
struct Workspace;
} // namespace attention

/// The model and sentence pack the views work with (an attention::Workspace) as a QML type: the built-in one
/// unless a sentence pack is opened. A pack that cannot be used leaves the workspace as it was and says why in
/// `error`. The session, the lessons, the quiz and the math view all read the same workspace.
class ModelWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// A sentence pack file to use instead of the built-in sentences ("" for the built-in ones).
    Q_PROPERTY(QString packPath READ packPath WRITE setPackPath NOTIFY changed FINAL)
    /// A trained checkpoint's folder to use instead of the designed heads ("" for the designed heads).
    Q_PROPERTY(QString modelPath READ modelPath WRITE setModelPath NOTIFY changed FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(QString modelName READ modelName NOTIFY changed FINAL)
    Q_PROPERTY(QString modelNote READ modelNote NOTIFY changed FINAL)
    Q_PROPERTY(QString packTitle READ packTitle NOTIFY changed FINAL)
    /// true when the model has a masked-word head (a BERT masked-language model such as Tiny BERT).
    Q_PROPERTY(bool canFillMask READ canFillMask NOTIFY changed FINAL)

public:
    explicit ModelWorkspace(QObject *parent = nullptr);
    /// A given workspace (tests inject a model and a pack this way).
    explicit ModelWorkspace(std::shared_ptr<const attention::Workspace> workspace, QObject *parent = nullptr);
    ~ModelWorkspace() override;

    QString packPath() const { return m_packPath; }
    void setPackPath(const QString &path);
    QString modelPath() const { return m_modelPath; }
    void setModelPath(const QString &path);
    QString error() const { return m_error; }
    QString modelName() const;
    QString modelNote() const;
    QString packTitle() const;
    bool canFillMask() const;
    /// What the model predicts for the [MASK] in `text`: {"predictions": [{"token", "probability"}, …] (the five most
    /// likely, best first), "error": ""}, or an empty list and the error in words.
    Q_INVOKABLE QVariantMap fillMask(const QString &text) const;

    const attention::Workspace &get() const { return *m_workspace; }

signals:
    /// The model or the sentence pack changed: everything computed from them is stale.
    void changed();
    void errorChanged();

private:
    void setError(const QString &error);
    /// The model as a checkpoint with a masked-word head, or nullptr.
    const attention::CheckpointModel *maskedLanguageModel() const;
    /// Builds the workspace for a model and a pack; on an error keeps the one it had and says why.
    bool use(const QString &modelPath, const QString &packPath);

    std::shared_ptr<const attention::Workspace> m_workspace;
    QString m_packPath;
    QString m_modelPath;
    QString m_error;
};
