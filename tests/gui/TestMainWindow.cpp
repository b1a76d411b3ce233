// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "mqtt/MqttSession.h"
#include "support/BrokerFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

/// The real main window, offscreen, against a real mosquitto.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_broker.start(), qPrintable(m_broker.error())); }
    void opensWithAccessibleControls();
    void connectsAndDisconnects();
    void badUrlShowsBanner();
    void refusedConnectionShowsBanner();

private:
    BrokerFixture m_broker;
};

void TestMainWindow::opensWithAccessibleControls()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto* url = window.findChild<QLineEdit*>(u"urlLineEdit"_s);
    const auto* button = window.findChild<QPushButton*>(u"connectButton"_s);
    QVERIFY(url && button);
    QVERIFY(!url->accessibleName().isEmpty());
    QVERIFY(!button->accessibleName().isEmpty());
    QVERIFY(!window.findChild<QLabel*>(u"bannerLabel"_s)->isVisible());
}

void TestMainWindow::connectsAndDisconnects()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* url = window.findChild<QLineEdit*>(u"urlLineEdit"_s);
    auto* button = window.findChild<QPushButton*>(u"connectButton"_s);
    auto* state = window.findChild<QLabel*>(u"stateLabel"_s);
    url->setText(m_broker.plainUrl());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(state->text(), u"connected"_s);
    QVERIFY(!url->isEnabled()); // the URL is fixed while connected
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(state->text(), u"disconnected"_s);
    QVERIFY(url->isEnabled());
}

void TestMainWindow::badUrlShowsBanner()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* url = window.findChild<QLineEdit*>(u"urlLineEdit"_s);
    url->setText(u"broker.example.com"_s);
    QTest::keyClick(url, Qt::Key_Return); // keyboard only
    auto* banner = window.findChild<QLabel*>(u"bannerLabel"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"mqtts://broker.example.com"_s), qPrintable(banner->text()));
    QCOMPARE(window.session()->state(), SessionState::Disconnected);
}

void TestMainWindow::refusedConnectionShowsBanner()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(u"mqtt://127.0.0.1:%1"_s.arg(BrokerFixture::freePort()));
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    auto* banner = window.findChild<QLabel*>(u"bannerLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().contains(u"refused"_s), qPrintable(banner->text()));
    QTRY_COMPARE(window.findChild<QLabel*>(u"stateLabel"_s)->text(), u"disconnected"_s);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
