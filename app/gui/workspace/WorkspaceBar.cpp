// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceBar.h"
#include "ui_WorkspaceBar.h"

#include <QAccessible>
#include <QMenu>
#include <QSignalBlocker>

WorkspaceBar::WorkspaceBar(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WorkspaceBar>())
{
    m_ui->setupUi(this);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("workspaceMenu"));
    const auto add = [menu](const QString& text, const char* objectName) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QLatin1String(objectName));
        return action;
    };
    connect(add(tr("&New workspace…"), "newWorkspaceAction"), &QAction::triggered, this, &WorkspaceBar::newRequested);
    connect(add(tr("&Rename…"), "renameWorkspaceAction"), &QAction::triggered, this, &WorkspaceBar::renameRequested);
    connect(add(tr("D&uplicate…"), "duplicateWorkspaceAction"), &QAction::triggered, this,
            &WorkspaceBar::duplicateRequested);
    connect(add(tr("&Delete…"), "deleteWorkspaceAction"), &QAction::triggered, this, &WorkspaceBar::deleteRequested);
    menu->addSeparator();
    connect(add(tr("&Import…"), "importWorkspaceAction"), &QAction::triggered, this, &WorkspaceBar::importRequested);
    connect(add(tr("&Export…"), "exportWorkspaceAction"), &QAction::triggered, this, &WorkspaceBar::exportRequested);
    m_ui->workspaceMenuButton->setMenu(menu);
    connect(m_ui->workspaceComboBox, &QComboBox::activated, this, [this](int index) {
        const QString name = m_ui->workspaceComboBox->itemText(index);
        if (name != m_current) {
            Q_EMIT switchRequested(name);
        }
    });
}

WorkspaceBar::~WorkspaceBar() = default;

void WorkspaceBar::setWorkspaces(const QStringList& names, const QString& current)
{
    const QSignalBlocker blocker(m_ui->workspaceComboBox);
    m_current = current;
    m_ui->workspaceComboBox->clear();
    m_ui->workspaceComboBox->addItems(names);
    m_ui->workspaceComboBox->setCurrentIndex(int(names.indexOf(current)));
}

QString WorkspaceBar::current() const
{
    return m_current;
}

void WorkspaceBar::setSaveState(const QString& text)
{
    if (m_ui->saveStateLabel->text() != text) {
        m_ui->saveStateLabel->setText(text); // QLabel reports the change (NameChanged) to assistive technology
    }
}

QString WorkspaceBar::saveState() const
{
    return m_ui->saveStateLabel->text();
}
