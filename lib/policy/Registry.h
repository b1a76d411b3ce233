// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox's registry of things, certificates and policies (a local stand-in for AWS IoT's), kept in one JSON file
// in the sandbox folder. Plain C++ (no Qt): the CLI and the app change it, the broker plugin reads it and reloads it
// when it changes. Operations are named after their `aws iot` counterparts and refuse what AWS refuses, with a
// message that says why and what to do.

#include "policy/PolicyDocument.h"
#include "policy/PolicyEvaluator.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace Policy {

enum class CertificateStatus { Active, Inactive, Revoked };
const char* statusName(CertificateStatus status); ///< "ACTIVE", "INACTIVE", "REVOKED"
std::optional<CertificateStatus> statusFromName(std::string_view name);

struct Thing
{
    std::string name;
    std::string typeName;
    std::map<std::string, std::string> attributes;
    std::vector<std::string> principals; ///< certificate IDs (attach-thing-principal)
    int64_t version = 1;
};

struct Certificate
{
    std::string id; ///< SHA-256 of the DER, lower-case hex (AWS's certificate ID)
    std::string pem;
    CertificateStatus status = CertificateStatus::Active;
    std::vector<std::string> policies; ///< attached policy names, in attachment order
    int64_t createdAt = 0;             ///< seconds since the epoch
};

struct PolicyVersion
{
    std::string id; ///< "1", "2", ...
    std::string document;
    int64_t createdAt = 0;
};

struct StoredPolicy
{
    std::string name;
    std::vector<PolicyVersion> versions;
    std::string defaultVersion;
    int nextVersion = 1;
    const PolicyVersion* defaultPolicyVersion() const;
};

/// What the registry says about a connection presenting a certificate (the evaluator's input).
struct Principal
{
    bool known = false; ///< the certificate is registered
    CertificateStatus status = CertificateStatus::Active;
    Context context;
    std::vector<Document> policies; ///< the default versions of the certificate's policies
};

class Registry
{
public:
    /// Limits AWS IoT applies (quotas page): versions per policy, policies per certificate.
    static constexpr size_t MAX_POLICY_VERSIONS = 5;
    static constexpr size_t MAX_POLICIES_PER_CERTIFICATE = 10;

    std::string region = "us-east-1";
    std::string accountId = "123456789012";

    /// Reads `path`; a missing file is an empty registry. Errors name the file and what is wrong in it.
    static std::variant<Registry, std::string> load(const std::string& path);
    /// Writes atomically (a temporary file renamed over `path`); returns the error, if any.
    std::optional<std::string> save(const std::string& path) const;
    /// Load, change and save under an exclusive lock (`path`.lock), so that the CLI and the app never lose each
    /// other's changes. `change` returns an error to leave the file as it was.
    static std::optional<std::string> update(const std::string& path,
                                             const std::function<std::optional<std::string>(Registry&)>& change);

    // aws iot ... (each returns the error, or nullopt)
    std::optional<std::string> createThing(const std::string& name, const std::string& typeName,
                                           const std::map<std::string, std::string>& attributes);
    std::optional<std::string> deleteThing(const std::string& name);
    std::optional<std::string> registerCertificate(const std::string& id, const std::string& pem,
                                                   CertificateStatus status, int64_t now);
    std::optional<std::string> updateCertificate(const std::string& id, CertificateStatus status);
    std::optional<std::string> createPolicy(const std::string& name, const std::string& document, int64_t now);
    std::optional<std::string> createPolicyVersion(const std::string& name, const std::string& document,
                                                   bool setAsDefault, int64_t now);
    std::optional<std::string> setDefaultPolicyVersion(const std::string& name, const std::string& versionId);
    std::optional<std::string> deletePolicy(const std::string& name);
    std::optional<std::string> attachPolicy(const std::string& policyName, const std::string& certificate);
    std::optional<std::string> detachPolicy(const std::string& policyName, const std::string& certificate);
    std::optional<std::string> attachThingPrincipal(const std::string& thingName, const std::string& certificate);
    std::optional<std::string> detachThingPrincipal(const std::string& thingName, const std::string& certificate);

    const std::map<std::string, Thing>& things() const { return m_things; }
    const std::map<std::string, Certificate>& certificates() const { return m_certificates; }
    const std::map<std::string, StoredPolicy>& policies() const { return m_policies; }

    std::string arnPrefix() const { return "arn:aws:iot:" + region + ":" + accountId + ":"; }
    std::string certificateArn(const std::string& id) const { return arnPrefix() + "cert/" + id; }
    std::string thingArn(const std::string& name) const { return arnPrefix() + "thing/" + name; }
    std::string policyArn(const std::string& name) const { return arnPrefix() + "policy/" + name; }
    /// A certificate ID from an ID or a certificate ARN; nullopt when it names no registered certificate.
    std::optional<std::string> certificateIdOf(const std::string& idOrArn) const;

    /// The evaluation context and policies for a connection with `clientId` presenting certificate `certificateId`
    /// (thing binding as §4: the thing named as the client ID, attached to the certificate).
    Principal principalFor(const std::string& certificateId, const std::string& clientId) const;

private:
    std::map<std::string, Thing> m_things;
    std::map<std::string, Certificate> m_certificates;
    std::map<std::string, StoredPolicy> m_policies;
};

} // namespace Policy
