// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString SECRET = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
const QString HOST = u"abc123-ats.iot.eu-west-1.amazonaws.com:443"_s;
// The signature of AKIDEXAMPLE / SECRET / eu-west-1 / HOST at 20261206T101500Z (as in TestSigV4; an independent
// HMAC-SHA256 computation gave the same value).
const QString SIGNATURE = u"d4191222f742e119f2448eadc8f9366191d60d7c0d6b33430e5e78dd8c4a31c4"_s;
const QString URL = u"wss://abc123-ats.iot.eu-west-1.amazonaws.com:443/mqtt?X-Amz-Algorithm=AWS4-HMAC-SHA256&"
                    "X-Amz-Credential=AKIDEXAMPLE%2F20261206%2Feu-west-1%2Fiotdevicegateway%2Faws4_request&"
                    "X-Amz-Date=20261206T101500Z&X-Amz-SignedHeaders=host&X-Amz-Signature="
                    "d4191222f742e119f2448eadc8f9366191d60d7c0d6b33430e5e78dd8c4a31c4"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

/// `thingbench-cli sigv4 presign` against DESIGN.md §3: fixed inputs give the expected signature, credentials come
/// from options, the environment or a profile, and the secret never appears in the output.
class TestCliSigV4 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void presignJson();
    void presignUrlLine();
    void credentialsFromEnvironment();
    void credentialsFromProfile();
    void errors_data();
    void errors();
    void connectingCommandsSignWithSigV4_data();
    void connectingCommandsSignWithSigV4();

private:
    /// Runs the CLI with a clean environment: HOME is an empty folder, no AWS_* variable unless in `extra`.
    Run run(const QStringList& args, const QStringList& extra = {}) const;
    /// The same for any command line.
    Run runCli(const QStringList& args, const QStringList& extra = {}) const;

    QTemporaryDir m_home;
};

void TestCliSigV4::initTestCase()
{
    QVERIFY(m_home.isValid());
}

Run TestCliSigV4::run(const QStringList& args, const QStringList& extra) const
{
    return runCli(QStringList{u"sigv4"_s, u"presign"_s} + args, extra);
}

Run TestCliSigV4::runCli(const QStringList& args, const QStringList& extra) const
{
    QProcess process;
    QStringList environment{u"HOME="_s + m_home.path(), u"PATH=/usr/bin:/bin"_s};
    for (const char* sanitizer : {"ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"}) {
        if (qEnvironmentVariableIsSet(sanitizer)) {
            environment << QString::fromLatin1(sanitizer) + u'=' + qEnvironmentVariable(sanitizer);
        }
    }
    process.setEnvironment(environment + extra);
    process.start(QStringLiteral(THINGBENCH_CLI_EXECUTABLE), args);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCliSigV4::presignJson()
{
    const Run r = run({u"--access-key-id"_s, u"AKIDEXAMPLE"_s, u"--secret-access-key"_s, SECRET, u"--region"_s,
                       u"eu-west-1"_s, u"--host"_s, HOST, u"--date"_s, u"20261206T101500Z"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.endsWith('\n'));
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(u"signature"_s).toString(), SIGNATURE);
    QCOMPARE(json.value(u"credential_scope"_s).toString(), u"20261206/eu-west-1/iotdevicegateway/aws4_request"_s);
    QVERIFY(json.value(u"canonical_request"_s)
                .toString()
                .startsWith(u"GET\n/mqtt\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F"_s));
    QVERIFY(json.value(u"canonical_request"_s).toString().contains(u"\nhost:"_s + HOST + u"\n"_s));
    QVERIFY(json.value(u"string_to_sign"_s).toString().startsWith(u"AWS4-HMAC-SHA256\n20261206T101500Z\n"_s));
    QCOMPARE(json.value(u"url"_s).toString(), URL);
    QVERIFY(!r.out.contains(SECRET.toUtf8()));
    QVERIFY(!r.err.contains(SECRET.toUtf8()));
    QVERIFY(r.err.contains("--secret-access-key")); // the warning about the process list
}

void TestCliSigV4::presignUrlLine()
{
    const QString secretFile = m_home.filePath(u"secret.txt"_s);
    QFile file(secretFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(SECRET.toUtf8() + "\n");
    file.close();
    const Run r = run({u"--access-key-id"_s, u"AKIDEXAMPLE"_s, u"--secret-access-key-file"_s, secretFile, u"--region"_s,
                       u"eu-west-1"_s, u"--host"_s, HOST, u"--date"_s, u"20261206T101500Z"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, URL.toUtf8() + '\n');
    QVERIFY(r.err.isEmpty());
}

void TestCliSigV4::credentialsFromEnvironment()
{
    const Run r = run({u"--host"_s, HOST, u"--date"_s, u"20261206T101500Z"_s},
                      {u"AWS_ACCESS_KEY_ID=AKIDEXAMPLE"_s, u"AWS_SECRET_ACCESS_KEY="_s + SECRET,
                       u"AWS_SESSION_TOKEN=tok/en+1="_s, u"AWS_DEFAULT_REGION=eu-west-1"_s});
    QCOMPARE(r.exitCode, 0);
    // The token is appended after the signature, encoded, and does not change it.
    QCOMPARE(r.out, URL.toUtf8() + "&X-Amz-Security-Token=tok%2Fen%2B1%3D\n");
    QVERIFY(!r.out.contains(SECRET.toUtf8()));
}

void TestCliSigV4::credentialsFromProfile()
{
    const QString credentials = m_home.filePath(u"creds"_s);
    const QString config = m_home.filePath(u"conf"_s);
    QFile c(credentials);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = x\n[dev]\naws_access_key_id = "
            "AKIDEXAMPLE\naws_secret_access_key = " +
            SECRET.toUtf8() + "\n");
    c.close();
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[profile dev]\nregion = eu-west-1\n");
    f.close();
    const QStringList env{u"AWS_SHARED_CREDENTIALS_FILE="_s + credentials, u"AWS_CONFIG_FILE="_s + config};
    const Run r =
        run({u"--profile"_s, u"dev"_s, u"--host"_s, HOST, u"--date"_s, u"20261206T101500Z"_s, u"--json"_s}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"signature"_s).toString(), SIGNATURE);
    // An explicit --region overrides the profile's (and changes the signature).
    const Run other = run({u"--profile"_s, u"dev"_s, u"--region"_s, u"us-east-1"_s, u"--host"_s, HOST, u"--date"_s,
                           u"20261206T101500Z"_s, u"--json"_s},
                          env);
    QCOMPARE(other.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(other.out).object();
    QCOMPARE(json.value(u"credential_scope"_s).toString(), u"20261206/us-east-1/iotdevicegateway/aws4_request"_s);
    QVERIFY(json.value(u"signature"_s).toString() != SIGNATURE);
    // A missing profile lists the ones that exist.
    const Run missing = run({u"--profile"_s, u"prod"_s, u"--host"_s, HOST}, env);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("Profiles that exist: other, dev."), missing.err.constData());
    QVERIFY(!missing.err.contains(SECRET.toUtf8()));
}

void TestCliSigV4::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("mentions");
    const QStringList keys{u"--access-key-id"_s, u"AKIDEXAMPLE"_s, u"--secret-access-key"_s, SECRET};
    QTest::newRow("no host") << (keys + QStringList{u"--region"_s, u"eu-west-1"_s}) << 2 << QByteArray("--host");
    QTest::newRow("bad date") << (keys +
                                  QStringList{u"--region"_s, u"eu-west-1"_s, u"--host"_s, HOST, u"--date"_s,
                                              u"2026-12-06T10:15:00Z"_s})
                              << 2 << QByteArray("YYYYMMDDTHHMMSSZ");
    QTest::newRow("no region") << (keys + QStringList{u"--host"_s, HOST}) << 2 << QByteArray("region");
    QTest::newRow("no credentials") << QStringList{u"--region"_s, u"eu-west-1"_s, u"--host"_s, HOST} << 2
                                    << QByteArray("No credentials");
    QTest::newRow("key id without secret")
        << QStringList{u"--access-key-id"_s, u"AKIDEXAMPLE"_s, u"--region"_s, u"eu-west-1"_s, u"--host"_s, HOST} << 2
        << QByteArray("No secret access key for AKIDEXAMPLE");
    QTest::newRow("expires out of range")
        << (keys + QStringList{u"--region"_s, u"eu-west-1"_s, u"--host"_s, HOST, u"--expires"_s, u"0"_s}) << 2
        << QByteArray("X-Amz-Expires");
}

void TestCliSigV4::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, mentions);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("thingbench-cli: "), r.err.constData());
    QVERIFY2(r.err.contains(mentions), r.err.constData());
    QVERIFY(!r.err.contains(SECRET.toUtf8()));
}

void TestCliSigV4::connectingCommandsSignWithSigV4_data()
{
    // `sub`/`pub --sigv4` refuse what cannot be signed before any network traffic (the sandbox test connects for real).
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QByteArray>("mentions");
    const QStringList keys{u"AWS_ACCESS_KEY_ID=AKIDEXAMPLE"_s, u"AWS_SECRET_ACCESS_KEY="_s + SECRET};
    QTest::newRow("not a wss:// URL") << QStringList{u"sub"_s,     u"--broker"_s, u"mqtts://"_s + HOST,
                                                     u"--sigv4"_s, u"-t"_s,       u"a"_s}
                                      << keys << QByteArray("use a wss:// broker URL");
    QTest::newRow("--profile without --sigv4")
        << QStringList{u"pub"_s,       u"--broker"_s, u"wss://"_s + HOST + u"/mqtt"_s,
                       u"--profile"_s, u"dev"_s,      u"-t"_s,
                       u"a"_s,         u"-m"_s,       u"x"_s}
        << keys << QByteArray("--profile is for signing in with AWS credentials: add --sigv4");
    QTest::newRow("no region known") << QStringList{u"sub"_s,     u"--broker"_s, u"wss://127.0.0.1:9/mqtt"_s,
                                                    u"--sigv4"_s, u"-t"_s,       u"a"_s}
                                     << keys << QByteArray("Give it with --region");
    QTest::newRow("no credentials") << QStringList{u"sub"_s,     u"--broker"_s, u"wss://"_s + HOST + u"/mqtt"_s,
                                                   u"--sigv4"_s, u"-t"_s,       u"a"_s}
                                    << QStringList() << QByteArray("credentials");
}

void TestCliSigV4::connectingCommandsSignWithSigV4()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, mentions);
    const Run r = runCli(args, environment);
    QCOMPARE(r.exitCode, QTest::currentDataTag() == QByteArray("no credentials") ? 1 : 2);
    QVERIFY2(r.err.startsWith("thingbench-cli: "), r.err.constData());
    QVERIFY2(r.err.contains(mentions), r.err.constData());
    QVERIFY(!r.err.contains(SECRET.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliSigV4)
#include "TestCliSigV4.moc"
