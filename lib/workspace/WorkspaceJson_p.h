// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/// Shared by Workspace.cpp (writing) and WorkspaceReader.cpp (checking, reading, migrating).
namespace WorkspaceJsonPrivate {

QJsonValue referenceToJson(const FileReference& reference);
QJsonObject connectionToJson(const ConnectionSettings& connection);
/// `payload` as text when the bytes are text that survives JSON exactly, else `payload_base64`.
void insertPayload(QJsonObject& object, const QByteArray& payload);
QString secretName(SecretStorage storage);

/// Checks members of a JSON document one by one and keeps the first problem, in words that name the member by its
/// path ("“connection.keepAliveSeconds” is not a whole number from 0 to 65535"). Absent members are fine (the
/// reader uses defaults); present ones must have the right type. Once a problem is found, later checks do nothing.
class Checker
{
public:
    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    void fail(const QString& problem);

    void text(const QJsonObject& object, const char* key, const QString& path);
    void boolean(const QJsonObject& object, const char* key, const QString& path);
    void integer(const QJsonObject& object, const char* key, const QString& path, qint64 min, qint64 max);
    void textList(const QJsonObject& object, const char* key, const QString& path);
    void oneOf(const QJsonObject& object, const char* key, const QString& path, const QStringList& values);
    void base64(const QJsonObject& object, const char* key, const QString& path);
    /// null, absent, or {path: text, sha256?: 64 hex digits, size?: whole number}.
    void reference(const QJsonObject& object, const char* key, const QString& path);
    /// `payload` (text) or `payload_base64`, not both.
    void payload(const QJsonObject& object, const QString& path);
    /// The member as an object (an empty one when absent or null and `nullable`); records a problem otherwise.
    QJsonObject object(const QJsonObject& parent, const char* key, const QString& path, bool nullable = false);
    QJsonArray array(const QJsonObject& parent, const char* key, const QString& path);
    /// The element as an object, or records "“path[i]” is not an object".
    QJsonObject element(const QJsonArray& array, qsizetype index, const QString& path);

private:
    QString m_problem;
};

/// "a.b" from "a" and "b"; "b" from "" and "b".
QString join(const QString& path, const char* key);

} // namespace WorkspaceJsonPrivate
