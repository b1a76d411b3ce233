// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WorkspaceBar;
}

/// The workspace switcher at the start of the connection bar: the workspaces in a combo box, a Manage… menu (new,
/// rename, duplicate, delete, import, export) and whether the workspace is saved. It only asks; WorkspaceController
/// does the work.
class WorkspaceBar final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceBar(QWidget* parent = nullptr);
    ~WorkspaceBar() override;
    Q_DISABLE_COPY_MOVE(WorkspaceBar)

    /// Lists `names` and shows `current` as chosen (without asking for a switch).
    void setWorkspaces(const QStringList& names, const QString& current);
    QString current() const;
    /// "Saved", "Saving…", "Not saved: …": read by screen readers (the label's text is its name).
    void setSaveState(const QString& text);
    QString saveState() const;

Q_SIGNALS:
    void switchRequested(const QString& name);
    void newRequested();
    void renameRequested();
    void duplicateRequested();
    void deleteRequested();
    void importRequested();
    void exportRequested();

private:
    std::unique_ptr<Ui::WorkspaceBar> m_ui;
    QString m_current;
};
