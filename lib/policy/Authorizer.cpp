// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/Authorizer.h"

#include "policy/PolicyEvaluator.h"
#include "policy/Registry.h"

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <unordered_map>

namespace {

using Json = nlohmann::ordered_json;

struct Session
{
    std::string clientId;
    std::string certificateId;
    bool persistent = false;
    bool stale = false; ///< the registry changed since the context was taken
    Policy::Principal principal;
    std::unique_ptr<Policy::Evaluator> evaluator;
    /// Decisions already taken on this connection, by action and topic: a flood on a few topics is decided once per
    /// topic (the context cannot change while the connection lasts; a registry change clears it).
    std::unordered_map<std::string, Policy::Result> decided;
    static constexpr size_t MAX_DECIDED = 4096;
};

struct FileStamp
{
    bool exists = false;
    struct timespec modified = {};
    off_t size = 0;
    ino_t inode = 0;
    bool operator==(const FileStamp& o) const
    {
        return exists == o.exists && modified.tv_sec == o.modified.tv_sec && modified.tv_nsec == o.modified.tv_nsec &&
            size == o.size && inode == o.inode;
    }
};

FileStamp stampOf(const std::string& path)
{
    struct stat info = {};
    if (::stat(path.c_str(), &info) != 0) {
        return {};
    }
    return {true, info.st_mtim, info.st_size, info.st_ino};
}

std::string nowIso()
{
    struct timespec now = {};
    clock_gettime(CLOCK_REALTIME, &now);
    struct tm utc = {};
    gmtime_r(&now.tv_sec, &utc);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<long>(now.tv_nsec / 1000000) % 1000);
    return text;
}

const char* actionName(tb_action action)
{
    switch (action) {
    case TB_PUBLISH:
        return "iot:Publish";
    case TB_RETAIN_PUBLISH:
        return "iot:RetainPublish";
    case TB_SUBSCRIBE:
        return "iot:Subscribe";
    case TB_RECEIVE:
        break;
    }
    return "iot:Receive";
}

tb_decision toC(Policy::Decision decision)
{
    switch (decision) {
    case Policy::Decision::Allowed:
        return TB_ALLOWED;
    case Policy::Decision::ExplicitDeny:
        return TB_EXPLICIT_DENY;
    case Policy::Decision::ImplicitDeny:
        break;
    }
    return TB_IMPLICIT_DENY;
}

} // namespace

struct tb_authorizer
{
    std::string registryPath;
    FileStamp stamp;
    Policy::Registry registry;
    std::FILE* log = nullptr;
    std::string logPath;
    long logBytes = 0;
    std::unordered_map<const void*, Session> sessions;
    /// The last decision's explanation: a cached decision's own text (not copied per message on the hot path), or
    /// `ownExplanation` for decisions made without a cache.
    const std::string* explanation = &ownExplanation;
    std::string ownExplanation;

    void explainOwn(std::string text)
    {
        ownExplanation = std::move(text);
        explanation = &ownExplanation;
    }

    /// The log is bounded: past MAX_LOG_BYTES it moves to `<path>.1` (replacing the one before) and starts again.
    static constexpr long MAX_LOG_BYTES = 16L * 1024 * 1024;

    void write(const Json& line)
    {
        if (!log) {
            return;
        }
        const std::string text = line.dump(-1, ' ', false, Json::error_handler_t::replace);
        if (logBytes + long(text.size()) + 1 > MAX_LOG_BYTES) {
            std::fclose(log);
            std::rename(logPath.c_str(), (logPath + ".1").c_str());
            log = openLog(logPath);
            logBytes = 0;
            if (!log) {
                return;
            }
        }
        std::fwrite(text.data(), 1, text.size(), log);
        std::fputc('\n', log);
        logBytes += long(text.size()) + 1;
    }

    static std::FILE* openLog(const std::string& path)
    {
        std::FILE* file = std::fopen(path.c_str(), "ae");
        if (file) {
            std::setvbuf(file, nullptr, _IOFBF, 1 << 16);
        }
        return file;
    }

    /// Identical decisions (same connection, action, resource and outcome) within one flush interval become one line
    /// with a "count": a flood is logged in full without a line per message.
    struct Pending
    {
        Json line;
        long count = 0;
    };
    std::unordered_map<std::string, Pending> pending;
    struct timespec lastFlush = {};
    static constexpr long FLUSH_INTERVAL_NS = 100'000'000;
    static constexpr size_t MAX_PENDING = 10'000;

    tb_decision record(const std::string& clientId, const std::string& certificateId, const char* action,
                       const std::string& resource, Policy::Decision decision, const Policy::Result* result)
    {
        if (!log) {
            return toC(decision);
        }
        std::string key = clientId;
        key.append(1, '\0').append(action).append(1, '\0').append(resource).append(1, char('0' + int(decision)));
        auto [it, added] = pending.try_emplace(std::move(key));
        ++it->second.count;
        if (added) {
            Json& line = it->second.line;
            line["time"] = nowIso();
            line["clientId"] = clientId;
            line["certificateId"] = certificateId;
            line["action"] = action;
            line["resource"] = resource;
            line["decision"] = Policy::decisionName(decision);
            if (result && !result->missingContextValues.empty()) {
                line["missingContextValues"] = result->missingContextValues;
            }
            line["explanation"] = *explanation;
            if (pending.size() >= MAX_PENDING) {
                writePending();
            }
        }
        return toC(decision);
    }

    void writePending()
    {
        for (auto& [key, entry] : pending) {
            if (entry.count > 1) {
                entry.line["count"] = entry.count;
            }
            write(entry.line);
        }
        pending.clear();
    }

    /// At most every FLUSH_INTERVAL_NS (or always with `force`): pending lines out, the file flushed.
    void flush(bool force)
    {
        struct timespec now = {};
        clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
        const long elapsed = (now.tv_sec - lastFlush.tv_sec) * 1'000'000'000L + (now.tv_nsec - lastFlush.tv_nsec);
        if (!force && elapsed < FLUSH_INTERVAL_NS) {
            return;
        }
        lastFlush = now;
        writePending();
        if (log) {
            std::fflush(log);
        }
    }

    void refreshPrincipal(Session& session)
    {
        session.principal = registry.principalFor(session.certificateId, session.clientId);
        session.principal.context.connectAttributes.reset(); // only a Connect request has them
        session.evaluator = std::make_unique<Policy::Evaluator>(session.principal.policies);
        session.decided.clear();
        session.stale = false;
    }
};

extern "C" {

tb_authorizer* tb_authorizer_open(const char* registry_path, const char* decision_log_path, char* error,
                                  size_t error_size)
{
    auto authorizer = std::make_unique<tb_authorizer>();
    authorizer->registryPath = registry_path ? registry_path : "";
    auto loaded = Policy::Registry::load(authorizer->registryPath);
    if (auto* message = std::get_if<std::string>(&loaded)) {
        std::snprintf(error, error_size, "%s", message->c_str());
        return nullptr;
    }
    authorizer->registry = std::get<Policy::Registry>(std::move(loaded));
    authorizer->stamp = stampOf(authorizer->registryPath);
    if (decision_log_path && *decision_log_path) {
        authorizer->logPath = decision_log_path;
        authorizer->log = tb_authorizer::openLog(authorizer->logPath);
        if (!authorizer->log) {
            std::snprintf(error, error_size, "cannot open the decision log %s: %s", decision_log_path,
                          std::strerror(errno));
            return nullptr;
        }
        std::fseek(authorizer->log, 0, SEEK_END);
        authorizer->logBytes = std::ftell(authorizer->log);
    }
    return authorizer.release();
}

void tb_authorizer_close(tb_authorizer* authorizer)
{
    if (authorizer && authorizer->log) {
        authorizer->flush(true);
        std::fclose(authorizer->log);
    }
    delete authorizer;
}

int tb_authorizer_reload_if_changed(tb_authorizer* authorizer)
{
    const FileStamp stamp = stampOf(authorizer->registryPath);
    if (stamp == authorizer->stamp) {
        return 0;
    }
    authorizer->stamp = stamp;
    auto loaded = Policy::Registry::load(authorizer->registryPath);
    if (auto* message = std::get_if<std::string>(&loaded)) {
        authorizer->writePending();
        authorizer->write(Json{{"time", nowIso()}, {"event", "registry not reloaded"}, {"explanation", *message}});
        return 0;
    }
    authorizer->registry = std::get<Policy::Registry>(std::move(loaded));
    for (auto& [connection, session] : authorizer->sessions) {
        session.stale = true;
    }
    authorizer->writePending();
    authorizer->write(Json{{"time", nowIso()}, {"event", "registry reloaded"}});
    return 1;
}

void tb_authorizer_flush(tb_authorizer* authorizer)
{
    authorizer->flush(false);
}

tb_decision tb_authorizer_connect(tb_authorizer* authorizer, const void* connection, const char* client_id,
                                  const char* certificate_id, int persistent)
{
    const std::string clientId = client_id ? client_id : "";
    const std::string certificateId = certificate_id ? certificate_id : "";
    const std::string resource = authorizer->registry.arnPrefix() + "client/" + clientId;
    authorizer->sessions.erase(connection);
    Policy::Principal principal = authorizer->registry.principalFor(certificateId, clientId);
    if (!principal.known || principal.status != Policy::CertificateStatus::Active) {
        authorizer->explainOwn(
            !principal.known
                ? "IMPLICIT_DENY: certificate " + certificateId +
                    " is not in the sandbox registry (thingbench-cli registry register-certificate)"
                : "IMPLICIT_DENY: certificate " + certificateId + " is " + Policy::statusName(principal.status) +
                    ": AWS IoT refuses its connections (thingbench-cli registry update-certificate --new-status "
                    "ACTIVE)");
        return authorizer->record(clientId, certificateId, "iot:Connect", resource, Policy::Decision::ImplicitDeny,
                                  nullptr);
    }
    principal.context.connectAttributes =
        persistent ? std::vector<std::string>{"PersistentConnect"} : std::vector<std::string>{};
    const Policy::Evaluator evaluator(principal.policies);
    const Policy::Result result = evaluator.evaluate({"iot:Connect", resource}, principal.context);
    authorizer->explainOwn(result.explanation);
    if (result.allowed()) {
        Session& session = authorizer->sessions[connection];
        session.clientId = clientId;
        session.certificateId = certificateId;
        session.persistent = persistent != 0;
        authorizer->refreshPrincipal(session);
    }
    return authorizer->record(clientId, certificateId, "iot:Connect", resource, result.decision, &result);
}

tb_decision tb_authorizer_check(tb_authorizer* authorizer, const void* connection, tb_action action, const char* topic)
{
    const std::string resource =
        authorizer->registry.arnPrefix() + (action == TB_SUBSCRIBE ? "topicfilter/" : "topic/") + (topic ? topic : "");
    const auto it = authorizer->sessions.find(connection);
    if (it == authorizer->sessions.end()) {
        authorizer->explainOwn("IMPLICIT_DENY: the client did not connect through the policy listener");
        return authorizer->record("", "", actionName(action), resource, Policy::Decision::ImplicitDeny, nullptr);
    }
    Session& session = it->second;
    if (session.stale) {
        authorizer->refreshPrincipal(session);
    }
    std::string key(1, char('0' + int(action)));
    key += topic ? topic : "";
    auto cached = session.decided.find(key);
    if (cached == session.decided.end()) {
        if (session.decided.size() >= Session::MAX_DECIDED) {
            session.decided.clear();
        }
        cached = session.decided
                     .emplace(std::move(key),
                              session.evaluator->evaluate({actionName(action), resource}, session.principal.context))
                     .first;
    }
    const Policy::Result& result = cached->second;
    authorizer->explanation = &result.explanation;
    return authorizer->record(session.clientId, session.certificateId, actionName(action), resource, result.decision,
                              &result);
}

void tb_authorizer_disconnected(tb_authorizer* authorizer, const void* connection)
{
    authorizer->sessions.erase(connection);
}

const char* tb_authorizer_last_explanation(const tb_authorizer* authorizer)
{
    return authorizer->explanation->c_str();
}

} // extern "C"
