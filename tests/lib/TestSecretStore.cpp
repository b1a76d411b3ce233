// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 10000;
const QByteArray SECRET = "correct horse battery staple \xE2\x9C\x93";

/// Child mode: writes a secret with no keychain reachable and prints what the store said.
int probeWithoutKeychain()
{
    SecretStore store;
    QSignalSpy written(&store, &SecretStore::written);
    store.write(SecretStore::keyFor(u"W"_s, u"password"_s), SECRET);
    if (!written.wait(WAIT_MS)) {
        std::printf("no answer\n");
        return 1;
    }
    std::printf("error: %s\n", qPrintable(written.first().at(1).toString()));
    return 0;
}

} // namespace

/// SecretStore against a real Secret Service (GNOME Keyring in a private D-Bus session, started by
/// tests/support/with-keychain.sh), and with none: then it fails in words and writes nothing anywhere.
class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadRemoveRoundTrip();
    void workspacesHaveSeparateEntries();
    void withoutKeychainNothingIsWritten();
};

void TestSecretStore::writeReadRemoveRoundTrip()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through tests/support/with-keychain.sh");
    SecretStore store;
    const QString key = SecretStore::keyFor(u"Kitchen"_s, u"password"_s);
    QSignalSpy written(&store, &SecretStore::written);
    store.write(key, SECRET);
    QVERIFY(written.wait(WAIT_MS));
    QCOMPARE(written.first().at(1).toString(), QString());

    QSignalSpy read(&store, &SecretStore::readFinished);
    store.read(key);
    QVERIFY(read.wait(WAIT_MS));
    QCOMPARE(read.first().at(1).value<std::optional<QByteArray>>(), std::optional<QByteArray>(SECRET));

    QSignalSpy removed(&store, &SecretStore::removed);
    store.remove(key);
    QVERIFY(removed.wait(WAIT_MS));
    QCOMPARE(removed.first().at(1).toString(), QString());
    store.read(key);
    QVERIFY(read.wait(WAIT_MS));
    QCOMPARE(read.last().at(1).value<std::optional<QByteArray>>(), std::nullopt);
    QVERIFY(read.last().at(2).toString().contains(u"no such secret"_s));
}

void TestSecretStore::workspacesHaveSeparateEntries()
{
    SecretStore store;
    QSignalSpy written(&store, &SecretStore::written);
    store.write(SecretStore::keyFor(u"A"_s, u"passphrase"_s), "for A");
    store.write(SecretStore::keyFor(u"B"_s, u"passphrase"_s), "for B");
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, WAIT_MS);
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.read(SecretStore::keyFor(u"B"_s, u"passphrase"_s));
    QVERIFY(read.wait(WAIT_MS));
    QCOMPARE(read.first().at(1).value<std::optional<QByteArray>>(), std::optional<QByteArray>("for B"));
}

void TestSecretStore::withoutKeychainNothingIsWritten()
{
    QTemporaryDir home;
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    for (const char* variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"}) {
        environment.insert(QLatin1String(variable), home.path());
    }
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {u"--probe-without-keychain"_s});
    QVERIFY(child.waitForFinished(30000));
    const QByteArray output = child.readAllStandardOutput();
    QVERIFY2(output.contains("error: ") && output.contains("keychain"), output.constData());
    // No insecure fallback: the secret is in no file at all.
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("battery staple"), qPrintable(file.fileName()));
    }
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && std::strcmp(argv[1], "--probe-without-keychain") == 0) {
        return probeWithoutKeychain();
    }
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretStore.moc"
