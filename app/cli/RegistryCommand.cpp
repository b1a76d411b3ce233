// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `thingbench-cli registry <command>`: the sandbox's things, certificates and policies, with commands and JSON
// answers named and shaped after their `aws iot` counterparts.

#include "CliCommon.h"

#include "certs/CertificateFile.h"
#include "common/AppPaths.h"
#include "policy/PolicyCheck.h"
#include "policy/Registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RegistryCommand", text);
}

using Change = std::function<std::optional<std::string>(Policy::Registry&)>;

struct Command
{
    QString name;
    QStringList required; ///< options that must be given
    const char* help;
};

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {QStringLiteral("create-thing"),
         {QStringLiteral("thing-name")},
         "a thing (with --thing-type-name, --attribute-payload)"},
        {QStringLiteral("delete-thing"), {QStringLiteral("thing-name")}, "a thing without certificates"},
        {QStringLiteral("register-certificate"),
         {QStringLiteral("certificate-pem")},
         "a certificate (PEM file); ACTIVE with --set-as-active, else --status"},
        {QStringLiteral("update-certificate"),
         {QStringLiteral("certificate-id"), QStringLiteral("new-status")},
         "ACTIVE, INACTIVE or REVOKED"},
        {QStringLiteral("create-policy"),
         {QStringLiteral("policy-name"), QStringLiteral("policy-document")},
         "a policy (document inline or file://PATH)"},
        {QStringLiteral("create-policy-version"),
         {QStringLiteral("policy-name"), QStringLiteral("policy-document")},
         "a new version (--set-as-default)"},
        {QStringLiteral("set-default-policy-version"),
         {QStringLiteral("policy-name"), QStringLiteral("policy-version-id")},
         "the version that applies"},
        {QStringLiteral("delete-policy"), {QStringLiteral("policy-name")}, "a policy attached to nothing"},
        {QStringLiteral("attach-policy"),
         {QStringLiteral("policy-name"), QStringLiteral("target")},
         "a policy to a certificate (ID or ARN)"},
        {QStringLiteral("detach-policy"),
         {QStringLiteral("policy-name"), QStringLiteral("target")},
         "a policy from a certificate"},
        {QStringLiteral("attach-thing-principal"),
         {QStringLiteral("thing-name"), QStringLiteral("principal")},
         "a certificate to a thing"},
        {QStringLiteral("detach-thing-principal"),
         {QStringLiteral("thing-name"), QStringLiteral("principal")},
         "a certificate from a thing"},
        {QStringLiteral("list-things"), {}, "every thing"},
        {QStringLiteral("list-certificates"), {}, "every certificate"},
        {QStringLiteral("list-policies"), {}, "every policy"},
        {QStringLiteral("list-policy-versions"), {QStringLiteral("policy-name")}, "a policy's versions"},
        {QStringLiteral("get-policy-version"),
         {QStringLiteral("policy-name"), QStringLiteral("policy-version-id")},
         "one version's document"},
        {QStringLiteral("list-attached-policies"), {QStringLiteral("target")}, "the policies of a certificate"},
        {QStringLiteral("list-thing-principals"), {QStringLiteral("thing-name")}, "the certificates of a thing"},
        {QStringLiteral("test-authorization"),
         {QStringLiteral("principal"), QStringLiteral("auth-infos")},
         "what AWS would decide (with --client-id)"},
    };
    return list;
}

void printJson(const QJsonObject& object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string toStd(const QString& text)
{
    return text.toStdString();
}

/// A document given inline or as file://PATH (as the aws CLI takes it).
std::optional<std::string> documentArgument(const QString& value)
{
    if (!value.startsWith(QLatin1String("file://"))) {
        return toStd(value);
    }
    QFile file(value.mid(7));
    if (!file.open(QIODevice::ReadOnly)) {
        Cli::printError(tr("Cannot read “%1”: %2.").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    return file.readAll().toStdString();
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

int applyChange(const QString& path, const Change& change)
{
    if (const auto error = Policy::Registry::update(toStd(path), change)) {
        Cli::printError(fromStd(*error));
        return Cli::EXIT_FAILURE_;
    }
    return Cli::EXIT_OK;
}

std::optional<Policy::Registry> loadRegistry(const QString& path)
{
    auto loaded = Policy::Registry::load(toStd(path));
    if (auto* error = std::get_if<std::string>(&loaded)) {
        Cli::printError(fromStd(*error));
        return std::nullopt;
    }
    return std::get<Policy::Registry>(std::move(loaded));
}

QString registryPath(const QCommandLineParser& parser)
{
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : AppPaths::sandboxDirectory();
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("registry.json"));
}

QString option(const QCommandLineParser& parser, const char* name)
{
    return parser.value(QLatin1String(name));
}

int thingCommand(const QString& command, const QCommandLineParser& parser, const QString& path)
{
    const std::string thing = toStd(option(parser, "thing-name"));
    if (command == QLatin1String("create-thing")) {
        std::map<std::string, std::string> attributes;
        if (parser.isSet(QStringLiteral("attribute-payload"))) {
            // {"attributes": {"name": "value"}} as the aws CLI takes it
            const QJsonObject payload = QJsonDocument::fromJson(option(parser, "attribute-payload").toUtf8()).object();
            const QJsonObject map = payload.value(QStringLiteral("attributes")).toObject();
            if (map.isEmpty() && !payload.contains(QStringLiteral("attributes"))) {
                Cli::printError(tr("--attribute-payload must be {\"attributes\": {\"name\": \"value\", ...}}."));
                return Cli::EXIT_USAGE;
            }
            for (auto it = map.begin(); it != map.end(); ++it) {
                attributes[toStd(it.key())] = toStd(it.value().toString());
            }
        }
        const std::string type = toStd(option(parser, "thing-type-name"));
        const int code = applyChange(path, [&](Policy::Registry& r) { return r.createThing(thing, type, attributes); });
        if (code == Cli::EXIT_OK) {
            const auto registry = loadRegistry(path);
            printJson({{QStringLiteral("thingName"), fromStd(thing)},
                       {QStringLiteral("thingArn"), registry ? fromStd(registry->thingArn(thing)) : QString()}});
        }
        return code;
    }
    if (command == QLatin1String("delete-thing")) {
        return applyChange(path, [&](Policy::Registry& r) { return r.deleteThing(thing); });
    }
    const std::string principal = toStd(option(parser, "principal"));
    if (command == QLatin1String("attach-thing-principal")) {
        return applyChange(path, [&](Policy::Registry& r) { return r.attachThingPrincipal(thing, principal); });
    }
    if (command == QLatin1String("detach-thing-principal")) {
        return applyChange(path, [&](Policy::Registry& r) { return r.detachThingPrincipal(thing, principal); });
    }
    const auto registry = loadRegistry(path);
    if (!registry) {
        return Cli::EXIT_FAILURE_;
    }
    if (command == QLatin1String("list-things")) {
        QJsonArray things;
        for (const auto& [name, t] : registry->things()) {
            QJsonObject attributes;
            for (const auto& [key, value] : t.attributes) {
                attributes.insert(fromStd(key), fromStd(value));
            }
            QJsonObject entry{{QStringLiteral("thingName"), fromStd(name)},
                              {QStringLiteral("thingArn"), fromStd(registry->thingArn(name))},
                              {QStringLiteral("attributes"), attributes},
                              {QStringLiteral("version"), qint64(t.version)}};
            if (!t.typeName.empty()) {
                entry.insert(QStringLiteral("thingTypeName"), fromStd(t.typeName));
            }
            things.append(entry);
        }
        printJson({{QStringLiteral("things"), things}});
        return Cli::EXIT_OK;
    }
    const auto found = registry->things().find(thing); // list-thing-principals
    if (found == registry->things().end()) {
        Cli::printError(tr("Thing %1 does not exist (ResourceNotFoundException).").arg(fromStd(thing)));
        return Cli::EXIT_FAILURE_;
    }
    QJsonArray principals;
    for (const std::string& id : found->second.principals) {
        principals.append(fromStd(registry->certificateArn(id)));
    }
    printJson({{QStringLiteral("principals"), principals}});
    return Cli::EXIT_OK;
}

int registerCertificate(const QCommandLineParser& parser, const QString& path)
{
    QString file = option(parser, "certificate-pem");
    if (file.startsWith(QLatin1String("file://"))) {
        file = file.mid(7);
    }
    const Result<Certs::CertificateFile> loaded = Certs::loadFile(file);
    if (!loaded || loaded->certificates.isEmpty()) {
        Cli::printError(tr("%1 holds no certificate: %2. Give the device certificate as a PEM or DER file.")
                            .arg(file, loaded ? tr("no certificate block") : loaded.error().message));
        return Cli::EXIT_FAILURE_;
    }
    const QString status =
        parser.isSet(QStringLiteral("set-as-active")) ? QStringLiteral("ACTIVE") : option(parser, "status");
    const auto parsedStatus = Policy::statusFromName(toStd(status.isEmpty() ? QStringLiteral("INACTIVE") : status));
    if (!parsedStatus) {
        Cli::printError(tr("--status must be ACTIVE, INACTIVE or REVOKED."));
        return Cli::EXIT_USAGE;
    }
    const Certs::CertificateInfo& certificate = loaded->certificates.constFirst();
    const std::string id = toStd(certificate.awsCertificateId());
    const std::string pem =
        "-----BEGIN CERTIFICATE-----\n" + certificate.der.toBase64().toStdString() + "\n-----END CERTIFICATE-----\n";
    const int code =
        applyChange(path, [&](Policy::Registry& r) { return r.registerCertificate(id, pem, *parsedStatus, now()); });
    if (code == Cli::EXIT_OK) {
        const auto registry = loadRegistry(path);
        printJson({{QStringLiteral("certificateArn"), registry ? fromStd(registry->certificateArn(id)) : QString()},
                   {QStringLiteral("certificateId"), fromStd(id)}});
    }
    return code;
}

int certificateCommand(const QString& command, const QCommandLineParser& parser, const QString& path)
{
    if (command == QLatin1String("register-certificate")) {
        return registerCertificate(parser, path);
    }
    if (command == QLatin1String("update-certificate")) {
        const auto status = Policy::statusFromName(toStd(option(parser, "new-status")));
        if (!status) {
            Cli::printError(tr("--new-status must be ACTIVE, INACTIVE or REVOKED."));
            return Cli::EXIT_USAGE;
        }
        const std::string id = toStd(option(parser, "certificate-id"));
        return applyChange(path, [&](Policy::Registry& r) { return r.updateCertificate(id, *status); });
    }
    const std::string policy = toStd(option(parser, "policy-name"));
    const std::string target = toStd(option(parser, "target"));
    if (command == QLatin1String("attach-policy")) {
        return applyChange(path, [&](Policy::Registry& r) { return r.attachPolicy(policy, target); });
    }
    if (command == QLatin1String("detach-policy")) {
        return applyChange(path, [&](Policy::Registry& r) { return r.detachPolicy(policy, target); });
    }
    const auto registry = loadRegistry(path);
    if (!registry) {
        return Cli::EXIT_FAILURE_;
    }
    if (command == QLatin1String("list-certificates")) {
        QJsonArray certificates;
        for (const auto& [id, c] : registry->certificates()) {
            certificates.append(
                QJsonObject{{QStringLiteral("certificateArn"), fromStd(registry->certificateArn(id))},
                            {QStringLiteral("certificateId"), fromStd(id)},
                            {QStringLiteral("status"), QString::fromLatin1(Policy::statusName(c.status))},
                            {QStringLiteral("creationDate"), double(c.createdAt)}});
        }
        printJson({{QStringLiteral("certificates"), certificates}});
        return Cli::EXIT_OK;
    }
    const auto id = registry->certificateIdOf(target); // list-attached-policies
    if (!id) {
        Cli::printError(tr("No registered certificate is %1 (ResourceNotFoundException).").arg(fromStd(target)));
        return Cli::EXIT_FAILURE_;
    }
    QJsonArray policies;
    for (const std::string& name : registry->certificates().at(*id).policies) {
        policies.append(QJsonObject{{QStringLiteral("policyName"), fromStd(name)},
                                    {QStringLiteral("policyArn"), fromStd(registry->policyArn(name))}});
    }
    printJson({{QStringLiteral("policies"), policies}});
    return Cli::EXIT_OK;
}

QJsonObject versionJson(const Policy::Registry& registry, const Policy::StoredPolicy& policy,
                        const Policy::PolicyVersion& version)
{
    return {{QStringLiteral("policyName"), fromStd(policy.name)},
            {QStringLiteral("policyArn"), fromStd(registry.policyArn(policy.name))},
            {QStringLiteral("policyDocument"), fromStd(version.document)},
            {QStringLiteral("policyVersionId"), fromStd(version.id)},
            {QStringLiteral("isDefaultVersion"), version.id == policy.defaultVersion}};
}

int policyCommand(const QString& command, const QCommandLineParser& parser, const QString& path)
{
    const std::string name = toStd(option(parser, "policy-name"));
    const std::string versionId = toStd(option(parser, "policy-version-id"));
    if (command == QLatin1String("create-policy") || command == QLatin1String("create-policy-version")) {
        const std::optional<std::string> document = documentArgument(option(parser, "policy-document"));
        if (!document) {
            return Cli::EXIT_FAILURE_;
        }
        const bool create = command == QLatin1String("create-policy");
        const bool makeDefault = parser.isSet(QStringLiteral("set-as-default"));
        const int code = applyChange(path, [&](Policy::Registry& r) {
            return create ? r.createPolicy(name, *document, now())
                          : r.createPolicyVersion(name, *document, makeDefault, now());
        });
        const auto registry = code == Cli::EXIT_OK ? loadRegistry(path) : std::nullopt;
        if (registry) {
            const Policy::StoredPolicy& policy = registry->policies().at(name);
            printJson(versionJson(*registry, policy, policy.versions.back()));
        }
        return code;
    }
    if (command == QLatin1String("set-default-policy-version")) {
        return applyChange(path, [&](Policy::Registry& r) { return r.setDefaultPolicyVersion(name, versionId); });
    }
    if (command == QLatin1String("delete-policy")) {
        return applyChange(path, [&](Policy::Registry& r) { return r.deletePolicy(name); });
    }
    const auto registry = loadRegistry(path);
    if (!registry) {
        return Cli::EXIT_FAILURE_;
    }
    if (command == QLatin1String("list-policies")) {
        QJsonArray policies;
        for (const auto& [policyName, policy] : registry->policies()) {
            policies.append(QJsonObject{{QStringLiteral("policyName"), fromStd(policyName)},
                                        {QStringLiteral("policyArn"), fromStd(registry->policyArn(policyName))}});
        }
        printJson({{QStringLiteral("policies"), policies}});
        return Cli::EXIT_OK;
    }
    const auto policy = registry->policies().find(name);
    if (policy == registry->policies().end()) {
        Cli::printError(tr("Policy %1 does not exist (ResourceNotFoundException).").arg(fromStd(name)));
        return Cli::EXIT_FAILURE_;
    }
    QJsonArray versions;
    for (const Policy::PolicyVersion& version : policy->second.versions) {
        if (command == QLatin1String("get-policy-version") && version.id == versionId) {
            printJson(versionJson(*registry, policy->second, version));
            return Cli::EXIT_OK;
        }
        versions.append(QJsonObject{{QStringLiteral("versionId"), fromStd(version.id)},
                                    {QStringLiteral("isDefaultVersion"), version.id == policy->second.defaultVersion},
                                    {QStringLiteral("createDate"), double(version.createdAt)}});
    }
    if (command == QLatin1String("get-policy-version")) {
        Cli::printError(tr("Policy %1 has no version %2.").arg(fromStd(name), fromStd(versionId)));
        return Cli::EXIT_FAILURE_;
    }
    printJson({{QStringLiteral("policyVersions"), versions}});
    return Cli::EXIT_OK;
}

QJsonObject policyList(const Policy::Registry& registry, const std::vector<std::string>& names)
{
    QJsonArray policies;
    for (const std::string& name : names) {
        policies.append(QJsonObject{{QStringLiteral("policyName"), fromStd(name)},
                                    {QStringLiteral("policyArn"), fromStd(registry.policyArn(name))}});
    }
    return {{QStringLiteral("policies"), policies}};
}

/// One authInfo of test-authorization: every resource decided, the worst decision kept (as AWS answers).
QJsonObject authResult(const Policy::Registry& registry, const Policy::Principal& principal,
                       const QJsonObject& authInfo)
{
    static const QHash<QString, std::string> actions = {{QStringLiteral("PUBLISH"), "iot:Publish"},
                                                        {QStringLiteral("SUBSCRIBE"), "iot:Subscribe"},
                                                        {QStringLiteral("RECEIVE"), "iot:Receive"},
                                                        {QStringLiteral("CONNECT"), "iot:Connect"}};
    const QString actionType = authInfo.value(QStringLiteral("actionType")).toString();
    const Policy::Evaluator evaluator(principal.policies);
    Policy::Decision decision = Policy::Decision::Allowed;
    std::vector<std::string> allowedBy, deniedBy, missing, explanations;
    for (const QJsonValue resource : authInfo.value(QStringLiteral("resources")).toArray()) {
        const Policy::Result result =
            evaluator.evaluate({actions.value(actionType), toStd(resource.toString())}, principal.context);
        decision = std::max(decision, result.decision, [](Policy::Decision a, Policy::Decision b) {
            const auto rank = [](Policy::Decision d) {
                return d == Policy::Decision::ExplicitDeny ? 2 : d == Policy::Decision::ImplicitDeny ? 1 : 0;
            };
            return rank(a) < rank(b);
        });
        for (const Policy::StatementRef& ref : result.matched) {
            std::vector<std::string>& list = ref.effect == Policy::Statement::Effect::Allow ? allowedBy : deniedBy;
            const std::string& name = principal.policies[ref.policy].name;
            if (std::find(list.begin(), list.end(), name) == list.end()) {
                list.push_back(name);
            }
        }
        missing.insert(missing.end(), result.missingContextValues.begin(), result.missingContextValues.end());
        explanations.push_back(result.explanation);
    }
    std::vector<std::string> implicit;
    if (decision == Policy::Decision::ImplicitDeny) {
        for (const Policy::Document& document : principal.policies) {
            implicit.push_back(document.name);
        }
        allowedBy.clear();
    }
    QString explanation;
    for (const std::string& text : explanations) {
        explanation += (explanation.isEmpty() ? QString() : QStringLiteral("\n")) + fromStd(text);
    }
    QJsonArray missingJson;
    for (const std::string& value : missing) {
        missingJson.append(fromStd(value));
    }
    return {{QStringLiteral("authInfo"), authInfo},
            {QStringLiteral("allowed"),
             policyList(registry, decision == Policy::Decision::Allowed ? allowedBy : std::vector<std::string>())},
            {QStringLiteral("denied"),
             QJsonObject{{QStringLiteral("implicitDeny"), policyList(registry, implicit)},
                         {QStringLiteral("explicitDeny"), policyList(registry, deniedBy)}}},
            {QStringLiteral("authDecision"), QString::fromLatin1(Policy::decisionName(decision))},
            {QStringLiteral("missingContextValues"), missingJson},
            {QStringLiteral("explanation"), explanation}};
}

int testAuthorization(const QCommandLineParser& parser, const QString& path)
{
    const auto registry = loadRegistry(path);
    if (!registry) {
        return Cli::EXIT_FAILURE_;
    }
    const auto id = registry->certificateIdOf(toStd(option(parser, "principal")));
    if (!id) {
        Cli::printError(tr("No registered certificate is %1: give a certificate ID or ARN (list-certificates).")
                            .arg(option(parser, "principal")));
        return Cli::EXIT_FAILURE_;
    }
    const QJsonDocument infos = QJsonDocument::fromJson(option(parser, "auth-infos").toUtf8());
    if (!infos.isArray() || infos.array().isEmpty()) {
        Cli::printError(tr("--auth-infos must be a JSON list such as [{\"actionType\":\"PUBLISH\",\"resources\":"
                           "[\"arn:aws:iot:REGION:ACCOUNT:topic/a/b\"]}] (actionType PUBLISH, SUBSCRIBE, RECEIVE or "
                           "CONNECT)."));
        return Cli::EXIT_USAGE;
    }
    const Policy::Principal principal = registry->principalFor(*id, toStd(option(parser, "client-id")));
    QJsonArray results;
    for (const QJsonValue info : infos.array()) {
        QJsonObject result = authResult(*registry, principal, info.toObject());
        if (principal.status != Policy::CertificateStatus::Active) {
            result.insert(QStringLiteral("authDecision"), QStringLiteral("IMPLICIT_DENY"));
            result.insert(QStringLiteral("explanation"),
                          tr("The certificate is %1: AWS IoT refuses its connections before any policy applies. "
                             "update-certificate --new-status ACTIVE to use it.")
                              .arg(QString::fromLatin1(Policy::statusName(principal.status))));
        }
        results.append(result);
    }
    printJson({{QStringLiteral("authResults"), results}});
    return Cli::EXIT_OK;
}

} // namespace

namespace Cli {

int runRegistry(const QStringList& arguments)
{
    QCommandLineParser parser;
    QString summary;
    for (const Command& command : commands()) {
        summary += QStringLiteral("\n  %1  %2").arg(command.name, -28).arg(QString::fromLatin1(command.help));
    }
    parser.setApplicationDescription(
        tr("The local sandbox's registry of things, certificates and policies (registry.json in the sandbox folder), "
           "managed like `aws iot`. Answers are JSON shaped as AWS returns them. Commands:") +
        summary);
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands above."));
    const QStringList valued = {QStringLiteral("thing-name"),
                                QStringLiteral("thing-type-name"),
                                QStringLiteral("attribute-payload"),
                                QStringLiteral("certificate-pem"),
                                QStringLiteral("certificate-id"),
                                QStringLiteral("new-status"),
                                QStringLiteral("status"),
                                QStringLiteral("policy-name"),
                                QStringLiteral("policy-document"),
                                QStringLiteral("policy-version-id"),
                                QStringLiteral("target"),
                                QStringLiteral("principal"),
                                QStringLiteral("client-id"),
                                QStringLiteral("auth-infos")};
    for (const QString& name : valued) {
        parser.addOption({name, tr("As in `aws iot`."), QStringLiteral("value")});
    }
    parser.addOption({QStringLiteral("set-as-active"), tr("register-certificate: make it ACTIVE.")});
    parser.addOption({QStringLiteral("set-as-default"), tr("create-policy-version: make it the default version.")});
    parser.addOption(
        {QStringLiteral("dir"), tr("The sandbox folder (default: the app's sandbox folder)."), QStringLiteral("dir")});
    if (auto code = parse(parser, arguments)) {
        return *code;
    }
    const QStringList positional = parser.positionalArguments();
    const auto command = std::find_if(commands().begin(), commands().end(), [&](const Command& c) {
        return positional.size() == 1 && c.name == positional.constFirst();
    });
    if (command == commands().end()) {
        printError(tr("Give one registry command, e.g. create-thing or list-policies. Run with --help for all."));
        return EXIT_USAGE;
    }
    for (const QString& required : command->required) {
        if (!parser.isSet(required)) {
            printError(tr("%1 needs --%2.").arg(command->name, required));
            return EXIT_USAGE;
        }
    }
    const QString path = registryPath(parser);
    const QString& name = command->name;
    if (name.contains(QLatin1String("thing"))) {
        return thingCommand(name, parser, path);
    }
    if (name == QLatin1String("test-authorization")) {
        return testAuthorization(parser, path);
    }
    if (name.contains(QLatin1String("polic")) && !name.contains(QLatin1String("attach")) &&
        name != QLatin1String("list-attached-policies")) {
        return policyCommand(name, parser, path);
    }
    return certificateCommand(name, parser, path);
}

} // namespace Cli
