// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelworkspace.h"

#include "checkpointmodel.h"
#include "workspace.h"

ModelWorkspace::ModelWorkspace(QObject *parent)
    : ModelWorkspace(attention::Workspace::builtIn(), parent)
{ }

ModelWorkspace::ModelWorkspace(std::shared_ptr<const attention::Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{ }

ModelWorkspace::~ModelWorkspace() = default;

bool ModelWorkspace::use(const QString &modelPath, const QString &packPath)
{
    try {
        if (!modelPath.isEmpty())
            m_workspace = attention::Workspace::withCheckpoint(modelPath, packPath);
        else
            m_workspace =
                packPath.isEmpty() ? attention::Workspace::builtIn() : attention::Workspace::withPack(packPath);
    } catch (const attention::Error &e) {
        setError(e.localized());
        return false;
    }
    m_modelPath = modelPath;
    m_packPath = packPath;
    setError({});
    emit changed();
    return true;
}

void ModelWorkspace::setPackPath(const QString &path)
{
    if (path != m_packPath)
        use(m_modelPath, path);
}

void ModelWorkspace::setModelPath(const QString &path)
{
    const QString p = path == QLatin1String("designed") ? QString() : path;
    if (p != m_modelPath)
        use(p, m_packPath);
}

QString ModelWorkspace::modelName() const
{
    return m_workspace->model->name();
}

const attention::CheckpointModel *ModelWorkspace::maskedLanguageModel() const
{
    const auto *checkpoint = dynamic_cast<const attention::CheckpointModel *>(m_workspace->model.get());
    return checkpoint && checkpoint->canFillMask() ? checkpoint : nullptr;
}

bool ModelWorkspace::canFillMask() const
{
    return maskedLanguageModel() != nullptr;
}

QVariantMap ModelWorkspace::fillMask(const QString &text) const
{
    QVariantList predictions;
    QString error;
    const attention::CheckpointModel *checkpoint = maskedLanguageModel();
    if (!checkpoint) {
        error = tr("This model has no masked-word head: open Tiny BERT or another BERT masked-language model.");
    } else if (!text.contains(QLatin1String("[MASK]"))) {
        error = tr("Put [MASK] where the model should guess a word.");
    } else {
        try {
            for (const auto &[token, p] : checkpoint->fillMask(text))
                predictions.append(
                    QVariantMap { { QStringLiteral("token"), token }, { QStringLiteral("probability"), p } });
        } catch (const attention::Error &e) {
            error = e.localized();
        }
    }
    return { { QStringLiteral("predictions"), predictions }, { QStringLiteral("error"), error } };
}

QString ModelWorkspace::modelNote() const
{
    return m_workspace->model->note();
}

QString ModelWorkspace::packTitle() const
{
    return m_workspace->pack->title;
}

void ModelWorkspace::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}
