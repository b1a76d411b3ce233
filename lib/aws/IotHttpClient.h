// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/HttpsClient.h"
#include "common/Result.h"
#include "mqtt/MqttTypes.h"
#include "shadow/ShadowTypes.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace Aws {

/// What one AWS IoT data-plane request came back with: an HTTP answer or a transport failure, with the service's
/// own words (as sent) and ours (what it means and what to do).
struct IotHttpReply
{
    Q_DECLARE_TR_FUNCTIONS(Aws::IotHttpReply)

public:
    quint64 id = 0;
    std::optional<Error> transportError; ///< set when no HTTP answer came (HttpsClient's error codes)
    int status = 0;
    HttpResponse response;
    QString errorType;      ///< x-amzn-ErrorType up to the first ':' ("ForbiddenException"); empty on success
    QString serviceMessage; ///< the body's "message" or "errorMessage" as sent (empty when absent or null)
    QString requestId;      ///< x-amzn-RequestId
    QString explanation;    ///< our words for a failure: what it means and how to fix it

    bool succeeded() const { return !transportError && status >= 200 && status < 300; }
    /// For display: the transport error, or "HTTP <status> <errorType>: <service message>" and our explanation.
    QString describe() const;
};

/// The MQTT 5 and AWS options of an HTTPS publish (spec aws-http-sigv4-greengrass.md §1.2).
struct IotPublishOptions
{
    int qos = 0;
    bool retain = false;
    MqttProperties properties; ///< content type, response topic, expiry, user properties, format, correlation data
};

/// The AWS IoT HTTPS data plane with an X.509 client certificate (spec §1): publish, the REST Device Shadow API,
/// ListNamedShadowsForThing and the retained-message API. Every call opens one HTTPS connection (HttpsClient; port
/// 443 gets ALPN x-amzn-http-ca unless the target already names ALPN protocols) and returns a request id; `finished`
/// follows once per call, on the owner thread.
///
/// The pure builders (publishRequest(), shadowRequest(), ...) and interpret() are public so tests and the CLI can see
/// what goes on the wire.
///
/// Thread affinity: the owner thread only; nothing blocks.
class IotHttpClient final : public QObject
{
    Q_OBJECT

public:
    explicit IotHttpClient(QObject* parent = nullptr);
    ~IotHttpClient() override;
    Q_DISABLE_COPY_MOVE(IotHttpClient)

    /// The endpoint every later call uses (host, port 8443 or 443, TLS files, timeout).
    void setTarget(const HttpsTarget& target) { m_target = target; }
    const HttpsTarget& target() const { return m_target; }

    quint64 publish(const QString& topic, const QByteArray& payload, const IotPublishOptions& options = {});
    quint64 getShadow(const ShadowKey& key);
    quint64 updateShadow(const ShadowKey& key, const QByteArray& document);
    quint64 deleteShadow(const ShadowKey& key);
    /// `pageSize` 0: the service's default.
    quint64 listNamedShadows(const QString& thing, const QString& nextToken = {}, int pageSize = 0);
    /// `maxResults` 0: the service's default.
    quint64 listRetainedMessages(const QString& nextToken = {}, int maxResults = 0);
    quint64 getRetainedMessage(const QString& topic);

    /// `POST /topics/{topic}?qos=&retain=&contentType=&responseTopic=&messageExpiry=` with the MQTT 5 headers.
    static HttpRequest publishRequest(const QString& topic, const QByteArray& payload,
                                      const IotPublishOptions& options);
    /// `GET`/`POST`/`DELETE /things/{thing}/shadow[?name=]`.
    static HttpRequest shadowRequest(ShadowOperation operation, const ShadowKey& key, const QByteArray& document = {});
    static HttpRequest listNamedShadowsRequest(const QString& thing, const QString& nextToken, int pageSize);
    /// The topic as one path segment: RFC 3986 encoding of everything but unreserved characters and '/', so '#',
    /// '+', '?' and '%' become %23, %2B, %3F and %25.
    static QByteArray encodeTopic(const QString& topic);
    /// Reads a response the way §1.2 says: status, then x-amzn-ErrorType up to the first ':', then "message" or
    /// "errorMessage"; fills our explanation. `shadow` set: a shadow request, whose statuses mean what aws-shadow.md
    /// §5 says (404 no such shadow, 409 version conflict, ...).
    static IotHttpReply interpret(const HttpResponse& response, const std::optional<ShadowKey>& shadow = std::nullopt);
    /// The MQTT-style shadow error of `status` (aws-shadow.md §5): `{"code":<status>,"message":"…"}` words.
    static QString shadowErrorMessage(int status, const ShadowKey& key);

Q_SIGNALS:
    void finished(const Aws::IotHttpReply& reply);

private:
    quint64 start(const HttpRequest& request, const std::optional<ShadowKey>& shadow);

    HttpsTarget m_target;
    quint64 m_nextId = 1;
    QHash<quint64, HttpsClient*> m_clients;
};

} // namespace Aws

Q_DECLARE_METATYPE(Aws::IotHttpReply)
