// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FileIo.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

/// A workspace with every field away from its default, so a round trip that forgets one fails.
Workspace everyField(const QString& dir)
{
    Workspace w;
    w.kind = Workspace::Kind::Broker;
    w.thingName = u"kitchen-sensor"_s;
    w.notes = u"Line one\nline two — “quoted”"_s;
    ConnectionOptions& o = w.connection.options;
    o = ConnectionOptions::fromUrl(u"wss://example.iot.eu-west-1.amazonaws.com:443/mqtt"_s).value();
    o.version = MqttVersion::V3_1_1;
    o.clientId = u"kitchen-sensor"_s;
    o.username = u"alice"_s;
    o.keepAliveSeconds = 17;
    o.cleanStart = false;
    o.sessionExpirySeconds = 3600;
    o.connectTimeoutSeconds = 7;
    o.autoReconnect = false;
    o.reconnectMinMs = 100;
    o.reconnectMaxMs = 9000;
    o.alpn = {u"x-amzn-mqtt-ca"_s};
    o.insecure = true;
    o.will = LastWill{u"devices/kitchen-sensor/status"_s, QByteArray("\x00\xff gone", 7), 1, true};
    w.connection.caFile = {dir + u"/ca.pem"_s, QString(64, u'a'), 1234};
    w.connection.certificateFile = {dir + u"/cert.pem"_s, QString(64, u'b'), 2345};
    w.connection.privateKeyFile = {dir + u"/key.pem"_s, {}, -1};
    o.caFile = w.connection.caFile.path;
    o.certFile = w.connection.certificateFile.path;
    o.keyFile = w.connection.privateKeyFile.path;
    w.connection.awsIot = true;
    w.connection.password = SecretStorage::Keychain;
    w.connection.passphrase = SecretStorage::Ask;
    // Issue 13: the sign-in with the session token asked each time, Greengrass discovery at each connect.
    w.connection.awsSignIn =
        AwsSignInSettings{AwsSignInSettings::Source::TypedIn, {}, {}, u"ASIAIOSFODNN7EXAMPLE"_s, u"eu-west-1"_s, true};
    w.connection.awsSecret = SecretStorage::Ask;
    w.connection.greengrass = GreengrassSettings{u"kitchen-sensor"_s, u"greengrass.example.com:8443"_s};
    PaneSettings pane{u"$aws/things/+/shadow/#"_s, 1, u"#3366cc"_s, 5000, 32, u"hex"_s, false, u"temp.*"_s, true, true};
    w.panes = {pane, PaneSettings{}};
    w.trees = {TreeSettings{u"devices/#"_s, 5000, false}, TreeSettings{}};
    MqttProperties properties;
    properties.userProperties = {{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}};
    properties.contentType = u"application/json"_s;
    properties.responseTopic = u"reply/here"_s;
    properties.correlationData = QByteArray("\x01\x02", 2);
    properties.messageExpirySeconds = 60;
    properties.payloadIsUtf8 = true;
    w.draft = PublishDraft{{}, u"devices/kitchen-sensor/cmd"_s, "{\"led\":\"on\"}", 1, true, properties};
    w.templates = {PublishDraft{u"Binary"_s, u"t/bin"_s, QByteArray("\xEF\xBB\xBFhi", 5), 2, false, {}}};
    w.history = {w.draft, PublishDraft{{}, u"t/empty"_s, {}, 0, false, {}}};
    w.httpsPublish = HttpsPublishSettings{true, true};
    w.shadows.thing = u"kitchen-sensor"_s;
    w.shadows.shadow = u"config"_s;
    w.shadows.recent = {{u"kitchen-sensor"_s, {u"config"_s, u"ota"_s}}, {u"hall"_s, {}}};
    w.certificates = {FileReference{dir + u"/extra.pem"_s, QString(64, u'c'), 99}};
    w.layout.screen = u"shadows"_s;
    w.layout.geometry = QByteArray("\x01\xd9\xd0\xcb geometry", 13);
    w.layout.windowState = QByteArray("state\x00", 6);
    w.layout.splitter = {700, 300};
    w.sandbox.awsMqtt311Disconnect = false; // not the default: the round trip must keep it
    w.layout.currentPane = 1;
    return w;
}

/// Runs as the child of killedWriterLeavesALoadableFile: saves two large, different versions in turn until killed.
int runWriter(const QString& dir)
{
    const WorkspaceStore store(dir);
    Workspace a = everyField(dir);
    Workspace b = a;
    for (int i = 0; i < 4000; ++i) { // ~0.5 MB per version: a save takes long enough to be killed in the middle
        a.history.append(PublishDraft{{}, u"a/"_s + QString::number(i), QByteArray(64, 'a'), 0, false, {}});
        b.templates.append(PublishDraft{u"b"_s + QString::number(i), u"b"_s, QByteArray(64, 'b'), 0, false, {}});
    }
    a.notes = u"version A"_s;
    b.notes = u"version B"_s;
    std::printf("ready\n");
    std::fflush(stdout);
    for (quint64 n = 0;; ++n) {
        if (!store.save(u"victim"_s, n % 2 ? b : a)) {
            return 3;
        }
        std::printf("saved\n");
        std::fflush(stdout);
    }
}

} // namespace

/// WorkspaceStore and the workspace file (issue 10): every field round-trips, saves are atomic with a backup, a
/// writer killed mid-save leaves a loadable file, damaged files are set aside (never overwritten) and schema 1 is
/// migrated.
class TestWorkspaceStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyFieldRoundTrips();
    void secretsNeverReachTheFile();
    void saveKeepsThePreviousVersionAsBackup();
    void killedWriterLeavesALoadableFile();
    void damagedFileIsSetAsideNeverOverwritten_data();
    void damagedFileIsSetAsideNeverOverwritten();
    void damagedFileFallsBackToItsBackup();
    void schema1FileIsMigrated();
    void fileWithoutTheIssue13KeysLoadsWithDefaults();
    void issue13KeysOfTheWrongTypeAreReported_data();
    void issue13KeysOfTheWrongTypeAreReported();
    void namesMapToFileNamesAndBack();
    void badNamesAreRefused_data();
    void badNamesAreRefused();
    void renameDuplicateDeleteAndUndo();
    void lastWorkspaceIsRemembered();
    void exportAndImport();
    void fileReferencesNoticeChanges();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dir() const { return m_dir->path(); }
};

void TestWorkspaceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspaceStore::everyFieldRoundTrips()
{
    const Workspace original = everyField(dir());
    const QJsonObject json = WorkspaceJson::toJson(original);
    QCOMPARE(WorkspaceJson::problem(json), QString());
    const Workspace back = WorkspaceJson::fromJson(json);
    QCOMPARE(WorkspaceJson::toJson(back), json); // names the differing member when it fails
    QVERIFY(back == original);

    const WorkspaceStore store(dir());
    QVERIFY(store.save(u"Kitchen"_s, original).ok());
    const auto loaded = store.load(u"Kitchen"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(loaded->workspace == original);
    QVERIFY(loaded->notice.isEmpty());
    // Human-readable: the file is indented JSON with schemaVersion and readable text payloads.
    const QByteArray bytes = FileIo::readFile(store.pathFor(u"Kitchen"_s)).value();
    QVERIFY(bytes.contains("\"schemaVersion\": 2"));
    QVERIFY(bytes.contains("\"payload\": \"{\\\"led\\\":\\\"on\\\"}\""));
    QCOMPARE(QFileInfo(store.pathFor(u"Kitchen"_s)).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
}

void TestWorkspaceStore::secretsNeverReachTheFile()
{
    Workspace w = everyField(dir());
    w.connection.options.password = u"hunter2-password"_s;
    w.connection.options.passphrase = u"correct-horse-passphrase"_s;
    const QByteArray bytes = WorkspaceJson::toBytes(w);
    QVERIFY(!bytes.contains("hunter2"));
    QVERIFY(!bytes.contains("correct-horse"));
    // A password inside a URL does not leak through the URL either.
    w.connection.options = ConnectionOptions::fromUrl(u"mqtt://bob:s3cr3t-in-url@host:1883"_s).value();
    QVERIFY(!WorkspaceJson::toBytes(w).contains("s3cr3t-in-url"));
}

void TestWorkspaceStore::saveKeepsThePreviousVersionAsBackup()
{
    const WorkspaceStore store(dir());
    Workspace w;
    w.thingName = u"one"_s;
    QVERIFY(store.save(u"w"_s, w).ok());
    const QByteArray first = FileIo::readFile(store.pathFor(u"w"_s)).value();
    QVERIFY(!QFile::exists(store.pathFor(u"w"_s) + u".bak"_s));
    w.thingName = u"two"_s;
    QVERIFY(store.save(u"w"_s, w).ok());
    QCOMPARE(FileIo::readFile(store.pathFor(u"w"_s) + u".bak"_s).value(), first);
    // Saving what is already there writes nothing: the backup stays the version before.
    QVERIFY(store.save(u"w"_s, w).ok());
    QCOMPARE(FileIo::readFile(store.pathFor(u"w"_s) + u".bak"_s).value(), first);
    QCOMPARE(store.load(u"w"_s)->workspace.thingName, u"two"_s);
}

void TestWorkspaceStore::killedWriterLeavesALoadableFile()
{
    const WorkspaceStore store(dir());
    qint64 saves = 0;
    for (int round = 0; round < 12; ++round) {
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {u"--writer"_s, dir()});
        QVERIFY(writer.waitForStarted(5000));
        // The first save has landed (a file exists); the kill comes at a random moment of the saves that follow.
        QByteArray output;
        while (!output.contains("saved") && writer.waitForReadyRead(20000)) {
            output += writer.readAllStandardOutput();
        }
        QVERIFY(output.contains("saved"));
        saves += output.count("saved");
        QTest::qWait(int(QRandomGenerator::global()->bounded(30, 400)));
        ::kill(pid_t(writer.processId()), SIGKILL); // a crash: no destructor, no flush
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        saves += writer.readAllStandardOutput().count("saved");
        const auto loaded = store.load(u"victim"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QVERIFY2(loaded->notice.isEmpty(), qPrintable(loaded->notice));
        QVERIFY(loaded->workspace.notes == u"version A"_s || loaded->workspace.notes == u"version B"_s);
        // Nothing else is left once the store has loaded it: a temporary file named just before its rename over
        // the real one (killed in between) is removed by load(). The backup exists once a second save has started.
        const QStringList files = QDir(dir()).entryList({u"victim*"_s}, QDir::Files);
        QVERIFY2(files == QStringList{u"victim.json"_s} ||
                     files == (QStringList{u"victim.json"_s, u"victim.json.bak"_s}),
                 qPrintable(files.join(u", "_s)));
    }
    // The writer was saving all the time: each kill landed in a save or between two.
    qInfo("%lld saves completed across 12 killed writers", saves);
    QVERIFY(saves >= 12); // at least the first save of each round (many more in a release build)
}

void TestWorkspaceStore::damagedFileIsSetAsideNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray good = WorkspaceJson::toBytes(everyField(u"/x"_s));
    QTest::newRow("truncated") << good.left(good.size() / 2) << u"cannot be used"_s;
    QTest::newRow("not JSON") << QByteArray("hello, I am not JSON") << u"cannot be used"_s;
    QTest::newRow("empty") << QByteArray() << u"cannot be used"_s;
    QTest::newRow("a list") << QByteArray("[1,2]") << u"list"_s;
    QTest::newRow("wrong type") << QByteArray(R"({"schemaVersion":2,"panes":[{"filter":"a","qos":"high"}]})")
                                << u"“panes[0].qos” is not a whole number from 0 to 2"_s;
    QTest::newRow("tree cap") << QByteArray(R"({"schemaVersion":2,"trees":[{"filter":"#","topicCap":5}]})")
                              << u"“trees[0].topicCap” is not a whole number from 100 to 10000000"_s;
    QTest::newRow("wrong nested type") << QByteArray(R"({"schemaVersion":2,"connection":{"caFile":{"path":7}}})")
                                       << u"connection.caFile"_s;
    QTest::newRow("bad url") << QByteArray(R"({"schemaVersion":2,"connection":{"url":"gopher://x"}})")
                             << u"connection.url"_s;
    QTest::newRow("newer schema") << QByteArray(R"({"schemaVersion":99,"future":true})") << u"newer ThingBench"_s;
}

void TestWorkspaceStore::damagedFileIsSetAsideNeverOverwritten()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const WorkspaceStore store(dir());
    QVERIFY(FileIo::writeFileAtomically(store.pathFor(u"w"_s), bytes).ok());
    const auto loaded = store.load(u"w"_s);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->fresh);
    QVERIFY2(loaded->notice.contains(expected), qPrintable(loaded->notice));
    const QStringList aside = QDir(dir()).entryList({u"w.json.*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(loaded->notice.contains(aside.first()));
    // The next save starts a new file and leaves the set-aside one exactly as it was.
    QVERIFY(store.save(u"w"_s, loaded->workspace).ok());
    QCOMPARE(FileIo::readFile(QDir(dir()).filePath(aside.first())).value(), bytes);
    QVERIFY(store.load(u"w"_s)->notice.isEmpty());
}

void TestWorkspaceStore::damagedFileFallsBackToItsBackup()
{
    const WorkspaceStore store(dir());
    Workspace w;
    w.thingName = u"first"_s;
    QVERIFY(store.save(u"w"_s, w).ok());
    w.thingName = u"second"_s;
    QVERIFY(store.save(u"w"_s, w).ok());
    QVERIFY(FileIo::writeFileAtomically(store.pathFor(u"w"_s), "{\"schemaVersion\": 2, \"panes\": [").ok());
    const auto loaded = store.load(u"w"_s);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->restoredFromBackup);
    QCOMPARE(loaded->workspace.thingName, u"first"_s);
    QVERIFY2(loaded->notice.contains(u"backup"_s), qPrintable(loaded->notice));
}

void TestWorkspaceStore::schema1FileIsMigrated()
{
    // A schema-1 file as ThingBench 0.1 development builds wrote it, with its files beside it.
    QByteArray bytes = FileIo::readFile(QStringLiteral(TEST_DATA_DIR "/workspace-schema1.json")).value();
    bytes.replace("@DIR@", dir().toUtf8());
    QVERIFY(FileIo::writeFileAtomically(dir() + u"/AmazonRootCA1.pem"_s, "ca bytes").ok());
    const WorkspaceStore store(dir());
    QVERIFY(FileIo::writeFileAtomically(store.pathFor(u"kitchen"_s), bytes).ok());

    const auto loaded = store.load(u"kitchen"_s);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->migrated);
    QVERIFY(loaded->notice.contains(u"older"_s));
    const Workspace& w = loaded->workspace;
    QCOMPARE(w.connection.options.host, u"a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com"_s);
    QCOMPARE(w.connection.options.port, quint16(8883));
    QCOMPARE(w.connection.options.transport, Transport::Tls);
    QCOMPARE(w.thingName, u"kitchen-sensor"_s);
    QCOMPARE(w.connection.caFile.path, dir() + u"/AmazonRootCA1.pem"_s);
    QCOMPARE(w.connection.caFile.size, 8); // fingerprinted at migration: it exists
    QCOMPARE(w.connection.caFile.check(), FileReference::Status::Unchanged);
    QCOMPARE(w.connection.certificateFile.check(), FileReference::Status::Unknown); // missing then: not known
    QCOMPARE(w.connection.options.keyFile, dir() + u"/kitchen-sensor-private.pem.key"_s);
    QCOMPARE(w.panes.size(), 2);
    QCOMPARE(w.panes.at(0).filter, u"$aws/things/kitchen-sensor/shadow/#"_s);
    QVERIFY(w.panes.at(1).subscribed);
    QCOMPARE(w.templates.size(), 1);
    QCOMPARE(w.templates.at(0).name, u"LED on"_s);
    QCOMPARE(w.templates.at(0).qos, 1);
    QCOMPARE(w.history.at(0).payload, QByteArray("\x00\x01\x02\xff", 4));
    QVERIFY(w.history.at(0).retain);
    // Saved in the new schema; the schema-1 file stays as the backup.
    QVERIFY(store.save(u"kitchen"_s, w).ok());
    QCOMPARE(FileIo::readFile(store.pathFor(u"kitchen"_s) + u".bak"_s).value(), bytes);
    const auto again = store.load(u"kitchen"_s);
    QVERIFY(!again->migrated);
    QVERIFY(again->workspace == w);
}

void TestWorkspaceStore::fileWithoutTheIssue13KeysLoadsWithDefaults()
{
    // A schema-2 file written before Greengrass, the HTTPS switch and "ask for the session token" were kept.
    const QByteArray bytes = R"({"schemaVersion": 2, "kind": "broker",
        "connection": {"url": "mqtts://a1-ats.iot.eu-west-1.amazonaws.com:8883", "awsIot": true,
                       "awsSignIn": {"source": "typed", "accessKeyId": "AKIAOLD", "region": ""}, "awsSecret": "ask"},
        "publish": {"draft": {"topic": "t", "payload": "x"}, "templates": [], "history": []}})";
    const WorkspaceStore store(dir());
    QVERIFY(FileIo::writeFileAtomically(store.pathFor(u"old"_s), bytes).ok());
    const auto loaded = store.load(u"old"_s);
    QVERIFY(loaded.ok());
    QVERIFY2(loaded->notice.isEmpty(), qPrintable(loaded->notice));
    const Workspace& w = loaded->workspace;
    QVERIFY(!w.connection.greengrass.has_value());
    QCOMPARE(w.httpsPublish, HttpsPublishSettings{});
    QVERIFY(!w.httpsPublish.enabled);
    QCOMPARE(w.connection.awsSignIn->accessKeyId, u"AKIAOLD"_s);
    QVERIFY(!w.connection.awsSignIn->askSessionToken);
    QCOMPARE(w.connection.awsSecret, SecretStorage::Ask);
    // A connection without Greengrass writes no "greengrass" member (files of other connections stay as they were).
    QVERIFY(!WorkspaceJson::toJson(w).value(u"connection"_s).toObject().contains(u"greengrass"_s));
    // With it: present means on, and no core address is written (only the thing and the discovery endpoint).
    Workspace through = w;
    through.connection.greengrass = GreengrassSettings{u"sensor-1"_s, {}};
    const QJsonObject greengrass =
        WorkspaceJson::toJson(through).value(u"connection"_s).toObject().value(u"greengrass"_s).toObject();
    QCOMPARE(greengrass.keys(), (QStringList{u"discoveryEndpoint"_s, u"thingName"_s}));
    QCOMPARE(greengrass.value(u"thingName"_s).toString(), u"sensor-1"_s);
}

void TestWorkspaceStore::issue13KeysOfTheWrongTypeAreReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("greengrass not an object") << QByteArray(R"({"schemaVersion":2,"connection":{"greengrass":"yes"}})")
                                              << u"“connection.greengrass” is not an object"_s;
    QTest::newRow("greengrass thing") << QByteArray(
                                             R"({"schemaVersion":2,"connection":{"greengrass":{"thingName":7}}})")
                                      << u"“connection.greengrass.thingName” is not text"_s;
    QTest::newRow("ask session token")
        << QByteArray(R"({"schemaVersion":2,"connection":{"awsSignIn":{"askSessionToken":"always"}}})")
        << u"“connection.awsSignIn.askSessionToken” is not true or false"_s;
    QTest::newRow("https switch") << QByteArray(R"({"schemaVersion":2,"publish":{"https":{"enabled":1}}})")
                                  << u"“publish.https.enabled” is not true or false"_s;
    QTest::newRow("https alpn") << QByteArray(R"({"schemaVersion":2,"publish":{"https":{"alpn":"443"}}})")
                                << u"“publish.https.alpn” is not true or false"_s;
}

void TestWorkspaceStore::issue13KeysOfTheWrongTypeAreReported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(WorkspaceJson::problem(root), expected);
}

void TestWorkspaceStore::namesMapToFileNamesAndBack()
{
    const WorkspaceStore store(dir());
    const QStringList names{u"Kitchen sensor (2)"_s, u"a/b:c*?\"<>|\\"_s, u".hidden"_s, u"Ünïcødé ☃"_s, u"x.json"_s};
    for (const QString& name : names) {
        QVERIFY2(store.create(name, Workspace{}).ok(), qPrintable(name));
        QCOMPARE(QFileInfo(store.pathFor(name)).dir().absolutePath(), QDir(dir()).absolutePath());
        QVERIFY(!QFileInfo(store.pathFor(name)).fileName().startsWith(u'.'));
    }
    QStringList sorted = names;
    sorted.sort(Qt::CaseInsensitive);
    QCOMPARE(store.names(), sorted);
    // Names that differ only in case would be one file on some systems: refused.
    const auto clash = store.create(u"KITCHEN SENSOR (2)"_s, Workspace{});
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, u"already_exists"_s);
    QVERIFY(clash.error().message.contains(u"Kitchen sensor (2)"_s));
}

void TestWorkspaceStore::badNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << u"   "_s;
    QTest::newRow("leading space") << u" x"_s;
    QTest::newRow("tab") << u"a\tb"_s;
    QTest::newRow("too long") << QString(101, u'x');
}

void TestWorkspaceStore::badNamesAreRefused()
{
    QFETCH(QString, name);
    const auto checked = WorkspaceStore::checkName(name);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, u"invalid_name"_s);
    QVERIFY(!checked.error().message.isEmpty());
    QVERIFY(!WorkspaceStore(dir()).create(name, Workspace{}).ok());
    QVERIFY(WorkspaceStore(dir()).names().isEmpty());
}

void TestWorkspaceStore::renameDuplicateDeleteAndUndo()
{
    const WorkspaceStore store(dir());
    Workspace w;
    w.thingName = u"t1"_s;
    QVERIFY(store.create(u"one"_s, w).ok());
    w.thingName = u"t1b"_s;
    QVERIFY(store.save(u"one"_s, w).ok()); // now with a backup
    QVERIFY(store.setLastWorkspace(u"one"_s).ok());
    QVERIFY(store.rename(u"one"_s, u"uno"_s).ok());
    QCOMPARE(store.names(), QStringList{u"uno"_s});
    QVERIFY(QFile::exists(store.pathFor(u"uno"_s) + u".bak"_s));
    QCOMPARE(store.lastWorkspace(), u"uno"_s);
    QVERIFY(store.rename(u"uno"_s, u"UNO"_s).ok()); // a change of case only is a rename, not a clash

    QVERIFY(store.duplicate(u"UNO"_s, u"dos"_s).ok());
    QCOMPARE(store.load(u"dos"_s)->workspace.thingName, u"t1b"_s);
    QCOMPARE(store.duplicate(u"UNO"_s, u"dos"_s).error().code, u"already_exists"_s);

    const auto deleted = store.remove(u"UNO"_s);
    QVERIFY(deleted.ok());
    QCOMPARE(store.names(), QStringList{u"dos"_s});
    QVERIFY(QFile::exists(*deleted));
    QCOMPARE(store.lastWorkspace(), QString());
    QVERIFY(store.undoDelete(*deleted, u"UNO"_s).ok());
    QCOMPARE(store.load(u"UNO"_s)->workspace.thingName, u"t1b"_s);
    QCOMPARE(store.remove(u"nope"_s).error().code, u"workspace_not_found"_s);
    QCOMPARE(store.load(u"nope"_s).error().code, u"workspace_not_found"_s);
}

void TestWorkspaceStore::lastWorkspaceIsRemembered()
{
    const WorkspaceStore store(dir());
    QCOMPARE(store.lastWorkspace(), QString());
    QVERIFY(store.setLastWorkspace(u"Local sandbox"_s).ok());
    QCOMPARE(WorkspaceStore(dir()).lastWorkspace(), u"Local sandbox"_s);
    QVERIFY(!store.names().contains(u"state"_s)); // the state file is not a workspace
}

void TestWorkspaceStore::exportAndImport()
{
    const WorkspaceStore store(dir() + u"/store"_s);
    QVERIFY(FileIo::writeFileAtomically(dir() + u"/ca.pem"_s, "CA PEM").ok());
    QVERIFY(FileIo::writeFileAtomically(dir() + u"/cert.pem"_s, "CERT PEM").ok());
    QVERIFY(FileIo::writeFileAtomically(dir() + u"/key.pem"_s, "KEY PEM", FileIo::Permissions::OwnerOnly).ok());
    Workspace w = everyField(dir());
    w.connection.caFile = FileReference::of(dir() + u"/ca.pem"_s);
    w.connection.certificateFile = FileReference::of(dir() + u"/cert.pem"_s);
    w.connection.privateKeyFile = FileReference::of(dir() + u"/key.pem"_s);
    QVERIFY(store.create(u"Kitchen"_s, w).ok());

    // Without consent the key stays out; the certificates go in.
    const QString plain = dir() + u"/kitchen-export.json"_s;
    QVERIFY(store.exportTo(u"Kitchen"_s, plain, {true, false}).ok());
    QByteArray bytes = FileIo::readFile(plain).value();
    QVERIFY(bytes.contains(QByteArray("CERT PEM").toBase64()));
    QVERIFY(!bytes.contains(QByteArray("KEY PEM").toBase64()));
    // With consent the key goes in, and the file is owner-only.
    const QString withKey = dir() + u"/kitchen-with-key.json"_s;
    QVERIFY(store.exportTo(u"Kitchen"_s, withKey, {true, true}).ok());
    QVERIFY(FileIo::readFile(withKey).value().contains(QByteArray("KEY PEM").toBase64()));
    QCOMPARE(QFileInfo(withKey).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    const auto imported = store.importFrom(withKey);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(*imported, u"Kitchen (2)"_s);
    const Workspace back = store.load(*imported)->workspace;
    QVERIFY(back.connection.privateKeyFile.path.startsWith(store.directory()));
    QCOMPARE(FileIo::readFile(back.connection.privateKeyFile.path).value(), QByteArray("KEY PEM"));
    QCOMPARE(QFileInfo(back.connection.privateKeyFile.path).permissions() & QFile::ReadOther, QFile::Permissions());
    QCOMPARE(back.connection.privateKeyFile.check(), FileReference::Status::Unchanged);
    QCOMPARE(back.connection.options.keyFile, back.connection.privateKeyFile.path);
    QCOMPARE(back.panes, w.panes);
    QCOMPARE(back.templates, w.templates);

    // Bad imports say why and add nothing.
    QVERIFY(FileIo::writeFileAtomically(dir() + u"/bad.json"_s, R"({"schemaVersion":2,"panes":7})").ok());
    const auto bad = store.importFrom(dir() + u"/bad.json"_s);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(u"“panes” is not a list"_s), qPrintable(bad.error().message));
    QCOMPARE(store.names().size(), 2);
    QVERIFY(FileIo::readFile(dir() + u"/bad.json"_s).ok()); // the user's file is left where it is
}

void TestWorkspaceStore::fileReferencesNoticeChanges()
{
    const QString path = dir() + u"/device.crt"_s;
    QVERIFY(FileIo::writeFileAtomically(path, "one").ok());
    const FileReference reference = FileReference::of(path);
    QCOMPARE(reference.check(), FileReference::Status::Unchanged);
    QVERIFY(reference.describe(FileReference::Status::Unchanged).isEmpty());
    QVERIFY(FileIo::writeFileAtomically(path, "two").ok());
    QCOMPARE(reference.check(), FileReference::Status::Changed);
    QVERIFY(reference.describe(FileReference::Status::Changed).contains(u"changed"_s));
    QVERIFY(QFile::remove(path));
    QCOMPARE(reference.check(), FileReference::Status::Missing);
    QVERIFY(reference.describe(FileReference::Status::Missing).contains(path));
}

int main(int argc, char* argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestWorkspaceStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestWorkspaceStore.moc"
