// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/ShadowDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <deque>

/// The versions of one shadow that a viewer has seen, oldest first: from `/get/accepted` answers and from the
/// `previous` and `current` documents of `/update/documents`. Bounded: at most `capacity()` versions (1,000 by
/// default), the oldest forgotten first. One entry per version number; a version seen again replaces nothing (the
/// service never changes a version once published). A delete followed by new updates restarts nothing: versions
/// keep increasing (spec §4.5), so the history stays in order.
///
/// A plain value, owner thread only.
class ShadowHistory
{
    Q_DECLARE_TR_FUNCTIONS(ShadowHistory)

public:
    static constexpr qsizetype DEFAULT_CAPACITY = 1000;

    enum class Source {
        Get,       ///< a `/get/accepted` answer
        Documents, ///< `/update/documents` (any client's update)
    };

    struct Entry
    {
        ShadowDocument document;
        qint64 seenAtMs = 0; ///< when this viewer saw the version (epoch ms)
        Source source = Source::Get;
        qint64 version() const { return document.version(); }
    };

    explicit ShadowHistory(qsizetype capacity = DEFAULT_CAPACITY);

    /// Records an existing document (one that does not exist has no version to keep). Returns true when its version
    /// was new.
    bool add(const ShadowDocument& document, Source source, qint64 seenAtMs);
    /// Records the `previous` and `current` documents of an `/update/documents` payload. Returns how many versions
    /// were new; a payload that is not such a document adds nothing.
    int addDocumentsMessage(const QByteArray& payload, qint64 seenAtMs);

    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    qsizetype capacity() const { return m_capacity; }
    /// Versions forgotten to stay within the capacity.
    quint64 forgottenCount() const { return m_forgotten; }
    const Entry& at(qsizetype index) const { return m_entries.at(size_t(index)); }
    const Entry& latest() const { return m_entries.back(); }
    /// The index of `version`, or -1.
    qsizetype indexOf(qint64 version) const;
    void clear();

private:
    std::deque<Entry> m_entries; ///< ascending version
    qsizetype m_capacity;
    quint64 m_forgotten = 0;
};
