// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox's HTTPS data plane for tests: a real mosquitto (BrokerFixture), the shadow service on it, a registry
// file with two things and a policy, and LocalDataPlane on 127.0.0.1 with real TLS. Header-only, owner thread.

#include "aws/HttpsClient.h"
#include "aws/LocalDataPlane.h"
#include "certs/CertificateFile.h"
#include "certs/TestPki.h"
#include "common/FileIo.h"
#include "mqtt/MqttSession.h"
#include "policy/Registry.h"
#include "shadow/ShadowService.h"
#include "support/BrokerFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace DataPlaneTest {

/// dev-1 may publish and retain under allowed/, use its shadows, list them and discover (also for ghost-1, a thing
/// the registry lacks), list the retained messages and read those under allowed/; nothing else.
inline const char DEVICE_POLICY[] =
    "{\"Version\":\"2012-10-17\",\"Statement\":["
    " {\"Effect\":\"Allow\",\"Action\":[\"iot:Publish\",\"iot:RetainPublish\"],\"Resource\":\"arn:aws:iot:us-east-1:"
    "123456789012:topic/allowed/*\"},"
    " {\"Effect\":\"Allow\",\"Action\":[\"iot:GetThingShadow\",\"iot:UpdateThingShadow\",\"iot:DeleteThingShadow\"],"
    "  "
    "\"Resource\":[\"arn:aws:iot:us-east-1:123456789012:thing/dev-1\",\"arn:aws:iot:us-east-1:123456789012:thing/dev-1/"
    "*\"]},"
    " {\"Effect\":\"Allow\",\"Action\":\"iot:ListNamedShadowsForThing\",\"Resource\":\"*\"},"
    " {\"Effect\":\"Allow\",\"Action\":\"greengrass:Discover\",\"Resource\":[\"arn:aws:iot:us-east-1:123456789012:"
    "thing/dev-1\",\"arn:aws:iot:us-east-1:123456789012:thing/ghost-1\"]},"
    " {\"Effect\":\"Allow\",\"Action\":\"iot:ListRetainedMessages\",\"Resource\":\"*\"},"
    " {\"Effect\":\"Allow\",\"Action\":\"iot:GetRetainedMessage\",\"Resource\":\"arn:aws:iot:us-east-1:"
    "123456789012:topic/allowed/*\"}]}";

class Fixture
{
public:
    BrokerFixture broker;
    QTemporaryDir dir;
    QString registryPath;
    QString logPath;
    QString inactiveCert; ///< a certificate of the test CA (key: clientKey), registered INACTIVE
    MqttSession shadowSession;
    std::unique_ptr<ShadowService> shadows;
    std::unique_ptr<Aws::LocalDataPlane> dataPlane;
    QString error;

    /// Starts everything; false with `error` set.
    bool start()
    {
        if (!broker.start()) {
            error = broker.error();
            return false;
        }
        registryPath = dir.filePath(QStringLiteral("registry.json"));
        logPath = dir.filePath(QStringLiteral("decisions.jsonl"));
        if (!makeInactiveCertificate() || !writeRegistry()) {
            return false;
        }
        shadows = std::make_unique<ShadowService>(&shadowSession);
        QSignalSpy ready(shadows.get(), &ShadowService::ready);
        shadows->start();
        shadowSession.connectToBroker(*ConnectionOptions::fromUrl(broker.plainUrl()));
        if (!ready.wait(10000)) {
            error = QStringLiteral("the shadow service did not subscribe");
            return false;
        }
        dataPlane = std::make_unique<Aws::LocalDataPlane>(shadows.get());
        QSignalSpy listening(dataPlane.get(), &Aws::LocalDataPlane::listening);
        QSignalSpy failed(dataPlane.get(), &Aws::LocalDataPlane::failed);
        dataPlane->start(options());
        if (!listening.wait(10000)) {
            error = failed.isEmpty() ? QStringLiteral("the data plane did not start")
                                     : failed.constFirst().at(1).toString();
            return false;
        }
        return true;
    }

    Aws::LocalDataPlaneOptions options() const
    {
        Aws::LocalDataPlaneOptions o;
        o.caFile = broker.pki().caCert;
        o.certificateFile = broker.pki().serverCert;
        o.keyFile = broker.pki().serverKey;
        o.registryPath = registryPath;
        o.decisionLogPath = logPath;
        o.brokerOptions = *ConnectionOptions::fromUrl(broker.plainUrl());
        o.coreHost = QStringLiteral("127.0.0.1");
        o.corePort = broker.mtlsPort();
        return o;
    }

    /// An HTTPS target for the data plane with dev-1's certificate (or `certFile`).
    Aws::HttpsTarget target(const QString& certFile = {}) const
    {
        Aws::HttpsTarget t;
        t.host = QStringLiteral("localhost");
        t.port = dataPlane->port();
        t.timeoutMs = 10000;
        t.tls.caFile = broker.pki().caCert;
        t.tls.certFile = certFile.isEmpty() ? broker.pki().clientCert : certFile;
        t.tls.keyFile = broker.pki().clientKey;
        return t;
    }

    static std::string certificateId(const QString& path)
    {
        const auto certificate = Certs::loadFile(path);
        return certificate && !certificate->certificates.isEmpty()
            ? certificate->certificates.constFirst().awsCertificateId().toStdString()
            : std::string();
    }

private:
    bool makeInactiveCertificate()
    {
        auto key = FileIo::readFile(broker.pki().clientKey);
        auto caCert = FileIo::readFile(broker.pki().caCert);
        auto caKey = FileIo::readFile(broker.pki().caKey);
        if (!key || !caCert || !caKey) {
            error = QStringLiteral("cannot read the test PKI");
            return false;
        }
        Certs::TestCertificateSpec spec;
        spec.kind = Certs::TestCertificateSpec::Kind::Client;
        spec.commonName = QStringLiteral("inactive-device");
        auto pem = Certs::makeTestCertificate(spec, *key, *caCert, *caKey);
        inactiveCert = dir.filePath(QStringLiteral("inactive.crt"));
        if (!pem || !FileIo::writeFileAtomically(inactiveCert, *pem)) {
            error = QStringLiteral("cannot make the inactive certificate");
            return false;
        }
        return true;
    }

    bool writeRegistry()
    {
        const std::string active = certificateId(broker.pki().clientCert);
        const std::string inactive = certificateId(inactiveCert);
        const auto failure = Policy::Registry::update(registryPath.toStdString(), [&](Policy::Registry& r) {
            for (const auto& problem : {r.createThing("dev-1", "", {}), r.createThing("dev-2", "", {}),
                                        r.registerCertificate(active, "", Policy::CertificateStatus::Active, 0),
                                        r.registerCertificate(inactive, "", Policy::CertificateStatus::Inactive, 0),
                                        r.createPolicy("device", DEVICE_POLICY, 0), r.attachPolicy("device", active),
                                        r.attachPolicy("device", inactive), r.attachThingPrincipal("dev-1", active)}) {
                if (problem) {
                    return problem;
                }
            }
            return std::optional<std::string>();
        });
        if (failure) {
            error = QString::fromStdString(*failure);
            return false;
        }
        return true;
    }
};

} // namespace DataPlaneTest
