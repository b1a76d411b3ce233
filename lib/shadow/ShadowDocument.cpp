// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowDocument.h"

#include "shadow/ShadowDocument_p.h"

using ShadowJson::Json;

namespace ShadowJson {

void appendSections(std::string& out, const Json& desired, const Json& reported)
{
    out += '{';
    if (!desired.is_null()) {
        out += "\"desired\":";
        dumpTo(out, desired);
    }
    if (!reported.is_null()) {
        if (!desired.is_null()) {
            out += ',';
        }
        out += "\"reported\":";
        dumpTo(out, reported);
    }
    out += '}';
}

void appendDocument(std::string& out, const ShadowDocumentData& data)
{
    out += "{\"state\":";
    appendSections(out, data.desired, data.reported);
    out += ",\"metadata\":";
    appendSections(out, data.desiredMetadata, data.reportedMetadata);
    out += ",\"version\":";
    out += std::to_string(data.version);
    out += '}';
}

} // namespace ShadowJson

namespace {

QByteArray dumpOrEmpty(const Json& value)
{
    return value.is_null() ? QByteArray() : ShadowJson::toByteArray(ShadowJson::dump(value));
}

/// Reads one section and its metadata from a parsed document; false when the section has the wrong type.
bool readSection(const Json& state, const Json* metadata, const char* name, Json& section, Json& sectionMetadata)
{
    const auto it = state.find(name);
    if (it == state.end() || it->is_null()) {
        return true;
    }
    if (!it->is_object()) {
        return false;
    }
    if (it->empty()) {
        return true; // an empty section does not exist (spec §3.1)
    }
    section = *it;
    if (metadata && metadata->is_object()) {
        const auto meta = metadata->find(name);
        if (meta != metadata->end() && ShadowJson::metadataMatches(section, *meta)) {
            sectionMetadata = *meta;
        }
    }
    if (sectionMetadata.is_null()) {
        sectionMetadata = ShadowJson::metadataFor(section, 0); // unknown write times
    }
    return true;
}

} // namespace

ShadowDocument::ShadowDocument()
    : d(new ShadowDocumentData)
{ }
ShadowDocument::ShadowDocument(const ShadowDocument& other) = default;
ShadowDocument::ShadowDocument(ShadowDocument&& other) noexcept = default;
ShadowDocument& ShadowDocument::operator=(const ShadowDocument& other) = default;
ShadowDocument& ShadowDocument::operator=(ShadowDocument&& other) noexcept = default;
ShadowDocument::~ShadowDocument() = default;

bool ShadowDocument::exists() const
{
    return d->exists;
}

qint64 ShadowDocument::version() const
{
    return d->version;
}

qint64 ShadowDocument::deletedAt() const
{
    return d->deletedAt;
}

bool ShadowDocument::hasDesired() const
{
    return !d->desired.is_null();
}

bool ShadowDocument::hasReported() const
{
    return !d->reported.is_null();
}

QByteArray ShadowDocument::desired() const
{
    return dumpOrEmpty(d->desired);
}

QByteArray ShadowDocument::reported() const
{
    return dumpOrEmpty(d->reported);
}

QByteArray ShadowDocument::desiredMetadata() const
{
    return dumpOrEmpty(d->desiredMetadata);
}

QByteArray ShadowDocument::reportedMetadata() const
{
    return dumpOrEmpty(d->reportedMetadata);
}

QByteArray ShadowDocument::delta() const
{
    const Json delta = ShadowJson::delta(d->desired, d->reported);
    return delta.empty() ? QByteArray() : ShadowJson::toByteArray(ShadowJson::dump(delta));
}

QByteArray ShadowDocument::toJson() const
{
    if (!d->exists) {
        return QByteArrayLiteral("null");
    }
    std::string out;
    ShadowJson::appendDocument(out, *d);
    return ShadowJson::toByteArray(out);
}

Result<ShadowDocument> ShadowDocument::fromJson(const QByteArray& json)
{
    const auto invalid = [](const QString& why) {
        return Error{QStringLiteral("invalid_shadow"), tr("This is not a shadow document: %1.").arg(why), {}};
    };
    if (!ShadowJson::isValidUtf8(json.constData(), json.size())) {
        return invalid(tr("it is not UTF-8 text"));
    }
    const std::optional<Json> parsed = ShadowJson::parse(json);
    if (!parsed) {
        return invalid(tr("it is not valid JSON"));
    }
    if (!parsed->is_object()) {
        return invalid(tr("it is not a JSON object"));
    }
    const auto state = parsed->find("state");
    if (state == parsed->end() || !(state->is_object() || state->is_null())) {
        return invalid(tr("it has no \"state\" object"));
    }
    const auto metadata = parsed->find("metadata");
    const Json* metadataPtr = metadata == parsed->end() ? nullptr : &*metadata;
    ShadowDocument document;
    ShadowDocumentData& data = *document.d;
    data.exists = true;
    if (state->is_object()) {
        if (!readSection(*state, metadataPtr, "desired", data.desired, data.desiredMetadata) ||
            !readSection(*state, metadataPtr, "reported", data.reported, data.reportedMetadata)) {
            return invalid(tr("\"desired\" and \"reported\" must be objects"));
        }
    }
    const auto version = parsed->find("version");
    if (version != parsed->end()) {
        if (!version->is_number_integer() || (!version->is_number_unsigned() && version->get<qint64>() < 0)) {
            return invalid(tr("\"version\" must be a non-negative integer"));
        }
        data.version = version->get<qint64>();
    }
    return document;
}

int ShadowDocument::stateBytes() const
{
    int bytes = 0;
    if (!d->desired.is_null()) {
        bytes += int(ShadowJson::dump(d->desired).size());
    }
    if (!d->reported.is_null()) {
        bytes += int(ShadowJson::dump(d->reported).size());
    }
    return bytes;
}

int ShadowDocument::depth() const
{
    return std::max(ShadowJson::depthOf(d->desired), ShadowJson::depthOf(d->reported));
}

bool ShadowDocument::operator==(const ShadowDocument& other) const
{
    if (d == other.d) {
        return true;
    }
    // Exact comparison (types, key order, metadata): documents are equal when they would serialise the same.
    return d->exists == other.d->exists && d->version == other.d->version && d->deletedAt == other.d->deletedAt &&
        d->desired == other.d->desired && d->reported == other.d->reported &&
        d->desiredMetadata == other.d->desiredMetadata && d->reportedMetadata == other.d->reportedMetadata;
}
