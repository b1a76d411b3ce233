// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ARN = u"arn:aws:iot:us-east-1:123456789012:"_s;

QJsonObject json(const CliRun::Run& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

/// `thingbench-cli registry`: the sandbox registry managed like `aws iot`, answers shaped as AWS's.
class TestCliRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thingCertificatePolicyAndTestAuthorization()
    {
        QTemporaryDir dir;
        const CliRun::Run pki = CliRun::run({u"cert"_s, u"make-pki"_s, u"--out"_s, dir.filePath(u"pki"_s)});
        QCOMPARE(pki.exitCode, 0);
        const QString certificate = json(pki).value(u"device_certificate"_s).toString();
        const QString id = json(pki).value(u"aws_certificate_id"_s).toString();
        const auto registry = [&](QStringList args) {
            return CliRun::run(QStringList{u"registry"_s, u"--dir"_s, dir.filePath(u"sandbox"_s)} + args);
        };

        CliRun::Run run = registry({u"create-thing"_s, u"--thing-name"_s, u"dev-1"_s, u"--attribute-payload"_s,
                                    uR"({"attributes":{"model":"x1"}})"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(u"thingArn"_s).toString(), ARN + u"thing/dev-1"_s);
        run = registry(
            {u"register-certificate"_s, u"--certificate-pem"_s, u"file://"_s + certificate, u"--set-as-active"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(u"certificateId"_s).toString(), id); // the AWS certificate ID of the file
        run = registry(
            {u"create-policy"_s, u"--policy-name"_s, u"device"_s, u"--policy-document"_s,
             uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Connect","Resource":"arn:aws:iot:us-east-1:123456789012:client/${iot:Connection.Thing.ThingName}"}]})"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(u"policyVersionId"_s).toString(), u"1"_s);
        QCOMPARE(registry({u"attach-policy"_s, u"--policy-name"_s, u"device"_s, u"--target"_s, ARN + u"cert/"_s + id})
                     .exitCode,
                 0);

        const QStringList connect = {
            u"test-authorization"_s,
            u"--principal"_s,
            id,
            u"--client-id"_s,
            u"dev-1"_s,
            u"--auth-infos"_s,
            uR"([{"actionType":"CONNECT","resources":["arn:aws:iot:us-east-1:123456789012:client/dev-1"]}])"_s};
        QJsonObject result = json(registry(connect)).value(u"authResults"_s).toArray().first().toObject();
        QCOMPARE(result.value(u"authDecision"_s).toString(), u"IMPLICIT_DENY"_s);
        QCOMPARE(result.value(u"missingContextValues"_s).toArray(), QJsonArray{u"iot:Connection.Thing.ThingName"_s});
        QVERIFY(result.value(u"explanation"_s).toString().contains(u"not attached to the certificate"_s));
        QCOMPARE(result.value(u"denied"_s)
                     .toObject()
                     .value(u"implicitDeny"_s)
                     .toObject()
                     .value(u"policies"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"policyName"_s)
                     .toString(),
                 u"device"_s);

        QCOMPARE(registry({u"attach-thing-principal"_s, u"--thing-name"_s, u"dev-1"_s, u"--principal"_s, id}).exitCode,
                 0);
        result = json(registry(connect)).value(u"authResults"_s).toArray().first().toObject();
        QCOMPARE(result.value(u"authDecision"_s).toString(), u"ALLOWED"_s);
        QCOMPARE(result.value(u"allowed"_s)
                     .toObject()
                     .value(u"policies"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"policyArn"_s)
                     .toString(),
                 ARN + u"policy/device"_s);

        QCOMPARE(
            registry({u"update-certificate"_s, u"--certificate-id"_s, id, u"--new-status"_s, u"INACTIVE"_s}).exitCode,
            0);
        result = json(registry(connect)).value(u"authResults"_s).toArray().first().toObject();
        QCOMPARE(result.value(u"authDecision"_s).toString(), u"IMPLICIT_DENY"_s);
        QVERIFY(result.value(u"explanation"_s).toString().contains(u"INACTIVE"_s));

        const QJsonArray certificates = json(registry({u"list-certificates"_s})).value(u"certificates"_s).toArray();
        QCOMPARE(certificates.size(), 1);
        QCOMPARE(certificates.first().toObject().value(u"status"_s).toString(), u"INACTIVE"_s);
        QCOMPARE(json(registry({u"list-thing-principals"_s, u"--thing-name"_s, u"dev-1"_s})).value(u"principals"_s),
                 QJsonArray{ARN + u"cert/"_s + id});
    }

    void errorsSayWhatToDo()
    {
        QTemporaryDir dir;
        const auto registry = [&](QStringList args) {
            return CliRun::run(QStringList{u"registry"_s, u"--dir"_s, dir.path()} + args);
        };
        CliRun::Run run = registry(
            {u"create-policy"_s, u"--policy-name"_s, u"p"_s, u"--policy-document"_s,
             uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Publsh","Resource":"*"}]})"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("unknown action \"iot:Publsh\""), run.err.constData());
        run = registry({u"attach-policy"_s, u"--policy-name"_s, u"p"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("attach-policy needs --target"));
        run = registry({u"nonsense"_s});
        QCOMPARE(run.exitCode, 2);
        run = registry({u"list-policy-versions"_s, u"--policy-name"_s, u"missing"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("ResourceNotFoundException"));
    }
};

QTEST_GUILESS_MAIN(TestCliRegistry)
#include "TestCliRegistry.moc"
