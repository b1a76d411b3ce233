// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FileIo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/// FileIo: the capped reader, the atomic writer and the set-aside policy for files the app owns (issue 8, item 8):
/// a file that cannot be used is moved aside under a new name, reported in words, and never overwritten.
class TestFileIo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readFileIsCapped();
    void writeIsAtomicAndOwnerOnly();
    void missingFileStartsEmpty();
    void validFileLoads();
    void damagedFileIsSetAside_issue8_data();
    void damagedFileIsSetAside_issue8();
    void newerSchemaIsSetAsideAsNewer_issue8();
    void setAsideNeverOverwritesAnEarlierOne_issue8();
    void nextSaveKeepsTheSetAsideFile_issue8();
    void unmovableFileBlocksSaving_issue8();
    void interruptedWritesAreRemoved();

private:
    FileIo::JsonDocumentSpec spec() const;
    QString write(const QByteArray& bytes);
    QStringList setAsideFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

/// The same kind of check a real file's owner passes: {"items": [strings]}.
QString itemsProblem(const QJsonObject& root)
{
    if (!root.value(u"items"_s).isArray()) {
        return u"“items” is not a list"_s;
    }
    for (const QJsonValue& value : root.value(u"items"_s).toArray()) {
        if (!value.isString()) {
            return u"an item is not text"_s;
        }
    }
    return {};
}

const QByteArray VALID = R"({"schemaVersion": 2, "items": ["a", "b"]})";

} // namespace

void TestFileIo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"items.json"_s);
}

FileIo::JsonDocumentSpec TestFileIo::spec() const
{
    FileIo::JsonDocumentSpec result;
    result.description = u"items file"_s;
    result.schemaVersion = 2;
    result.maxBytes = 4096;
    result.check = &itemsProblem;
    return result;
}

QString TestFileIo::write(const QByteArray& bytes)
{
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return m_path;
}

QStringList TestFileIo::setAsideFiles() const
{
    return QDir(m_dir->path()).entryList({u"items.json.*"_s}, QDir::Files, QDir::Name);
}

void TestFileIo::readFileIsCapped()
{
    QVERIFY(!write(QByteArray(100, 'x')).isEmpty());
    QCOMPARE(FileIo::readFile(m_path, 100).value(), QByteArray(100, 'x'));
    const auto tooLarge = FileIo::readFile(m_path, 99);
    QVERIFY(!tooLarge);
    QCOMPARE(tooLarge.error().code, u"file_too_large"_s);
    QVERIFY(tooLarge.error().message.contains(m_path));
    QCOMPARE(FileIo::readFile(m_dir->filePath(u"nothing"_s)).error().code, u"file_not_found"_s);
    QCOMPARE(FileIo::readFile(m_dir->path()).error().code, u"file_unreadable"_s);
}

void TestFileIo::writeIsAtomicAndOwnerOnly()
{
    QVERIFY(FileIo::writeFileAtomically(m_path, "secret", FileIo::Permissions::OwnerOnly));
    QCOMPARE(FileIo::readFile(m_path).value(), QByteArray("secret"));
    const QFileDevice::Permissions permissions = QFile::permissions(m_path);
    QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    const QFileDevice::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(permissions & others, QFileDevice::Permissions());
    // A folder in the way of the file: the write fails and says so.
    const QString blocked = m_dir->filePath(u"folder"_s);
    QVERIFY(QDir().mkpath(blocked));
    const auto failed = FileIo::writeFileAtomically(blocked, "x");
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, u"file_unwritable"_s);
}

void TestFileIo::missingFileStartsEmpty()
{
    const FileIo::JsonDocument loaded = FileIo::loadJsonDocument(m_path, spec());
    QCOMPARE(loaded.status, FileIo::JsonDocument::Status::Missing);
    QVERIFY(loaded.root.isEmpty());
    QVERIFY(setAsideFiles().isEmpty());
}

void TestFileIo::validFileLoads()
{
    QVERIFY(!write(VALID).isEmpty());
    const FileIo::JsonDocument loaded = FileIo::loadJsonDocument(m_path, spec());
    QCOMPARE(loaded.status, FileIo::JsonDocument::Status::Loaded);
    QCOMPARE(loaded.schemaVersion, 2);
    QCOMPARE(loaded.root.value(u"items"_s).toArray(), (QJsonArray{u"a"_s, u"b"_s}));
    QCOMPARE(FileIo::readFile(m_path).value(), VALID); // reading never touches the file
    QVERIFY(setAsideFiles().isEmpty());
}

void TestFileIo::damagedFileIsSetAside_issue8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says"); // what the message must tell the user is wrong

    QTest::newRow("truncated") << VALID.left(VALID.size() - 8) << u"ends in the middle"_s;
    QTest::newRow("truncated inside a string")
        << QByteArray(R"({"schemaVersion": 2, "items": ["a)") << u"ends in the middle"_s;
    QTest::newRow("empty") << QByteArray() << u"is empty"_s;
    QTest::newRow("not JSON") << QByteArray("schemaVersion = 2\nitems = a, b\n") << u"not valid JSON"_s;
    QTest::newRow("not JSON: binary") << QByteArray("\x00\x01\x02\xff{}", 6) << u"not valid JSON"_s;
    QTest::newRow("a list, not an object") << QByteArray(R"([1, 2])") << u"JSON list"_s;
    QTest::newRow("wrong type: items") << QByteArray(R"({"schemaVersion": 2, "items": "a"})")
                                       << u"“items” is not a list"_s;
    QTest::newRow("wrong type: an item") << QByteArray(R"({"schemaVersion": 1, "items": ["a", 7]})")
                                         << u"an item is not text"_s;
    QTest::newRow("wrong type: schemaVersion")
        << QByteArray(R"({"schemaVersion": "2", "items": []})") << u"schemaVersion"_s;
    QTest::newRow("no schemaVersion") << QByteArray(R"({"items": []})") << u"schemaVersion"_s;
    QTest::newRow("fractional schemaVersion")
        << QByteArray(R"({"schemaVersion": 1.5, "items": []})") << u"schemaVersion"_s;
    QTest::newRow("larger than the cap") << (R"({"schemaVersion": 2, "items": [")" + QByteArray(5000, 'x') + "\"]}")
                                         << u"larger than 4096 bytes"_s;
}

void TestFileIo::damagedFileIsSetAside_issue8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QVERIFY(!write(bytes).isEmpty());

    const FileIo::JsonDocument loaded = FileIo::loadJsonDocument(m_path, spec());
    QCOMPARE(loaded.status, FileIo::JsonDocument::Status::SetAside);
    QVERIFY(loaded.root.isEmpty());
    // The file moved beside the original under "<name>.damaged-<UTC time>", byte for byte.
    QVERIFY(!QFile::exists(m_path));
    QCOMPARE(setAsideFiles().size(), 1);
    QCOMPARE(loaded.setAsidePath, m_dir->filePath(setAsideFiles().constFirst()));
    QVERIFY2(QFileInfo(loaded.setAsidePath)
                 .fileName()
                 .contains(QRegularExpression(u"^items\\.json\\.damaged-\\d{8}T\\d{6}Z$"_s)),
             qPrintable(loaded.setAsidePath));
    QCOMPARE(FileIo::readFile(loaded.setAsidePath).value(), bytes);
    // Reported in words: which file, what is wrong, where it is now, what to do.
    QCOMPARE(loaded.problem.code, u"file_damaged"_s);
    const QString message = loaded.problem.message;
    QVERIFY2(message.contains(u"items file “%1”"_s.arg(m_path)), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(u"moved to “%1”"_s.arg(loaded.setAsidePath)), qPrintable(message));
    QVERIFY2(message.contains(u"copy back what you need"_s), qPrintable(message));
}

void TestFileIo::newerSchemaIsSetAsideAsNewer_issue8()
{
    const QByteArray newer = R"({"schemaVersion": 3, "items": {"a": "a future shape"}})";
    QVERIFY(!write(newer).isEmpty());
    const FileIo::JsonDocument loaded = FileIo::loadJsonDocument(m_path, spec());
    QCOMPARE(loaded.status, FileIo::JsonDocument::Status::SetAside);
    QCOMPARE(loaded.problem.code, u"file_newer_version"_s);
    QVERIFY2(QFileInfo(loaded.setAsidePath).fileName().startsWith(u"items.json.newer-"_s),
             qPrintable(loaded.setAsidePath));
    QCOMPARE(FileIo::readFile(loaded.setAsidePath).value(), newer);
    QVERIFY2(
        loaded.problem.message.contains(u"newer ThingBench (schema version 3; this version understands up to 2)"_s),
        qPrintable(loaded.problem.message));
    QVERIFY2(loaded.problem.message.contains(loaded.setAsidePath), qPrintable(loaded.problem.message));
}

void TestFileIo::setAsideNeverOverwritesAnEarlierOne_issue8()
{
    // Three damaged versions within the same second: three set-aside files, each with its own bytes.
    const QDateTime now = QDateTime::fromString(u"2026-12-05T16:15:00Z"_s, Qt::ISODate);
    QStringList moved;
    for (const QByteArray& bytes : {QByteArray("one"), QByteArray("two"), QByteArray("three")}) {
        QVERIFY(!write(bytes).isEmpty());
        const auto result = FileIo::setAside(m_path, FileIo::SetAsideReason::Damaged, now);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        moved << QFileInfo(*result).fileName();
    }
    QCOMPARE(moved,
             (QStringList{u"items.json.damaged-20261205T161500Z"_s, u"items.json.damaged-20261205T161500Z-2"_s,
                          u"items.json.damaged-20261205T161500Z-3"_s}));
    QCOMPARE(FileIo::readFile(m_dir->filePath(moved.at(0))).value(), QByteArray("one"));
    QCOMPARE(FileIo::readFile(m_dir->filePath(moved.at(1))).value(), QByteArray("two"));
    QCOMPARE(FileIo::readFile(m_dir->filePath(moved.at(2))).value(), QByteArray("three"));
    // The loader (current time) never replaces an earlier set-aside file either.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!write("not json " + QByteArray::number(i)).isEmpty());
        QCOMPARE(FileIo::loadJsonDocument(m_path, spec()).status, FileIo::JsonDocument::Status::SetAside);
    }
    QCOMPARE(setAsideFiles().size(), 6);
}

void TestFileIo::nextSaveKeepsTheSetAsideFile_issue8()
{
    const QByteArray truncated = VALID.left(20);
    QVERIFY(!write(truncated).isEmpty());
    const FileIo::JsonDocument loaded = FileIo::loadJsonDocument(m_path, spec());
    QCOMPARE(loaded.status, FileIo::JsonDocument::Status::SetAside);
    // The owner saves its (fresh) state: a new file appears, the set-aside one is untouched.
    QVERIFY(FileIo::writeFileAtomically(m_path, VALID));
    QCOMPARE(FileIo::readFile(m_path).value(), VALID);
    QCOMPARE(FileIo::readFile(loaded.setAsidePath).value(), truncated);
    QCOMPARE(FileIo::loadJsonDocument(m_path, spec()).status, FileIo::JsonDocument::Status::Loaded);
    QCOMPARE(setAsideFiles().size(), 1);
}

void TestFileIo::unmovableFileBlocksSaving_issue8()
{
    // A file that can be read but not renamed (procfs refuses every rename, even for root): it must not be
    // reported as set aside, and the caller is told that saving would overwrite it.
    const QString unmovable = u"/proc/self/status"_s;
    FileIo::JsonDocumentSpec description = spec();
    description.maxBytes = 1024 * 1024;
    const FileIo::JsonDocument loaded = FileIo::loadJsonDocument(unmovable, description);
    QCOMPARE(loaded.status, FileIo::JsonDocument::Status::Blocked);
    QCOMPARE(loaded.problem.code, u"file_blocked"_s);
    QVERIFY(loaded.setAsidePath.isEmpty());
    QVERIFY2(loaded.problem.message.contains(u"not valid JSON"_s), qPrintable(loaded.problem.message));
    QVERIFY2(loaded.problem.message.contains(u"nothing will be saved over it until you move or repair it"_s),
             qPrintable(loaded.problem.message));
    QVERIFY(QFile::exists(unmovable));
}

void TestFileIo::interruptedWritesAreRemoved()
{
    // Only "<name>.XXXXXX" (QSaveFile's temporary name) beside the file goes; the file, its backup, set-aside
    // copies and other names stay.
    const QDir dir(m_dir->path());
    const QStringList keep{u"w.json"_s,           u"w.json.bak"_s,    u"w.json.bak.Ab12Cd"_s,
                           u"w.json.Ab12Cd7"_s,   u"w.json.ab-12c"_s, u"w.json.damaged-20261205T161500Z"_s,
                           u"other.json.Ab12Cd"_s};
    const QStringList leftovers{u"w.json.Ab12Cd"_s, u"w.json.zzZZ99"_s};
    for (const QString& name : keep + leftovers) {
        QVERIFY(FileIo::writeFileAtomically(dir.filePath(name), "x"));
    }
    QCOMPARE(FileIo::removeInterruptedWrites(dir.filePath(u"w.json"_s)), 2);
    QStringList expected = keep;
    expected.sort();
    QCOMPARE(dir.entryList(QDir::Files, QDir::Name), expected);
    QCOMPARE(FileIo::removeInterruptedWrites(dir.filePath(u"w.json.bak"_s)), 1);
    QVERIFY(!dir.exists(u"w.json.bak.Ab12Cd"_s));
}

QTEST_GUILESS_MAIN(TestFileIo)

#include "TestFileIo.moc"
