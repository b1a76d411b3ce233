// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "common/BuildInfo.h"
#include "mqtt/MqttSession.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new MqttSession(this))
{
    setWindowTitle(tr("ThingBench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/thingbench.svg")));
    resize(1100, 720);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* bar = new QHBoxLayout;
    auto* urlLabel = new QLabel(tr("&Broker:"), central);
    m_urlLineEdit = new QLineEdit(QStringLiteral("mqtt://127.0.0.1:1883"), central);
    m_urlLineEdit->setObjectName(QStringLiteral("urlLineEdit"));
    m_urlLineEdit->setAccessibleName(tr("Broker URL"));
    m_urlLineEdit->setAccessibleDescription(tr("mqtt://, mqtts://, ws:// or wss:// URL of the broker"));
    urlLabel->setBuddy(m_urlLineEdit);
    m_connectButton = new QPushButton(tr("&Connect"), central);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleName(tr("Connect or disconnect"));
    m_stateLabel = new QLabel(Mqtt::stateName(SessionState::Disconnected), central);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setAccessibleName(tr("Connection state"));
    bar->addWidget(urlLabel);
    bar->addWidget(m_urlLineEdit, 1);
    bar->addWidget(m_connectButton);
    bar->addWidget(m_stateLabel);
    layout->addLayout(bar);

    m_bannerLabel = new QLabel(central);
    m_bannerLabel->setObjectName(QStringLiteral("bannerLabel"));
    m_bannerLabel->setAccessibleName(tr("Error message"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerLabel->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid "
                                                "#f5c2c0; border-radius: 4px; padding: 8px; }"));
    m_bannerLabel->hide();
    layout->addWidget(m_bannerLabel);

    auto* placeholder = new QLabel(tr("Connect to a broker. Subscription panes, the publish composer and the shadow "
                                      "viewer open here."),
                                   central);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    layout->addWidget(placeholder, 1);
    setCentralWidget(central);

    m_countersLabel = new QLabel(this);
    m_countersLabel->setAccessibleName(tr("Message counters"));
    statusBar()->addPermanentWidget(m_countersLabel);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* connectAction = fileMenu->addAction(tr("&Connect / Disconnect"), this, &MainWindow::toggleConnection);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ThingBench"), this, &MainWindow::showAbout);

    connect(m_connectButton, &QPushButton::clicked, this, &MainWindow::toggleConnection);
    connect(m_urlLineEdit, &QLineEdit::returnPressed, this, &MainWindow::toggleConnection);
    connect(m_session, &MqttSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &MqttSession::errorOccurred, this,
            [this](SessionError, const QString& message) { showError(message); });

    auto* counterTimer = new QTimer(this);
    connect(counterTimer, &QTimer::timeout, this, &MainWindow::updateCounters);
    counterTimer->start(1000);
    updateCounters();
}

MainWindow::~MainWindow() = default;

void MainWindow::toggleConnection()
{
    if (m_session->state() != SessionState::Disconnected) {
        m_session->disconnectFromBroker();
        return;
    }
    m_bannerLabel->hide();
    auto options = ConnectionOptions::fromUrl(m_urlLineEdit->text());
    if (!options) {
        showError(options.error().message);
        return;
    }
    m_session->connectToBroker(*options);
}

void MainWindow::onStateChanged(SessionState state)
{
    m_stateLabel->setText(Mqtt::stateName(state));
    m_connectButton->setText(state == SessionState::Disconnected ? tr("&Connect") : tr("&Disconnect"));
    m_urlLineEdit->setEnabled(state == SessionState::Disconnected);
    if (state == SessionState::Connected) {
        m_bannerLabel->hide();
    }
}

void MainWindow::showError(const QString& message)
{
    m_bannerLabel->setText(message);
    m_bannerLabel->show();
}

void MainWindow::updateCounters()
{
    const quint64 received = m_session->receivedCount();
    m_countersLabel->setText(tr("%1 msg/s   %2 received   %3 dropped")
                                 .arg(received - m_lastReceived)
                                 .arg(received)
                                 .arg(m_session->droppedCount()));
    m_lastReceived = received;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ThingBench"),
                       tr("<h3>ThingBench %1</h3><p>MQTT test client for AWS IoT Core and any MQTT 3.1.1/5 broker."
                          "</p><p>Qt %2<br>%3<br>%4</p>")
                           .arg(BuildInfo::thingbenchVersion(), BuildInfo::qtVersion(), BuildInfo::pahoVersion(),
                                BuildInfo::opensslVersion()));
}
