// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/ShadowDocument.h"
#include "shadow/ShadowJson_p.h"

#include <QSharedData>

/// The state of a ShadowDocument. Sections and their metadata are null when absent, else objects.
class ShadowDocumentData : public QSharedData
{
public:
    bool exists = false;
    qint64 version = 0;
    qint64 deletedAt = 0;
    ShadowJson::Json desired;
    ShadowJson::Json reported;
    ShadowJson::Json desiredMetadata;
    ShadowJson::Json reportedMetadata;
};

/// Grants the rest of lib/shadow access to a document's JSON without making it part of the public header.
class ShadowDocumentAccess
{
public:
    static const ShadowDocumentData& data(const ShadowDocument& document) { return *document.d; }
    static ShadowDocumentData& mutableData(ShadowDocument& document) { return *document.d; }
};

namespace ShadowJson {
/// Appends `{"desired":…,"reported":…}` with the present sections (also used for metadata).
void appendSections(std::string& out, const Json& desired, const Json& reported);
/// Appends the `/update/documents` form of a document: `{"state":…,"metadata":…,"version":N}`.
void appendDocument(std::string& out, const ShadowDocumentData& data);
} // namespace ShadowJson
