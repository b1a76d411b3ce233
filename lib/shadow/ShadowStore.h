// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "shadow/ShadowDocument.h"
#include "shadow/ShadowTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>

/// Every shadow the service knows, classic and named, including deleted ones whose version is still remembered.
/// A value (implicitly shared documents): the engine takes one and returns the next. Safe to copy between threads.
class ShadowStore
{
    Q_DECLARE_TR_FUNCTIONS(ShadowStore)

public:
    /// Version of the state file format written by toJson().
    static constexpr int SCHEMA_VERSION = 1;

    /// The document for `key`; a never-existing one (version 0) when the store has none.
    ShadowDocument document(const ShadowKey& key) const { return m_documents.value(key); }
    bool contains(const ShadowKey& key) const { return m_documents.contains(key); }
    /// Removes and returns the document (so it can change without a copy), or a never-existing one.
    ShadowDocument take(const ShadowKey& key) { return m_documents.take(key); }
    void insert(const ShadowKey& key, const ShadowDocument& document) { m_documents.insert(key, document); }
    void remove(const ShadowKey& key) { m_documents.remove(key); }
    void clear() { m_documents.clear(); }

    /// Every key, sorted by thing then shadow name; deleted shadows included.
    QList<ShadowKey> keys() const { return m_documents.keys(); }
    /// Keys of shadows that exist (not deleted).
    QList<ShadowKey> existingKeys() const;
    qsizetype size() const { return m_documents.size(); }
    bool isEmpty() const { return m_documents.isEmpty(); }

    /// The state file: `{"schemaVersion":1,"shadows":[{"thing","shadow","exists","version","deletedAt","state",
    /// "metadata"}]}`, sorted by key, compact.
    QByteArray toJson() const;
    /// Reads a state file written by toJson(). Error codes: `invalid_state_file` (with what is wrong),
    /// `unsupported_state_file` (a newer schema version).
    static Result<ShadowStore> fromJson(const QByteArray& json);

    bool operator==(const ShadowStore& other) const { return m_documents == other.m_documents; }
    bool operator!=(const ShadowStore& other) const { return !(*this == other); }

private:
    QMap<ShadowKey, ShadowDocument> m_documents;
};
