// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

/// Certificates and keys for the TestCert* suites, made at test time with the real `openssl` tool
/// (OPENSSL_EXECUTABLE) in a temporary folder: RSA and EC, every key container, chains, DER, expired, UTF-8 names.
/// Files written by openssl are already in normal form (64-character lines, one final LF), so a file's own bytes
/// are its expected pem_normalized.
class CertFixture
{
public:
    /// Passphrase of every encrypted key in the fixture.
    static QByteArray passphrase() { return QByteArrayLiteral("correct horse battery"); }

    /// Creates every file (about 2 s). On failure returns false and fills `error`.
    bool create(QString* error);

    QString dir() const { return m_dir.path(); }
    QString path(const QString& name) const;
    QByteArray read(const QString& name) const;
    /// Writes `bytes` as `name` in the fixture folder and returns the path.
    QString write(const QString& name, const QByteArray& bytes) const;

    /// Runs openssl with `arguments` in the fixture folder; returns stdout, or nullopt (with `error`) on failure.
    std::optional<QByteArray> openssl(const QStringList& arguments, QString* error = nullptr) const;

    /// The DER inside a single-block PEM file (via openssl).
    QByteArray derOf(const QString& name, bool key = false) const;

private:
    QTemporaryDir m_dir;
};

/// The lines of `pem` (LF-separated, final LF dropped).
QList<QByteArray> pemLines(const QByteArray& pem);

/// `text` without its final LF.
QByteArray withoutFinalNewline(const QByteArray& text);

/// Compiles `source` with the system's C compiler (`cc -std=c99 -Wall -Werror`) or C++ compiler
/// (`c++ -std=c++11 -Wall -Werror`), runs it in `workDir` and returns the bytes it wrote to `out.bin`. The program
/// receives the output path as argv[1]. Returns nullopt and fills `error` on any failure.
std::optional<QByteArray> compileAndRun(const QString& workDir, const QString& baseName, const QByteArray& source,
                                        bool cplusplus, QString* error);
