// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The recording bridge below is a static plugin of this executable (Q_IMPORT_PLUGIN); this must precede <QtPlugin>.
#define QT_STATICPLUGIN

#include "MainWindow.h"
#include "connection/AwsSignInBox.h"
#include "shadow/ShadowView.h"
#include "messages/MessageFilterProxyModel.h"
#include "mqtt/MqttSession.h"
#include "publish/PublishComposer.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/BrokerFixture.h"
#include "widgets/MessageBanner.h"

#include <QAccessible>
#include <QAccessibleBridge>
#include <QAccessibleBridgePlugin>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtPlugin>

using namespace Qt::StringLiterals;

namespace {

/// One accessibility event as a screen reader's bridge would receive it: the object, the event, and what the
/// object's interface said at that moment.
struct HeardEvent
{
    QPointer<QObject> object;
    QAccessible::Event type = QAccessible::InvalidEvent;
    QAccessible::Role role = QAccessible::NoRole;
    QString name;
    QString description;
};

QList<HeardEvent> s_heard;

void recordEvent(QAccessibleEvent* event)
{
    if (event->type() == QAccessible::ObjectDestroyed) {
        return; // its object is half gone: nothing to read
    }
    HeardEvent heard;
    heard.object = event->object();
    heard.type = event->type();
    switch (event->type()) {
    case QAccessible::NameChanged:
    case QAccessible::DescriptionChanged:
    case QAccessible::Alert:
    case QAccessible::ObjectShow:
        if (QAccessibleInterface* iface = event->accessibleInterface()) {
            heard.role = iface->role();
            heard.name = iface->text(QAccessible::Name);
            heard.description = iface->text(QAccessible::Description);
        }
        s_heard.append(heard);
        break;
    default:
        break; // destruction and focus events are not read here
    }
}

QList<HeardEvent> heardFrom(const QObject* object, QAccessible::Event type)
{
    QList<HeardEvent> result;
    for (const HeardEvent& heard : std::as_const(s_heard)) {
        if (heard.object == object && heard.type == type) {
            result << heard;
        }
    }
    return result;
}

/// A bridge is what connects Qt to a platform's assistive technology (AT-SPI, UIA, NSAccessibility): Qt hands it
/// every accessibility event. This one records them. It is used instead of QAccessible::installUpdateHandler() because
/// Qt calls an update handler only while QAccessible::isActive(), which the offscreen platform never becomes (and
/// QAccessible::setActive() does not change); bridges receive the events on every platform.
class RecordingBridge final : public QAccessibleBridge
{
public:
    void setRootObject(QAccessibleInterface*) override { }
    void notifyAccessibilityUpdate(QAccessibleEvent* event) override { recordEvent(event); }
};

class RecordingBridgePlugin final : public QAccessibleBridgePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.Qt.QAccessibleBridgeFactoryInterface" FILE "RecordingBridge.json")

public:
    QAccessibleBridge* create(const QString& key) override
    {
        // Qt keeps the bridges it loads and, on the offscreen platform, never deletes them: one that lives as long as
        // the program, not a heap object nobody frees (LeakSanitizer).
        static RecordingBridge bridge;
        return key == u"recording"_s ? &bridge : nullptr;
    }
};

QStringList namesHeard(const QObject* object)
{
    QStringList names;
    for (const HeardEvent& heard : heardFrom(object, QAccessible::NameChanged)) {
        names << heard.name;
    }
    return names;
}

QString lastNameHeard(const QObject* object)
{
    const QStringList names = namesHeard(object);
    return names.isEmpty() ? u"<nothing heard>"_s : names.last();
}

QString accessibleName(QObject* object)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : u"<no interface>"_s;
}

/// The number before `what` in a label's accessible name ("1,234 received" -> 1234), or -1.
qint64 numberBefore(QObject* label, const QString& what)
{
    const QRegularExpression pattern(u"([0-9][0-9,.\\x{00a0}\\x{202f} ]*) "_s + QRegularExpression::escape(what));
    const QRegularExpressionMatch match = pattern.match(accessibleName(label));
    if (!match.hasMatch()) {
        return -1;
    }
    QString digits = match.captured(1);
    digits.remove(QRegularExpression(u"[^0-9]"_s));
    return digits.toLongLong();
}

/// Roles a user operates; each must be announced by a name that says what it does.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

/// Walks the accessible tree from `root` as a screen reader's review mode would and lists every interactive
/// control whose name is empty or merely its class or object name.
QStringList unnamedControls(QAccessibleInterface* root)
{
    QStringList offenders;
    QList<QAccessibleInterface*> stack{root};
    QSet<QAccessibleInterface*> seen;
    while (!stack.isEmpty()) {
        QAccessibleInterface* iface = stack.takeLast();
        if (!iface || !iface->isValid() || seen.contains(iface)) {
            continue;
        }
        seen.insert(iface);
        if (isInteractive(iface->role())) {
            const QString name = iface->text(QAccessible::Name).trimmed();
            QStringList meaningless{QString()};
            if (QObject* object = iface->object()) {
                meaningless << object->objectName();
                for (const QMetaObject* meta = object->metaObject(); meta; meta = meta->superClass()) {
                    meaningless << QString::fromLatin1(meta->className());
                }
            }
            if (meaningless.contains(name)) {
                const QObject* object = iface->object();
                offenders << u"%1 \"%2\" (role %3, name \"%4\")"_s.arg(
                    object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_s,
                    object ? object->objectName() : QString(), QString::number(int(iface->role()), 16), name);
            }
        }
        if (iface->role() == QAccessible::ComboBox) {
            continue; // its popup list is named by its items and only exists while open
        }
        for (int i = 0; i < iface->childCount(); ++i) {
            stack << iface->child(i);
        }
    }
    return offenders;
}

/// THINGBENCH_A11Y_SCREENSHOT=/tmp/a11y.png saves what a sighted user sees at that point ("-<suffix>.png").
bool saveScreenshot(QWidget& window, const QString& suffix)
{
    const QString path = qEnvironmentVariable("THINGBENCH_A11Y_SCREENSHOT");
    if (path.isEmpty()) {
        return true;
    }
    QString file = path;
    file.insert(file.lastIndexOf(u'.'), u"-"_s + suffix);
    return window.grab().save(file);
}

bool connectWindow(MainWindow& window, const QString& url)
{
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(url);
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    return QTest::qWaitFor([&] { return window.session()->state() == SessionState::Connected; }, 10000);
}

bool subscribePane(MainWindow& window, SubscriptionPane* pane, const QString& filter)
{
    pane->setFilterText(filter);
    pane->subscribe();
    return QTest::qWaitFor([&] { return window.session()->subscriptions().contains(filter); }, 5000) &&
        QTest::qWaitFor([&] { return pane->activeFilter() == filter; }, 5000);
}

} // namespace

/// What assistive technology reads from the real main window, offscreen, against a real mosquitto: live labels
/// expose their text as their accessible name and report changes, the error banner is an alert, every control is
/// named, and the status-bar counters agree with the session and the panes.
class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { s_heard.clear(); }
    void connectionStateIsReadAsItChanges();
    void refusedConnectionRaisesAnAlert();
    void countersReadTheirNumbers();
    void composerChecksAreRead();
    void regexErrorIsSaidInWords();
    void everyControlHasAName();
    void namelessControlIsCaught();
    void shadowAndCertificateScreensHaveNames_issue9();
    void statusBarAgreesAfterABurst();
    void counterRefreshStopsWhenIdle();
    void awsSignInStatusIsReadWithoutTheSecret_issue13();

private:
    BrokerFixture m_broker;
};

void TestAccessibility::initTestCase()
{
    // The broker never drops QoS 0 for a slow reader (mosquitto drops past max_queued_messages, 1000 by default, when
    // a loaded machine slows Paho's receiving thread): the burst test counts our own drops, not the broker's.
    BrokerFixture::Options options;
    options.unlimitedQueues = true;
    QVERIFY2(m_broker.start(options), qPrintable(m_broker.error()));
    // The recording bridge is loaded with the first event; prove that it hears them before relying on it.
    QLabel probe;
    probe.setText(u"probe"_s);
    QVERIFY2(namesHeard(&probe) == QStringList{u"probe"_s}, "the recording accessibility bridge hears nothing");
}

void TestAccessibility::connectionStateIsReadAsItChanges()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* state = window.findChild<QLabel*>(u"stateLabel"_s);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(state);
    QCOMPARE(iface->role(), QAccessible::StaticText);
    QCOMPARE(iface->text(QAccessible::Name), u"Disconnected"_s);
    QCOMPARE(iface->text(QAccessible::Description), u"Connection state"_s);

    QVERIFY(connectWindow(window, m_broker.plainUrl()));
    const QString url = m_broker.plainUrl();
    QTRY_COMPARE(iface->text(QAccessible::Name), u"Connected to %1"_s.arg(url));
    // Each change was announced, in order, with the new text as the name.
    QStringList heard = namesHeard(state);
    QVERIFY2(heard.size() >= 2, qPrintable(heard.join(u" | "_s)));
    QCOMPARE(heard.at(heard.size() - 2), u"Connecting to %1…"_s.arg(url));
    QCOMPARE(heard.last(), u"Connected to %1"_s.arg(url));

    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    QTRY_COMPARE(lastNameHeard(state), u"Disconnected"_s);
    QCOMPARE(iface->text(QAccessible::Name), u"Disconnected"_s);
}

void TestAccessibility::refusedConnectionRaisesAnAlert()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* banner = window.findChild<MessageBanner*>();
    QVERIFY(banner);
    QVERIFY(banner->isHidden());
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(banner);
    QCOMPARE(iface->role(), QAccessible::AlertMessage);

    // A closed port: nothing listens there, so the broker refuses the connection.
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(u"mqtt://127.0.0.1:%1"_s.arg(BrokerFixture::freePort()));
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!heardFrom(banner, QAccessible::Alert).isEmpty(), 10000);
    const HeardEvent alert = heardFrom(banner, QAccessible::Alert).constFirst();
    QCOMPARE(alert.role, QAccessible::AlertMessage);
    QVERIFY2(alert.name.contains(u"refused"_s), qPrintable(alert.name));
    QCOMPARE(alert.name, banner->text()); // the whole message is heard, not "Error message"
    QCOMPARE(alert.description, u"Error"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(!iface->state().invisible);
    QVERIFY(!heardFrom(banner, QAccessible::ObjectShow).isEmpty()); // AT-SPI forwards this as "showing"
    // The kind is said in words on screen as well, not only by the banner's colour.
    QCOMPARE(banner->findChild<QLabel*>(u"bannerKindLabel"_s)->text(), u"Error:"_s);
    QTRY_COMPARE(accessibleName(window.findChild<QLabel*>(u"stateLabel"_s)), u"Disconnected"_s);
    QVERIFY(saveScreenshot(window, u"banner"_s));

    // The alert's only child is its Dismiss button (the text is not read twice), and it works.
    QCOMPARE(iface->childCount(), 1);
    QAccessibleInterface* dismiss = iface->child(0);
    QCOMPARE(dismiss->role(), QAccessible::PushButton);
    QCOMPARE(dismiss->text(QAccessible::Name), u"Dismiss the message"_s);
    dismiss->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY(banner->isHidden());

    // The same error again is announced again.
    const qsizetype alertsBefore = heardFrom(banner, QAccessible::Alert).size();
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(heardFrom(banner, QAccessible::Alert).size() > alertsBefore, 10000);
    QVERIFY2(heardFrom(banner, QAccessible::Alert).constLast().name.contains(u"refused"_s),
             qPrintable(heardFrom(banner, QAccessible::Alert).constLast().name));
}

void TestAccessibility::countersReadTheirNumbers()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* received = window.findChild<QLabel*>(u"receivedCounterLabel"_s);
    auto* rate = window.findChild<QLabel*>(u"rateCounterLabel"_s);
    auto* dropped = window.findChild<QLabel*>(u"droppedCounterLabel"_s);
    QVERIFY(received && rate && dropped);
    QCOMPARE(accessibleName(received), u"0 received"_s);
    QCOMPARE(accessibleName(rate), u"0 msg/s"_s);
    QCOMPARE(accessibleName(dropped), u"Dropped: 0 inbox full · 0 pane full · 0 while paused"_s);
    QVERIFY(!QAccessible::queryAccessibleInterface(dropped)->text(QAccessible::Description).isEmpty());

    QVERIFY(connectWindow(window, m_broker.plainUrl()));
    SubscriptionPane* pane = window.panes().constFirst();
    QVERIFY(subscribePane(window, pane, u"a11y/counters/#"_s));
    auto* paneCounters = pane->findChild<QLabel*>(u"countersLabel"_s);
    for (int i = 0; i < 3; ++i) {
        window.session()->publish(u"a11y/counters/%1"_s.arg(i), QByteArray("x"), 1);
    }
    QTRY_COMPARE(accessibleName(received), u"3 received"_s);
    QTRY_COMPARE(accessibleName(paneCounters), u"3 shown · 3 stored"_s);
    QVERIFY(namesHeard(received).contains(u"3 received"_s));
    QVERIFY(namesHeard(paneCounters).contains(u"3 shown · 3 stored"_s));
    QCOMPARE(QAccessible::queryAccessibleInterface(paneCounters)->text(QAccessible::Description), u"Pane counters"_s);
}

void TestAccessibility::composerChecksAreRead()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PublishComposer* composer = window.composer();
    auto* topic = composer->findChild<QLineEdit*>(u"topicLineEdit"_s);
    auto* topicCheck = composer->findChild<QLabel*>(u"topicStatusLabel"_s);
    auto* payloadCheck = composer->findChild<QLabel*>(u"payloadStatusLabel"_s);

    topic->setText(u"a/+/b"_s);
    const QString topicName = accessibleName(topicCheck);
    QVERIFY2(topicName.startsWith(u"Cannot publish: "_s), qPrintable(topicName)); // words, not only red
    QVERIFY2(topicName.contains(u"wildcards"_s), qPrintable(topicName));
    QCOMPARE(lastNameHeard(topicCheck), topicName);
    QVERIFY(!QAccessible::queryAccessibleInterface(topicCheck)->state().invisible);

    topic->setText(u"/leading"_s); // a warning
    QVERIFY2(accessibleName(topicCheck).contains(u"⚠"_s), qPrintable(accessibleName(topicCheck)));
    QCOMPARE(lastNameHeard(topicCheck), accessibleName(topicCheck));

    composer->findChild<QPlainTextEdit*>(u"payloadTextEdit"_s)->setPlainText(u"{broken"_s);
    QVERIFY2(accessibleName(payloadCheck).contains(u"not valid JSON"_s), qPrintable(accessibleName(payloadCheck)));
    QCOMPARE(lastNameHeard(payloadCheck), accessibleName(payloadCheck));

    // The publish result: refused while disconnected, then heard again when the same refusal repeats.
    auto* result = composer->findChild<QLabel*>(u"resultLabel"_s);
    topic->setText(u"a11y/result"_s);
    auto* publish = composer->findChild<QPushButton*>(u"publishButton"_s);
    QTest::mouseClick(publish, Qt::LeftButton);
    QTRY_VERIFY(!accessibleName(result).isEmpty());
    const QString refusal = accessibleName(result);
    QCOMPARE(lastNameHeard(result), refusal);
    const qsizetype before = namesHeard(result).size();
    QTest::mouseClick(publish, Qt::LeftButton);
    QTRY_VERIFY(namesHeard(result).size() > before);
    QCOMPARE(lastNameHeard(result), refusal);
}

void TestAccessibility::regexErrorIsSaidInWords()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SubscriptionPane* pane = window.panes().constFirst();
    auto* search = pane->findChild<QLineEdit*>(u"searchLineEdit"_s);
    auto* error = pane->findChild<QLabel*>(u"searchErrorLabel"_s);
    QVERIFY(search && error);
    QVERIFY(!error->isVisible());
    QCheckBox* regex = nullptr;
    for (QCheckBox* box : pane->findChildren<QCheckBox*>()) {
        if (box->accessibleName() == u"Search with a regular expression"_s) {
            regex = box;
        }
    }
    QVERIFY(regex);
    regex->setChecked(true);
    search->setText(u"temp(erature"_s);
    // Search may be debounced: wait for the verdict as a user would.
    QTRY_VERIFY(error->isVisible());
    const QString said = accessibleName(error);
    QVERIFY2(said.contains(u"Invalid regular expression"_s), qPrintable(said));
    QCOMPARE(said, pane->proxy()->errorString());
    QVERIFY(namesHeard(error).contains(said));
    // Heard with the field too, as its description.
    QCOMPARE(QAccessible::queryAccessibleInterface(search)->text(QAccessible::Description), said);
    QCOMPARE(QAccessible::queryAccessibleInterface(search)->text(QAccessible::Name), u"Search messages"_s);

    search->setText(u"temp(erature)"_s);
    QTRY_VERIFY(!error->isVisible());
    QVERIFY(!QAccessible::queryAccessibleInterface(search)->text(QAccessible::Description).contains(u"Invalid"_s));
}

void TestAccessibility::everyControlHasAName()
{
    MainWindow window;
    window.addPane(u"devices/#"_s); // a second pane: more tabs
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<MessageBanner*>()->showMessage(u"Something to dismiss."_s); // its button too
    const QStringList offenders = unnamedControls(QAccessible::queryAccessibleInterface(&window));
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u"\n"_s)));
}

void TestAccessibility::shadowAndCertificateScreensHaveNames_issue9()
{
    // Every tab of the workbench, with its banner and its action button showing.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(MainWindow::Screen::Shadows);
    auto* banner = window.shadowView()->findChild<MessageBanner*>();
    banner->showMessage(u"No answer."_s, MessageBanner::Kind::Error, u"&Start local shadow service"_s);
    auto* details = window.shadowView()->findChild<QTabWidget*>(u"detailTabWidget"_s);
    QVERIFY(details);
    for (int tab = 0; tab < details->count(); ++tab) {
        details->setCurrentIndex(tab);
        const QStringList offenders = unnamedControls(QAccessible::queryAccessibleInterface(&window));
        QVERIFY2(offenders.isEmpty(), qPrintable(details->tabText(tab) + u": "_s + offenders.join(u"\n"_s)));
    }
    // The certificate manager, each of its tabs, with a message and its progress bar showing.
    window.showScreen(MainWindow::Screen::Certificates);
    auto* manager = window.findChild<QWidget*>(u"certificateManager"_s);
    manager->findChild<MessageBanner*>()->showMessage(u"Saved."_s, MessageBanner::Kind::Information);
    manager->findChild<QWidget*>(u"progressBar"_s)->show();
    manager->findChild<QWidget*>(u"cancelButton"_s)->show();
    auto* certificateTabs = manager->findChild<QTabWidget*>(u"detailTabWidget"_s);
    for (int tab = 0; tab < certificateTabs->count(); ++tab) {
        certificateTabs->setCurrentIndex(tab);
        const QStringList offenders = unnamedControls(QAccessible::queryAccessibleInterface(&window));
        QVERIFY2(offenders.isEmpty(), qPrintable(certificateTabs->tabText(tab) + u": "_s + offenders.join(u"\n"_s)));
    }
    // The live state is a label whose text is read, and it changes as the shadow does.
    auto* summary = window.shadowView()->findChild<QLabel*>(u"summaryLabel"_s);
    QVERIFY(!summary->text().isEmpty());
    QCOMPARE(QAccessible::queryAccessibleInterface(summary)->text(QAccessible::Name), u"Shadow state"_s);
}

void TestAccessibility::namelessControlIsCaught()
{
    // The walk above can fail: controls without a usable name are reported, and naming them clears the report.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* host = window.composer();
    auto* iconOnly = new QToolButton(host); // no text, no name: a screen reader hears only "button"
    iconOnly->setObjectName(u"iconOnlyButton"_s);
    auto* unnamedEdit = new QLineEdit(host); // no label, no placeholder: named by its object name only
    unnamedEdit->setObjectName(u"unnamedLineEdit"_s);
    host->layout()->addWidget(iconOnly);
    host->layout()->addWidget(unnamedEdit);
    QStringList offenders = unnamedControls(QAccessible::queryAccessibleInterface(&window));
    QCOMPARE(offenders.size(), 2);
    QVERIFY2(offenders.join(u" "_s).contains(u"iconOnlyButton"_s), qPrintable(offenders.join(u"\n"_s)));
    QVERIFY2(offenders.join(u" "_s).contains(u"unnamedLineEdit"_s), qPrintable(offenders.join(u"\n"_s)));
    unnamedEdit->setAccessibleName(u"unnamedLineEdit"_s); // the object name is no name either
    QCOMPARE(unnamedControls(QAccessible::queryAccessibleInterface(&window)).size(), 2);
    iconOnly->setAccessibleName(u"Refresh"_s);
    unnamedEdit->setAccessibleName(u"Note"_s);
    offenders = unnamedControls(QAccessible::queryAccessibleInterface(&window));
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u"\n"_s)));
}

void TestAccessibility::statusBarAgreesAfterABurst()
{
    constexpr int BURST = 3000;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MqttSession* session = window.session();
    session->setInboxLimits(20, 1 << 20); // a small inbox, so that a busy GUI thread makes it overflow
    QVERIFY(connectWindow(window, m_broker.plainUrl()));
    SubscriptionPane* pane = window.panes().constFirst();
    QVERIFY(subscribePane(window, pane, u"a11y/burst/#"_s));

    QProcess publisher;
    publisher.start(QStringLiteral(MOSQUITTO_PUB_EXECUTABLE),
                    {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_broker.plainPort()), u"-t"_s,
                     u"a11y/burst/x"_s, u"-m"_s, u"0123456789"_s, u"--repeat"_s, QString::number(BURST)});
    QVERIFY2(publisher.waitForStarted(), qPrintable(publisher.errorString()));
    // Keep the GUI thread busy (as a slow repaint would) until Paho's thread has had to drop from the full inbox,
    // so "inbox full" is really exercised. Nothing drains the inbox meanwhile: the drain runs on this thread.
    QElapsedTimer busy;
    busy.start();
    while (session->droppedCount() == 0 && busy.elapsed() < 10000) {
        QThread::msleep(2);
    }
    QVERIFY2(session->droppedCount() > 0, "the inbox never overflowed");
    QTRY_COMPARE_WITH_TIMEOUT(publisher.state(), QProcess::NotRunning, 20000);
    QCOMPARE(publisher.exitCode(), 0);
    // Every message either reached the GUI or was counted as dropped.
    QTRY_COMPARE_WITH_TIMEOUT(session->receivedCount() + session->droppedCount(), quint64(BURST), 10000);

    // Within 300 ms the status bar says what the session and the panes say.
    auto* received = window.findChild<QLabel*>(u"receivedCounterLabel"_s);
    auto* dropped = window.findChild<QLabel*>(u"droppedCounterLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(numberBefore(received, u"received"_s), qint64(session->receivedCount()), 300);
    QTRY_COMPARE_WITH_TIMEOUT(numberBefore(dropped, u"inbox full"_s), qint64(session->droppedCount()), 300);
    quint64 paneFull = 0;
    quint64 whilePaused = 0;
    for (const SubscriptionPane* each : window.panes()) {
        paneFull += each->droppedPaneFull();
        whilePaused += each->droppedWhilePaused();
    }
    QCOMPARE(numberBefore(dropped, u"pane full"_s), qint64(paneFull));
    QCOMPARE(numberBefore(dropped, u"while paused"_s), qint64(whilePaused));
    // The pane beside it agrees: it stored what the session received (the pane keeps up to 10,000).
    QTRY_COMPARE_WITH_TIMEOUT(qint64(pane->proxy()->rowCount()), qint64(session->receivedCount()), 300);
    QVERIFY(saveScreenshot(window, u"burst"_s));
}

void TestAccessibility::counterRefreshStopsWhenIdle()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* timer = window.findChild<QTimer*>(u"counterTimer"_s);
    QVERIFY(timer);
    QVERIFY(!timer->isActive()); // nothing to refresh yet
    QVERIFY(connectWindow(window, m_broker.plainUrl()));
    QVERIFY(timer->isActive());
    QVERIFY(timer->interval() <= 250); // at least four refreshes a second
    SubscriptionPane* pane = window.panes().constFirst();
    QVERIFY(subscribePane(window, pane, u"a11y/idle/#"_s));
    window.session()->publish(u"a11y/idle/x"_s, QByteArray("x"), 1);
    auto* rate = window.findChild<QLabel*>(u"rateCounterLabel"_s);
    QTRY_COMPARE(accessibleName(rate), u"1 msg/s"_s);
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    QTRY_COMPARE(window.session()->state(), SessionState::Disconnected);
    // Once the last second has passed the rate falls to zero and the refresh stops.
    QTRY_VERIFY_WITH_TIMEOUT(!timer->isActive(), 3000);
    QCOMPARE(accessibleName(rate), u"0 msg/s"_s);
    QCOMPARE(accessibleName(window.findChild<QLabel*>(u"receivedCounterLabel"_s)), u"1 received"_s);
    // Clearing the pane while idle still reaches the status bar.
    pane->clear();
    QVERIFY(timer->isActive());
}

void TestAccessibility::awsSignInStatusIsReadWithoutTheSecret_issue13()
{
    const QString secret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
    AwsSignInBox box;
    box.setEndpointHost(u"abc-ats.iot.eu-west-1.amazonaws.com"_s);
    box.setEnvironment({{u"AWS_ACCESS_KEY_ID"_s, u"AKIAIOSFODNN7EXAMPLE"_s}, {u"AWS_SECRET_ACCESS_KEY"_s, secret}});
    auto* status = box.findChild<QLabel*>(u"statusLabel"_s);
    // The live status line is heard as it changes: first "reading", then what will be used.
    QTRY_COMPARE_WITH_TIMEOUT(lastNameHeard(status), u"Access key AKIA…MPLE from environment, region eu-west-1."_s,
                              10000);
    QVERIFY(namesHeard(status).contains(u"Reading the AWS credentials…"_s));
    QCOMPARE(accessibleName(status), u"Access key AKIA…MPLE from environment, region eu-west-1."_s);
    QCOMPARE(QAccessible::queryAccessibleInterface(status)->text(QAccessible::Description),
             u"What the sign-in will use"_s);
    for (const HeardEvent& heard : std::as_const(s_heard)) {
        QVERIFY(!heard.name.contains(secret) && !heard.description.contains(secret));
    }
}

Q_IMPORT_PLUGIN(RecordingBridgePlugin)
QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
