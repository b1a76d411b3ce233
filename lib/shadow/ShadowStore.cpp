// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowStore.h"

#include "shadow/ShadowDocument_p.h"
#include "shadow/ShadowTopic.h"

using ShadowJson::Json;

namespace {

std::string toStd(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

QString fromStd(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isNonNegativeInteger(const Json& value)
{
    return value.is_number_unsigned() || (value.is_number_integer() && value.get<qint64>() >= 0);
}

} // namespace

QList<ShadowKey> ShadowStore::existingKeys() const
{
    QList<ShadowKey> keys;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        if (it->exists()) {
            keys.append(it.key());
        }
    }
    return keys;
}

QByteArray ShadowStore::toJson() const
{
    std::string out = "{\"schemaVersion\":" + std::to_string(SCHEMA_VERSION) + ",\"shadows\":[";
    bool first = true;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        const ShadowDocumentData& data = ShadowDocumentAccess::data(it.value());
        if (!first) {
            out += ',';
        }
        first = false;
        out += "{\"thing\":";
        ShadowJson::dumpTo(out, Json(toStd(it.key().thing)));
        out += ",\"shadow\":";
        ShadowJson::dumpTo(out, Json(toStd(it.key().shadow)));
        out += data.exists ? ",\"exists\":true" : ",\"exists\":false";
        out += ",\"version\":" + std::to_string(data.version);
        out += ",\"deletedAt\":" + std::to_string(data.deletedAt);
        out += ",\"state\":";
        ShadowJson::appendSections(out, data.desired, data.reported);
        out += ",\"metadata\":";
        ShadowJson::appendSections(out, data.desiredMetadata, data.reportedMetadata);
        out += '}';
    }
    out += "]}\n";
    return ShadowJson::toByteArray(out);
}

Result<ShadowStore> ShadowStore::fromJson(const QByteArray& json)
{
    const auto invalid = [](const QString& why) {
        return Error{QStringLiteral("invalid_state_file"),
                     tr("The shadow state file is damaged (%1). Move it aside to start with no shadows.").arg(why),
                     {}};
    };
    if (!ShadowJson::isValidUtf8(json.constData(), json.size())) {
        return invalid(tr("not UTF-8"));
    }
    const std::optional<Json> parsed = ShadowJson::parse(json);
    if (!parsed || !parsed->is_object()) {
        return invalid(tr("not a JSON object"));
    }
    const auto schema = parsed->find("schemaVersion");
    if (schema == parsed->end() || !schema->is_number_integer()) {
        return invalid(tr("no schemaVersion"));
    }
    if (schema->get<qint64>() > SCHEMA_VERSION) {
        return Error{QStringLiteral("unsupported_state_file"),
                     tr("The shadow state file was written by a newer ThingBench (schema version %1). Update "
                        "ThingBench or use another state file.")
                         .arg(schema->get<qint64>()),
                     {}};
    }
    const auto shadows = parsed->find("shadows");
    if (shadows == parsed->end() || !shadows->is_array()) {
        return invalid(tr("no \"shadows\" list"));
    }
    ShadowStore store;
    int index = 0;
    for (const Json& entry : *shadows) {
        ++index;
        const auto where = [index](const QString& what) { return tr("shadow %1: %2").arg(index).arg(what); };
        if (!entry.is_object()) {
            return invalid(where(tr("not an object")));
        }
        const auto thing = entry.find("thing");
        const auto shadow = entry.find("shadow");
        if (thing == entry.end() || !thing->is_string() || shadow == entry.end() || !shadow->is_string()) {
            return invalid(where(tr("no thing or shadow name")));
        }
        ShadowKey key{fromStd(thing->get<std::string>()), fromStd(shadow->get<std::string>())};
        if (!ShadowTopic::isValidThingName(key.thing) ||
            (!key.shadow.isEmpty() && !ShadowTopic::isValidShadowName(key.shadow))) {
            return invalid(where(tr("invalid thing or shadow name")));
        }
        const auto exists = entry.find("exists");
        const auto version = entry.find("version");
        const auto deletedAt = entry.find("deletedAt");
        if (exists == entry.end() || !exists->is_boolean() || version == entry.end() ||
            !isNonNegativeInteger(*version) || (deletedAt != entry.end() && !isNonNegativeInteger(*deletedAt))) {
            return invalid(where(tr("missing or wrong exists, version or deletedAt")));
        }
        ShadowDocument document;
        ShadowDocumentData& data = ShadowDocumentAccess::mutableData(document);
        data.exists = exists->get<bool>();
        data.version = version->get<qint64>();
        data.deletedAt = deletedAt == entry.end() ? 0 : deletedAt->get<qint64>();
        const auto state = entry.find("state");
        const auto metadata = entry.find("metadata");
        const Json empty = Json::object();
        const Json& stateObject = state == entry.end() ? empty : *state;
        const Json& metadataObject = metadata == entry.end() ? empty : *metadata;
        if (!stateObject.is_object() || !metadataObject.is_object()) {
            return invalid(where(tr("state and metadata must be objects")));
        }
        for (const char* name : {"desired", "reported"}) {
            const auto section = stateObject.find(name);
            if (section == stateObject.end()) {
                continue;
            }
            const auto sectionMetadata = metadataObject.find(name);
            if (!section->is_object() || section->empty() || sectionMetadata == metadataObject.end() ||
                !ShadowJson::metadataMatches(*section, *sectionMetadata)) {
                return invalid(where(tr("%1 and its metadata do not match").arg(QLatin1String(name))));
            }
            const bool desired = qstrcmp(name, "desired") == 0;
            (desired ? data.desired : data.reported) = *section;
            (desired ? data.desiredMetadata : data.reportedMetadata) = *sectionMetadata;
        }
        if (!data.exists && (!data.desired.is_null() || !data.reported.is_null())) {
            return invalid(where(tr("a deleted shadow has state")));
        }
        store.insert(key, document);
    }
    return store;
}
