// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowEngine.h"

#include "shadow/ShadowDocument_p.h"
#include "shadow/ShadowTopic.h"

#include <exception>

using ShadowJson::Json;

namespace {

// The service's error texts are part of the AWS protocol (spec §5): scripts and SDKs match them, so they are
// never translated.
constexpr int BAD_REQUEST = 400;
constexpr int NOT_FOUND = 404;
constexpr int CONFLICT = 409;
constexpr int TOO_LARGE = 413;
constexpr int UNSUPPORTED_ENCODING = 415;
constexpr int INTERNAL_ERROR = 500;

const char MSG_INVALID_JSON[] = "Invalid JSON";
const char MSG_MISSING_STATE[] = "Missing required node: state";
const char MSG_STATE_NOT_OBJECT[] = "State node must be an object";
const char MSG_DESIRED_NOT_OBJECT[] = "Desired node must be an object";
const char MSG_REPORTED_NOT_OBJECT[] = "Reported node must be an object";
const char MSG_INVALID_VERSION[] = "Invalid version";
const char MSG_INVALID_TOKEN[] = "Invalid clientToken";
const char MSG_ARRAY_WITH_NULL[] = "Invalid JSON: arrays must not contain null values";
const char MSG_VERSION_CONFLICT[] = "Version conflict";
const char MSG_TOO_LARGE[] = "The payload exceeds the maximum size allowed";
const char MSG_NOT_UTF8[] = "Unsupported documented encoding; supported encoding is UTF-8";
const char MSG_INTERNAL[] = "Internal service failure";

/// The clientToken of a request: absent, valid (echoed) or invalid (400, not echoed).
struct Token
{
    enum class State { Absent, Valid, Invalid };
    State state = State::Absent;
    std::string value;
};

Token tokenOf(const Json& request, int maxBytes)
{
    Token token;
    const auto it = request.find("clientToken");
    if (it == request.end()) {
        return token;
    }
    if (!it->is_string() || it->get_ref<const std::string&>().size() > size_t(maxBytes)) {
        token.state = Token::State::Invalid;
        return token;
    }
    token.state = Token::State::Valid;
    token.value = it->get<std::string>();
    return token;
}

void appendToken(std::string& out, const Token& token)
{
    if (token.state == Token::State::Valid) {
        out += ",\"clientToken\":";
        ShadowJson::dumpTo(out, Json(token.value));
    }
}

/// One request being answered: collects the messages.
class Responder
{
public:
    Responder(const ShadowKey& key, ShadowOperation operation, QList<ShadowMessage>& messages)
        : m_key(key)
        , m_operation(operation)
        , m_messages(messages)
    { }

    void publish(ShadowTopic::Kind kind, const std::string& payload)
    {
        m_messages.append(
            ShadowMessage{ShadowTopic::topic(m_key, m_operation, kind), ShadowJson::toByteArray(payload)});
    }

    /// `{"code":N,"message":"…","clientToken"?}` on `…/rejected`, without a timestamp (spec §5).
    void reject(int code, const std::string& message, const Token& token = {})
    {
        std::string out = "{\"code\":" + std::to_string(code) + ",\"message\":";
        ShadowJson::dumpTo(out, Json(message));
        appendToken(out, token);
        out += '}';
        publish(ShadowTopic::Kind::Rejected, out);
    }

private:
    const ShadowKey& m_key;
    ShadowOperation m_operation;
    QList<ShadowMessage>& m_messages;
};

/// The version the next accepted update starts from: the current one, or for a deleted shadow the version its delete
/// consumed, forgotten after `versionMemorySeconds` (spec §4.5: numbering restarts).
qint64 baseVersion(const ShadowDocumentData& data, qint64 now, const ShadowLimits& limits)
{
    if (!data.exists && data.version > 0 && now - data.deletedAt >= limits.versionMemorySeconds) {
        return 0;
    }
    return data.version;
}

/// get and delete: the payload is ignored apart from its clientToken (spec §2). Returns the token; an invalid one
/// is answered by the caller.
Token lenientToken(const QByteArray& payload, int maxTokenBytes)
{
    if (payload.isEmpty() || !ShadowJson::isValidUtf8(payload.constData(), payload.size())) {
        return {};
    }
    const std::optional<Json> request = ShadowJson::parse(payload);
    if (!request || !request->is_object()) {
        return {};
    }
    return tokenOf(*request, maxTokenBytes);
}

/// The checks get and delete share: payload size, clientToken, and that the shadow exists. Rejects (and returns
/// nothing) when one fails.
std::optional<Token> admitExistingShadowRequest(Responder& responder, const ShadowEngine::Outcome& outcome,
                                                const ShadowKey& key, const QByteArray& payload,
                                                const ShadowLimits& limits)
{
    if (payload.size() > limits.maxPayloadBytes) {
        responder.reject(TOO_LARGE, MSG_TOO_LARGE);
        return std::nullopt;
    }
    const Token token = lenientToken(payload, limits.maxClientTokenBytes);
    if (token.state == Token::State::Invalid) {
        responder.reject(BAD_REQUEST, MSG_INVALID_TOKEN);
        return std::nullopt;
    }
    if (!outcome.store.document(key).exists()) {
        responder.reject(NOT_FOUND, "No shadow exists with name: '" + key.nameInMessages().toStdString() + "'", token);
        return std::nullopt;
    }
    return token;
}

void handleGet(ShadowEngine::Outcome& outcome, const ShadowKey& key, const QByteArray& payload, qint64 now,
               const ShadowLimits& limits)
{
    Responder responder(key, ShadowOperation::Get, outcome.messages);
    const std::optional<Token> admitted = admitExistingShadowRequest(responder, outcome, key, payload, limits);
    if (!admitted) {
        return;
    }
    const Token& token = *admitted;
    const ShadowDocument document = outcome.store.document(key);
    const ShadowDocumentData& data = ShadowDocumentAccess::data(document);
    std::string out = "{\"state\":{";
    bool comma = false;
    const auto section = [&](const char* name, const Json& value) {
        if (value.is_null()) {
            return;
        }
        if (comma) {
            out += ',';
        }
        comma = true;
        out += '"';
        out += name;
        out += "\":";
        ShadowJson::dumpTo(out, value);
    };
    section("desired", data.desired);
    section("reported", data.reported);
    const Json delta = ShadowJson::delta(data.desired, data.reported);
    if (!delta.empty()) {
        section("delta", delta);
    }
    out += "},\"metadata\":";
    ShadowJson::appendSections(out, data.desiredMetadata, data.reportedMetadata);
    out += ",\"version\":" + std::to_string(data.version) + ",\"timestamp\":" + std::to_string(now);
    appendToken(out, token);
    out += '}';
    responder.publish(ShadowTopic::Kind::Accepted, out);
}

void handleDelete(ShadowEngine::Outcome& outcome, const ShadowKey& key, const QByteArray& payload, qint64 now,
                  const ShadowLimits& limits)
{
    Responder responder(key, ShadowOperation::Delete, outcome.messages);
    const std::optional<Token> admitted = admitExistingShadowRequest(responder, outcome, key, payload, limits);
    if (!admitted) {
        return;
    }
    const Token& token = *admitted;
    ShadowDocument document = outcome.store.take(key);
    ShadowDocumentData& data = ShadowDocumentAccess::mutableData(document); // no copy: the store let go of it
    const qint64 deletedVersion = data.version;
    // The delete consumes a version: the next update creates deletedVersion + 2 (spec §4.5).
    data.exists = false;
    data.version = deletedVersion + 1;
    data.deletedAt = now;
    data.desired = Json();
    data.reported = Json();
    data.desiredMetadata = Json();
    data.reportedMetadata = Json();
    outcome.store.insert(key, document);
    outcome.changed = true;

    std::string out = "{\"version\":" + std::to_string(deletedVersion) + ",\"timestamp\":" + std::to_string(now);
    appendToken(out, token);
    out += '}';
    responder.publish(ShadowTopic::Kind::Accepted, out);
}

/// Compact size of a section (0 when absent).
size_t sectionBytes(const Json& section)
{
    return section.is_null() ? 0 : ShadowJson::dump(section).size();
}

void handleUpdate(ShadowEngine::Outcome& outcome, const ShadowKey& key, const QByteArray& payload, qint64 now,
                  const ShadowLimits& limits)
{
    Responder responder(key, ShadowOperation::Update, outcome.messages);
    // Validation order of spec §5: decode → parse → clientToken → state → unknown keys → sections → depth and
    // arrays → version → version match → merge → size.
    if (payload.size() > limits.maxPayloadBytes) {
        responder.reject(TOO_LARGE, MSG_TOO_LARGE);
        return;
    }
    if (!ShadowJson::isValidUtf8(payload.constData(), payload.size())) {
        responder.reject(UNSUPPORTED_ENCODING, MSG_NOT_UTF8);
        return;
    }
    const std::optional<Json> parsed = ShadowJson::parse(payload);
    if (!parsed || !parsed->is_object()) {
        responder.reject(BAD_REQUEST, MSG_INVALID_JSON);
        return;
    }
    const Json& request = *parsed;
    const Token token = tokenOf(request, limits.maxClientTokenBytes);
    if (token.state == Token::State::Invalid) {
        responder.reject(BAD_REQUEST, MSG_INVALID_TOKEN);
        return;
    }
    const auto stateIt = request.find("state");
    if (stateIt == request.end()) {
        responder.reject(BAD_REQUEST, MSG_MISSING_STATE, token);
        return;
    }
    const Json& state = *stateIt;
    if (!state.is_object() && !state.is_null()) {
        responder.reject(BAD_REQUEST, MSG_STATE_NOT_OBJECT, token);
        return;
    }
    const Json* desiredPatch = nullptr;
    const Json* reportedPatch = nullptr;
    if (state.is_object()) {
        for (auto it = state.begin(); it != state.end(); ++it) {
            if (it.key() == "desired") {
                desiredPatch = &it.value();
            } else if (it.key() == "reported") {
                reportedPatch = &it.value();
            } else {
                responder.reject(BAD_REQUEST, "State contains an invalid node: '" + it.key() + "'", token);
                return;
            }
        }
        if (desiredPatch && !desiredPatch->is_object() && !desiredPatch->is_null()) {
            responder.reject(BAD_REQUEST, MSG_DESIRED_NOT_OBJECT, token);
            return;
        }
        if (reportedPatch && !reportedPatch->is_object() && !reportedPatch->is_null()) {
            responder.reject(BAD_REQUEST, MSG_REPORTED_NOT_OBJECT, token);
            return;
        }
        for (const Json* patch : {desiredPatch, reportedPatch}) {
            if (patch && ShadowJson::exceedsDepth(*patch, limits.maxDepth)) {
                responder.reject(
                    BAD_REQUEST,
                    "JSON contains too many levels of nesting; maximum is " + std::to_string(limits.maxDepth), token);
                return;
            }
        }
        for (const Json* patch : {desiredPatch, reportedPatch}) {
            if (patch && ShadowJson::hasNullInArray(*patch)) {
                responder.reject(BAD_REQUEST, MSG_ARRAY_WITH_NULL, token);
                return;
            }
        }
    }
    // A shared copy: read-only until the commit below, where the store's reference is dropped first so the change
    // happens in place (no deep copy) unless the caller kept the old store.
    ShadowDocument document = outcome.store.document(key);
    const ShadowDocumentData& old = ShadowDocumentAccess::data(document);
    const qint64 currentVersion = baseVersion(old, now, limits);
    const auto versionIt = request.find("version");
    if (versionIt != request.end()) {
        const Json& version = *versionIt;
        if (!version.is_number_integer() || (!version.is_number_unsigned() && version.get<qint64>() < 0)) {
            responder.reject(BAD_REQUEST, MSG_INVALID_VERSION, token);
            return;
        }
        // A shadow that does not exist has the version its counter stands at: 0 when it never existed.
        if (!version.is_number_unsigned() || version.get<quint64>() != quint64(currentVersion)) {
            responder.reject(CONFLICT, MSG_VERSION_CONFLICT, token);
            return;
        }
    }

    // Merge into copies of the sections the request touches; the stored document stays intact until the size
    // check has passed.
    Json desired;
    Json reported;
    Json desiredMetadata;
    Json reportedMetadata;
    bool desiredTouched = false;
    bool reportedTouched = false;
    const auto mergeInto = [&](const Json* patch, const Json& oldSection, const Json& oldMetadata, Json& section,
                               Json& metadata, bool& touched) {
        if (state.is_null() || (patch && patch->is_null())) {
            touched = true; // section removed: `"desired":null` or `"state":null`
            return;
        }
        if (!patch) {
            return;
        }
        touched = true;
        section = oldSection;
        metadata = oldMetadata;
        ShadowJson::mergeSection(section, metadata, *patch, now);
        if (section.empty()) {
            section = Json(); // an empty section does not exist
            metadata = Json();
        }
    };
    if (old.exists) {
        mergeInto(desiredPatch, old.desired, old.desiredMetadata, desired, desiredMetadata, desiredTouched);
        mergeInto(reportedPatch, old.reported, old.reportedMetadata, reported, reportedMetadata, reportedTouched);
    } else {
        const Json none;
        mergeInto(desiredPatch, none, none, desired, desiredMetadata, desiredTouched);
        mergeInto(reportedPatch, none, none, reported, reportedMetadata, reportedTouched);
    }
    const Json& newDesired = desiredTouched ? desired : old.desired;
    const Json& newReported = reportedTouched ? reported : old.reported;
    if (sectionBytes(newDesired) + sectionBytes(newReported) > size_t(limits.maxStateBytes)) {
        responder.reject(TOO_LARGE, MSG_TOO_LARGE, token);
        return;
    }

    const qint64 newVersion = currentVersion + 1;
    const std::string timestamp = std::to_string(now);
    // /update/documents needs the previous document: written before the sections move in.
    std::string documents = "{\"previous\":";
    if (old.exists) {
        ShadowJson::appendDocument(documents, old);
    } else {
        documents += "null";
    }

    outcome.store.remove(key);
    ShadowDocumentData& data = ShadowDocumentAccess::mutableData(document);
    if (desiredTouched) {
        data.desired = std::move(desired);
        data.desiredMetadata = std::move(desiredMetadata);
    }
    if (reportedTouched) {
        data.reported = std::move(reported);
        data.reportedMetadata = std::move(reportedMetadata);
    }
    if (!data.exists) {
        // A new shadow (or one re-created after a delete) starts from nothing but its version.
        if (!desiredTouched) {
            data.desired = Json();
            data.desiredMetadata = Json();
        }
        if (!reportedTouched) {
            data.reported = Json();
            data.reportedMetadata = Json();
        }
    }
    data.exists = true;
    data.version = newVersion;
    data.deletedAt = 0;
    outcome.store.insert(key, document);
    outcome.changed = true;

    // /update/accepted: the request's state verbatim, metadata mirroring it (spec §4.1).
    std::string accepted = "{\"state\":";
    ShadowJson::dumpTo(accepted, state);
    accepted += ",\"metadata\":";
    ShadowJson::dumpTo(accepted, ShadowJson::metadataFor(state, now));
    accepted += ",\"version\":" + std::to_string(newVersion) + ",\"timestamp\":" + timestamp;
    appendToken(accepted, token);
    accepted += '}';
    responder.publish(ShadowTopic::Kind::Accepted, accepted);

    // /update/documents (spec §4.2).
    documents += ",\"current\":";
    ShadowJson::appendDocument(documents, data);
    documents += ",\"timestamp\":" + timestamp;
    appendToken(documents, token);
    documents += '}';
    responder.publish(ShadowTopic::Kind::Documents, documents);

    // /update/delta whenever desired and reported still differ, whichever section changed (spec §4.3).
    const Json delta = ShadowJson::delta(data.desired, data.reported);
    if (!delta.empty()) {
        std::string out = "{\"state\":";
        ShadowJson::dumpTo(out, delta);
        out += ",\"metadata\":";
        ShadowJson::dumpTo(out, ShadowJson::projectMetadata(delta, data.desiredMetadata));
        out += ",\"version\":" + std::to_string(newVersion) + ",\"timestamp\":" + timestamp;
        appendToken(out, token);
        out += '}';
        responder.publish(ShadowTopic::Kind::Delta, out);
    }
}

} // namespace

ShadowEngine::ShadowEngine(const ShadowLimits& limits)
    : m_limits(limits)
{ }

ShadowEngine::Outcome ShadowEngine::process(ShadowStore store, const QString& topic, const QByteArray& payload,
                                            qint64 nowSeconds) const
{
    Outcome outcome;
    outcome.store = std::move(store);
    const std::optional<ShadowTopic> parsed = ShadowTopic::parse(topic);
    if (!parsed || parsed->kind != ShadowTopic::Kind::Request) {
        return outcome; // responses (ours or anyone's) and non-shadow topics are not requests
    }
    outcome.key = parsed->key;
    try {
        switch (parsed->operation) {
        case ShadowOperation::Get:
            handleGet(outcome, parsed->key, payload, nowSeconds, m_limits);
            break;
        case ShadowOperation::Update:
            handleUpdate(outcome, parsed->key, payload, nowSeconds, m_limits);
            break;
        case ShadowOperation::Delete:
            handleDelete(outcome, parsed->key, payload, nowSeconds, m_limits);
            break;
        }
    } catch (const std::exception&) {
        // Never expected: the JSON library is used without exceptions and every check comes before the commit, so
        // only an allocation failure gets here. Answer like the cloud would.
        outcome.messages.clear();
        Responder(parsed->key, parsed->operation, outcome.messages).reject(INTERNAL_ERROR, MSG_INTERNAL);
    }
    return outcome;
}
