// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/Registry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const std::string ID_A(64, 'a');
const std::string ID_B(64, 'b');
const char POLICY[] = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Connect",)"
                      R"("Resource":"arn:aws:iot:us-east-1:123456789012:client/${iot:Connection.Thing.ThingName}"}]})";

std::string error(const std::optional<std::string>& result)
{
    return result.value_or(std::string());
}

} // namespace

/// The sandbox registry: AWS's rules for things, certificates and policies, and a file that survives.
class TestRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void principalBindsTheThingAsAwsDoes()
    {
        Policy::Registry registry;
        QCOMPARE(error(registry.createThing("dev-1", "sensor", {{"model", "x1"}})), std::string());
        QCOMPARE(error(registry.registerCertificate(ID_A, "pem", Policy::CertificateStatus::Active, 1)), std::string());
        QCOMPARE(error(registry.createPolicy("p", POLICY, 1)), std::string());
        QCOMPARE(error(registry.attachPolicy("p", registry.certificateArn(ID_A))), std::string());

        Policy::Principal principal = registry.principalFor(ID_A, "dev-1");
        QVERIFY(principal.known);
        QCOMPARE(principal.context.thingName.value_or(""), std::string("dev-1"));
        QVERIFY(!principal.context.thingAttached); // not attached yet: Thing.* do not resolve (§4)
        QCOMPARE(principal.policies.size(), size_t(1));
        const Policy::Request connect{"iot:Connect", "arn:aws:iot:us-east-1:123456789012:client/dev-1"};
        QCOMPARE(Policy::Evaluator(principal.policies).evaluate(connect, principal.context).decision,
                 Policy::Decision::ImplicitDeny);

        QCOMPARE(error(registry.attachThingPrincipal("dev-1", ID_A)), std::string());
        principal = registry.principalFor(ID_A, "dev-1");
        QVERIFY(principal.context.thingAttached);
        QCOMPARE(principal.context.thingTypeName.value_or(""), std::string("sensor"));
        QCOMPARE(principal.context.thingAttributes.at("model"), std::string("x1"));
        QCOMPARE(Policy::Evaluator(principal.policies).evaluate(connect, principal.context).decision,
                 Policy::Decision::Allowed);
        // Another client ID with the same certificate binds no thing.
        QVERIFY(!registry.principalFor(ID_A, "other").context.thingName);
        QVERIFY(!registry.principalFor(ID_B, "dev-1").known);
    }

    void refusesWhatAwsRefuses()
    {
        Policy::Registry registry;
        QVERIFY(error(registry.createThing("bad name", "", {})).find("invalid thing name") != std::string::npos);
        QVERIFY(error(registry.createThing("t", "", {{"a", "sp ace"}})).find("invalid value") != std::string::npos);
        QCOMPARE(error(registry.createThing("t", "", {})), std::string());
        QVERIFY(error(registry.createThing("t", "", {})).find("already exists") != std::string::npos);
        QVERIFY(error(registry.registerCertificate("abc", "", Policy::CertificateStatus::Active, 0))
                    .find("64 hex digits") != std::string::npos);
        QVERIFY(error(registry.createPolicy("p", R"({"Statement":[{"Effect":"Maybe"}]})", 0))
                    .find("MalformedPolicyException") != std::string::npos);
        QCOMPARE(error(registry.createPolicy("p", POLICY, 0)), std::string());
        for (int i = 2; i <= 5; ++i) {
            QCOMPARE(error(registry.createPolicyVersion("p", POLICY, i == 5, 0)), std::string());
        }
        QCOMPARE(registry.policies().at("p").defaultVersion, std::string("5"));
        QVERIFY(error(registry.createPolicyVersion("p", POLICY, false, 0)).find("5 versions") != std::string::npos);
        QVERIFY(error(registry.setDefaultPolicyVersion("p", "9")).find("no version 9") != std::string::npos);

        QCOMPARE(error(registry.registerCertificate(ID_A, "", Policy::CertificateStatus::Active, 0)), std::string());
        for (int i = 0; i < 10; ++i) {
            const std::string name = "q" + std::to_string(i);
            QCOMPARE(error(registry.createPolicy(name, POLICY, 0)), std::string());
            QCOMPARE(error(registry.attachPolicy(name, ID_A)), std::string());
        }
        QVERIFY(error(registry.attachPolicy("p", ID_A)).find("10 policies") != std::string::npos);
        QVERIFY(error(registry.deletePolicy("q0")).find("detach-policy it first") != std::string::npos);
        QCOMPARE(error(registry.attachThingPrincipal("t", ID_A)), std::string());
        QVERIFY(error(registry.deleteThing("t")).find("detach-thing-principal") != std::string::npos);
        QCOMPARE(error(registry.updateCertificate(ID_A, Policy::CertificateStatus::Revoked)), std::string());
        QVERIFY(error(registry.updateCertificate(ID_A, Policy::CertificateStatus::Active)).find("revoked") !=
                std::string::npos);
        QCOMPARE(registry.principalFor(ID_A, "t").status, Policy::CertificateStatus::Revoked);
    }

    void fileRoundTripsAndDamageIsExplained()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("registry.json")).toStdString();
        auto empty = Policy::Registry::load(path); // a missing file is an empty registry
        QVERIFY(std::holds_alternative<Policy::Registry>(empty));
        QCOMPARE(error(Policy::Registry::update(path,
                                                [](Policy::Registry& r) {
                                                    r.region = "eu-west-1";
                                                    auto e = r.createThing("t", "", {{"k", "v"}});
                                                    return e ? e
                                                             : r.registerCertificate(
                                                                   ID_A, "pem", Policy::CertificateStatus::Inactive, 7);
                                                })),
                 std::string());
        QCOMPARE(
            error(Policy::Registry::update(path, [](Policy::Registry& r) { return r.createPolicy("p", POLICY, 8); })),
            std::string());
        // A change that fails leaves the file as it was.
        QVERIFY(Policy::Registry::update(path, [](Policy::Registry& r) {
                    (void)r.createThing("lost", "", {});
                    return std::optional<std::string>("refused");
                }).has_value());
        auto loaded = Policy::Registry::load(path);
        QVERIFY(std::holds_alternative<Policy::Registry>(loaded));
        const auto& registry = std::get<Policy::Registry>(loaded);
        QCOMPARE(registry.region, std::string("eu-west-1"));
        QCOMPARE(registry.things().size(), size_t(1));
        QCOMPARE(registry.things().at("t").attributes.at("k"), std::string("v"));
        QCOMPARE(registry.certificates().at(ID_A).status, Policy::CertificateStatus::Inactive);
        QCOMPARE(registry.certificates().at(ID_A).createdAt, int64_t(7));
        QCOMPARE(registry.policies().at("p").versions.front().document, std::string(POLICY));
        QCOMPARE(registry.certificateArn(ID_A), "arn:aws:iot:eu-west-1:123456789012:cert/" + ID_A);

        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"schema\":1,\"region\":");
        file.close();
        QVERIFY(QFile::exists(QString::fromStdString(path + ".bak"))); // the version before the last change
        auto backup = Policy::Registry::load(path + ".bak");
        QCOMPARE(std::get<Policy::Registry>(backup).things().size(), size_t(1));
        QVERIFY(std::get<Policy::Registry>(backup).policies().empty());
        auto damaged = Policy::Registry::load(path);
        QVERIFY(std::holds_alternative<std::string>(damaged));
        QVERIFY(std::get<std::string>(damaged).find("is damaged") != std::string::npos);
        QVERIFY(Policy::Registry::update(path, [](Policy::Registry&) {
                    return std::optional<std::string>();
                }).has_value()); // never overwritten while damaged
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"schema\":1,\"region\":"));
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"schema":7,"region":"x","accountId":"y"})");
        file.close();
        auto newer = Policy::Registry::load(path);
        QVERIFY(std::get<std::string>(newer).find("newer ThingBench") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "TestRegistry.moc"
