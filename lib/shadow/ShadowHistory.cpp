// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowHistory.h"

#include "shadow/ShadowJson_p.h"

#include <algorithm>

ShadowHistory::ShadowHistory(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{ }

bool ShadowHistory::add(const ShadowDocument& document, Source source, qint64 seenAtMs)
{
    if (!document.exists()) {
        return false;
    }
    const auto byVersion = [](const Entry& entry, qint64 version) { return entry.version() < version; };
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), document.version(), byVersion);
    if (at != m_entries.end() && at->version() == document.version()) {
        return false;
    }
    if (qsizetype(m_entries.size()) >= m_capacity) {
        if (at == m_entries.begin()) {
            ++m_forgotten; // older than everything kept in a full history: it would be the first to go
            return false;
        }
        m_entries.insert(at, Entry{document, seenAtMs, source});
        m_entries.pop_front();
        ++m_forgotten;
        return true;
    }
    m_entries.insert(at, Entry{document, seenAtMs, source});
    return true;
}

int ShadowHistory::addDocumentsMessage(const QByteArray& payload, qint64 seenAtMs)
{
    const std::optional<ShadowJson::Json> parsed =
        ShadowJson::isValidUtf8(payload.constData(), payload.size()) ? ShadowJson::parse(payload) : std::nullopt;
    if (!parsed || !parsed->is_object()) {
        return 0;
    }
    int added = 0;
    for (const char* which : {"previous", "current"}) {
        const auto it = parsed->find(which);
        if (it == parsed->end() || !it->is_object()) {
            continue; // `previous` is null for a shadow's first version
        }
        const Result<ShadowDocument> document =
            ShadowDocument::fromJson(ShadowJson::toByteArray(ShadowJson::dump(*it)));
        if (document && add(*document, Source::Documents, seenAtMs)) {
            ++added;
        }
    }
    return added;
}

qsizetype ShadowHistory::indexOf(qint64 version) const
{
    const auto byVersion = [](const Entry& entry, qint64 v) { return entry.version() < v; };
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), version, byVersion);
    return at != m_entries.end() && at->version() == version ? qsizetype(at - m_entries.begin()) : -1;
}

void ShadowHistory::clear()
{
    m_entries.clear();
    m_forgotten = 0;
}
