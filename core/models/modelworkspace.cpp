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

void ModelWorkspace::setPackPath(const QString &path)
{
    if (path == m_packPath)
        return;
    try {
        m_workspace = path.isEmpty() ? attention::Workspace::builtIn() : attention::Workspace::withPack(path);
    } catch (const attention::Error &e) {
        setError(QString::fromStdString(e.what()));
        return;
    }
    m_packPath = path;
    setError({});
    emit changed();
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
