// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for ShadowEngine: random request topics and payloads, several requests per input against one
// store. Checks: no crash (ASan/UBSan), every published payload is valid JSON, every stored document stays within
// the limits (state size, nesting depth) and its metadata mirrors its state, versions never go backwards, and the
// state file round-trips.
//
// Input format: a sequence of records `<selector byte><length byte><payload bytes>`. The selector picks the topic
// (a table of request, response and malformed topics for two things, classic and named) or, for high values, takes
// the topic from the payload's first line.

#include "shadow/ShadowDocument_p.h"
#include "shadow/ShadowEngine.h"
#include "shadow/ShadowJson_p.h"

#include <cstdint>
#include <cstdlib>
#include <cstdio>

namespace {

const char* const TOPICS[] = {
    "$aws/things/T/shadow/update",         "$aws/things/T/shadow/get",
    "$aws/things/T/shadow/delete",         "$aws/things/T/shadow/name/n/update",
    "$aws/things/T/shadow/name/n/get",     "$aws/things/T/shadow/name/n/delete",
    "$aws/things/U-2:x/shadow/update",     "$aws/things/U-2:x/shadow/name/$cfg/update",
    "$aws/things/T/shadow/update/delta",   "$aws/things/T/shadow/update/accepted",
    "$aws/things/T/shadow/get/rejected/x", "$aws/things//shadow/update",
    "$aws/things/T/shadow/name//update",   "$aws/things/T/shadow",
    "$aws/things/T/shadow/delete/delta",   "other/topic",
};
constexpr size_t TOPIC_COUNT = sizeof(TOPICS) / sizeof(TOPICS[0]);

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "FuzzShadowEngine invariant broken: %s\n", what);
    std::abort();
}

void checkStore(const ShadowStore& store, const ShadowLimits& limits)
{
    for (const ShadowKey& key : store.keys()) {
        const ShadowDocument document = store.document(key);
        const ShadowDocumentData& data = ShadowDocumentAccess::data(document);
        if (document.stateBytes() > limits.maxStateBytes) {
            fail("state larger than the limit");
        }
        if (document.depth() > limits.maxDepth) {
            fail("state deeper than the limit");
        }
        if (!data.exists && (!data.desired.is_null() || !data.reported.is_null())) {
            fail("deleted shadow with state");
        }
        for (const auto* pair : {&data.desired, &data.reported}) {
            if (!pair->is_null() && (!pair->is_object() || pair->empty())) {
                fail("a section is neither absent nor a non-empty object");
            }
        }
        if ((!data.desired.is_null() && !ShadowJson::metadataMatches(data.desired, data.desiredMetadata)) ||
            (!data.reported.is_null() && !ShadowJson::metadataMatches(data.reported, data.reportedMetadata))) {
            fail("metadata does not mirror the state");
        }
        if (ShadowJson::hasNullInArray(data.desired) || ShadowJson::hasNullInArray(data.reported)) {
            fail("a stored array holds null");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ShadowLimits limits;
    limits.maxStateBytes = 512; // small, so random inputs reach the limit
    const ShadowEngine engine(limits);
    ShadowStore store;
    size_t offset = 0;
    qint64 now = 1000;
    int requests = 0;
    while (offset + 2 <= size && requests < 32) {
        const uint8_t selector = data[offset];
        const size_t length = std::min<size_t>(data[offset + 1] * 4u, size - offset - 2);
        QByteArray payload(reinterpret_cast<const char*>(data + offset + 2), qsizetype(length));
        offset += 2 + length;
        QString topic;
        if (selector < 0xF0) {
            topic = QString::fromLatin1(TOPICS[selector % TOPIC_COUNT]);
        } else {
            const qsizetype newline = payload.indexOf('\n');
            topic = QString::fromUtf8(payload.left(newline < 0 ? payload.size() : newline));
            payload = newline < 0 ? QByteArray() : payload.mid(newline + 1);
        }
        now += selector & 0x7; // time goes forward, sometimes not at all
        const ShadowStore before = store;
        ShadowEngine::Outcome outcome = engine.process(std::move(store), topic, payload, now);
        store = std::move(outcome.store);
        ++requests;
        for (const ShadowMessage& message : std::as_const(outcome.messages)) {
            const std::optional<ShadowJson::Json> json = ShadowJson::parse(message.payload);
            if (!json || !json->is_object()) {
                fail("a published payload is not a JSON object");
            }
        }
        if (!outcome.changed && !(store == before)) {
            fail("the store changed without `changed`");
        }
        if (outcome.key) {
            const ShadowDocument old = before.document(*outcome.key);
            const ShadowDocument now_ = store.document(*outcome.key);
            if (now_.version() < old.version() && now_.exists()) {
                fail("a version went backwards");
            }
        }
        checkStore(store, limits);
    }
    const Result<ShadowStore> reloaded = ShadowStore::fromJson(store.toJson());
    if (!reloaded.ok() || !(*reloaded == store)) {
        fail("the state file does not round-trip");
    }
    return 0;
}
