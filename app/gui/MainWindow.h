// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QMainWindow>

class MqttSession;
class QLabel;
class QLineEdit;
class QPushButton;

/// The main window: a connection bar, an inline error banner, the pane area and live counters in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    MqttSession* session() const { return m_session; }

private:
    void toggleConnection();
    void onStateChanged(SessionState state);
    void showError(const QString& message);
    void updateCounters();
    void showAbout();

    MqttSession* m_session = nullptr;
    QLineEdit* m_urlLineEdit = nullptr;
    QPushButton* m_connectButton = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_bannerLabel = nullptr;
    QLabel* m_countersLabel = nullptr;
    quint64 m_lastReceived = 0;
};
