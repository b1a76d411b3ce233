// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Saves a screenshot of the real main window with a few populated panes, against a real local mosquitto, so a
// person can look at what users see. Usage: ScreenshotMainWindow OUT.png (runs offscreen or under Xvfb).

#include "MainWindow.h"
#include "messages/MessageFilterProxyModel.h"
#include "messages/MessageTableModel.h"
#include "mqtt/MqttSession.h"
#include "publish/PublishComposer.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/BrokerFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"thingbench-main-window.png"_s;
    BrokerFixture broker;
    if (!broker.start()) {
        std::fprintf(stderr, "ScreenshotMainWindow: %s\n", qPrintable(broker.error()));
        return 1;
    }
    MainWindow window;
    window.resize(1280, 820);
    window.show();
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(broker.plainUrl());
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return window.session()->state() == SessionState::Connected; }, 10000)) {
        std::fprintf(stderr, "ScreenshotMainWindow: could not connect\n");
        return 1;
    }
    SubscriptionPane* telemetry = window.panes().first();
    telemetry->setFilterText(u"factory/+/telemetry"_s);
    telemetry->subscribe();
    SubscriptionPane* all = window.addPane();
    all->setFilterText(u"factory/#"_s);
    all->subscribe();
    QTest::qWait(300);
    const QStringList machines{u"press-01"_s, u"lathe-02"_s, u"oven-03"_s};
    for (int i = 0; i < 24; ++i) {
        const QString machine = machines.at(i % 3);
        window.session()->publish(
            u"factory/%1/telemetry"_s.arg(machine),
            u"{\"temperature\":%1,\"rpm\":%2,\"ok\":true}"_s.arg(20.5 + i).arg(1200 + i * 7).toUtf8(), 1);
        if (i % 6 == 0) {
            window.session()->publish(u"factory/%1/alarm"_s.arg(machine), "door open", 1);
        }
    }
    if (!QTest::qWaitFor([&] { return telemetry->model()->rowCount() >= 24; }, 5000)) {
        std::fprintf(stderr, "ScreenshotMainWindow: messages did not arrive\n");
        return 1;
    }
    QTest::qWait(200);
    window.findChild<QTabWidget*>(u"paneTabs"_s)->setCurrentIndex(0);
    auto* table = telemetry->findChild<QTableView*>(u"messageTableView"_s);
    table->setCurrentIndex(telemetry->proxy()->index(3, 0));
    telemetry->findChild<QComboBox*>(u"formatComboBox"_s)->setCurrentIndex(1); // JSON
    PublishComposer* composer = window.composer();
    composer->findChild<QLineEdit*>(u"topicLineEdit"_s)->setText(u"factory/press-01/command"_s);
    composer->findChild<QPlainTextEdit*>(u"payloadTextEdit"_s)->setPlainText(u"{\n  \"action\": \"stop\"\n}"_s);
    QTest::qWait(200);
    if (!window.grab().save(out)) {
        std::fprintf(stderr, "ScreenshotMainWindow: cannot write %s\n", qPrintable(out));
        return 1;
    }
    std::printf("ScreenshotMainWindow: saved %s\n", qPrintable(out));
    return 0;
}
