// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/IotHttpClient.h"

#include "aws/HttpWire_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Aws {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Aws::IotHttpClient", text);
}

QByteArray query(const QList<std::pair<QByteArray, QString>>& parameters)
{
    QByteArray out;
    for (const auto& [name, value] : parameters) {
        out += (out.isEmpty() ? '?' : '&') + name + '=' + Wire::percentEncode(value);
    }
    return out;
}

/// Our words for a data-plane status that is not a shadow's (§1.2).
QString explainStatus(int status, const QString& errorType)
{
    switch (status) {
    case 400:
        return tr("The service refused the request as invalid: check the topic (no wildcards), qos (0 or 1) and the "
                  "MQTT 5 properties.");
    case 401:
        return tr("The service could not authenticate the request: use the device certificate and key registered "
                  "in AWS IoT, on the iot:Data-ATS endpoint.");
    case 403:
        return tr("The certificate's policies do not allow this (%1): attach a policy that allows the action on "
                  "this resource (to publish: iot:Publish, and iot:RetainPublish for a retained message; to read "
                  "retained messages: iot:ListRetainedMessages on *, iot:GetRetainedMessage on the topic).")
            .arg(errorType.isEmpty() ? QStringLiteral("Forbidden") : errorType);
    case 404:
        return tr("The service found nothing at this address: check the endpoint and the name in the request.");
    case 405:
        return tr("The service does not allow this method here.");
    case 413:
        return tr("The payload is too large: AWS IoT accepts at most 128 KB.");
    case 429:
        return tr("Too many requests: the account's rate limit was hit. Wait and retry with back-off.");
    case 503:
        return tr("The service is unavailable right now. Retry later.");
    default:
        return status >= 500 ? tr("The service failed internally. Retry later.") : QString();
    }
}

} // namespace

QString IotHttpReply::describe() const
{
    if (transportError) {
        return transportError->fullText();
    }
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (!errorType.isEmpty()) {
        text += QLatin1Char(' ') + errorType;
    }
    if (!serviceMessage.isEmpty()) {
        text += QStringLiteral(": ") + serviceMessage;
    }
    if (!explanation.isEmpty()) {
        text += QStringLiteral(". ") + explanation;
    }
    return text;
}

IotHttpClient::IotHttpClient(QObject* parent)
    : QObject(parent)
{ }

IotHttpClient::~IotHttpClient() = default;

QByteArray IotHttpClient::encodeTopic(const QString& topic)
{
    return Wire::percentEncode(topic, "/");
}

HttpRequest IotHttpClient::publishRequest(const QString& topic, const QByteArray& payload,
                                          const IotPublishOptions& options)
{
    QList<std::pair<QByteArray, QString>> parameters;
    parameters.append({"qos", QString::number(options.qos)});
    if (options.retain) {
        parameters.append({"retain", QStringLiteral("true")});
    }
    const MqttProperties& p = options.properties;
    if (!p.contentType.isEmpty()) {
        parameters.append({"contentType", p.contentType});
    }
    if (!p.responseTopic.isEmpty()) {
        parameters.append({"responseTopic", p.responseTopic});
    }
    if (p.messageExpirySeconds) {
        parameters.append({"messageExpiry", QString::number(*p.messageExpirySeconds)});
    }
    HttpRequest request;
    request.method = "POST";
    request.target = "/topics/" + encodeTopic(topic) + query(parameters);
    if (!p.userProperties.isEmpty()) {
        QJsonArray array;
        for (const auto& [name, value] : p.userProperties) {
            array.append(QJsonObject{{name, value}});
        }
        request.headers.append(
            {"x-amz-mqtt5-user-properties", QJsonDocument(array).toJson(QJsonDocument::Compact).toBase64()});
    }
    if (p.payloadIsUtf8) {
        request.headers.append({QByteArray("x-amz-mqtt5-payload-format-indicator"),
                                QByteArray(*p.payloadIsUtf8 ? "UTF8_DATA" : "UNSPECIFIED_BYTES")});
    }
    if (!p.correlationData.isEmpty()) {
        request.headers.append({"x-amz-mqtt5-correlation-data", p.correlationData.toBase64()});
    }
    request.body = payload;
    return request;
}

HttpRequest IotHttpClient::shadowRequest(ShadowOperation operation, const ShadowKey& key, const QByteArray& document)
{
    HttpRequest request;
    request.method = operation == ShadowOperation::Get ? "GET"
        : operation == ShadowOperation::Update         ? "POST"
                                                       : "DELETE";
    request.target = "/things/" + Wire::percentEncode(key.thing) + "/shadow";
    if (!key.isClassic()) {
        request.target += "?name=" + Wire::percentEncode(key.shadow);
    }
    if (operation == ShadowOperation::Update) {
        request.body = document;
    }
    return request;
}

HttpRequest IotHttpClient::listNamedShadowsRequest(const QString& thing, const QString& nextToken, int pageSize)
{
    QList<std::pair<QByteArray, QString>> parameters;
    if (!nextToken.isEmpty()) {
        parameters.append({"nextToken", nextToken});
    }
    if (pageSize > 0) {
        parameters.append({"pageSize", QString::number(pageSize)});
    }
    HttpRequest request;
    request.target = "/api/things/shadow/ListNamedShadowsForThing/" + Wire::percentEncode(thing) + query(parameters);
    return request;
}

QString IotHttpClient::shadowErrorMessage(int status, const ShadowKey& key)
{
    switch (status) {
    case 400:
        return tr("400 Bad request: the shadow document is invalid (JSON, a \"state\" object with only \"desired\" "
                  "and \"reported\", at most 6 levels, a clientToken of at most 64 bytes). Fix the document.");
    case 403:
        return tr("403 Forbidden: the certificate's policies do not allow this shadow action (iot:GetThingShadow, "
                  "iot:UpdateThingShadow or iot:DeleteThingShadow on the thing's ARN).");
    case 404:
        return tr("404 No shadow exists with name: '%1'. Create it with an update first, or check the thing and "
                  "shadow names.")
            .arg(key.nameInMessages());
    case 409:
        return tr("409 Version conflict: the shadow changed since the version you sent. Get it again and retry "
                  "with the new version (or send no version).");
    case 413:
        return tr("413 The payload exceeds the maximum size allowed: the shadow state is limited to 8 KB.");
    case 415:
        return tr("415 Unsupported documented encoding; supported encoding is UTF-8. Send the document as UTF-8.");
    case 429:
        return tr("429 Too many requests: more than 10 shadow requests were in flight. Wait and retry.");
    default:
        return explainStatus(status, {});
    }
}

IotHttpReply IotHttpClient::interpret(const HttpResponse& response, const std::optional<ShadowKey>& shadow)
{
    IotHttpReply reply;
    reply.status = response.status;
    reply.response = response;
    reply.requestId = QString::fromUtf8(response.header("x-amzn-RequestId"));
    if (response.status >= 200 && response.status < 300) {
        return reply;
    }
    QByteArray type = response.header("x-amzn-ErrorType");
    if (const qsizetype colon = type.indexOf(':'); colon >= 0) {
        type.truncate(colon);
    }
    reply.errorType = QString::fromUtf8(type.trimmed());
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    for (const char* key : {"message", "errorMessage"}) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (value.isString()) {
            reply.serviceMessage = value.toString();
            break;
        }
    }
    if (reply.serviceMessage.isEmpty() && body.isEmpty() && !response.body.trimmed().isEmpty()) {
        reply.serviceMessage = QString::fromUtf8(response.body.left(500)).trimmed();
    }
    reply.explanation =
        shadow ? shadowErrorMessage(response.status, *shadow) : explainStatus(response.status, reply.errorType);
    return reply;
}

quint64 IotHttpClient::start(const HttpRequest& request, const std::optional<ShadowKey>& shadow)
{
    const quint64 id = m_nextId++;
    HttpsTarget target = m_target;
    if (target.port == 443 && target.tls.alpn.isEmpty()) {
        target.tls.alpn = {QStringLiteral("x-amzn-http-ca")}; // §1.1: 443 with certificates needs this ALPN
    }
    auto* client = new HttpsClient(this);
    m_clients.insert(id, client);
    connect(client, &HttpsClient::responseReceived, this, [this, id, client, shadow](const HttpResponse& response) {
        IotHttpReply reply = interpret(response, shadow);
        reply.id = id;
        m_clients.remove(id);
        client->deleteLater();
        Q_EMIT finished(reply);
    });
    connect(client, &HttpsClient::failed, this, [this, id, client](const Error& error) {
        IotHttpReply reply;
        reply.id = id;
        reply.transportError = error;
        m_clients.remove(id);
        client->deleteLater();
        Q_EMIT finished(reply);
    });
    client->send(target, request);
    return id;
}

quint64 IotHttpClient::publish(const QString& topic, const QByteArray& payload, const IotPublishOptions& options)
{
    return start(publishRequest(topic, payload, options), std::nullopt);
}

quint64 IotHttpClient::getShadow(const ShadowKey& key)
{
    return start(shadowRequest(ShadowOperation::Get, key), key);
}

quint64 IotHttpClient::updateShadow(const ShadowKey& key, const QByteArray& document)
{
    return start(shadowRequest(ShadowOperation::Update, key, document), key);
}

quint64 IotHttpClient::deleteShadow(const ShadowKey& key)
{
    return start(shadowRequest(ShadowOperation::Delete, key), key);
}

quint64 IotHttpClient::listNamedShadows(const QString& thing, const QString& nextToken, int pageSize)
{
    return start(listNamedShadowsRequest(thing, nextToken, pageSize), std::nullopt);
}

quint64 IotHttpClient::listRetainedMessages(const QString& nextToken, int maxResults)
{
    QList<std::pair<QByteArray, QString>> parameters;
    if (maxResults > 0) {
        parameters.append({"maxResults", QString::number(maxResults)});
    }
    if (!nextToken.isEmpty()) {
        parameters.append({"nextToken", nextToken});
    }
    HttpRequest request;
    request.target = "/retainedMessage" + query(parameters);
    return start(request, std::nullopt);
}

quint64 IotHttpClient::getRetainedMessage(const QString& topic)
{
    HttpRequest request;
    request.target = "/retainedMessage/" + encodeTopic(topic);
    return start(request, std::nullopt);
}

} // namespace Aws
