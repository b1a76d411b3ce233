// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The request routes of LocalDataPlaneWorker (worker thread): publish, REST shadows, ListNamedShadowsForThing,
// the retained-message API and Greengrass discovery, each authorised like AWS IoT (spec aws-http-sigv4-greengrass.md
// §1, §2; aws-iot-policy.md §2).
#include "aws/GreengrassDiscovery.h"
#include "aws/LocalDataPlaneWorker_p.h"
#include "aws/RetainedIndex_p.h"
#include "mqtt/MqttSession.h"
#include "shadow/ShadowTopic.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslSocket>

#include <limits>

namespace Aws {

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray shadowError(int code, const QString& message)
{
    return json({{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

/// base64url without padding: the list tokens (the last name or topic of the page before, opaque to clients).
QString pageToken(const QString& last)
{
    return QString::fromLatin1(last.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> pageTokenValue(const QString& token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return QString::fromUtf8(decoded.decoded);
}

bool hasWildcard(const QString& topic)
{
    return topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#'));
}

} // namespace

void LocalDataPlaneWorker::handleRequest(quint64 id)
{
    Connection& connection = m_connections[id];
    Request& request = connection.request;
    const QSslCertificate certificate = connection.socket->peerCertificate();
    request.certificateId = certificate.digest(QCryptographicHash::Sha256).toHex().toStdString();
    request.principal = m_authority.principal(request.certificateId);
    if (m_options.enforcePolicies &&
        (!request.principal.known || request.principal.status != Policy::CertificateStatus::Active)) {
        // AWS closes the connection without a reply (spec §2.4); the log says why.
        m_authority.logRefusal(
            request.certificateId, "iot:Connect", m_authority.arn("client/"),
            !request.principal.known ? "IMPLICIT_DENY: certificate " + request.certificateId +
                    " is not in the sandbox registry (thingbench-cli registry register-certificate)"
                                     : "IMPLICIT_DENY: certificate " + request.certificateId + " is " +
                    Policy::statusName(request.principal.status) +
                    ": AWS IoT closes its HTTPS connections without a reply (thingbench-cli registry "
                    "update-certificate --new-status ACTIVE)");
        closeConnection(id);
        return;
    }
    const QByteArray& path = request.path;
    if (path.startsWith("/topics/")) {
        routePublish(id, QString::fromLatin1(path.mid(8)));
    } else if (path.startsWith("/things/") && path.endsWith("/shadow")) {
        routeShadow(id, QString::fromLatin1(path.mid(8, path.size() - 8 - 7)));
    } else if (path.startsWith("/api/things/shadow/ListNamedShadowsForThing/")) {
        routeListNamedShadows(id, QString::fromLatin1(path.mid(44)));
    } else if (path.startsWith("/greengrass/discover/thing/")) {
        routeDiscover(id, QString::fromLatin1(path.mid(27)));
    } else if (path == "/retainedMessage" || path.startsWith("/retainedMessage/")) {
        routeRetained(id, path.mid(16));
    } else {
        respondMessage(id, 404, tr("Not Found"), "ResourceNotFoundException");
    }
}

bool LocalDataPlaneWorker::authorize(quint64 id, const std::string& action, const std::string& resource, bool discovery)
{
    if (!m_options.enforcePolicies) {
        return true;
    }
    const Policy::Result result = m_authority.decide(m_connections.value(id).request.principal, action, resource);
    if (result.allowed()) {
        return true;
    }
    const QString traceId = m_connections.value(id).request.requestId;
    // AWS's bodies: {"message":"Forbidden",...} on the data plane, {"message":null,...} from discovery (§1.2, §2.4).
    const QJsonValue message = discovery ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("Forbidden"));
    respond(id, 403, json({{QStringLiteral("message"), message}, {QStringLiteral("traceId"), traceId}}),
            "ForbiddenException");
    return false;
}

std::optional<MqttProperties> LocalDataPlaneWorker::publishProperties(quint64 id, const Request& request)
{
    MqttProperties properties;
    properties.contentType = queryValue(request, QStringLiteral("contentType"));
    properties.responseTopic = queryValue(request, QStringLiteral("responseTopic"));
    if (hasWildcard(properties.responseTopic)) {
        respondMessage(id, 400, tr("responseTopic must not contain the wildcards + or #."), {});
        return std::nullopt;
    }
    bool present = false;
    const QString expiry = queryValue(request, QStringLiteral("messageExpiry"), &present);
    if (present) {
        bool ok = false;
        const qint64 seconds = expiry.toLongLong(&ok);
        if (!ok || seconds < 0 || seconds > qint64(std::numeric_limits<quint32>::max())) {
            respondMessage(id, 400, tr("messageExpiry must be a number of seconds (0 to 4294967295)."), {});
            return std::nullopt;
        }
        properties.messageExpirySeconds = quint32(seconds);
    }
    if (const QByteArray users = headerValue(request.headers, "x-amz-mqtt5-user-properties"); !users.isNull()) {
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromBase64(users));
        bool valid = document.isArray();
        for (const QJsonValue& item : document.array()) {
            const QJsonObject object = item.toObject();
            if (!item.isObject() || object.size() != 1 || !object.begin().value().isString()) {
                valid = false;
                break;
            }
            properties.userProperties.append({object.begin().key(), object.begin().value().toString()});
        }
        if (!valid) {
            respondMessage(id, 400,
                           tr("x-amz-mqtt5-user-properties must be base64 of a JSON array of one-key objects with "
                              "string values, e.g. [{\"deviceName\":\"alpha\"}]."),
                           {});
            return std::nullopt;
        }
    }
    if (const QByteArray format = headerValue(request.headers, "x-amz-mqtt5-payload-format-indicator");
        !format.isNull()) {
        if (format != "UTF8_DATA" && format != "UNSPECIFIED_BYTES") {
            respondMessage(id, 400, tr("x-amz-mqtt5-payload-format-indicator must be UTF8_DATA or UNSPECIFIED_BYTES."),
                           {});
            return std::nullopt;
        }
        properties.payloadIsUtf8 = format == "UTF8_DATA";
    }
    if (const QByteArray data = headerValue(request.headers, "x-amz-mqtt5-correlation-data"); !data.isNull()) {
        auto decoded = QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            respondMessage(id, 400, tr("x-amz-mqtt5-correlation-data must be base64."), {});
            return std::nullopt;
        }
        properties.correlationData = decoded.decoded;
    }
    return properties;
}

void LocalDataPlaneWorker::routePublish(quint64 id, const QString& topicPath)
{
    const Request& request = m_connections.value(id).request;
    if (request.method != "POST") {
        respondMessage(id, 405, tr("Publish with POST."), {});
        return;
    }
    const std::optional<QString> topic = Wire::percentDecode(topicPath.toLatin1());
    if (!topic || topic->isEmpty() || hasWildcard(*topic) || topic->toUtf8().size() > 256) {
        respondMessage(id, 400,
                       tr("The topic must be 1–256 bytes of UTF-8 without the wildcards + or # (percent-encode "
                          "#, +, ? and %)."),
                       {});
        return;
    }
    bool present = false;
    const QString qosText = queryValue(request, QStringLiteral("qos"), &present);
    if (present && qosText != QLatin1String("0") && qosText != QLatin1String("1")) {
        respondMessage(id, 400, tr("qos must be 0 or 1 (AWS IoT has no QoS 2)."), {});
        return;
    }
    const QString retainText = queryValue(request, QStringLiteral("retain"), &present).toLower();
    if (present && retainText != QLatin1String("true") && retainText != QLatin1String("false")) {
        respondMessage(id, 400, tr("retain must be true or false."), {});
        return;
    }
    const bool retain = retainText == QLatin1String("true");
    const std::optional<MqttProperties> properties = publishProperties(id, request);
    if (!properties) {
        return;
    }
    const std::string resource = m_authority.arn("topic/" + topic->toStdString());
    if (!authorize(id, "iot:Publish", resource) || (retain && !authorize(id, "iot:RetainPublish", resource))) {
        return;
    }
    if (!m_session || m_session->state() != SessionState::Connected) {
        respondMessage(id, 503, tr("The data plane is not connected to the sandbox broker yet. Retry in a moment."),
                       {});
        return;
    }
    const quint64 publishId =
        m_session->publish(*topic, request.body, qosText == QLatin1String("1") ? 1 : 0, retain, *properties);
    m_publishes.insert(publishId, id);
}

void LocalDataPlaneWorker::routeShadow(quint64 id, const QString& thingPath)
{
    const Request& request = m_connections.value(id).request;
    const std::optional<QString> thing = Wire::percentDecode(thingPath.toLatin1());
    bool named = false;
    const QString shadow = queryValue(request, QStringLiteral("name"), &named);
    if (!thing || !ShadowTopic::isValidThingName(*thing) || (named && !ShadowTopic::isValidShadowName(shadow))) {
        respond(id, 400, shadowError(400, tr("Invalid thing or shadow name: 1–128 (shadow: 1–64) of [a-zA-Z0-9:_-].")));
        return;
    }
    ShadowOperation operation = ShadowOperation::Get;
    std::string action = "iot:GetThingShadow";
    if (request.method == "POST") {
        operation = ShadowOperation::Update;
        action = "iot:UpdateThingShadow";
    } else if (request.method == "DELETE") {
        operation = ShadowOperation::Delete;
        action = "iot:DeleteThingShadow";
    } else if (request.method != "GET") {
        respond(id, 405, shadowError(405, tr("Use GET, POST or DELETE on a shadow.")));
        return;
    }
    std::string resource = m_authority.arn("thing/" + thing->toStdString());
    if (named) {
        resource += '/' + shadow.toStdString();
    }
    if (!authorize(id, action, resource)) {
        return;
    }
    Q_EMIT shadowRequest(id, ShadowKey{*thing, named ? shadow : QString()}, operation, request.body);
}

void LocalDataPlaneWorker::answerShadow(quint64 requestId, int status, const QByteArray& body)
{
    respond(requestId, status, body);
}

void LocalDataPlaneWorker::routeListNamedShadows(quint64 id, const QString& thingPath)
{
    Connection& connection = m_connections[id];
    const Request& request = connection.request;
    if (request.method != "GET") {
        respondMessage(id, 405, tr("List named shadows with GET."), {});
        return;
    }
    const std::optional<QString> thing = Wire::percentDecode(thingPath.toLatin1());
    bool present = false;
    const QString pageText = queryValue(request, QStringLiteral("pageSize"), &present);
    bool ok = true;
    const int pageSize = present ? pageText.toInt(&ok) : 25;
    if (!thing || !ShadowTopic::isValidThingName(*thing) || !ok || pageSize < 1 || pageSize > 100) {
        respondMessage(id, 400, tr("Give a valid thing name and a pageSize of 1–100."), {});
        return;
    }
    connection.listToken = queryValue(request, QStringLiteral("nextToken"));
    connection.listPageSize = pageSize;
    if (!authorize(id, "iot:ListNamedShadowsForThing", "*")) { // resource: "*" only (aws-iot-policy.md §2)
        return;
    }
    Q_EMIT namedShadowsRequest(id, *thing);
}

void LocalDataPlaneWorker::answerNamedShadows(quint64 requestId, const QStringList& names)
{
    if (!m_connections.contains(requestId)) {
        return;
    }
    const Connection& connection = m_connections.value(requestId);
    // The token is the last name of the page before, base64url: opaque to clients, stable while shadows change.
    qsizetype first = 0;
    if (!connection.listToken.isEmpty()) {
        const std::optional<QString> after = pageTokenValue(connection.listToken);
        if (!after) {
            respondMessage(requestId, 400, tr("nextToken is not a token this service gave."), {});
            return;
        }
        while (first < names.size() && names.at(first) <= *after) {
            ++first;
        }
    }
    const QStringList page = names.mid(first, connection.listPageSize);
    const bool more = first + page.size() < names.size();
    const QJsonValue next = more ? QJsonValue(pageToken(page.constLast())) : QJsonValue(QJsonValue::Null);
    respond(requestId, 200,
            json({{QStringLiteral("results"), QJsonArray::fromStringList(page)},
                  {QStringLiteral("nextToken"), next},
                  {QStringLiteral("timestamp"), QDateTime::currentSecsSinceEpoch()}}));
}

void LocalDataPlaneWorker::routeDiscover(quint64 id, const QString& thingPath)
{
    const Request& request = m_connections.value(id).request;
    if (request.method != "GET") {
        respondMessage(id, 405, tr("Discover with GET."), {});
        return;
    }
    const std::optional<QString> thing = Wire::percentDecode(thingPath.toLatin1());
    if (!thing || !ShadowTopic::isValidThingName(*thing)) {
        respond(id, 400, json({{QStringLiteral("errorMessage"), tr("Invalid thing name")}}));
        return;
    }
    if (!authorize(id, "greengrass:Discover", m_authority.arn("thing/" + thing->toStdString()), true)) {
        return;
    }
    if (m_authority.registry().things().count(thing->toStdString()) == 0) {
        respond(
            id, 404,
            json({{QStringLiteral("errorMessage"), QStringLiteral("The thing provided for discovery was not found")}}),
            "ResourceNotFoundException");
        return;
    }
    DiscoveryConnectivity endpoint;
    endpoint.id = QStringLiteral("AUTOIP_%1_0").arg(m_options.coreHost);
    endpoint.hostAddress = m_options.coreHost;
    endpoint.port = m_options.corePort;
    DiscoveryCore core;
    core.thingArn = QString::fromStdString(m_authority.arn("thing/" + m_options.coreThingName.toStdString()));
    core.connectivity = {endpoint};
    DiscoveryGroup group;
    group.groupId = QStringLiteral("greengrassV2-coreDevice-") + m_options.coreThingName;
    group.cores = {core};
    group.cas = {QString::fromUtf8(m_options.coreCaPem)};
    DiscoveryResponse response;
    response.groups = {group};
    respond(id, 200, response.toJson());
}

void LocalDataPlaneWorker::routeRetained(quint64 id, const QByteArray& topicPath)
{
    const Request& request = m_connections.value(id).request;
    if (request.method != "GET") {
        respondMessage(id, 405, tr("Read retained messages with GET."), {});
        return;
    }
    if (topicPath.isEmpty()) { // ListRetainedMessages
        bool present = false;
        const QString maxText = queryValue(request, QStringLiteral("maxResults"), &present);
        bool ok = true;
        const int maxResults = present ? maxText.toInt(&ok) : 200;
        const QString token = queryValue(request, QStringLiteral("nextToken"));
        const std::optional<QString> after =
            token.isEmpty() ? std::optional<QString>(QString()) : pageTokenValue(token);
        if (!ok || maxResults < 1 || maxResults > 200 || !after) {
            respondMessage(id, 400, tr("Give maxResults of 1–200 and a nextToken this service gave (or none)."),
                           "InvalidRequestException");
            return;
        }
        if (authorize(id, "iot:ListRetainedMessages", "*")) { // resource: "*" only (aws-iot-policy.md §2)
            m_retained->whenReady([this, id, maxResults, after = *after](const QString& error) {
                error.isEmpty() ? answerRetainedList(id, maxResults, after) : respondMessage(id, 503, error, {});
            });
        }
        return;
    }
    const std::optional<QString> topic = Wire::percentDecode(topicPath.mid(1));
    if (!topic || topic->isEmpty() || hasWildcard(*topic) || topic->toUtf8().size() > 256) {
        respondMessage(id, 400, tr("The topic must be 1–256 bytes of UTF-8 without the wildcards + or #."),
                       "InvalidRequestException");
        return;
    }
    if (authorize(id, "iot:GetRetainedMessage", m_authority.arn("topic/" + topic->toStdString()))) {
        m_retained->whenReady([this, id, topic = *topic](const QString& error) {
            error.isEmpty() ? answerRetainedMessage(id, topic) : respondMessage(id, 503, error, {});
        });
    }
}

void LocalDataPlaneWorker::answerRetainedList(quint64 id, int maxResults, const QString& after)
{
    bool more = false;
    const QList<RetainedIndex::Entry> page = m_retained->page(after, maxResults, &more);
    QJsonArray topics;
    for (const RetainedIndex::Entry& entry : page) {
        topics.append(QJsonObject{{QStringLiteral("topic"), entry.topic},
                                  {QStringLiteral("payloadSize"), entry.payload.size()},
                                  {QStringLiteral("qos"), entry.qos},
                                  {QStringLiteral("lastModifiedTime"), entry.lastModifiedMs}});
    }
    QJsonObject body{{QStringLiteral("retainedTopics"), topics}};
    if (more) {
        body.insert(QStringLiteral("nextToken"), pageToken(page.constLast().topic));
    }
    respond(id, 200, json(body));
}

void LocalDataPlaneWorker::answerRetainedMessage(quint64 id, const QString& topic)
{
    const std::optional<RetainedIndex::Entry> entry = m_retained->entry(topic);
    if (!entry) {
        respondMessage(id, 404, tr("No retained message on %1.").arg(topic), "ResourceNotFoundException");
        return;
    }
    respond(id, 200,
            json({{QStringLiteral("topic"), entry->topic},
                  {QStringLiteral("payload"), QString::fromLatin1(entry->payload.toBase64())},
                  {QStringLiteral("qos"), entry->qos},
                  {QStringLiteral("lastModifiedTime"), entry->lastModifiedMs}}));
}

} // namespace Aws
