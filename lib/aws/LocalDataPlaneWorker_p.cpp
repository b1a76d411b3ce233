// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/LocalDataPlaneWorker_p.h"

#include "aws/GreengrassDiscovery.h"
#include "aws/RetainedIndex_p.h"
#include "common/FileIo.h"
#include "mqtt/MqttSession.h"
#include "shadow/ShadowTopic.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QFile>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Aws {

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// The x-amzn-ErrorType AWS sends with a status (without its trailing colon).
QByteArray errorTypeFor(int status)
{
    switch (status) {
    case 400:
        return "InvalidRequestException";
    case 403:
        return "ForbiddenException";
    case 404:
        return "ResourceNotFoundException";
    case 405:
        return "MethodNotAllowedException";
    case 409:
        return "ConflictException";
    case 413:
        return "RequestEntityTooLargeException";
    case 415:
        return "UnsupportedDocumentEncodingException";
    case 429:
        return "ThrottlingException";
    case 503:
        return "ServiceUnavailableException";
    default:
        return status >= 500 ? "InternalFailureException" : QByteArray();
    }
}

/// A private key of unknown algorithm (the sandbox's are EC, users' may be RSA).
QSslKey loadServerKey(const QByteArray& pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            return key;
        }
    }
    return {};
}

} // namespace

// --- DataPlaneAuthority ---------------------------------------------------------------------------------------------

void DataPlaneAuthority::setPaths(const QString& registryPath, const QString& decisionLogPath)
{
    m_registryPath = registryPath.toStdString();
    m_logPath = decisionLogPath;
    m_loaded = false;
}

void DataPlaneAuthority::reloadIfChanged()
{
    struct stat info = {};
    const bool exists = ::stat(m_registryPath.c_str(), &info) == 0;
    const off_t size = exists ? info.st_size : -1;
    if (m_loaded && size == m_size && info.st_ino == m_inode && info.st_mtim.tv_sec == m_modified.tv_sec &&
        info.st_mtim.tv_nsec == m_modified.tv_nsec) {
        return;
    }
    auto loaded = Policy::Registry::load(m_registryPath);
    if (auto* registry = std::get_if<Policy::Registry>(&loaded)) {
        m_registry = std::move(*registry);
    } // a damaged file keeps the previous registry, as the policy plugin does
    m_loaded = true;
    m_size = size;
    m_inode = info.st_ino;
    m_modified = info.st_mtim;
}

Policy::Principal DataPlaneAuthority::principal(const std::string& certificateId)
{
    reloadIfChanged();
    Policy::Principal principal = m_registry.principalFor(certificateId, std::string());
    principal.context.clientId.reset(); // HTTP has no client ID: iot:ClientId is unset
    principal.context.thingName.reset();
    principal.context.thingAttached = false;
    principal.context.thingTypeName.reset();
    principal.context.thingAttributes.clear();
    return principal;
}

void DataPlaneAuthority::appendLine(const QByteArray& line)
{
    if (m_logPath.isEmpty()) {
        return;
    }
    // One write() with O_APPEND: the broker plugin appends to the same file and lines never interleave.
    const QByteArray path = QFile::encodeName(m_logPath);
    const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return;
    }
    const QByteArray text = line + '\n';
    (void)!::write(fd, text.constData(), size_t(text.size()));
    ::close(fd);
}

namespace {

QJsonObject decisionLine(const std::string& certificateId, const std::string& action, const std::string& resource,
                         const char* decision, const std::string& explanation)
{
    return QJsonObject{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("clientId"), QString()},
        {QStringLiteral("certificateId"), QString::fromStdString(certificateId)},
        {QStringLiteral("action"), QString::fromStdString(action)},
        {QStringLiteral("resource"), QString::fromStdString(resource)},
        {QStringLiteral("decision"), QLatin1String(decision)},
        {QStringLiteral("explanation"), QString::fromStdString(explanation)},
        {QStringLiteral("via"), QStringLiteral("https")},
    };
}

} // namespace

Policy::Result DataPlaneAuthority::decide(const Policy::Principal& principal, const std::string& action,
                                          const std::string& resource)
{
    const Policy::Evaluator evaluator(principal.policies);
    Policy::Result result = evaluator.evaluate({action, resource}, principal.context);
    QJsonObject line = decisionLine(principal.context.certificateId.value_or(std::string()), action, resource,
                                    Policy::decisionName(result.decision), result.explanation);
    if (!result.missingContextValues.empty()) {
        QJsonArray missing;
        for (const std::string& value : result.missingContextValues) {
            missing.append(QString::fromStdString(value));
        }
        line.insert(QStringLiteral("missingContextValues"), missing);
    }
    appendLine(json(line));
    return result;
}

void DataPlaneAuthority::logRefusal(const std::string& certificateId, const std::string& action,
                                    const std::string& resource, const std::string& explanation)
{
    appendLine(json(decisionLine(certificateId, action, resource, "IMPLICIT_DENY", explanation)));
}

// --- LocalDataPlaneWorker: connections ------------------------------------------------------------------------------

LocalDataPlaneWorker::LocalDataPlaneWorker(const LocalDataPlaneOptions& options, QThread* ownerThread)
    : m_options(options)
    , m_ownerThread(ownerThread)
{
    m_authority.setPaths(options.registryPath, options.decisionLogPath);
}

LocalDataPlaneWorker::~LocalDataPlaneWorker() = default;

void LocalDataPlaneWorker::start()
{
    auto cert = FileIo::readFile(m_options.certificateFile, 1024 * 1024);
    auto key = FileIo::readFile(m_options.keyFile, 1024 * 1024);
    auto ca = FileIo::readFile(m_options.caFile, 16 * 1024 * 1024);
    for (const auto* file : {&cert, &key, &ca}) {
        if (!*file) {
            Q_EMIT failed(QStringLiteral("file_error"), file->error().message);
            return;
        }
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(QSslCertificate::fromData(*cert, QSsl::Pem));
    config.setPrivateKey(loadServerKey(*key));
    config.setCaCertificates(QSslCertificate::fromData(*ca, QSsl::Pem));
    if (config.localCertificateChain().isEmpty() || config.privateKey().isNull() || config.caCertificates().isEmpty()) {
        Q_EMIT failed(QStringLiteral("invalid_options"),
                      tr("The data plane's certificate, key or CA is not usable PEM (an unencrypted key is needed). "
                         "Check the sandbox's PKI files."));
        return;
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setAllowedNextProtocols({QByteArrayLiteral("x-amzn-http-ca"), QByteArrayLiteral("http/1.1")});
    if (m_options.coreCaPem.isEmpty()) {
        m_options.coreCaPem = *ca;
    }
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(config);
    m_server->setHandshakeTimeout(m_options.requestTimeoutMs);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &LocalDataPlaneWorker::acceptPending);
    if (!m_server->listen(QHostAddress::LocalHost, m_options.port)) {
        Q_EMIT failed(QStringLiteral("listen_failed"),
                      tr("The HTTPS data plane cannot listen on 127.0.0.1:%1: %2. Choose another port (0 = any free "
                         "one).")
                          .arg(m_options.port)
                          .arg(m_server->errorString()));
        return;
    }
    m_session = new MqttSession(this);
    connect(m_session, &MqttSession::published, this, [this](quint64 publishId) {
        if (const quint64 id = m_publishes.take(publishId); m_connections.contains(id)) {
            const QString requestId = m_connections.value(id).request.requestId;
            respond(id, 200,
                    json({{QStringLiteral("message"), QStringLiteral("OK")}, {QStringLiteral("traceId"), requestId}}));
        }
    });
    connect(m_session, &MqttSession::publishFailed, this, [this](quint64 publishId, const QString& message) {
        if (const quint64 id = m_publishes.take(publishId); m_connections.contains(id)) {
            respondMessage(id, 500, tr("The sandbox broker did not take the message: %1").arg(message), {});
        }
    });
    m_retained = new RetainedIndex(m_options.brokerOptions, this);
    ConnectionOptions broker = m_options.brokerOptions;
    broker.clientId = QStringLiteral("thingbench-dataplane-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    broker.autoReconnect = true;
    // Listening is announced once publishes can go out: after the broker session's first connect.
    connect(m_session, &MqttSession::sessionEstablished, this, [this] {
        if (!m_announced && m_server) {
            m_announced = true;
            Q_EMIT listening(m_server->serverPort());
        }
    });
    connect(m_session, &MqttSession::errorOccurred, this, [this](SessionError, const QString& message) {
        if (!m_announced) {
            m_announced = true;
            Q_EMIT failed(QStringLiteral("broker_unreachable"),
                          tr("The HTTPS data plane cannot reach the sandbox broker: %1").arg(message));
        }
    });
    m_session->connectToBroker(broker);
}

void LocalDataPlaneWorker::stop()
{
    const QList<quint64> ids = m_connections.keys();
    for (const quint64 id : ids) {
        Connection connection = m_connections.take(id);
        connection.socket->disconnect(this);
        connection.socket->abort();
        delete connection.socket;
        delete connection.timer;
    }
    delete m_server;
    m_server = nullptr;
    if (m_session) {
        m_session->disconnect(this);
        m_session->disconnectFromBroker();
        m_releasedSessions.append(std::exchange(m_session, nullptr));
    }
    if (m_retained) {
        if (MqttSession* session = m_retained->release()) {
            m_releasedSessions.append(session);
        }
    }
    for (MqttSession* session : std::as_const(m_releasedSessions)) {
        session->setParent(nullptr);
        session->moveToThread(m_ownerThread);
    }
    QThread::currentThread()->quit();
}

void LocalDataPlaneWorker::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
        if (!socket) {
            continue;
        }
        const quint64 id = m_nextId++;
        socket->setParent(nullptr);
        Connection connection;
        connection.socket = socket;
        connection.timer = new QTimer;
        connection.timer->setSingleShot(true);
        connect(connection.timer, &QTimer::timeout, this, [this, id] {
            if (!m_connections.contains(id)) {
                return;
            }
            if (m_connections.value(id).handled) {
                respondMessage(id, 503, tr("The sandbox's shadow service did not answer in time."), {});
            } else {
                respondMessage(id, 408, tr("The request did not arrive whole in time."), {});
            }
        });
        connection.timer->start(m_options.requestTimeoutMs);
        connect(socket, &QSslSocket::readyRead, this, [this, id] { onReadyRead(id); });
        connect(socket, &QSslSocket::disconnected, this, [this, id] { closeConnection(id); });
        m_connections.insert(id, connection);
        if (socket->bytesAvailable() > 0) {
            onReadyRead(id);
        }
    }
}

void LocalDataPlaneWorker::closeConnection(quint64 id)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end()) {
        return;
    }
    Connection connection = *it;
    m_connections.erase(it);
    connection.socket->disconnect(this);
    connection.socket->abort();
    connection.socket->deleteLater();
    connection.timer->deleteLater();
}

void LocalDataPlaneWorker::onReadyRead(quint64 id)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end() || it->handled) {
        return;
    }
    it->buffer += it->socket->readAll();
    const qsizetype end = Wire::headEnd(it->buffer);
    if (end < 0) {
        if (it->buffer.size() > m_options.maxHeaderBytes) {
            respondMessage(id, 431, tr("The request's header is larger than %1 bytes.").arg(m_options.maxHeaderBytes),
                           "InvalidRequestException");
        }
        return;
    }
    if (end > m_options.maxHeaderBytes) {
        respondMessage(id, 431, tr("The request's header is larger than %1 bytes.").arg(m_options.maxHeaderBytes),
                       "InvalidRequestException");
        return;
    }
    const auto head = Wire::parseHead(it->buffer, end);
    const Wire::Framing framing = head ? Wire::requestFraming(head->headers) : Wire::Framing{};
    if (!head || !head->third.startsWith("HTTP/1.") || !framing.valid) {
        respondMessage(id, 400, tr("The request is not valid HTTP/1.1."), "InvalidRequestException");
        return;
    }
    if (framing.kind == Wire::Framing::Kind::Chunked) {
        respondMessage(id, 411, tr("Send the body with a Content-Length, not chunked."), "InvalidRequestException");
        return;
    }
    if (framing.length > m_options.maxBodyBytes) {
        respondMessage(id, 413, tr("The payload is larger than %1 bytes, AWS IoT's limit.").arg(m_options.maxBodyBytes),
                       "RequestEntityTooLargeException");
        return;
    }
    if (it->buffer.size() - end < framing.length) {
        return; // more body to come
    }
    Request& request = it->request;
    request.method = head->first;
    const qsizetype question = head->second.indexOf('?');
    request.path = question < 0 ? head->second : head->second.left(question);
    const auto query =
        Wire::parseQuery(question < 0 ? QByteArrayView() : QByteArrayView(head->second.mid(question + 1)));
    request.headers = head->headers;
    request.body = it->buffer.mid(end, framing.length);
    request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    it->handled = true;
    it->timer->start(m_options.requestTimeoutMs); // now: for the answer of the shadow service
    if (!query) {
        respondMessage(id, 400, tr("The query string has a bad percent escape."), "InvalidRequestException");
        return;
    }
    request.query = *query;
    handleRequest(id);
}

// --- responses ------------------------------------------------------------------------------------------------------

void LocalDataPlaneWorker::respond(quint64 id, int status, const QByteArray& body, const QByteArray& errorType)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end()) {
        return;
    }
    it->timer->stop();
    HttpHeaders headers{{"content-type", "application/json"}};
    if (!it->request.requestId.isEmpty()) {
        headers.append({"x-amzn-RequestId", it->request.requestId.toUtf8()});
    }
    const QByteArray type = errorType.isEmpty() && status >= 400 ? errorTypeFor(status) : errorType;
    if (!type.isEmpty()) {
        headers.append({"x-amzn-ErrorType", type + ':'});
    }
    headers.append({QByteArray("connection"), QByteArray("close")});
    it->handled = true;
    it->socket->write(Wire::serializeResponse(status, headers, body));
    it->socket->disconnectFromHost(); // one request per connection; disconnected() cleans up
}

void LocalDataPlaneWorker::respondMessage(quint64 id, int status, const QString& message, const QByteArray& errorType)
{
    const QString traceId = m_connections.value(id).request.requestId;
    respond(id, status, json({{QStringLiteral("message"), message}, {QStringLiteral("traceId"), traceId}}), errorType);
}

QString LocalDataPlaneWorker::queryValue(const Request& request, const QString& name, bool* present) const
{
    for (const auto& [key, value] : request.query) {
        if (key == name) {
            if (present) {
                *present = true;
            }
            return value;
        }
    }
    if (present) {
        *present = false;
    }
    return {};
}

} // namespace Aws
