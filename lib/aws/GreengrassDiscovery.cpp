// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/GreengrassDiscovery.h"

#include "aws/HttpWire_p.h"
#include "common/FileIo.h"
#include "mqtt/MqttSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFutureWatcher>
#include <QHash>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace Aws {

namespace {

/// The group CAs written by the connect loop: one owner-only file per distinct CA list, in a private folder.
struct CaFiles
{
    std::shared_ptr<QTemporaryDir> dir;
    QStringList paths; ///< per attempt; empty: the attempt's group lists no CA
};

/// Worker thread: writes the CA files of `cas` (per attempt).
Result<CaFiles> writeCaFiles(const QList<QStringList>& cas)
{
    CaFiles files;
    files.dir = std::make_shared<QTemporaryDir>(); // created 0700
    if (!files.dir->isValid()) {
        return Error{QStringLiteral("ca_file_error"),
                     GreengrassDiscovery::tr("Cannot create a temporary folder for the group's CA certificates: %1.")
                         .arg(files.dir->errorString()),
                     {}};
    }
    QHash<QStringList, QString> written;
    for (const QStringList& list : cas) {
        if (list.isEmpty()) {
            files.paths.append(QString());
            continue;
        }
        QString& path = written[list];
        if (path.isEmpty()) {
            path = files.dir->filePath(QStringLiteral("group-ca-%1.pem").arg(written.size()));
            auto saved = FileIo::writeFileAtomically(path, list.join(QLatin1Char('\n')).toUtf8(),
                                                     FileIo::Permissions::OwnerOnly);
            if (!saved) {
                return Error{
                    QStringLiteral("ca_file_error"),
                    GreengrassDiscovery::tr("Cannot write the group's CA certificates: %1").arg(saved.error().message),
                    {}};
            }
        }
        files.paths.append(path);
    }
    return files;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Aws::GreengrassDiscovery", text);
}

Error badResponse(const QString& what)
{
    return Error{QStringLiteral("invalid_discovery_response"),
                 tr("The discovery response is not usable: %1. Check that the endpoint is AWS IoT Greengrass "
                    "discovery (greengrass-ats.iot.<region>.amazonaws.com).")
                     .arg(what),
                 {}};
}

/// The member named `name` in any letter case (AWS sends "HostAddress", its templates say "hostAddress").
QJsonValue member(const QJsonObject& object, QLatin1StringView name)
{
    const QJsonValue exact = object.value(name);
    if (!exact.isUndefined()) {
        return exact;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            return it.value();
        }
    }
    return {QJsonValue::Undefined};
}

/// Reads an optional string member into `out`; false (and `error`) when it is there but not a string.
bool readString(const QJsonObject& object, QLatin1StringView name, const QString& where, QString* out, Error* error)
{
    const QJsonValue value = member(object, name);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isString()) {
        *error = badResponse(tr("“%1” in %2 is not a string").arg(name, where));
        return false;
    }
    *out = value.toString();
    return true;
}

/// Reads an optional list of objects; false (and `error`) when it is there but not a list of objects.
bool readObjects(const QJsonObject& object, QLatin1StringView name, const QString& where, QList<QJsonObject>* out,
                 Error* error)
{
    const QJsonValue value = member(object, name);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isArray()) {
        *error = badResponse(tr("“%1” in %2 is not a list").arg(name, where));
        return false;
    }
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isObject()) {
            *error = badResponse(tr("an entry of “%1” in %2 is not an object").arg(name, where));
            return false;
        }
        out->append(item.toObject());
    }
    return true;
}

bool parseConnectivity(const QJsonObject& object, const QString& where, DiscoveryConnectivity* out, Error* error)
{
    if (!readString(object, QLatin1StringView("Id"), where, &out->id, error) ||
        !readString(object, QLatin1StringView("HostAddress"), where, &out->hostAddress, error) ||
        !readString(object, QLatin1StringView("Metadata"), where, &out->metadata, error)) {
        return false;
    }
    const QJsonValue port = member(object, QLatin1StringView("PortNumber"));
    if (port.isUndefined() || port.isNull()) {
        return true;
    }
    const double number = port.toDouble(-1);
    if (!port.isDouble() || number != double(qint64(number)) || number < 1 || number > 65535) {
        *error = badResponse(tr("“PortNumber” in %1 is not a port number (1–65535)").arg(where));
        return false;
    }
    out->port = quint16(number);
    return true;
}

bool parseCore(const QJsonObject& object, const QString& where, DiscoveryCore* out, Error* error)
{
    QList<QJsonObject> entries;
    if (!readString(object, QLatin1StringView("thingArn"), where, &out->thingArn, error) ||
        !readObjects(object, QLatin1StringView("Connectivity"), where, &entries, error)) {
        return false;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        DiscoveryConnectivity connectivity;
        if (!parseConnectivity(entries.at(i), tr("%1, connectivity entry %2").arg(where).arg(i + 1), &connectivity,
                               error)) {
            return false;
        }
        out->connectivity.append(connectivity);
    }
    return true;
}

bool parseGroup(const QJsonObject& object, const QString& where, DiscoveryGroup* out, Error* error)
{
    QList<QJsonObject> cores;
    if (!readString(object, QLatin1StringView("GGGroupId"), where, &out->groupId, error) ||
        !readObjects(object, QLatin1StringView("Cores"), where, &cores, error)) {
        return false;
    }
    for (qsizetype i = 0; i < cores.size(); ++i) {
        DiscoveryCore core;
        if (!parseCore(cores.at(i), tr("%1, core %2").arg(where).arg(i + 1), &core, error)) {
            return false;
        }
        out->cores.append(core);
    }
    const QJsonValue cas = member(object, QLatin1StringView("CAs"));
    if (cas.isUndefined() || cas.isNull()) {
        return true;
    }
    if (!cas.isArray()) {
        *error = badResponse(tr("“CAs” in %1 is not a list").arg(where));
        return false;
    }
    for (const QJsonValue& ca : cas.toArray()) {
        if (!ca.isString()) {
            *error = badResponse(tr("an entry of “CAs” in %1 is not a PEM string").arg(where));
            return false;
        }
        out->cas.append(ca.toString());
    }
    return true;
}

} // namespace

Result<DiscoveryResponse> DiscoveryResponse::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return badResponse(
            parseError.error != QJsonParseError::NoError
                ? tr("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
                : tr("it is not a JSON object"));
    }
    QList<QJsonObject> groups;
    Error error;
    if (!readObjects(document.object(), QLatin1StringView("GGGroups"), tr("the response"), &groups, &error)) {
        return error;
    }
    DiscoveryResponse response;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        DiscoveryGroup group;
        if (!parseGroup(groups.at(i), tr("group %1").arg(i + 1), &group, &error)) {
            return error;
        }
        response.groups.append(group);
    }
    return response;
}

QByteArray DiscoveryResponse::toJson() const
{
    QJsonArray groupsJson;
    for (const DiscoveryGroup& group : groups) {
        QJsonArray coresJson;
        for (const DiscoveryCore& core : group.cores) {
            QJsonArray connectivityJson;
            for (const DiscoveryConnectivity& c : core.connectivity) {
                connectivityJson.append(QJsonObject{{QStringLiteral("Id"), c.id},
                                                    {QStringLiteral("HostAddress"), c.hostAddress},
                                                    {QStringLiteral("PortNumber"), int(c.port)},
                                                    {QStringLiteral("Metadata"), c.metadata}});
            }
            coresJson.append(QJsonObject{{QStringLiteral("thingArn"), core.thingArn},
                                         {QStringLiteral("Connectivity"), connectivityJson}});
        }
        groupsJson.append(QJsonObject{{QStringLiteral("GGGroupId"), group.groupId},
                                      {QStringLiteral("Cores"), coresJson},
                                      {QStringLiteral("CAs"), QJsonArray::fromStringList(group.cas)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("GGGroups"), groupsJson}}).toJson(QJsonDocument::Compact);
}

GreengrassDiscovery::GreengrassDiscovery(QObject* parent)
    : QObject(parent)
{ }

GreengrassDiscovery::~GreengrassDiscovery()
{
    abort();
}

HttpRequest GreengrassDiscovery::discoverRequest(const QString& thing)
{
    HttpRequest request;
    request.target = "/greengrass/discover/thing/" + Wire::percentEncode(thing);
    return request;
}

Error GreengrassDiscovery::discoveryError(const IotHttpReply& reply, const QString& thing)
{
    if (reply.transportError) {
        return *reply.transportError;
    }
    const QString asSent =
        reply.serviceMessage.isEmpty() ? QString() : QStringLiteral(" (“%1”)").arg(reply.serviceMessage);
    QString message;
    switch (reply.status) {
    case 403:
        message =
            tr("Discovery refused%1: the certificate's policy does not allow greengrass:Discover on the thing "
               "“%2”. Attach a policy that allows greengrass:Discover on arn:aws:iot:<region>:<account>:thing/%2.")
                .arg(asSent, thing);
        break;
    case 404:
        message = tr("No core for “%1”%2: the thing is not associated with a Greengrass core, or the core has no "
                     "broker endpoint or client-device-auth. Associate the client device with the core and deploy "
                     "the MQTT broker and client device auth components.")
                      .arg(thing, asSent);
        break;
    case 400:
        message = tr("Discovery refused the request as invalid%1: check the thing name.").arg(asSent);
        break;
    case 429:
        message = tr("Discovery is throttled%1: wait and retry with back-off.").arg(asSent);
        break;
    default:
        message = tr("Discovery failed with HTTP %1%2.").arg(reply.status).arg(asSent);
        break;
    }
    return Error{QStringLiteral("discovery_http_%1").arg(reply.status), message, {}};
}

void GreengrassDiscovery::discover(const HttpsTarget& target, const QString& thing)
{
    abort();
    m_thing = thing;
    HttpsTarget t = target;
    if (t.port == 443 && t.tls.alpn.isEmpty()) {
        t.tls.alpn = {QStringLiteral("x-amzn-http-ca")};
    }
    m_http = new HttpsClient(this);
    connect(m_http, &HttpsClient::failed, this, [this](const Error& error) { Q_EMIT failed(error); });
    connect(m_http, &HttpsClient::responseReceived, this, [this](const HttpResponse& response) {
        const IotHttpReply reply = IotHttpClient::interpret(response);
        if (!reply.succeeded()) {
            Q_EMIT failed(discoveryError(reply, m_thing));
            return;
        }
        auto parsed = DiscoveryResponse::parse(response.body);
        if (!parsed) {
            Q_EMIT failed(parsed.error());
            return;
        }
        Q_EMIT discovered(*parsed, response.body);
    });
    m_http->send(t, discoverRequest(thing));
}

void GreengrassDiscovery::abort()
{
    if (m_http) {
        m_http->abort();
        m_http->deleteLater();
        m_http = nullptr;
    }
    if (m_session) {
        m_session->disconnect(this);
        m_session->disconnectFromBroker();
        m_session.release()->deleteLater();
    }
    m_attempts.clear();
    m_attemptCaFiles.clear();
    m_next = 0;
    m_connected = false;
    ++m_generation;
    if (m_caDir) { // removing the folder is disk work: on a worker thread too
        (void)QtConcurrent::run([dir = std::move(m_caDir)]() mutable { dir.reset(); });
    }
}

void GreengrassDiscovery::connectToCore(const DiscoveryResponse& response, const ConnectionOptions& base,
                                        const QString& thing)
{
    abort();
    m_thing = thing;
    m_base = base;
    QList<QStringList> cas; // per attempt
    for (const DiscoveryGroup& group : response.groups) {
        for (const DiscoveryCore& core : group.cores) {
            for (const DiscoveryConnectivity& endpoint : core.connectivity) {
                DiscoveryAttempt attempt;
                attempt.number = int(m_attempts.size()) + 1;
                attempt.groupId = group.groupId;
                attempt.coreThingArn = core.thingArn;
                attempt.endpoint = endpoint;
                m_attempts.append(attempt);
                cas.append(group.cas);
            }
        }
    }
    if (m_attempts.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(Error{QStringLiteral("no_core_endpoint"),
                                    tr("The discovery response lists no core endpoint to connect to. Check the core's "
                                       "connectivity information (aws greengrassv2 get-connectivity-info)."),
                                    {}});
            },
            Qt::QueuedConnection);
        return;
    }
    startAttempts(cas);
}

void GreengrassDiscovery::startAttempts(const QList<QStringList>& cas)
{
    auto* watcher = new QFutureWatcher<Result<CaFiles>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // aborted meanwhile
        }
        Result<CaFiles> files = watcher->result();
        if (!files) {
            Q_EMIT failed(files.error());
            return;
        }
        m_caDir = std::move(files->dir);
        m_attemptCaFiles = files->paths;
        tryNext();
    });
    watcher->setFuture(QtConcurrent::run(writeCaFiles, cas));
}

void GreengrassDiscovery::tryNext()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session.release()->deleteLater();
    }
    if (m_next >= m_attempts.size()) {
        if (!m_attempts.isEmpty()) {
            Q_EMIT failed(Error{QStringLiteral("no_core_reachable"),
                                tr("None of the %1 core endpoints accepted the connection. Check that the core runs, "
                                   "that this device can reach it, and that the thing is associated with it.")
                                    .arg(m_attempts.size()),
                                {}});
        }
        return;
    }
    const DiscoveryAttempt attempt = m_attempts.at(m_next);
    const QString caFile = m_attemptCaFiles.value(m_next);
    ++m_next;
    Q_EMIT attemptStarted(attempt);
    const auto failAttempt = [this, attempt](const QString& message) {
        if (m_connected || attempt.number != m_next) {
            return; // a late or second error of an attempt already settled
        }
        if (m_session) {
            m_session->disconnect(this);
        }
        Q_EMIT attemptFailed(attempt, message);
        QMetaObject::invokeMethod(this, &GreengrassDiscovery::tryNext, Qt::QueuedConnection);
    };
    ConnectionOptions options = m_base;
    options.transport = Transport::Tls;
    options.host = attempt.endpoint.hostAddress;
    options.port = attempt.endpoint.port;
    options.caFile = caFile.isEmpty() ? m_base.caFile : caFile;
    options.clientId = m_thing; // §2.3: the client ID must be the thing name
    options.autoReconnect = false;
    options.alpn.clear();
    m_session = std::make_unique<MqttSession>();
    connect(m_session.get(), &MqttSession::sessionEstablished, this, [this, attempt] {
        if (!m_connected) {
            m_connected = true;
            Q_EMIT coreConnected(attempt);
        }
    });
    connect(m_session.get(), &MqttSession::errorOccurred, this,
            [failAttempt](SessionError, const QString& message) { failAttempt(message); });
    m_session->connectToBroker(options);
}

} // namespace Aws
