// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/Registry.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace Policy {

namespace {

using Json = nlohmann::ordered_json;
using Error = std::optional<std::string>;

constexpr int SCHEMA = 1;

bool allOf(std::string_view text, const char* extra)
{
    return std::all_of(text.begin(), text.end(), [extra](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || std::strchr(extra, c) != nullptr;
    });
}

Error checkThingName(const std::string& name)
{
    if (name.empty() || name.size() > 128 || !allOf(name, ":_-")) {
        return "invalid thing name \"" + name + "\": use 1 to 128 letters, digits, ':', '_' or '-'";
    }
    return std::nullopt;
}

Error checkPolicyName(const std::string& name)
{
    if (name.empty() || name.size() > 128 || !allOf(name, "_+=,.@-")) {
        return "invalid policy name \"" + name + "\": use 1 to 128 letters, digits or _+=,.@-";
    }
    return std::nullopt;
}

Error checkAttributes(const std::map<std::string, std::string>& attributes)
{
    for (const auto& [name, value] : attributes) {
        if (name.empty() || name.size() > 128 || !allOf(name, "_.,@/:#-")) {
            return "invalid attribute name \"" + name + "\": use 1 to 128 letters, digits or _.,@/:#-";
        }
        if (value.size() > 800 || !allOf(value, "_.,@/:#=[]-")) {
            return "invalid value for attribute \"" + name + "\": use up to 800 letters, digits or _.,@/:#=[]-";
        }
    }
    return std::nullopt;
}

bool isCertificateId(std::string_view id)
{
    return id.size() == 64 &&
        std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string validatePolicyDocument(const std::string& document)
{
    auto parsed = Document::parse(document);
    if (const auto* error = std::get_if<ParseError>(&parsed)) {
        return "the policy document is not valid: " + error->message;
    }
    return {};
}

std::string readFile(const std::string& path, bool* missing, std::string* error)
{
    std::ifstream in(path, std::ios::binary);
    *missing = false;
    if (!in) {
        *missing = errno == ENOENT;
        if (!*missing) {
            *error = "cannot read " + path + ": " + std::strerror(errno);
        }
        return {};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Bad
{
    std::string message;
};

const Json& field(const Json& object, const char* key, const std::string& where)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        throw Bad{where + " has no \"" + key + "\""};
    }
    return *it;
}

std::string text(const Json& object, const char* key, const std::string& where)
{
    const Json& value = field(object, key, where);
    if (!value.is_string()) {
        throw Bad{where + "." + key + " must be a string"};
    }
    return value.get<std::string>();
}

std::vector<std::string> texts(const Json& object, const char* key, const std::string& where)
{
    std::vector<std::string> result;
    for (const Json& item : object.value(key, Json::array())) {
        if (!item.is_string()) {
            throw Bad{where + "." + key + " must hold strings"};
        }
        result.push_back(item.get<std::string>());
    }
    return result;
}

Json toJson(const Registry& registry)
{
    Json things = Json::array();
    for (const auto& [name, thing] : registry.things()) {
        things.push_back({{"thingName", name},
                          {"thingTypeName", thing.typeName},
                          {"attributes", thing.attributes},
                          {"principals", thing.principals},
                          {"version", thing.version}});
    }
    Json certificates = Json::array();
    for (const auto& [id, certificate] : registry.certificates()) {
        certificates.push_back({{"certificateId", id},
                                {"status", statusName(certificate.status)},
                                {"createdAt", certificate.createdAt},
                                {"policies", certificate.policies},
                                {"certificatePem", certificate.pem}});
    }
    Json policies = Json::array();
    for (const auto& [name, policy] : registry.policies()) {
        Json versions = Json::array();
        for (const PolicyVersion& version : policy.versions) {
            versions.push_back(
                {{"versionId", version.id}, {"createdAt", version.createdAt}, {"policyDocument", version.document}});
        }
        policies.push_back({{"policyName", name},
                            {"defaultVersionId", policy.defaultVersion},
                            {"nextVersionId", policy.nextVersion},
                            {"versions", versions}});
    }
    return {{"schema", SCHEMA}, {"region", registry.region},    {"accountId", registry.accountId},
            {"things", things}, {"certificates", certificates}, {"policies", policies}};
}

} // namespace

const char* statusName(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Active:
        return "ACTIVE";
    case CertificateStatus::Inactive:
        return "INACTIVE";
    case CertificateStatus::Revoked:
        break;
    }
    return "REVOKED";
}

std::optional<CertificateStatus> statusFromName(std::string_view name)
{
    for (const CertificateStatus status :
         {CertificateStatus::Active, CertificateStatus::Inactive, CertificateStatus::Revoked}) {
        if (name == statusName(status)) {
            return status;
        }
    }
    return std::nullopt;
}

const PolicyVersion* StoredPolicy::defaultPolicyVersion() const
{
    const auto it =
        std::find_if(versions.begin(), versions.end(), [&](const PolicyVersion& v) { return v.id == defaultVersion; });
    return it == versions.end() ? nullptr : &*it;
}

std::variant<Registry, std::string> Registry::load(const std::string& path)
{
    bool missing = false;
    std::string error;
    const std::string content = readFile(path, &missing, &error);
    Registry registry;
    if (missing) {
        return registry;
    }
    if (!error.empty()) {
        return error;
    }
    try {
        const Json root = Json::parse(content);
        if (!root.is_object()) {
            throw Bad{"it is not a JSON object"};
        }
        if (root.value("schema", 0) > SCHEMA) {
            throw Bad{"it was written by a newer ThingBench (schema " + std::to_string(root.value("schema", 0)) +
                      "); update ThingBench to read it"};
        }
        registry.region = text(root, "region", "the registry");
        registry.accountId = text(root, "accountId", "the registry");
        for (const Json& item : root.value("things", Json::array())) {
            Thing thing;
            thing.name = text(item, "thingName", "a thing");
            thing.typeName = item.value("thingTypeName", "");
            thing.attributes = item.value("attributes", std::map<std::string, std::string>());
            thing.principals = texts(item, "principals", "thing " + thing.name);
            thing.version = item.value("version", int64_t(1));
            registry.m_things[thing.name] = std::move(thing);
        }
        for (const Json& item : root.value("certificates", Json::array())) {
            Certificate certificate;
            certificate.id = text(item, "certificateId", "a certificate");
            const auto status = statusFromName(text(item, "status", "certificate " + certificate.id));
            if (!status) {
                throw Bad{"certificate " + certificate.id + " has an unknown status"};
            }
            certificate.status = *status;
            certificate.createdAt = item.value("createdAt", int64_t(0));
            certificate.policies = texts(item, "policies", "certificate " + certificate.id);
            certificate.pem = item.value("certificatePem", "");
            registry.m_certificates[certificate.id] = std::move(certificate);
        }
        for (const Json& item : root.value("policies", Json::array())) {
            StoredPolicy policy;
            policy.name = text(item, "policyName", "a policy");
            policy.defaultVersion = text(item, "defaultVersionId", "policy " + policy.name);
            policy.nextVersion = item.value("nextVersionId", 1);
            for (const Json& version : item.value("versions", Json::array())) {
                policy.versions.push_back({text(version, "versionId", "a version of policy " + policy.name),
                                           text(version, "policyDocument", "a version of policy " + policy.name),
                                           version.value("createdAt", int64_t(0))});
            }
            registry.m_policies[policy.name] = std::move(policy);
        }
    } catch (const Bad& bad) {
        return "the registry " + path + " cannot be read: " + bad.message;
    } catch (const Json::exception& e) {
        return "the registry " + path + " is damaged (" + e.what() + "); restore it from " + path +
            ".bak or delete it to start an empty registry";
    }
    return registry;
}

std::optional<std::string> Registry::save(const std::string& path) const
{
    const std::string bytes = toJson(*this).dump(2) + "\n";
    const std::string temporary = path + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return "cannot write " + temporary + ": " + std::strerror(errno);
    }
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const std::string error = std::strerror(errno);
            ::close(fd);
            ::unlink(temporary.c_str());
            return "cannot write " + temporary + ": " + error;
        }
        written += size_t(n);
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    // The previous version stays as .bak (a second name for the old file, so `path` is never missing).
    const std::string backup = path + ".bak";
    ::unlink(backup.c_str());
    (void)::link(path.c_str(), backup.c_str());
    if (!synced || ::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string error = std::strerror(errno);
        ::unlink(temporary.c_str());
        return "cannot replace " + path + ": " + error;
    }
    return std::nullopt;
}

std::optional<std::string> Registry::update(const std::string& path,
                                            const std::function<std::optional<std::string>(Registry&)>& change)
{
    const std::string lockPath = path + ".lock";
    const int lock = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock < 0) {
        return "cannot lock " + lockPath + ": " + std::strerror(errno);
    }
    while (::flock(lock, LOCK_EX) != 0 && errno == EINTR) { }
    std::optional<std::string> error;
    auto loaded = load(path);
    if (auto* message = std::get_if<std::string>(&loaded)) {
        error = *message;
    } else {
        Registry& registry = std::get<Registry>(loaded);
        error = change(registry);
        if (!error) {
            error = registry.save(path);
        }
    }
    ::close(lock); // releases the lock
    return error;
}

std::optional<std::string> Registry::createThing(const std::string& name, const std::string& typeName,
                                                 const std::map<std::string, std::string>& attributes)
{
    if (auto error = checkThingName(name)) {
        return error;
    }
    if (auto error = checkAttributes(attributes)) {
        return error;
    }
    if (m_things.count(name)) {
        return "thing " + name + " already exists (ResourceAlreadyExistsException)";
    }
    m_things[name] = Thing{name, typeName, attributes, {}, 1};
    return std::nullopt;
}

std::optional<std::string> Registry::deleteThing(const std::string& name)
{
    const auto it = m_things.find(name);
    if (it == m_things.end()) {
        return "thing " + name + " does not exist (ResourceNotFoundException)";
    }
    if (!it->second.principals.empty()) {
        return "thing " + name +
            " still has certificates attached: detach-thing-principal them first "
            "(InvalidRequestException)";
    }
    m_things.erase(it);
    return std::nullopt;
}

std::optional<std::string> Registry::registerCertificate(const std::string& id, const std::string& pem,
                                                         CertificateStatus status, int64_t now)
{
    if (!isCertificateId(id)) {
        return "invalid certificate ID \"" + id + "\": it is the SHA-256 of the certificate's DER, 64 hex digits";
    }
    if (m_certificates.count(id)) {
        return "certificate " + id + " is already registered (ResourceAlreadyExistsException)";
    }
    m_certificates[id] = Certificate{id, pem, status, {}, now};
    return std::nullopt;
}

std::optional<std::string> Registry::updateCertificate(const std::string& id, CertificateStatus status)
{
    const auto it = m_certificates.find(id);
    if (it == m_certificates.end()) {
        return "certificate " + id + " is not registered (ResourceNotFoundException)";
    }
    if (it->second.status == CertificateStatus::Revoked && status != CertificateStatus::Revoked) {
        return "certificate " + id +
            " is revoked; a revoked certificate cannot be made active or inactive again "
            "(CertificateStateException)";
    }
    it->second.status = status;
    return std::nullopt;
}

std::optional<std::string> Registry::createPolicy(const std::string& name, const std::string& document, int64_t now)
{
    if (auto error = checkPolicyName(name)) {
        return error;
    }
    if (m_policies.count(name)) {
        return "policy " + name +
            " already exists: use create-policy-version to change it "
            "(ResourceAlreadyExistsException)";
    }
    if (const std::string error = validatePolicyDocument(document); !error.empty()) {
        return error + " (MalformedPolicyException)";
    }
    m_policies[name] = StoredPolicy{name, {PolicyVersion{"1", document, now}}, "1", 2};
    return std::nullopt;
}

std::optional<std::string> Registry::createPolicyVersion(const std::string& name, const std::string& document,
                                                         bool setAsDefault, int64_t now)
{
    const auto it = m_policies.find(name);
    if (it == m_policies.end()) {
        return "policy " + name + " does not exist (ResourceNotFoundException)";
    }
    StoredPolicy& policy = it->second;
    if (policy.versions.size() >= MAX_POLICY_VERSIONS) {
        return "policy " + name +
            " already has 5 versions, AWS's limit: delete one first (VersionsLimitExceededException)";
    }
    if (const std::string error = validatePolicyDocument(document); !error.empty()) {
        return error + " (MalformedPolicyException)";
    }
    const std::string id = std::to_string(policy.nextVersion++);
    policy.versions.push_back(PolicyVersion{id, document, now});
    if (setAsDefault) {
        policy.defaultVersion = id;
    }
    return std::nullopt;
}

std::optional<std::string> Registry::setDefaultPolicyVersion(const std::string& name, const std::string& versionId)
{
    const auto it = m_policies.find(name);
    if (it == m_policies.end()) {
        return "policy " + name + " does not exist (ResourceNotFoundException)";
    }
    const auto& versions = it->second.versions;
    if (std::none_of(versions.begin(), versions.end(), [&](const PolicyVersion& v) { return v.id == versionId; })) {
        return "policy " + name + " has no version " + versionId + " (ResourceNotFoundException)";
    }
    it->second.defaultVersion = versionId;
    return std::nullopt;
}

std::optional<std::string> Registry::deletePolicy(const std::string& name)
{
    if (!m_policies.count(name)) {
        return "policy " + name + " does not exist (ResourceNotFoundException)";
    }
    for (const auto& [id, certificate] : m_certificates) {
        if (std::find(certificate.policies.begin(), certificate.policies.end(), name) != certificate.policies.end()) {
            return "policy " + name + " is attached to certificate " + id +
                ": detach-policy it first (DeleteConflictException)";
        }
    }
    m_policies.erase(name);
    return std::nullopt;
}

std::optional<std::string> Registry::attachPolicy(const std::string& policyName, const std::string& certificate)
{
    if (!m_policies.count(policyName)) {
        return "policy " + policyName + " does not exist (ResourceNotFoundException)";
    }
    const auto id = certificateIdOf(certificate);
    if (!id) {
        return "no registered certificate is " + certificate + ": register-certificate it first";
    }
    std::vector<std::string>& attached = m_certificates[*id].policies;
    if (std::find(attached.begin(), attached.end(), policyName) != attached.end()) {
        return std::nullopt; // as AWS: attaching twice is not an error
    }
    if (attached.size() >= MAX_POLICIES_PER_CERTIFICATE) {
        return "certificate " + *id + " already has 10 policies, AWS's limit (LimitExceededException)";
    }
    attached.push_back(policyName);
    return std::nullopt;
}

std::optional<std::string> Registry::detachPolicy(const std::string& policyName, const std::string& certificate)
{
    const auto id = certificateIdOf(certificate);
    if (!id) {
        return "no registered certificate is " + certificate;
    }
    std::vector<std::string>& attached = m_certificates[*id].policies;
    const auto it = std::find(attached.begin(), attached.end(), policyName);
    if (it == attached.end()) {
        return "policy " + policyName + " is not attached to certificate " + *id + " (ResourceNotFoundException)";
    }
    attached.erase(it);
    return std::nullopt;
}

std::optional<std::string> Registry::attachThingPrincipal(const std::string& thingName, const std::string& certificate)
{
    const auto thing = m_things.find(thingName);
    if (thing == m_things.end()) {
        return "thing " + thingName + " does not exist (ResourceNotFoundException)";
    }
    const auto id = certificateIdOf(certificate);
    if (!id) {
        return "no registered certificate is " + certificate + ": register-certificate it first";
    }
    std::vector<std::string>& principals = thing->second.principals;
    if (std::find(principals.begin(), principals.end(), *id) == principals.end()) {
        principals.push_back(*id);
    }
    return std::nullopt;
}

std::optional<std::string> Registry::detachThingPrincipal(const std::string& thingName, const std::string& certificate)
{
    const auto thing = m_things.find(thingName);
    const auto id = certificateIdOf(certificate);
    if (thing == m_things.end() || !id) {
        return "no such thing or certificate (ResourceNotFoundException)";
    }
    std::vector<std::string>& principals = thing->second.principals;
    const auto it = std::find(principals.begin(), principals.end(), *id);
    if (it == principals.end()) {
        return "certificate " + *id + " is not attached to thing " + thingName + " (ResourceNotFoundException)";
    }
    principals.erase(it);
    return std::nullopt;
}

std::optional<std::string> Registry::certificateIdOf(const std::string& idOrArn) const
{
    std::string id = idOrArn;
    if (const size_t slash = idOrArn.rfind("cert/"); idOrArn.rfind("arn:", 0) == 0 && slash != std::string::npos) {
        id = idOrArn.substr(slash + 5);
    }
    if (!m_certificates.count(id)) {
        return std::nullopt;
    }
    return id;
}

Principal Registry::principalFor(const std::string& certificateId, const std::string& clientId) const
{
    Principal principal;
    principal.context.clientId = clientId;
    principal.context.certificateId = certificateId;
    const auto certificate = m_certificates.find(certificateId);
    if (certificate == m_certificates.end()) {
        return principal;
    }
    principal.known = true;
    principal.status = certificate->second.status;
    if (const auto thing = m_things.find(clientId); thing != m_things.end()) {
        const Thing& t = thing->second;
        principal.context.thingName = t.name;
        principal.context.thingAttached =
            std::find(t.principals.begin(), t.principals.end(), certificateId) != t.principals.end();
        if (!t.typeName.empty()) {
            principal.context.thingTypeName = t.typeName;
        }
        principal.context.thingAttributes = t.attributes;
    }
    for (const std::string& name : certificate->second.policies) {
        const auto policy = m_policies.find(name);
        const PolicyVersion* version = policy == m_policies.end() ? nullptr : policy->second.defaultPolicyVersion();
        if (!version) {
            continue;
        }
        auto parsed = Document::parse(version->document, name);
        if (auto* document = std::get_if<Document>(&parsed)) {
            principal.policies.push_back(std::move(*document));
        }
    }
    return principal;
}

} // namespace Policy
