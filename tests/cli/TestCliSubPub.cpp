// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageLog.h"
#include "support/BrokerFixture.h"
#include "workspace/WorkspaceStore.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

/// Every process the test starts is given this long at most (a hang is a failure, never a stuck test run).
constexpr int PROCESS_TIMEOUT_MS = 20000;
/// How long a subscriber may take to be subscribed (seen in the broker's log).
constexpr int SUBSCRIBE_TIMEOUT_MS = 10000;

const QString CLI = QStringLiteral(THINGBENCH_CLI_EXECUTABLE);
const QString MOSQUITTO_SUB = QStringLiteral(MOSQUITTO_SUB_EXECUTABLE);
const QString MOSQUITTO_PUB = QStringLiteral(MOSQUITTO_PUB_EXECUTABLE);
const QByteArray ERROR_PREFIX = "thingbench-cli: ";

/// The outcome of one finished process.
struct Run
{
    bool finished = false; ///< false: killed after the timeout
    int exitCode = -1;     ///< -1 when it crashed or was killed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    /// For failure messages.
    QByteArray describe() const
    {
        return "exit code " + QByteArray::number(exitCode) + (finished ? "" : " (timed out)") +
            "\nstdout: " + out.left(2000) + "\nstderr: " + err.left(2000);
    }
};

/// A process that runs while the test does other things (a subscriber). Killed on destruction if still running.
class Background
{
public:
    Background(const QString& program, const QStringList& args)
    {
        m_process.setStandardInputFile(QProcess::nullDevice());
        m_timer.start();
        m_process.start(program, args);
    }
    ~Background()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(Background)

    QProcess& process() { return m_process; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    /// Waits (bounded) until stdout so far contains `needle`; false when the process ended or time ran out first.
    bool waitForOutput(const QByteArray& needle, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            m_out += m_process.readAllStandardOutput();
            if (m_out.contains(needle)) {
                return true;
            }
            if (!isRunning() || deadline.hasExpired()) {
                return false;
            }
            m_process.waitForReadyRead(50);
        }
    }

    /// Waits (bounded) for the exit; kills the process when it does not end in time.
    Run finish(int timeoutMs = PROCESS_TIMEOUT_MS)
    {
        Run run;
        run.finished = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
        if (!run.finished) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        run.elapsedMs = m_timer.elapsed();
        run.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        run.out = m_out + m_process.readAllStandardOutput();
        run.err = m_process.readAllStandardError();
        return run;
    }

private:
    QProcess m_process;
    QElapsedTimer m_timer;
    QByteArray m_out; ///< stdout read so far by waitForOutput()
};

/// Runs a process to its end (bounded), feeding it `input` on stdin.
Run runProcess(const QString& program, const QStringList& args, const QByteArray& input = {},
               int timeoutMs = PROCESS_TIMEOUT_MS,
               const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    Run run;
    if (!process.waitForStarted(5000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run cli(const QStringList& args, const QByteArray& input = {})
{
    return runProcess(CLI, args, input);
}

/// thingbench-cli with extra environment variables (THINGBENCH_PASSPHRASE, THINGBENCH_PASSWORD).
Run cliWithEnvironment(const QStringList& args, const QList<std::pair<QString, QString>>& variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : variables) {
        environment.insert(name, value);
    }
    return runProcess(CLI, args, {}, PROCESS_TIMEOUT_MS, environment);
}

/// Splits `sub --format json` output (indented documents, each followed by a newline) into objects.
QList<QJsonObject> parseIndentedDocuments(const QByteArray& output, QString* error)
{
    QList<QJsonObject> objects;
    QByteArray current;
    for (const QByteArray& line : output.split('\n')) {
        current += line + '\n';
        if (line == "}") { // a top-level closing brace: nested lines are indented
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(current, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                *error = u"not a JSON object (%1): %2"_s.arg(parseError.errorString(), QString::fromUtf8(current));
                return {};
            }
            objects.append(document.object());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        *error = u"trailing output: "_s + QString::fromUtf8(current);
    }
    return objects;
}

/// Splits `sub --format jsonl` output; every line must be one compact JSON object.
QList<QJsonObject> parseJsonLines(const QByteArray& output, QString* error)
{
    QList<QJsonObject> objects;
    if (!output.endsWith('\n')) {
        *error = u"output does not end with a newline"_s;
        return {};
    }
    const QList<QByteArray> lines = output.chopped(1).split('\n');
    for (const QByteArray& line : lines) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = u"line is not a JSON object (%1): %2"_s.arg(parseError.errorString(), QString::fromUtf8(line));
            return {};
        }
        if (document.toJson(QJsonDocument::Compact) != line) {
            *error = u"line is not compact JSON: "_s + QString::fromUtf8(line);
            return {};
        }
        objects.append(document.object());
    }
    return objects;
}

/// The exact payload bytes a `jsonl` line describes.
QByteArray payloadOf(const QJsonObject& object)
{
    if (object.contains(u"payload_base64"_s)) {
        return QByteArray::fromBase64(object.value(u"payload_base64"_s).toString().toLatin1());
    }
    return object.value(u"payload"_s).toString().toUtf8();
}

QByteArray allByteValues()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i) {
        bytes.append(char(i));
    }
    return bytes;
}

} // namespace

/// thingbench-cli sub / pub, the real executable, against a real mosquitto (BrokerFixture) over real TLS.
///
/// To know that a subscriber is subscribed before anything is published, the broker logs every subscription
/// (`log_type subscribe`) and the test waits for the subscriber's client id in that log; every subscriber also has
/// -W or -C and every wait is bounded.
class TestCliSubPub final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void mutualTlsRoundTrip_data();
    void mutualTlsRoundTrip();
    void encryptedKeyWithPassphrase();
    void passphraseFromFileOrEnvironment_issue8_data();
    void passphraseFromFileOrEnvironment_issue8();
    void passphraseFileErrors_issue8();
    void everyConnectingCommandTakesSecretFiles_issue8();
    void passwordFromFileOrEnvironment_issue8_data();
    void passwordFromFileOrEnvironment_issue8();
    void websocketRoundTrip();
    void formats_data();
    void formats();
    void jsonFormat();
    void jsonlFormat();
    void countStopsAfterN();
    void timeoutExits27();
    void skipRetained();
    void retainedSeenOnceByLaterSubscriber();
    void countOneOnRetainedTopicExitsCleanly();
    void reconnectResubscribesOnce();
    void sigtermStopsSubscriber();
    void hugeTimeoutIsHonoured();
    void pubLines();
    void pubLinesRefusedWithLargeInput();
    void pubWholeStdin();
    void pubNullMessage();
    void pubFile();
    void pubRepeatFast();
    void pubRepeatWithInterval();
    void pubReplayOfSubJsonl();
    void qos_data();
    void qos();
    void mosquittoPubToOurSub_data();
    void mosquittoPubToOurSub();
    void ourPubToMosquittoSub();
    void refusedBeforeConnecting_data();
    void refusedBeforeConnecting();
    void workspaceGivesTheConnection_issue10();
    void connectionErrors_data();
    void connectionErrors();

private:
    QString uniqueTopic(const char* what);
    QString uniqueClientId();
    QStringList plainArgs() const { return {u"--broker"_s, m_broker.plainUrl()}; }
    /// --broker mqtts://localhost:<mtlsPort> with the CA, the client certificate and its key.
    QStringList mtlsArgs() const;
    /// mosquitto_sub/pub options for the same mutual-TLS listener.
    QStringList mosquittoMtlsArgs() const;

    /// Starts a subscriber (`program args`, client id `clientId`) and returns once the broker has logged a
    /// subscription to each of `filters` for it. On failure returns null with m_why set.
    std::unique_ptr<Background> startSubscriber(const QString& program, const QStringList& args,
                                                const QString& clientId, const QStringList& filters,
                                                const BrokerFixture* broker = nullptr);
    /// `thingbench-cli sub` on the plain listener for `topic`, with `extra` options.
    std::unique_ptr<Background> startOurSub(const QString& topic, const QStringList& extra);
    /// `thingbench-cli pub` on the plain listener; the test fails unless it exits 0 silently.
    bool publish(const QString& topic, const QStringList& extra, const QByteArray& input = {});
    /// Writes `bytes` to a new temporary file and returns its path.
    QString writeTempFile(const QByteArray& bytes);
    /// mtlsArgs() with the encrypted copy of the client key (and no passphrase).
    QStringList encryptedKeyArgs() const;

    BrokerFixture m_broker;
    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString m_why; ///< why the last helper failed
};

void TestCliSubPub::initTestCase()
{
    QVERIFY2(QFileInfo(CLI).isExecutable(), qPrintable(u"thingbench-cli not built: "_s + CLI));
    QVERIFY2(QFileInfo(MOSQUITTO_SUB).isExecutable() && QFileInfo(MOSQUITTO_PUB).isExecutable(),
             "mosquitto_sub/mosquitto_pub not found: install the Debian package “mosquitto-clients”.");
    QVERIFY(m_tmp.isValid());
    // The CLI reads saved workspaces from here, never from the user's own data folder.
    qputenv("THINGBENCH_DATA_DIR", m_tmp.filePath(u"data"_s).toUtf8());
    BrokerFixture::Options options;
    options.extraConfig = {u"log_type subscribe"_s}; // how the test knows a subscriber is ready
    QVERIFY2(m_broker.start(options), qPrintable(m_broker.error()));
}

QString TestCliSubPub::uniqueTopic(const char* what)
{
    return u"tb/cli/%1/%2"_s.arg(QString::fromLatin1(what)).arg(++m_counter);
}

QString TestCliSubPub::uniqueClientId()
{
    return u"tb-cli-sub-%1"_s.arg(++m_counter);
}

QStringList TestCliSubPub::mtlsArgs() const
{
    const TestPki& pki = m_broker.pki();
    return {u"--broker"_s, m_broker.mtlsUrl(), u"--cafile"_s, pki.caCert,
            u"--cert"_s,   pki.clientCert,     u"--key"_s,    pki.clientKey};
}

QStringList TestCliSubPub::mosquittoMtlsArgs() const
{
    const TestPki& pki = m_broker.pki();
    return {u"-h"_s,       u"localhost"_s, u"-p"_s,     QString::number(m_broker.mtlsPort()),
            u"--cafile"_s, pki.caCert,     u"--cert"_s, pki.clientCert,
            u"--key"_s,    pki.clientKey};
}

std::unique_ptr<Background> TestCliSubPub::startSubscriber(const QString& program, const QStringList& args,
                                                           const QString& clientId, const QStringList& filters,
                                                           const BrokerFixture* broker)
{
    if (!broker) {
        broker = &m_broker;
    }
    auto sub = std::make_unique<Background>(program, args);
    if (!sub->process().waitForStarted(5000)) {
        m_why = u"cannot start %1: %2"_s.arg(program, sub->process().errorString());
        return nullptr;
    }
    // mosquitto logs "<time>: <client id> <qos> <filter>" once the subscription is in place.
    QList<QRegularExpression> patterns;
    for (const QString& filter : filters) {
        patterns.append(QRegularExpression(
            u"^.*: %1 [0-2] %2$"_s.arg(QRegularExpression::escape(clientId), QRegularExpression::escape(filter)),
            QRegularExpression::MultilineOption));
    }
    const QDeadlineTimer deadline(SUBSCRIBE_TIMEOUT_MS);
    for (;;) {
        const QString log = broker->log();
        bool all = true;
        for (const QRegularExpression& pattern : patterns) {
            all = all && pattern.match(log).hasMatch();
        }
        if (all) {
            return sub;
        }
        if (!sub->isRunning()) {
            m_why = u"the subscriber ended before it was subscribed: "_s + QString::fromUtf8(sub->finish().describe());
            return nullptr;
        }
        if (deadline.hasExpired()) {
            m_why = u"not subscribed after %1 ms: "_s.arg(SUBSCRIBE_TIMEOUT_MS) +
                QString::fromUtf8(sub->finish(0).describe()) + u"\nbroker log:\n"_s + broker->log().right(3000);
            return nullptr;
        }
        sub->process().waitForFinished(20); // lets the subscriber run; returns early if it exits
    }
}

std::unique_ptr<Background> TestCliSubPub::startOurSub(const QString& topic, const QStringList& extra)
{
    const QString clientId = uniqueClientId();
    return startSubscriber(CLI,
                           QStringList{u"sub"_s} + plainArgs() + QStringList{u"-i"_s, clientId, u"-t"_s, topic} + extra,
                           clientId, {topic});
}

bool TestCliSubPub::publish(const QString& topic, const QStringList& extra, const QByteArray& input)
{
    const Run run = cli(QStringList{u"pub"_s} + plainArgs() + QStringList{u"-t"_s, topic} + extra, input);
    if (run.exitCode != 0 || !run.out.isEmpty() || !run.err.isEmpty()) {
        m_why = u"pub failed: "_s + QString::fromUtf8(run.describe());
        return false;
    }
    return true;
}

QString TestCliSubPub::writeTempFile(const QByteArray& bytes)
{
    QString path = m_tmp.filePath(u"payload-%1.bin"_s.arg(++m_counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

void TestCliSubPub::version()
{
    const Run run = cli({u"--version"_s});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(QRegularExpression(u"^thingbench-cli \\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?\\n$"_s)
                 .match(QString::fromUtf8(run.out))
                 .hasMatch(),
             run.out.constData());
    QVERIFY(run.err.isEmpty());
}

void TestCliSubPub::mutualTlsRoundTrip_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("MQTT 3.1.1") << u"3"_s;
    QTest::newRow("MQTT 5") << u"5"_s;
}

void TestCliSubPub::mutualTlsRoundTrip()
{
    QFETCH(QString, version);
    const QString topic = uniqueTopic("mtls");
    const QString clientId = uniqueClientId();
    auto sub = startSubscriber(CLI,
                               QStringList{u"sub"_s} + mtlsArgs() +
                                   QStringList{u"-V"_s, version, u"-i"_s, clientId, u"-t"_s, topic, u"-q"_s, u"1"_s,
                                               u"-C"_s, u"1"_s, u"-W"_s, u"15"_s},
                               clientId, {topic});
    QVERIFY2(sub, qPrintable(m_why));

    const Run pub = cli(QStringList{u"pub"_s} + mtlsArgs() +
                        QStringList{u"-V"_s, version, u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"over mutual TLS"_s});
    QVERIFY2(pub.exitCode == 0, pub.describe().constData());
    QVERIFY2(pub.out.isEmpty() && pub.err.isEmpty(), pub.describe().constData());

    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out, QByteArray("over mutual TLS\n"));
    QVERIFY2(received.err.isEmpty(), received.err.constData());
}

void TestCliSubPub::encryptedKeyWithPassphrase()
{
    const TestPki& pki = m_broker.pki();
    QStringList args = mtlsArgs();
    args[args.indexOf(u"--key"_s) + 1] = pki.clientKeyEncrypted;
    args << u"--passphrase"_s << pki.passphrase;

    const QString topic = uniqueTopic("passphrase");
    const QString clientId = uniqueClientId();
    auto sub = startSubscriber(CLI,
                               QStringList{u"sub"_s} + args +
                                   QStringList{u"-i"_s, clientId, u"-t"_s, topic, u"-C"_s, u"1"_s, u"-W"_s, u"15"_s},
                               clientId, {topic});
    QVERIFY2(sub, qPrintable(m_why));
    const Run pub = cli(QStringList{u"pub"_s} + args + QStringList{u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"k"_s});
    QVERIFY2(pub.exitCode == 0, pub.describe().constData());
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out, QByteArray("k\n"));

    // Without the passphrase: exit 1, and the message says what to do.
    QStringList noPassphrase = args.mid(0, args.size() - 2);
    const Run refused = cli(QStringList{u"pub"_s} + noPassphrase + QStringList{u"-t"_s, topic, u"-m"_s, u"k"_s});
    QVERIFY2(refused.exitCode == 1, refused.describe().constData());
    QVERIFY2(refused.err.startsWith(ERROR_PREFIX), refused.describe().constData());
    QVERIFY2(refused.err.contains("passphrase"), refused.describe().constData());
    QVERIFY(!refused.err.contains(pki.passphrase.toUtf8()));
}

QStringList TestCliSubPub::encryptedKeyArgs() const
{
    QStringList args = mtlsArgs();
    args[args.indexOf(u"--key"_s) + 1] = m_broker.pki().clientKeyEncrypted;
    return args;
}

void TestCliSubPub::passphraseFromFileOrEnvironment_issue8_data()
{
    // Precedence (README, --help): --passphrase > --passphrase-file > THINGBENCH_PASSPHRASE.
    QTest::addColumn<QString>("option");   // --passphrase value; empty: not given
    QTest::addColumn<QByteArray>("file");  // --passphrase-file content; empty: not given
    QTest::addColumn<QString>("variable"); // THINGBENCH_PASSPHRASE; empty: not set
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("warned"); // the warning that argv is visible to other users

    const QString right = u"correct horse battery staple"_s; // TestPki's passphrase
    const QByteArray rightBytes = right.toUtf8();
    QTest::newRow("file, trailing LF") << QString() << rightBytes + '\n' << QString() << true << false;
    QTest::newRow("file, trailing CRLF") << QString() << rightBytes + "\r\n" << QString() << true << false;
    QTest::newRow("file, no newline") << QString() << rightBytes << QString() << true << false;
    QTest::newRow("file, two newlines: only one is removed") << QString() << rightBytes + "\n\n"
                                                             << QString() << false << false;
    QTest::newRow("environment") << QString() << QByteArray() << right << true << false;
    QTest::newRow("file wins over environment") << QString() << rightBytes << u"wrong"_s << true << false;
    QTest::newRow("file wins over environment, wrong file")
        << QString() << QByteArray("wrong") << right << false << false;
    QTest::newRow("option wins over file") << right << QByteArray("wrong") << QString() << true << true;
    QTest::newRow("option wins over environment, wrong option") << u"wrong"_s << QByteArray() << right << false << true;
    QTest::newRow("nothing") << QString() << QByteArray() << QString() << false << false;
}

void TestCliSubPub::passphraseFromFileOrEnvironment_issue8()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, file);
    QFETCH(QString, variable);
    QFETCH(bool, accepted);
    QFETCH(bool, warned);

    QStringList args = QStringList{u"pub"_s} + encryptedKeyArgs() +
        QStringList{u"-t"_s, uniqueTopic("secret"), u"-q"_s, u"1"_s, u"-m"_s, u"k"_s};
    if (!option.isEmpty()) {
        args << u"--passphrase"_s << option;
    }
    if (!file.isEmpty()) {
        const QString path = writeTempFile(file);
        QVERIFY(!path.isEmpty());
        args << u"--passphrase-file"_s << path;
    }
    QList<std::pair<QString, QString>> environment;
    if (!variable.isEmpty()) {
        environment.append({u"THINGBENCH_PASSPHRASE"_s, variable});
    }
    const Run run = cliWithEnvironment(args, environment);
    QVERIFY2(run.exitCode == (accepted ? 0 : 1), run.describe().constData());
    if (!accepted) {
        QVERIFY2(run.err.contains("passphrase"), run.describe().constData()); // says what to fix
    }
    const QByteArray warning = "thingbench-cli: warning: --passphrase on the command line can be read by other users "
                               "of this machine (ps, /proc); use --passphrase-file FILE or the environment variable "
                               "THINGBENCH_PASSPHRASE instead.\n";
    QVERIFY2(run.err.startsWith(warning) == warned, run.describe().constData());
    if (accepted) {
        QCOMPARE(run.err, warned ? warning : QByteArray()); // nothing else on stderr
    }
    // The secret never reaches the output.
    QVERIFY(!run.err.contains("correct horse") && !run.out.contains("correct horse"));
}

void TestCliSubPub::passphraseFileErrors_issue8()
{
    const QStringList pub = QStringList{u"pub"_s} + encryptedKeyArgs() + QStringList{u"-t"_s, u"x"_s, u"-m"_s, u"k"_s};
    const QString missing = m_tmp.filePath(u"no-such-passphrase"_s);
    Run run = cli(pub + QStringList{u"--passphrase-file"_s, missing});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
        QString::fromUtf8(run.err),
        u"thingbench-cli: --passphrase-file: File “%1” does not exist. Check the path and try again.\n"_s.arg(missing));

    const QString empty = writeTempFile("\n");
    run = cli(pub + QStringList{u"--passphrase-file"_s, empty});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.err),
             u"thingbench-cli: --passphrase-file: the file “%1” is empty. Write the secret into it (one line) and "
             u"try again.\n"_s.arg(empty));

    run = cli(pub + QStringList{u"--password-file"_s, m_tmp.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        QString::fromUtf8(run.err).startsWith(u"thingbench-cli: --password-file: “%1” is a folder"_s.arg(m_tmp.path())),
        run.describe().constData());

    // A secret file is a secret, not a document: it is read with a cap.
    const QString huge = writeTempFile(QByteArray(100 * 1024, 'x'));
    run = cli(pub + QStringList{u"--password-file"_s, huge});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is larger than 65536 bytes"), run.describe().constData());
}

void TestCliSubPub::everyConnectingCommandTakesSecretFiles_issue8()
{
    // sub and pub over mutual TLS with an encrypted key, the passphrase from a file and from the environment;
    // (shadow serve: TestCliShadow). Nothing on stderr: no secret was on the command line.
    const QString passphraseFile = writeTempFile(m_broker.pki().passphrase.toUtf8() + '\n');
    const QString topic = uniqueTopic("secret-files");
    const QString clientId = uniqueClientId();
    auto sub = startSubscriber(CLI,
                               QStringList{u"sub"_s} + encryptedKeyArgs() +
                                   QStringList{u"--passphrase-file"_s, passphraseFile, u"-i"_s, clientId, u"-t"_s,
                                               topic, u"-C"_s, u"1"_s, u"-W"_s, u"15"_s},
                               clientId, {topic});
    QVERIFY2(sub, qPrintable(m_why));
    const Run pub = cliWithEnvironment(QStringList{u"pub"_s} + encryptedKeyArgs() +
                                           QStringList{u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"locked key"_s},
                                       {{u"THINGBENCH_PASSPHRASE"_s, m_broker.pki().passphrase}});
    QVERIFY2(pub.exitCode == 0 && pub.err.isEmpty(), pub.describe().constData());
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out, QByteArray("locked key\n"));
    QVERIFY2(received.err.isEmpty(), received.describe().constData());
    // Each connecting command documents both files and both variables.
    for (const QStringList& command :
         {QStringList{u"sub"_s}, QStringList{u"pub"_s}, QStringList{u"shadow"_s, u"serve"_s}}) {
        const Run help = cli(command + QStringList{u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char* text :
             {"--passphrase-file", "--password-file", "THINGBENCH_PASSPHRASE", "THINGBENCH_PASSWORD"}) {
            QVERIFY2(help.out.contains(text), qPrintable(command.join(u' ') + u": "_s + QLatin1String(text)));
        }
    }
}

void TestCliSubPub::passwordFromFileOrEnvironment_issue8_data()
{
    // Precedence: --password (or a password in the URL) > --password-file > THINGBENCH_PASSWORD.
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<bool>("inUrl");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("warning"); // the start of stderr's warning, or empty

    const QString right = u"s3cret pass"_s;
    const QByteArray optionWarning = "thingbench-cli: warning: --password on the command line";
    const QByteArray urlWarning = "thingbench-cli: warning: the password in the broker URL";
    QTest::newRow("file") << QString() << QByteArray("s3cret pass\n") << QString() << false << true << QByteArray();
    QTest::newRow("file, two newlines: only one is removed")
        << QString() << QByteArray("s3cret pass\n\n") << QString() << false << false << QByteArray();
    QTest::newRow("environment") << QString() << QByteArray() << right << false << true << QByteArray();
    QTest::newRow("file wins over environment")
        << QString() << QByteArray("s3cret pass") << u"wrong"_s << false << true << QByteArray();
    QTest::newRow("wrong file wins over environment")
        << QString() << QByteArray("wrong") << right << false << false << QByteArray();
    QTest::newRow("option") << right << QByteArray() << QString() << false << true << optionWarning;
    QTest::newRow("option wins over file")
        << right << QByteArray("wrong") << QString() << false << true << optionWarning;
    QTest::newRow("password in the URL wins over file")
        << QString() << QByteArray("wrong") << QString() << true << true << urlWarning;
    QTest::newRow("no password") << QString() << QByteArray() << QString() << false << false << QByteArray();
}

void TestCliSubPub::passwordFromFileOrEnvironment_issue8()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, file);
    QFETCH(QString, variable);
    QFETCH(bool, inUrl);
    QFETCH(bool, accepted);
    QFETCH(QByteArray, warning);

    static BrokerFixture broker; // one password-protected broker for every row
    if (!broker.isRunning()) {
        BrokerFixture::Options options;
        options.users = {{u"alice"_s, u"s3cret pass"_s}};
        QVERIFY2(broker.start(options), qPrintable(broker.error()));
    }
    const QString url =
        inUrl ? u"mqtt://alice:s3cret%20pass@127.0.0.1:%1"_s.arg(broker.plainPort()) : broker.plainUrl();
    QStringList args{u"pub"_s, u"--broker"_s, url, u"-u"_s, u"alice"_s, u"-t"_s, u"pw"_s, u"-m"_s, u"x"_s};
    if (!option.isEmpty()) {
        args << u"--password"_s << option;
    }
    if (!file.isEmpty()) {
        args << u"--password-file"_s << writeTempFile(file);
    }
    QList<std::pair<QString, QString>> environment;
    if (!variable.isEmpty()) {
        environment.append({u"THINGBENCH_PASSWORD"_s, variable});
    }
    const Run run = cliWithEnvironment(args, environment);
    QVERIFY2(run.exitCode == (accepted ? 0 : 1), run.describe().constData());
    if (warning.isEmpty()) {
        QVERIFY2(!run.err.contains("warning"), run.describe().constData());
    } else {
        QVERIFY2(run.err.startsWith(warning), run.describe().constData());
    }
    if (!accepted) {
        // The broker's refusal (MQTT 5 reason 0x87). Its wording belongs to MqttSession and is checked there.
        QVERIFY2(run.err.contains("thingbench-cli: Could not connect to") || run.err.contains("refused the connection"),
                 run.describe().constData());
    }
    QVERIFY(!run.err.contains("s3cret") && !run.out.contains("s3cret"));
}

void TestCliSubPub::websocketRoundTrip()
{
    const QString topic = uniqueTopic("ws");
    const QString clientId = uniqueClientId();
    auto sub = startSubscriber(CLI,
                               {u"sub"_s, u"--broker"_s, m_broker.wsUrl(), u"-i"_s, clientId, u"-t"_s, topic, u"-C"_s,
                                u"1"_s, u"-W"_s, u"15"_s},
                               clientId, {topic});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-m"_s, u"over websockets"_s}), qPrintable(m_why));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out, QByteArray("over websockets\n"));
}

void TestCliSubPub::formats_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("expected"); // "{topic}" stands for the topic

    const QByteArray bytes = allByteValues();
    QTest::newRow("string: text") << QStringList{} << QByteArray("hello world") << QByteArray("hello world\n");
    QTest::newRow("string: UTF-8") << QStringList{} << QByteArray("grüße ✓") << QByteArray("grüße ✓\n");
    QTest::newRow("string: all 256 byte values, exact")
        << QStringList{u"--format"_s, u"string"_s} << bytes << bytes + '\n';
    QTest::newRow("hex") << QStringList{u"--format"_s, u"hex"_s}
                         << QByteArray("\x00\x01"
                                       "AB\xff",
                                       5)
                         << QByteArray("00014142ff\n");
    QTest::newRow("base64: all byte values")
        << QStringList{u"--format"_s, u"base64"_s} << bytes << bytes.toBase64() + '\n';
    QTest::newRow("-v: topic first") << QStringList{u"-v"_s} << QByteArray("hello") << QByteArray("{topic} hello\n");
    QTest::newRow("-N: no newline") << QStringList{u"-N"_s} << QByteArray("hello") << QByteArray("hello");
    QTest::newRow("-v -N") << QStringList{u"-v"_s, u"-N"_s} << QByteArray("hello") << QByteArray("{topic} hello");
    QTest::newRow("-v with hex") << QStringList{u"-v"_s, u"--format"_s, u"hex"_s} << QByteArray("AB")
                                 << QByteArray("{topic} 4142\n");
    QTest::newRow("-N with base64") << QStringList{u"-N"_s, u"--format"_s, u"base64"_s} << QByteArray("AB")
                                    << QByteArray("QUI=");
}

void TestCliSubPub::formats()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, expected);
    const QString topic = uniqueTopic("formats");
    const QString file = writeTempFile(payload);
    QVERIFY(!file.isEmpty());

    auto sub = startOurSub(topic, QStringList{u"-q"_s, u"1"_s, u"-C"_s, u"1"_s, u"-W"_s, u"15"_s} + options);
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-f"_s, file}), qPrintable(m_why));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out, QByteArray(expected).replace("{topic}", topic.toUtf8()));
    QVERIFY2(received.err.isEmpty(), received.err.constData());
}

void TestCliSubPub::jsonFormat()
{
    const QString topic = uniqueTopic("json");
    auto sub = startOurSub(topic, {u"--format"_s, u"json"_s, u"-q"_s, u"1"_s, u"-C"_s, u"4"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));
    const QDateTime before = QDateTime::currentDateTimeUtc();

    // 1: a JSON object with every MQTT 5 property the CLI can send (user properties with a repeated name).
    const QString jsonPayload = uR"({"temperature":21.5,"unit":"C"})"_s;
    QVERIFY2(
        publish(topic,
                {u"-q"_s, u"1"_s, u"-m"_s, jsonPayload, u"--user-property"_s, u"b=2"_s, u"--user-property"_s, u"a=1"_s,
                 u"--user-property"_s, u"b=3=x"_s, u"--content-type"_s, u"application/json"_s, u"--response-topic"_s,
                 u"reply/here"_s, u"--correlation-data"_s, u"corr-42"_s, u"--message-expiry"_s, u"120"_s}),
        qPrintable(m_why));
    // 2: bytes that are not UTF-8.
    const QByteArray binary("\xff\xfe\x00\x01", 4);
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-f"_s, writeTempFile(binary)}), qPrintable(m_why));
    // 3: plain text.
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-m"_s, u"plain text"_s}), qPrintable(m_why));
    // 4: a JSON array, QoS 0.
    QVERIFY2(publish(topic, {u"-m"_s, uR"([1,2,"x"])"_s}), qPrintable(m_why));

    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QVERIFY2(received.err.isEmpty(), received.err.constData());
    QString error;
    const QList<QJsonObject> objects = parseIndentedDocuments(received.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(objects.size(), 4);
    QVERIFY2(received.out.startsWith("{\n    \""), "json output is indented");

    for (const QJsonObject& object : objects) {
        QCOMPARE(object.value(u"topic"_s).toString(), topic);
        QCOMPARE(object.value(u"retain"_s), QJsonValue(false));
        const QString tst = object.value(u"tst"_s).toString();
        QVERIFY2(tst.endsWith(u'Z'), qPrintable(tst));
        const QDateTime at = QDateTime::fromString(tst, Qt::ISODateWithMs);
        QVERIFY2(at.isValid(), qPrintable(tst));
        QVERIFY2(at >= before.addSecs(-5) && at <= QDateTime::currentDateTimeUtc().addSecs(5), qPrintable(tst));
    }

    const QJsonObject& first = objects.at(0);
    QCOMPARE(first.value(u"qos"_s).toInt(), 1);
    QCOMPARE(first.value(u"payloadlen"_s).toInt(), int(jsonPayload.toUtf8().size()));
    QVERIFY2(first.value(u"payload"_s).isObject(), "a JSON payload is embedded as JSON");
    QCOMPARE(first.value(u"payload"_s).toObject().value(u"temperature"_s).toDouble(), 21.5);
    QCOMPARE(first.value(u"payload"_s).toObject().value(u"unit"_s).toString(), u"C"_s);
    QVERIFY(!first.contains(u"payload_base64"_s));
    const QJsonObject properties = first.value(u"properties"_s).toObject();
    const QJsonArray expectedPairs{QJsonArray{u"b"_s, u"2"_s}, QJsonArray{u"a"_s, u"1"_s},
                                   QJsonArray{u"b"_s, u"3=x"_s}};
    QCOMPARE(properties.value(u"user_properties"_s).toArray(), expectedPairs); // order and repeats kept
    QCOMPARE(properties.value(u"content_type"_s).toString(), u"application/json"_s);
    QCOMPARE(properties.value(u"response_topic"_s).toString(), u"reply/here"_s);
    QCOMPARE(properties.value(u"correlation_data_base64"_s).toString(),
             QString::fromLatin1(QByteArray("corr-42").toBase64()));
    const int expiry = properties.value(u"message_expiry_interval"_s).toInt(-1);
    QVERIFY2(expiry > 100 && expiry <= 120, qPrintable(QString::number(expiry)));

    const QJsonObject& second = objects.at(1);
    QCOMPARE(second.value(u"payloadlen"_s).toInt(), 4);
    QVERIFY(!second.contains(u"payload"_s));
    QCOMPARE(second.value(u"payload_base64"_s).toString(), QString::fromLatin1(binary.toBase64()));
    QVERIFY2(!second.contains(u"properties"_s) || second.value(u"properties"_s).toObject().isEmpty(),
             "no properties were sent");

    const QJsonObject& third = objects.at(2);
    QCOMPARE(third.value(u"payload"_s).toString(), u"plain text"_s);
    QCOMPARE(third.value(u"payloadlen"_s).toInt(), 10);

    const QJsonObject& fourth = objects.at(3);
    QCOMPARE(fourth.value(u"qos"_s).toInt(), 0);
    QCOMPARE(fourth.value(u"payload"_s).toArray(), (QJsonArray{1, 2, u"x"_s}));
}

void TestCliSubPub::jsonlFormat()
{
    const QString topic = uniqueTopic("jsonl");
    auto sub = startOurSub(topic, {u"--format"_s, u"jsonl"_s, u"-q"_s, u"1"_s, u"-C"_s, u"4"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));

    const QList<QByteArray> payloads{QByteArray(R"({"a": 1, "b": [true]})"), allByteValues(), QByteArray(),
                                     QByteArray("grüße\nzwei Zeilen ✓")};
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-f"_s, writeTempFile(payloads.at(0))}), qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-f"_s, writeTempFile(payloads.at(1))}), qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-n"_s, u"--user-property"_s, u"k=v"_s}), qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-f"_s, writeTempFile(payloads.at(3))}), qPrintable(m_why));

    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QVERIFY2(received.err.isEmpty(), received.err.constData());
    QCOMPARE(received.out.count('\n'), 4); // one line per message, even with a newline in a payload
    QString error;
    const QList<QJsonObject> objects = parseJsonLines(received.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(objects.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject& object = objects.at(i);
        QCOMPARE(object.value(u"topic"_s).toString(), topic);
        QCOMPARE(object.value(u"qos"_s).toInt(), 1);
        QCOMPARE(object.value(u"retain"_s), QJsonValue(false));
        QCOMPARE(object.value(u"payloadlen"_s).toInt(), int(payloads.at(i).size()));
        QCOMPARE(payloadOf(object), payloads.at(i)); // the exact bytes can be rebuilt
    }
    // JSON payloads stay strings in jsonl; bytes that are not UTF-8 become payload_base64.
    QVERIFY(objects.at(0).value(u"payload"_s).isString());
    QVERIFY(objects.at(1).contains(u"payload_base64"_s) && !objects.at(1).contains(u"payload"_s));
    QCOMPARE(objects.at(2).value(u"payload"_s), QJsonValue(u""_s));
    QCOMPARE(objects.at(2).value(u"properties"_s).toObject().value(u"user_properties"_s).toArray(),
             (QJsonArray{QJsonArray{u"k"_s, u"v"_s}}));
    // It is the one message format: the pane's reader takes every line back, bytes and properties exact.
    const QList<QByteArray> lines = received.out.split('\n');
    for (int i = 0; i < 4; ++i) {
        const Result<MqttMessage> back = MessageLog::parseLine(lines.at(i), i + 1);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->payload, payloads.at(i));
        QCOMPARE(back->topic, topic);
        QCOMPARE(MessageLog::toLine(*back), lines.at(i) + '\n');
    }
}

void TestCliSubPub::countStopsAfterN()
{
    const QString topic = uniqueTopic("count");
    auto sub = startOurSub(topic, {u"-q"_s, u"1"_s, u"-C"_s, u"3"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-m"_s, u"x"_s, u"--repeat"_s, u"10"_s}), qPrintable(m_why));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out, QByteArray("x\nx\nx\n"));
    QVERIFY2(received.err.isEmpty(), received.err.constData());
    QVERIFY2(received.elapsedMs < 10000, "-C 3 exits as soon as three messages arrived");
}

void TestCliSubPub::timeoutExits27()
{
    const Run run =
        cli(QStringList{u"sub"_s} + plainArgs() + QStringList{u"-t"_s, uniqueTopic("silent"), u"-W"_s, u"1"_s});
    QVERIFY2(run.exitCode == 27, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(ERROR_PREFIX), run.describe().constData());
    QVERIFY2(run.err.contains("Timed out after 1 s with 0 message(s)"), run.describe().constData());
    QVERIFY2(run.elapsedMs >= 900 && run.elapsedMs < 8000, qPrintable(QString::number(run.elapsedMs)));
}

void TestCliSubPub::skipRetained()
{
    const QString topic = uniqueTopic("no-retained");
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-r"_s, u"-m"_s, u"old retained"_s}), qPrintable(m_why));
    auto sub = startOurSub(topic, {u"-R"_s, u"-q"_s, u"1"_s, u"-C"_s, u"1"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-m"_s, u"live"_s}), qPrintable(m_why));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out, QByteArray("live\n"));
    QVERIFY2(publish(topic, {u"-r"_s, u"-n"_s}), qPrintable(m_why)); // clears the retained message
}

void TestCliSubPub::retainedSeenOnceByLaterSubscriber()
{
    const QString topic = uniqueTopic("retained");
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-r"_s, u"-m"_s, u"kept"_s}), qPrintable(m_why));

    // Control: mosquitto_sub gets the retained message once, then the live one.
    {
        const QString clientId = uniqueClientId();
        auto control =
            startSubscriber(MOSQUITTO_SUB,
                            {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_broker.plainPort()), u"-i"_s, clientId,
                             u"-t"_s, topic, u"-q"_s, u"1"_s, u"-C"_s, u"2"_s, u"-W"_s, u"15"_s},
                            clientId, {topic});
        QVERIFY2(control, qPrintable(m_why));
        QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-m"_s, u"live"_s}), qPrintable(m_why));
        const Run received = control->finish();
        QVERIFY2(received.exitCode == 0, received.describe().constData());
        QCOMPARE(received.out, QByteArray("kept\nlive\n"));
    }

    auto sub = startOurSub(topic, {u"--format"_s, u"jsonl"_s, u"-q"_s, u"1"_s, u"-C"_s, u"2"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-m"_s, u"live"_s}), qPrintable(m_why));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QString error;
    const QList<QJsonObject> objects = parseJsonLines(received.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).value(u"payload"_s).toString(), u"kept"_s);
    QCOMPARE(objects.at(0).value(u"retain"_s), QJsonValue(true));
    // Known bug: sub subscribes twice (SubCommand on sessionEstablished + MqttSession's restore of subscriptions not
    // yet acknowledged), so the broker sends the retained message twice.
    QVERIFY2(objects.at(1).value(u"payload"_s).toString() == u"live"_s,
             ("the retained message was delivered twice: " + received.out).constData());
    QCOMPARE(objects.at(1).value(u"retain"_s), QJsonValue(false));
    QVERIFY2(publish(topic, {u"-r"_s, u"-n"_s}), qPrintable(m_why));
}

void TestCliSubPub::countOneOnRetainedTopicExitsCleanly()
{
    // `sub -C 1` on a retained topic, with more filters whose SUBACKs may still be on their way when the retained
    // message has been printed: like mosquitto_sub, print it, exit 0 and say nothing on stderr. (Known bug: the
    // subscribe requests cancelled by our own disconnect are reported as "the broker refused the subscription",
    // and sometimes turn the exit code into 1.)
    const QString topic = uniqueTopic("retained-count");
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-r"_s, u"-m"_s, u"kept"_s}), qPrintable(m_why));
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Run run = cli(QStringList{u"sub"_s} + plainArgs() +
                            QStringList{u"-t"_s, topic, u"-t"_s, topic + u"/a/#"_s, u"-t"_s, topic + u"/b/#"_s, u"-t"_s,
                                        topic + u"/c/#"_s, u"-C"_s, u"1"_s, u"-W"_s, u"15"_s});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.out, QByteArray("kept\n"));
        QVERIFY2(run.err.isEmpty(), run.describe().constData());
    }
    QVERIFY2(publish(topic, {u"-r"_s, u"-n"_s}), qPrintable(m_why));
}

void TestCliSubPub::reconnectResubscribesOnce()
{
    // A broker of its own (persistence keeps the retained message over the restart).
    BrokerFixture broker;
    BrokerFixture::Options brokerOptions;
    brokerOptions.persistence = true;
    brokerOptions.extraConfig = {u"log_type subscribe"_s};
    QVERIFY2(broker.start(brokerOptions), qPrintable(broker.error()));
    const QStringList brokerArgs{u"--broker"_s, broker.plainUrl()};

    const QString topic = uniqueTopic("reconnect");
    const Run retained = cli(QStringList{u"pub"_s} + brokerArgs +
                             QStringList{u"-t"_s, topic, u"-q"_s, u"1"_s, u"-r"_s, u"-m"_s, u"kept"_s});
    QVERIFY2(retained.exitCode == 0, retained.describe().constData());

    const QString clientId = uniqueClientId();
    auto sub = startSubscriber(
        CLI, QStringList{u"sub"_s} + brokerArgs + QStringList{u"-i"_s, clientId, u"-t"_s, topic, u"-W"_s, u"40"_s},
        clientId, {topic}, &broker);
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(sub->waitForOutput("kept\n", 10000), "the retained message did not arrive");

    broker.stop();
    QVERIFY2(broker.restart(), qPrintable(broker.error()));
    // The subscriber reconnects by itself and subscribes again (a clean session).
    const QRegularExpression subscribeLine(
        u"^.*: %1 [0-2] %2$"_s.arg(QRegularExpression::escape(clientId), QRegularExpression::escape(topic)),
        QRegularExpression::MultilineOption);
    const auto subscribeCount = [&] {
        int n = 0;
        for (auto it = subscribeLine.globalMatch(broker.log()); it.hasNext(); it.next()) {
            ++n;
        }
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(subscribeCount() >= 2, 20000);

    const Run live =
        cli(QStringList{u"pub"_s} + brokerArgs + QStringList{u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"live"_s});
    QVERIFY2(live.exitCode == 0, live.describe().constData());
    QVERIFY2(sub->waitForOutput("live\n", 10000), "the live message did not arrive after the reconnect");
    sub->process().terminate();
    const Run received = sub->finish(5000);
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    // Once per subscription: the first one, and the one after the reconnect. (Known bug: SubCommand subscribes
    // again on every sessionEstablished while MqttSession restores the subscriptions itself, so after a reconnect
    // the filter is subscribed twice and the retained message printed twice.)
    QCOMPARE(received.out, QByteArray("kept\nkept\nlive\n"));
    QCOMPARE(subscribeCount(), 2);
}

void TestCliSubPub::sigtermStopsSubscriber()
{
    auto sub = startOurSub(uniqueTopic("sigterm"), {u"-W"_s, u"30"_s});
    QVERIFY2(sub, qPrintable(m_why));
    sub->process().terminate();
    const Run run = sub->finish(5000);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
}

void TestCliSubPub::hugeTimeoutIsHonoured()
{
    // -W 2147484: seconds * 1000 overflows int (SubCommand.cpp). Expected: accepted like mosquitto_sub, or refused
    // with exit 2; not a negative timer and not undefined behaviour.
    const QString topic = uniqueTopic("huge-timeout");
    auto sub = startOurSub(topic, {u"-q"_s, u"1"_s, u"-C"_s, u"1"_s, u"-W"_s, u"2147484"_s});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-m"_s, u"x"_s}), qPrintable(m_why));
    const Run run = sub->finish();
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out, QByteArray("x\n"));
    QVERIFY2(run.err.isEmpty(), run.describe().constData());
}

void TestCliSubPub::pubLines()
{
    // 1000 lines, counted by mosquitto_sub (-F %p prints one line per message, empty payloads included).
    constexpr int LINES = 1000;
    QByteArray input;
    QByteArray expected;
    for (int i = 0; i < LINES; ++i) {
        QByteArray line = "line-" + QByteArray::number(i);
        if (i % 100 == 50) {
            line.clear(); // empty lines are sent as empty messages
        }
        expected += line + '\n';
        input += line + (i % 100 == 70 ? "\r\n" : "\n"); // a trailing CR is removed
    }
    expected += "end\n";
    const QString topic = uniqueTopic("lines");
    const QString clientId = uniqueClientId();
    auto sub = startSubscriber(MOSQUITTO_SUB,
                               {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_broker.plainPort()), u"-i"_s,
                                clientId, u"-t"_s, topic, u"-q"_s, u"1"_s, u"-F"_s, u"%p"_s, u"-C"_s,
                                QString::number(LINES + 1), u"-W"_s, u"15"_s},
                               clientId, {topic});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-l"_s}, input), qPrintable(m_why));
    // A marker after the lines: had -l sent more than 1000 messages, it would not be message 1001.
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-m"_s, u"end"_s}), qPrintable(m_why));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out.count('\n'), LINES + 1);
    QCOMPARE(received.out, expected);
}

void TestCliSubPub::pubLinesRefusedWithLargeInput()
{
    // More lines than pub -l buffers (its reader thread then waits for room) and no broker: exit 1 with one clear
    // message. (Known bug, seen with AddressSanitizer: the reader thread outlives its LineReader.)
    QByteArray input;
    for (int i = 0; i < 60000; ++i) {
        input += "line-" + QByteArray::number(i) + '\n';
    }
    const QString file = writeTempFile(input);
    QVERIFY(!file.isEmpty());
    for (int attempt = 0; attempt < 5; ++attempt) { // the thread race does not show every time
        QProcess process;
        process.setStandardInputFile(file);
        process.start(CLI,
                      {u"pub"_s, u"--broker"_s, u"mqtt://127.0.0.1:%1"_s.arg(BrokerFixture::freePort()), u"-t"_s,
                       u"tb/cli/lines"_s, u"-q"_s, u"1"_s, u"-l"_s});
        QVERIFY(process.waitForStarted(5000));
        if (!process.waitForFinished(PROCESS_TIMEOUT_MS)) {
            process.kill();
            process.waitForFinished(5000);
            QFAIL("pub -l did not exit");
        }
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 1, err.constData());
        QVERIFY2(err.startsWith(ERROR_PREFIX) && err.contains("refused"), err.constData());
        QVERIFY2(err.count('\n') == 1, err.constData()); // that message and nothing else (no sanitizer report)
    }
}

void TestCliSubPub::pubWholeStdin()
{
    const QByteArray input("first line\nsecond\r\n\x00\xff"
                           "end",
                           24);
    const QString topic = uniqueTopic("stdin");
    auto sub = startOurSub(topic, {u"--format"_s, u"base64"_s, u"-q"_s, u"1"_s, u"-C"_s, u"1"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-s"_s}, input), qPrintable(m_why));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(QByteArray::fromBase64(received.out.trimmed()), input); // one message, every byte as read
}

void TestCliSubPub::pubNullMessage()
{
    const QString topic = uniqueTopic("null");
    auto sub = startOurSub(topic, {u"--format"_s, u"jsonl"_s, u"-q"_s, u"1"_s, u"-C"_s, u"1"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-n"_s}), qPrintable(m_why));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QString error;
    const QList<QJsonObject> objects = parseJsonLines(received.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().value(u"payloadlen"_s).toInt(), 0);
    QCOMPARE(objects.first().value(u"payload"_s), QJsonValue(u""_s));
}

void TestCliSubPub::pubFile()
{
    QByteArray bytes(qsizetype(256) * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char& byte : bytes) {
        byte = char(generator.bounded(256));
    }
    const QString topic = uniqueTopic("file");
    auto sub = startOurSub(topic, {u"--format"_s, u"base64"_s, u"-q"_s, u"1"_s, u"-C"_s, u"1"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-f"_s, writeTempFile(bytes)}), qPrintable(m_why));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QVERIFY(received.out.endsWith('\n'));
    QCOMPARE(QByteArray::fromBase64(received.out.chopped(1)), bytes);
}

void TestCliSubPub::pubRepeatFast()
{
    const QString topic = uniqueTopic("repeat");
    auto sub = startOurSub(topic, {u"-q"_s, u"1"_s, u"-C"_s, u"51"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-m"_s, u"tick"_s, u"--repeat"_s, u"50"_s, u"--interval"_s, u"0"_s}),
             qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, u"1"_s, u"-m"_s, u"end"_s}), qPrintable(m_why)); // exactly 50 came before
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out, QByteArray("tick\n").repeated(50) + "end\n");
}

void TestCliSubPub::pubRepeatWithInterval()
{
    const QString topic = uniqueTopic("interval");
    auto sub = startOurSub(topic, {u"--format"_s, u"jsonl"_s, u"-q"_s, u"1"_s, u"-C"_s, u"3"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));
    const Run pub = cli(QStringList{u"pub"_s} + plainArgs() +
                        QStringList{u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"beat"_s, u"--repeat"_s, u"3"_s,
                                    u"--interval"_s, u"200"_s});
    QVERIFY2(pub.exitCode == 0, pub.describe().constData());
    QVERIFY2(pub.elapsedMs >= 400, qPrintable(u"3 messages 200 ms apart took %1 ms"_s.arg(pub.elapsedMs)));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QString error;
    const QList<QJsonObject> objects = parseJsonLines(received.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(objects.size(), 3);
    const QDateTime first = QDateTime::fromString(objects.first().value(u"tst"_s).toString(), Qt::ISODateWithMs);
    const QDateTime last = QDateTime::fromString(objects.last().value(u"tst"_s).toString(), Qt::ISODateWithMs);
    // Receive times are spread as the sends were (a little jitter allowed).
    QVERIFY2(first.msecsTo(last) >= 350, qPrintable(u"received within %1 ms"_s.arg(first.msecsTo(last))));
}

void TestCliSubPub::pubReplayOfSubJsonl()
{
    // What `sub --format jsonl` printed, replayed by `pub --replay` under another prefix, arrives identical: payload
    // bytes, QoS, retain flag and MQTT 5 properties; only the topic's prefix and the receive time differ.
    const QString source = uniqueTopic("replay-source");
    const QString target = uniqueTopic("replay-target");
    const QStringList jsonl{u"--format"_s, u"jsonl"_s, u"-q"_s, u"2"_s, u"-C"_s, u"5"_s, u"-W"_s, u"15"_s};
    auto recording = startOurSub(source + u"/#"_s, jsonl);
    QVERIFY2(recording, qPrintable(m_why));
    QVERIFY2(publish(source + u"/bytes"_s, {u"-q"_s, u"0"_s, u"-f"_s, writeTempFile(allByteValues())}),
             qPrintable(m_why));
    QVERIFY2(publish(source + u"/text"_s,
                     {u"-q"_s, u"1"_s, u"-m"_s, u"grüße ✓"_s, u"--user-property"_s, u"k=v"_s, u"--user-property"_s,
                      u"k=w"_s, u"--content-type"_s, u"text/plain"_s, u"--response-topic"_s, u"tb/cli/reply"_s,
                      u"--correlation-data"_s, u"corr-1"_s}),
             qPrintable(m_why));
    QVERIFY2(publish(source + u"/empty"_s, {u"-q"_s, u"2"_s, u"-n"_s}), qPrintable(m_why));
    QVERIFY2(publish(source + u"/deeper/json"_s, {u"-q"_s, u"1"_s, u"-m"_s, uR"({"a":[1,true]})"_s}),
             qPrintable(m_why));
    QVERIFY2(
        publish(source + u"/not-utf8"_s, {u"-q"_s, u"2"_s, u"-f"_s, writeTempFile(QByteArray("\xff\xfe\x00\xc3", 4))}),
        qPrintable(m_why));
    const Run recorded = recording->finish();
    QVERIFY2(recorded.exitCode == 0, recorded.describe().constData());
    QCOMPARE(recorded.out.count('\n'), 5);

    auto replayed = startOurSub(target + u"/#"_s, jsonl);
    QVERIFY2(replayed, qPrintable(m_why));
    const Run pub =
        cli(QStringList{u"pub"_s} + plainArgs() +
            QStringList{u"--replay"_s, writeTempFile(recorded.out), u"--rewrite-prefix"_s, source + u"="_s + target});
    QVERIFY2(pub.exitCode == 0, pub.describe().constData());
    QVERIFY2(pub.out.isEmpty(), pub.describe().constData());
    // One line at the end, on stderr.
    QVERIFY2(pub.err.startsWith(ERROR_PREFIX + "Replayed 5 messages in "), pub.describe().constData());
    QVERIFY2(pub.err.endsWith('\n') && pub.err.count('\n') == 1, pub.describe().constData());

    const Run received = replayed->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QString error;
    const QList<QJsonObject> before = parseJsonLines(recorded.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QJsonObject> after = parseJsonLines(received.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(after.size(), before.size());
    for (QJsonObject expected : before) {
        expected.insert(u"topic"_s, expected.value(u"topic"_s).toString().replace(source, target));
        expected.remove(u"tst"_s);
        const auto got = std::find_if(after.cbegin(), after.cend(), [&](const QJsonObject& object) {
            return object.value(u"topic"_s) == expected.value(u"topic"_s);
        });
        QVERIFY2(got != after.cend(), qPrintable(u"nothing on "_s + expected.value(u"topic"_s).toString()));
        QJsonObject actual = *got;
        actual.remove(u"tst"_s);
        QCOMPARE(actual, expected);
    }
}

void TestCliSubPub::qos_data()
{
    QTest::addColumn<int>("qos");
    QTest::newRow("QoS 0") << 0;
    QTest::newRow("QoS 1") << 1;
    QTest::newRow("QoS 2") << 2;
}

void TestCliSubPub::qos()
{
    QFETCH(int, qos);
    const QString topic = uniqueTopic("qos");
    auto sub = startOurSub(topic, {u"--format"_s, u"jsonl"_s, u"-q"_s, u"2"_s, u"-C"_s, u"1"_s, u"-W"_s, u"15"_s});
    QVERIFY2(sub, qPrintable(m_why));
    QVERIFY2(publish(topic, {u"-q"_s, QString::number(qos), u"-m"_s, u"q"_s}), qPrintable(m_why));
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QString error;
    const QList<QJsonObject> objects = parseJsonLines(received.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().value(u"qos"_s).toInt(), qos); // min(publish QoS, subscription QoS 2)
}

void TestCliSubPub::mosquittoPubToOurSub_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("MQTT 3.1.1 over mutual TLS") << u"3"_s;
    QTest::newRow("MQTT 5 over mutual TLS, with properties") << u"5"_s;
}

void TestCliSubPub::mosquittoPubToOurSub()
{
    QFETCH(QString, version);
    const bool v5 = version == u"5"_s;
    const QString topic = uniqueTopic("from-mosquitto");
    const QString clientId = uniqueClientId();
    auto sub = startSubscriber(CLI,
                               QStringList{u"sub"_s} + mtlsArgs() +
                                   QStringList{u"-V"_s, version, u"-i"_s, clientId, u"-t"_s, topic, u"--format"_s,
                                               u"jsonl"_s, u"-q"_s, u"1"_s, u"-C"_s, u"1"_s, u"-W"_s, u"15"_s},
                               clientId, {topic});
    QVERIFY2(sub, qPrintable(m_why));
    QStringList pubArgs =
        mosquittoMtlsArgs() + QStringList{u"-V"_s, v5 ? u"mqttv5"_s : u"mqttv311"_s, u"-t"_s, topic, u"-q"_s, u"1"_s,
                                          u"-m"_s, u"from mosquitto_pub"_s};
    if (v5) {
        pubArgs << u"-D"_s << u"publish"_s << u"user-property"_s << u"origin"_s << u"mosquitto"_s << u"-D"_s
                << u"publish"_s << u"content-type"_s << u"text/plain"_s;
    }
    const Run pub = runProcess(MOSQUITTO_PUB, pubArgs);
    QVERIFY2(pub.exitCode == 0, pub.describe().constData());

    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QString error;
    const QList<QJsonObject> objects = parseJsonLines(received.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().value(u"payload"_s).toString(), u"from mosquitto_pub"_s);
    QCOMPARE(objects.first().value(u"qos"_s).toInt(), 1);
    if (v5) {
        const QJsonObject properties = objects.first().value(u"properties"_s).toObject();
        QCOMPARE(properties.value(u"user_properties"_s).toArray(),
                 (QJsonArray{QJsonArray{u"origin"_s, u"mosquitto"_s}}));
        QCOMPARE(properties.value(u"content_type"_s).toString(), u"text/plain"_s);
    } else {
        QVERIFY(!objects.first().contains(u"properties"_s));
    }
}

void TestCliSubPub::ourPubToMosquittoSub()
{
    const QString topic = uniqueTopic("to-mosquitto");
    const QString clientId = uniqueClientId();
    auto sub = startSubscriber(MOSQUITTO_SUB,
                               mosquittoMtlsArgs() +
                                   QStringList{u"-V"_s, u"mqttv5"_s, u"-i"_s, clientId, u"-t"_s, topic, u"-q"_s, u"1"_s,
                                               u"-F"_s, u"%t|%q|%p|%P"_s, u"-C"_s, u"2"_s, u"-W"_s, u"15"_s},
                               clientId, {topic});
    QVERIFY2(sub, qPrintable(m_why));
    const Run pub = cli(QStringList{u"pub"_s} + mtlsArgs() +
                        QStringList{u"-t"_s, topic, u"-q"_s, u"1"_s, u"-m"_s, u"from thingbench"_s,
                                    u"--user-property"_s, u"k=v"_s, u"--user-property"_s, u"k2=v2"_s});
    QVERIFY2(pub.exitCode == 0, pub.describe().constData());
    const Run pub311 = cli(QStringList{u"pub"_s} + mtlsArgs() +
                           QStringList{u"-V"_s, u"3"_s, u"-t"_s, topic, u"-q"_s, u"2"_s, u"-m"_s, u"over 3.1.1"_s});
    QVERIFY2(pub311.exitCode == 0, pub311.describe().constData());
    const Run received = sub->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out, (topic + u"|1|from thingbench|k:v k2:v2\n"_s + topic + u"|1|over 3.1.1|\n"_s).toUtf8());
}

void TestCliSubPub::refusedBeforeConnecting_data()
{
    QTest::addColumn<QStringList>("args"); // "{plain}" is replaced by the plain broker URL
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messageParts");

    const QString plain = u"{plain}"_s;
    const auto row = [](const char* name, const QStringList& args, int exitCode, const QStringList& parts) {
        QTest::newRow(name) << args << exitCode << parts;
    };
    // Bad URLs: exit 2, and the message says what to write.
    row("sub: URL without scheme", {u"sub"_s, u"--broker"_s, u"localhost:1883"_s, u"-t"_s, u"a"_s}, 2,
        {u"has no scheme"_s, u"mqtt://localhost:1883"_s, u"mqtts://localhost:1883"_s});
    row("pub: URL with an unknown scheme",
        {u"pub"_s, u"--broker"_s, u"http://127.0.0.1"_s, u"-t"_s, u"a"_s, u"-m"_s, u"x"_s}, 2,
        {u"Unsupported scheme “http://”"_s, u"mqtts://"_s});
    row("sub: URL without host", {u"sub"_s, u"--broker"_s, u"mqtt://"_s, u"-t"_s, u"a"_s}, 2, {u"no host name"_s});
    row("sub: path on mqtt://", {u"sub"_s, u"--broker"_s, u"mqtt://127.0.0.1/x"_s, u"-t"_s, u"a"_s}, 2,
        {u"ws:// and wss://"_s});
    row("sub: port out of range", {u"sub"_s, u"--broker"_s, u"mqtt://127.0.0.1:0"_s, u"-t"_s, u"a"_s}, 2,
        {u"out of range"_s});
    row("sub: no --broker", {u"sub"_s, u"-t"_s, u"a"_s}, 2, {u"--broker is required"_s});
    // Topics.
    row("sub: missing -t", {u"sub"_s, u"--broker"_s, plain}, 2, {u"-t"_s});
    row("sub: invalid filter a/#/b", {u"sub"_s, u"--broker"_s, plain, u"-t"_s, u"a/#/b"_s}, 2, {u"“#”"_s});
    row("sub: invalid second filter", {u"sub"_s, u"--broker"_s, plain, u"-t"_s, u"ok/#"_s, u"-t"_s, u"a+/b"_s}, 2,
        {u"“+”"_s});
    row("pub: wildcard + in topic", {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a/+"_s, u"-m"_s, u"x"_s}, 2,
        {u"wildcards are only allowed in subscriptions"_s});
    row("pub: wildcard # in topic", {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a/#"_s, u"-m"_s, u"x"_s}, 2,
        {u"wildcards"_s});
    row("pub: missing -t", {u"pub"_s, u"--broker"_s, plain, u"-m"_s, u"x"_s}, 2, {u"-t"_s});
    // Options.
    row("sub: -q 3", {u"sub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-q"_s, u"3"_s}, 2,
        {u"-q must be 0, 1 or 2"_s});
    row("sub: unknown format", {u"sub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"--format"_s, u"xml"_s}, 2,
        {u"--format must be"_s, u"jsonl"_s});
    row("sub: -C 0", {u"sub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-C"_s, u"0"_s}, 2, {u"-C"_s});
    row("sub: -W 0", {u"sub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-W"_s, u"0"_s}, 2, {u"-W"_s});
    row("pub: no payload source", {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s}, 2,
        {u"exactly one payload source"_s});
    row("pub: two payload sources", {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-m"_s, u"x"_s, u"-n"_s}, 2,
        {u"exactly one payload source"_s});
    row("pub: --repeat 0", {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-m"_s, u"x"_s, u"--repeat"_s, u"0"_s}, 2,
        {u"--repeat"_s});
    row("pub: -l with --repeat", {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-l"_s, u"--repeat"_s, u"2"_s}, 2,
        {u"--repeat cannot be combined with -l"_s});
    row("pub: --user-property without =",
        {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-m"_s, u"x"_s, u"--user-property"_s, u"novalue"_s}, 2,
        {u"NAME=VALUE"_s});
    row("pub: -V 4", {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-m"_s, u"x"_s, u"-V"_s, u"4"_s}, 2,
        {u"--mqtt-version must be 5 or 3"_s});
    row("pub: --cafile on mqtt://",
        {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-m"_s, u"x"_s, u"--cafile"_s, u"/etc/hostname"_s}, 2,
        {u"plain connection"_s, u"mqtts://"_s});
    row("sub: --persistent without --client-id", {u"sub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-c"_s}, 2,
        {u"--client-id"_s});
    row("sub: --workspace unknown", {u"sub"_s, u"--workspace"_s, u"nowhere"_s, u"-t"_s, u"a"_s}, 2,
        {u"There is no workspace “nowhere”"_s, u"Saved workspaces:"_s});
    row("sub: unknown option", {u"sub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"--bogus"_s}, 2, {u"bogus"_s});
    row("unknown command", {u"subscribe"_s}, 2, {u"Unknown command “subscribe”"_s});
    // MQTT 5 property flags need MQTT 5.
    for (const auto& [flag, value] :
         {std::pair{u"--user-property"_s, u"a=b"_s}, std::pair{u"--content-type"_s, u"t"_s},
          std::pair{u"--response-topic"_s, u"r"_s}, std::pair{u"--correlation-data"_s, u"c"_s},
          std::pair{u"--message-expiry"_s, u"10"_s}}) {
        QTest::addRow("pub: %s with -V 3", qPrintable(flag))
            << QStringList{u"pub"_s, u"--broker"_s, plain,  u"-V"_s, u"3"_s, u"-t"_s,
                           u"a"_s,   u"-m"_s,       u"x"_s, flag,    value}
            << 2 << QStringList{u"MQTT 5 properties need --mqtt-version 5"_s};
    }
    // pub --replay: topics, payloads, QoS, retain and properties all come from the recording.
    const QString recording =
        writeTempFile(R"({"tst":"2026-05-04T10:20:30.123Z","topic":"tb/cli/r","qos":0,"payload":"x"})"
                      "\n");
    const QStringList replay{u"pub"_s, u"--broker"_s, plain, u"--replay"_s, recording};
    row("pub: --replay with -m", replay + QStringList{u"-m"_s, u"x"_s}, 2,
        {u"cannot be combined with --message"_s, u"--rewrite-prefix"_s});
    row("pub: --replay with -t", replay + QStringList{u"-t"_s, u"a"_s}, 2, {u"cannot be combined with --topic"_s});
    row("pub: --replay with -f", replay + QStringList{u"-f"_s, recording}, 2, {u"cannot be combined with --file"_s});
    row("pub: --replay with -l", replay + QStringList{u"-l"_s}, 2, {u"cannot be combined with --stdin-line"_s});
    row("pub: --speed 0", replay + QStringList{u"--speed"_s, u"0"_s}, 2,
        {u"--speed must be a number from 0.1 to 100"_s, u"“0”"_s});
    row("pub: --speed 101", replay + QStringList{u"--speed"_s, u"101"_s}, 2, {u"from 0.1 to 100"_s, u"“101”"_s});
    row("pub: --speed fast", replay + QStringList{u"--speed"_s, u"fast"_s}, 2, {u"--speed must be a number"_s});
    row("pub: --speed nan", replay + QStringList{u"--speed"_s, u"nan"_s}, 2, {u"--speed must be a number"_s});
    row("pub: --speed with --as-fast-as-possible",
        replay + QStringList{u"--speed"_s, u"2"_s, u"--as-fast-as-possible"_s}, 2,
        {u"either --speed or --as-fast-as-possible"_s});
    row("pub: --speed without --replay",
        {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-m"_s, u"x"_s, u"--speed"_s, u"2"_s}, 2,
        {u"--speed is an option of --replay FILE"_s});
    row("pub: --rewrite-prefix without =", replay + QStringList{u"--rewrite-prefix"_s, u"old"_s}, 2,
        {u"--rewrite-prefix needs OLD=NEW"_s});
    row("pub: --rewrite-prefix with a wildcard", replay + QStringList{u"--rewrite-prefix"_s, u"a/#=b"_s}, 2,
        {u"“a/#” cannot be used"_s, u"wildcards"_s});
    row("pub: --replay missing file", {u"pub"_s, u"--broker"_s, plain, u"--replay"_s, u"/nonexistent/rec.jsonl"_s}, 1,
        {u"/nonexistent/rec.jsonl"_s, u"does not exist"_s});
    row("pub: --replay file without messages",
        {u"pub"_s, u"--broker"_s, plain, u"--replay"_s, writeTempFile("{}\nnot json\n")}, 1,
        {u"holds no messages"_s, u"sub --format jsonl"_s, u"Line 1: "_s, u"Line 2: not JSON"_s});
    row("pub: --replay empty file", {u"pub"_s, u"--broker"_s, plain, u"--replay"_s, writeTempFile("\n")}, 1,
        {u"is empty"_s});
    // Local files that cannot be read: exit 1 (as mosquitto_pub), before any connection.
    row("pub: -f missing file",
        {u"pub"_s, u"--broker"_s, plain, u"-t"_s, u"a"_s, u"-f"_s, u"/nonexistent/payload.bin"_s}, 1,
        {u"/nonexistent/payload.bin"_s});
}

void TestCliSubPub::refusedBeforeConnecting()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messageParts);
    args.replaceInStrings(u"{plain}"_s, m_broker.plainUrl());
    const Run run = cli(args);
    QVERIFY2(run.exitCode == exitCode, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(run.err.startsWith(ERROR_PREFIX), run.describe().constData());
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.describe().constData()); // one line
    const QString err = QString::fromUtf8(run.err);
    for (const QString& part : messageParts) {
        QVERIFY2(err.contains(part), qPrintable(u"“%1” not in: %2"_s.arg(part, err)));
    }
    QVERIFY2(run.elapsedMs < 5000, "refused without waiting on the network");
}

void TestCliSubPub::workspaceGivesTheConnection_issue10()
{
    // A workspace saved by the app: mutual TLS to the test broker, with its files fingerprinted.
    const TestPki& pki = m_broker.pki();
    const WorkspaceStore store(m_tmp.filePath(u"data/workspaces"_s));
    Workspace workspace;
    workspace.connection.options = ConnectionOptions::fromUrl(m_broker.mtlsUrl()).value();
    workspace.connection.caFile = FileReference::of(pki.caCert);
    workspace.connection.certificateFile = FileReference::of(pki.clientCert);
    workspace.connection.privateKeyFile = FileReference::of(pki.clientKey);
    workspace.connection.options.caFile = pki.caCert;
    workspace.connection.options.certFile = pki.clientCert;
    workspace.connection.options.keyFile = pki.clientKey;
    QVERIFY(store.create(u"Bench device"_s, workspace).ok());

    const QString topic = uniqueTopic("workspace");
    const QString clientId = uniqueClientId();
    auto subscriber = startSubscriber(
        CLI, {u"sub"_s, u"--workspace"_s, u"bench device"_s, u"-i"_s, clientId, u"-t"_s, topic, u"-C"_s, u"1"_s},
        clientId, {topic});
    QVERIFY2(subscriber, qPrintable(m_why));
    // Explicit options override the workspace: here the broker (the plain listener of the same mosquitto).
    Run run = cli({u"pub"_s, u"--workspace"_s, u"Bench device"_s, u"--broker"_s, m_broker.plainUrl(), u"-t"_s, topic,
                   u"-m"_s, u"from a workspace"_s});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const Run received = subscriber->finish();
    QVERIFY2(received.exitCode == 0, received.describe().constData());
    QCOMPARE(received.out, QByteArray("from a workspace\n"));

    // A workspace that needs a password it does not keep: said before connecting, with how to give it.
    workspace.connection.options.username = u"alice"_s;
    workspace.connection.password = SecretStorage::Ask;
    QVERIFY(store.create(u"With password"_s, workspace).ok());
    run = cli({u"pub"_s, u"--workspace"_s, u"With password"_s, u"-t"_s, topic, u"-m"_s, u"x"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--password-file") && run.err.contains("THINGBENCH_PASSWORD"),
             run.describe().constData());

    // A certificate changed since it was chosen: a warning that names it, and the command still runs.
    const QString copy = m_tmp.filePath(u"moved-client.crt"_s);
    QVERIFY(QFile::copy(pki.clientCert, copy));
    workspace.connection.certificateFile = FileReference::of(copy);
    workspace.connection.options.certFile = copy;
    workspace.connection.password = SecretStorage::None;
    workspace.connection.options.username.clear();
    QVERIFY(store.create(u"Changed"_s, workspace).ok());
    QFile file(copy);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n");
    file.close();
    run = cli({u"pub"_s, u"--workspace"_s, u"Changed"_s, u"-t"_s, topic, u"-m"_s, u"x"_s});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.err.contains("warning") && run.err.contains(copy.toUtf8()) && run.err.contains("changed"),
             run.describe().constData());
}

void TestCliSubPub::connectionErrors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("messagePart");

    for (const QString& command : {u"sub"_s, u"pub"_s}) {
        const auto row = [&command](const char* name, const QString& setup, const QString& part) {
            QTest::addRow("%s: %s", qPrintable(command), name) << command << setup << part;
        };
        row("no client certificate on the mutual-TLS port", u"no-cert"_s, u"requires a client certificate"_s);
        row("wrong CA", u"wrong-ca"_s, u"not signed by the CA"_s);
        row("connection refused", u"refused"_s, u"refused"_s);
    }
    QTest::newRow("sub: host name mismatch") << u"sub"_s << u"wrong-host"_s << u"not valid for “localhost”"_s;
    QTest::newRow("pub: missing CA file") << u"pub"_s << u"missing-ca"_s << u"does not exist"_s;
}

void TestCliSubPub::connectionErrors()
{
    QFETCH(QString, command);
    QFETCH(QString, setup);
    QFETCH(QString, messagePart);
    const TestPki& pki = m_broker.pki();
    QStringList args;
    if (setup == u"no-cert"_s) {
        args = {u"--broker"_s, m_broker.mtlsUrl(), u"--cafile"_s, pki.caCert};
    } else if (setup == u"wrong-ca"_s) {
        args = mtlsArgs();
        args[args.indexOf(u"--cafile"_s) + 1] = pki.otherCaCert;
    } else if (setup == u"refused"_s) {
        args = {u"--broker"_s, u"mqtt://127.0.0.1:%1"_s.arg(BrokerFixture::freePort())};
    } else if (setup == u"wrong-host"_s) {
        args = {u"--broker"_s, u"mqtts://localhost:%1"_s.arg(m_broker.wrongHostPort()), u"--cafile"_s, pki.caCert};
    } else if (setup == u"missing-ca"_s) {
        args = mtlsArgs();
        args[args.indexOf(u"--cafile"_s) + 1] = m_tmp.filePath(u"no-such-ca.pem"_s);
    } else {
        QFAIL("unknown setup");
    }
    args.prepend(command);
    args << u"-t"_s << u"tb/cli/errors"_s;
    if (command == u"sub"_s) {
        args << u"-W"_s << u"15"_s;
    } else {
        args << u"-m"_s << u"x"_s << u"-q"_s << u"1"_s;
    }
    const Run run = cli(args);
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(run.err.startsWith(ERROR_PREFIX), run.describe().constData());
    QVERIFY2(run.err.contains(messagePart.toUtf8()), run.describe().constData());
    QVERIFY2(run.elapsedMs < 12000, qPrintable(QString::number(run.elapsedMs)));
}

QTEST_GUILESS_MAIN(TestCliSubPub)
#include "TestCliSubPub.moc"
