// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelworkspace.h"

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
        setError(QString::fromStdString(e.what()));
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
