// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/WebSocketGate.h"

#include "common/Logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QSet>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <atomic>

namespace Aws {

/// What the worker thread reports to the owner thread's getters.
struct WebSocketGateShared
{
    std::atomic<quint16> port{0};
    std::atomic<quint64> accepted{0};
    std::atomic<quint64> refused{0};
    std::atomic<int> active{0};
    mutable QMutex mutex;
    QByteArray lastAcceptedAmzDate; ///< guarded by mutex
};

namespace {

class GateText
{
    Q_DECLARE_TR_FUNCTIONS(Aws::WebSocketGate)
};

constexpr qsizetype MAX_REQUEST_HEAD = 16 * 1024;
constexpr qint64 READ_CHUNK = 64 * 1024;
// An MQTT packet is at most 256 MB; a frame that claims more is not MQTT.
constexpr quint64 MAX_FRAME_PAYLOAD = 268435460;
const QByteArray WEBSOCKET_GUID = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");

enum Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

/// One unmasked server frame (RFC 6455 §5.2) with FIN set.
QByteArray frame(quint8 opcode, const QByteArray& payload)
{
    QByteArray out;
    out.append(static_cast<char>(0x80 | opcode));
    const quint64 size = quint64(payload.size());
    if (size < 126) {
        out.append(static_cast<char>(size));
    } else if (size <= 0xFFFF) {
        out.append(static_cast<char>(126)).append(static_cast<char>(size >> 8)).append(static_cast<char>(size));
    } else {
        out.append(static_cast<char>(127));
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.append(static_cast<char>(size >> shift));
        }
    }
    return out + payload;
}

QByteArray closeFrame(quint16 code)
{
    QByteArray payload;
    payload.append(static_cast<char>(code >> 8)).append(static_cast<char>(code));
    return frame(Close, payload);
}

/// The parsed upgrade request.
struct Request
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
};

std::optional<Request> parseRequest(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        return std::nullopt;
    }
    Request request{requestLine.at(0), requestLine.at(1), {}};
    for (const QByteArray& line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
    }
    return request;
}

bool headerHasToken(const QByteArray& value, const QByteArray& token)
{
    for (const QByteArray& item : value.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QByteArray httpResponse(int status, const QByteArray& reason, const QByteArray& errorType, const QByteArray& body,
                        const QByteArray& requestId)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "content-type: application/json\r\ncontent-length: " + QByteArray::number(body.size()) + "\r\n";
    out += "x-amzn-RequestId: " + requestId + "\r\n";
    if (!errorType.isEmpty()) {
        out += "x-amzn-ErrorType: " + errorType + ":\r\n";
    }
    return out + "connection: close\r\n\r\n" + body;
}

/// Posts `emitter` to the gate's (owner) thread. The gate outlives its worker (its destructor waits), and calls queued
/// to a gate being destroyed are dropped with it.
template <typename F>
void post(WebSocketGate* gate, F emitter)
{
    QMetaObject::invokeMethod(gate, std::move(emitter), Qt::QueuedConnection);
}

/// One client connection: its upgrade request, then the relay to the broker. Lives on the gate's worker thread.
class GateConnection final : public QObject
{
public:
    GateConnection(QSslSocket* client, WebSocketGate* gate, const WebSocketGateOptions& options,
                   std::shared_ptr<WebSocketGateShared> shared, QObject* parent);
    ~GateConnection() override;
    Q_DISABLE_COPY_MOVE(GateConnection)

    /// Closes both sides at once (stop(), closeConnections()).
    void abortAll();

private:
    enum class State { Request, Connecting, Relaying, Closing };

    void readRequest();
    void handleRequest(const Request& request);
    void refuse(const Refusal& refusal, const QByteArray& amzDate);
    void connectBroker(const Request& request, const Verification& verification);
    void pumpClientToBroker();
    bool decodeFrames();
    bool handleControlFrame(quint8 opcode, const QByteArray& payload);
    void pumpBrokerToClient();
    void failProtocol(quint16 code);
    void brokerGone();
    void finishLater();

    QSslSocket* m_client;
    QTcpSocket* m_broker = nullptr;
    WebSocketGate* m_gate;
    const WebSocketGateOptions& m_options;
    std::shared_ptr<WebSocketGateShared> m_shared;
    State m_state = State::Request;
    QByteArray m_in; ///< request head, then undecoded frame bytes
    QTimer m_requestTimer;
    // The data frame being relayed.
    quint64 m_payloadLeft = 0;
    quint8 m_mask[4] = {0, 0, 0, 0};
    quint64 m_maskOffset = 0;
    bool m_inDataFrame = false;
    bool m_finished = false;
};

/// The worker: the TLS server and its connections. Lives on the gate's worker thread.
class GateWorker final : public QObject
{
public:
    GateWorker(WebSocketGate* gate, std::shared_ptr<WebSocketGateShared> shared)
        : m_gate(gate)
        , m_shared(std::move(shared))
    { }

    void listen(const WebSocketGateOptions& options);
    void closeConnections();
    void shutdown();

private:
    void fail(const char* code, const QString& message);
    void acceptPending();

    WebSocketGate* m_gate;
    std::shared_ptr<WebSocketGateShared> m_shared;
    WebSocketGateOptions m_options;
    QSslServer* m_server = nullptr;
    QSet<GateConnection*> m_connections;
};

// ---- GateConnection ---------------------------------------------------------------------------------------------

GateConnection::GateConnection(QSslSocket* client, WebSocketGate* gate, const WebSocketGateOptions& options,
                               std::shared_ptr<WebSocketGateShared> shared, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_gate(gate)
    , m_options(options)
    , m_shared(std::move(shared))
{
    ++m_shared->active;
    m_client->setParent(this);
    m_client->setReadBufferSize(m_options.maxBufferedBytes);
    connect(m_client, &QSslSocket::readyRead, this, [this] {
        if (m_state == State::Request) {
            readRequest();
        } else if (m_state == State::Relaying) {
            pumpClientToBroker();
        }
    });
    connect(m_client, &QSslSocket::bytesWritten, this, &GateConnection::pumpBrokerToClient);
    connect(m_client, &QSslSocket::disconnected, this, [this] {
        if (m_broker) {
            m_broker->disconnectFromHost();
        }
        finishLater();
    });
    m_requestTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, &GateConnection::abortAll);
    m_requestTimer.start(m_options.requestTimeoutMs);
    readRequest(); // bytes that arrived with the handshake
}

GateConnection::~GateConnection()
{
    --m_shared->active;
}

void GateConnection::abortAll()
{
    if (m_broker) {
        m_broker->abort();
    }
    m_client->abort();
    finishLater();
}

void GateConnection::finishLater()
{
    if (!m_finished) {
        m_finished = true;
        m_state = State::Closing;
        deleteLater();
    }
}

void GateConnection::readRequest()
{
    m_in += m_client->read(MAX_REQUEST_HEAD + 1 - m_in.size());
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_in.size() > MAX_REQUEST_HEAD) {
            m_client->write(httpResponse(431, "Request Header Fields Too Large", {},
                                         "{\"message\":\"Request header "
                                         "too large\"}",
                                         QUuid::createUuid().toByteArray(QUuid::WithoutBraces)));
            m_client->disconnectFromHost();
            m_state = State::Closing;
        }
        return;
    }
    m_requestTimer.stop();
    const std::optional<Request> request = parseRequest(m_in.left(end));
    m_in.remove(0, end + 4);
    if (!request) {
        Refusal bad{QStringLiteral("bad_request"), 400, QStringLiteral("BadRequestException"),
                    QStringLiteral("The request is not HTTP/1.1. Connect with a WebSocket client to /mqtt.")};
        refuse(bad, {});
        return;
    }
    handleRequest(*request);
}

void GateConnection::handleRequest(const Request& request)
{
    const QByteArray host = request.headers.value("host");
    const auto lookup = [this](const QString& keyId) -> std::optional<KnownCredential> {
        const auto it = m_options.credentials.constFind(keyId);
        return it == m_options.credentials.cend() ? std::nullopt : std::optional<KnownCredential>(*it);
    };
    const Verification verification = verifyPresignedRequest(
        request.method, request.target, host, QDateTime::currentDateTimeUtc(), lookup, m_options.service);
    if (verification.refusal) {
        refuse(*verification.refusal, verification.amzDate);
        return;
    }
    const QByteArray key = request.headers.value("sec-websocket-key");
    if (request.method != "GET" || !headerHasToken(request.headers.value("upgrade"), "websocket") ||
        !headerHasToken(request.headers.value("connection"), "upgrade") || QByteArray::fromBase64(key).size() != 16 ||
        request.headers.value("sec-websocket-version") != "13") {
        Refusal bad{QStringLiteral("bad_request"), 400, QStringLiteral("BadRequestException"),
                    QStringLiteral("Not a WebSocket upgrade: send GET with Upgrade: websocket, Connection: Upgrade, "
                                   "a 16-byte Sec-WebSocket-Key and Sec-WebSocket-Version: 13.")};
        refuse(bad, verification.amzDate);
        return;
    }
    connectBroker(request, verification);
}

void GateConnection::refuse(const Refusal& refusal, const QByteArray& amzDate)
{
    m_state = State::Closing;
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray reason = refusal.httpStatus == 403 ? QByteArrayLiteral("Forbidden")
        : refusal.httpStatus == 502                     ? QByteArrayLiteral("Bad Gateway")
                                                        : QByteArrayLiteral("Bad Request");
    m_client->write(httpResponse(refusal.httpStatus, reason, refusal.errorType.toLatin1(),
                                 refusalBody(refusal, QString::fromLatin1(requestId)), requestId));
    m_client->disconnectFromHost(); // after the answer is written
    ++m_shared->refused;
    qCInfo(lcSandbox) << "WebSocket gate refused a request:" << refusal.code;
    post(m_gate, [gate = m_gate, code = refusal.code, message = refusal.message, amzDate] {
        Q_EMIT gate->refused(code, message, amzDate);
    });
}

void GateConnection::connectBroker(const Request& request, const Verification& verification)
{
    m_state = State::Connecting;
    QByteArray protocol;
    for (const QByteArray& offered : {QByteArrayLiteral("mqtt"), QByteArrayLiteral("mqttv3.1")}) {
        if (protocol.isEmpty() && headerHasToken(request.headers.value("sec-websocket-protocol"), offered)) {
            protocol = offered;
        }
    }
    const QByteArray accept =
        QCryptographicHash::hash(request.headers.value("sec-websocket-key") + WEBSOCKET_GUID, QCryptographicHash::Sha1)
            .toBase64();
    m_broker = new QTcpSocket(this);
    m_broker->setReadBufferSize(m_options.maxBufferedBytes);
    connect(m_broker, &QTcpSocket::connected, this, [this, accept, protocol, verification] {
        QByteArray response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                              "Sec-WebSocket-Accept: " +
            accept + "\r\n";
        if (!protocol.isEmpty()) {
            response += "Sec-WebSocket-Protocol: " + protocol + "\r\n";
        }
        m_client->write(response + "\r\n");
        m_state = State::Relaying;
        ++m_shared->accepted;
        {
            const QMutexLocker lock(&m_shared->mutex);
            m_shared->lastAcceptedAmzDate = verification.amzDate;
        }
        post(m_gate, [gate = m_gate, keyId = verification.accessKeyId, date = verification.amzDate] {
            Q_EMIT gate->accepted(keyId, date);
        });
        pumpClientToBroker(); // frames that came right after the request
    });
    connect(m_broker, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_state == State::Connecting) {
            Refusal unreachable{
                QStringLiteral("broker_unreachable"), 502, QString(),
                QStringLiteral("The broker behind this endpoint is not reachable: %1.").arg(m_broker->errorString())};
            refuse(unreachable, {});
        }
    });
    connect(m_broker, &QTcpSocket::readyRead, this, &GateConnection::pumpBrokerToClient);
    connect(m_broker, &QTcpSocket::bytesWritten, this, &GateConnection::pumpClientToBroker);
    connect(m_broker, &QTcpSocket::disconnected, this, &GateConnection::brokerGone);
    m_broker->connectToHost(m_options.brokerHost, m_options.brokerPort);
}

void GateConnection::pumpClientToBroker()
{
    // Read from the client only while the broker keeps up: what the broker has not taken stays in the client's
    // (bounded) socket buffer, and TCP slows the client down.
    while (m_state == State::Relaying && m_broker->bytesToWrite() < m_options.maxBufferedBytes) {
        if (!decodeFrames()) {
            return;
        }
        if (m_client->bytesAvailable() == 0) {
            return;
        }
        m_in += m_client->read(READ_CHUNK);
    }
}

/// Decodes what m_in holds: relays data frames' payloads to the broker and answers control frames. Returns false
/// when the connection is closing.
bool GateConnection::decodeFrames()
{
    while (!m_in.isEmpty() && m_broker->bytesToWrite() < m_options.maxBufferedBytes) {
        if (m_inDataFrame) {
            const qsizetype take = qsizetype(qMin<quint64>(m_payloadLeft, quint64(m_in.size())));
            QByteArray chunk = m_in.left(take);
            m_in.remove(0, take);
            for (char& byte : chunk) {
                byte = static_cast<char>(byte ^ m_mask[m_maskOffset++ % 4]);
            }
            m_broker->write(chunk);
            m_payloadLeft -= quint64(take);
            m_inDataFrame = m_payloadLeft > 0;
            continue;
        }
        if (m_in.size() < 2) {
            return true;
        }
        const auto b0 = quint8(m_in.at(0));
        const auto b1 = quint8(m_in.at(1));
        const quint8 opcode = b0 & 0x0F;
        if ((b0 & 0x70) != 0 || (b1 & 0x80) == 0) {
            failProtocol(1002); // reserved bits, or a client frame that is not masked (RFC 6455 §5.1)
            return false;
        }
        quint64 length = b1 & 0x7F;
        const int extra = length == 126 ? 2 : length == 127 ? 8 : 0;
        if (m_in.size() < 2 + extra + 4) {
            return true;
        }
        if (extra > 0) {
            length = 0;
            for (int i = 0; i < extra; ++i) {
                length = (length << 8) | quint8(m_in.at(2 + i));
            }
        }
        const bool control = opcode >= 0x8;
        if (opcode == Text || (opcode > Binary && !control) || opcode > Pong || length > MAX_FRAME_PAYLOAD ||
            (control && (length > 125 || (b0 & 0x80) == 0))) {
            failProtocol(opcode == Text ? 1003 : length > MAX_FRAME_PAYLOAD ? 1009 : 1002);
            return false;
        }
        const qsizetype headerSize = 2 + extra + 4;
        if (control && m_in.size() < headerSize + qsizetype(length)) {
            return true; // a control frame is handled whole
        }
        for (int i = 0; i < 4; ++i) {
            m_mask[i] = quint8(m_in.at(2 + extra + i));
        }
        m_in.remove(0, headerSize);
        m_maskOffset = 0;
        if (control) {
            QByteArray payload = m_in.left(qsizetype(length));
            m_in.remove(0, qsizetype(length));
            for (qsizetype i = 0; i < payload.size(); ++i) {
                payload[i] = static_cast<char>(payload.at(i) ^ m_mask[i % 4]);
            }
            if (!handleControlFrame(opcode, payload)) {
                return false;
            }
            continue;
        }
        m_payloadLeft = length;
        m_inDataFrame = length > 0;
    }
    return true;
}

bool GateConnection::handleControlFrame(quint8 opcode, const QByteArray& payload)
{
    if (opcode == Ping) {
        m_client->write(frame(Pong, payload));
        return true;
    }
    if (opcode == Pong) {
        return true;
    }
    // Close: answer with the same code, end the broker side, and let the client close TCP.
    m_state = State::Closing;
    m_client->write(frame(Close, payload.left(2)));
    m_client->disconnectFromHost();
    m_broker->disconnectFromHost();
    return false;
}

void GateConnection::pumpBrokerToClient()
{
    if (m_state != State::Relaying && m_state != State::Closing) {
        return;
    }
    while (m_broker && m_broker->bytesAvailable() > 0 && m_client->bytesToWrite() < m_options.maxBufferedBytes &&
           m_client->state() == QAbstractSocket::ConnectedState) {
        m_client->write(frame(Binary, m_broker->read(READ_CHUNK)));
    }
    if (m_state == State::Relaying && m_client->bytesToWrite() < m_options.maxBufferedBytes) {
        pumpClientToBroker(); // the client's socket drained: maybe frames wait for room
    }
}

void GateConnection::failProtocol(quint16 code)
{
    m_state = State::Closing;
    m_client->write(closeFrame(code));
    m_client->disconnectFromHost();
    if (m_broker) {
        m_broker->disconnectFromHost();
    }
}

void GateConnection::brokerGone()
{
    if (m_state == State::Relaying) {
        // What the broker sent last (e.g. a CONNACK refusal) goes out before the close frame.
        while (m_broker->bytesAvailable() > 0) {
            m_client->write(frame(Binary, m_broker->read(READ_CHUNK)));
        }
        m_client->write(closeFrame(1000));
        m_state = State::Closing;
    }
    m_client->disconnectFromHost();
}

// ---- GateWorker -------------------------------------------------------------------------------------------------

void GateWorker::fail(const char* code, const QString& message)
{
    post(m_gate, [gate = m_gate, code = QString::fromLatin1(code), message] { Q_EMIT gate->failed(code, message); });
    QThread::currentThread()->quit();
}

void GateWorker::listen(const WebSocketGateOptions& options)
{
    m_options = options;
    QFile certificateFile(options.certificateFile);
    const QList<QSslCertificate> chain = certificateFile.open(QIODevice::ReadOnly)
        ? QSslCertificate::fromDevice(&certificateFile)
        : QList<QSslCertificate>();
    if (chain.isEmpty()) {
        return fail("certificate_unreadable",
                    GateText::tr("The WebSocket gate cannot read its certificate “%1” (PEM). Check the sandbox's PKI "
                                 "folder.")
                        .arg(options.certificateFile));
    }
    QFile keyFile(options.privateKeyFile);
    const QByteArray keyPem = keyFile.open(QIODevice::ReadOnly) ? keyFile.read(1024 * 1024) : QByteArray();
    QSslKey key(keyPem, QSsl::Ec);
    if (key.isNull()) {
        key = QSslKey(keyPem, QSsl::Rsa);
    }
    if (key.isNull()) {
        return fail("key_unreadable",
                    GateText::tr("The WebSocket gate cannot read its private key “%1” (unencrypted "
                                 "PEM, EC or RSA). Check the sandbox's PKI folder.")
                        .arg(options.privateKeyFile));
    }
    if (options.brokerPort == 0 || options.maxBufferedBytes < 1024 || options.maxConnections < 1) {
        return fail("invalid_options",
                    GateText::tr("The WebSocket gate needs the broker's port, a buffer of at least "
                                 "1 KB and room for one connection."));
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // SigV4, not client certificates, authenticates
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(tls);
    m_server->setHandshakeTimeout(options.requestTimeoutMs);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &GateWorker::acceptPending);
    if (!m_server->listen(QHostAddress::LocalHost, options.port)) {
        return fail("port_unavailable",
                    GateText::tr("The WebSocket gate cannot listen on 127.0.0.1:%1 (%2). Choose "
                                 "another port, or 0 for a free one.")
                        .arg(options.port)
                        .arg(m_server->errorString()));
    }
    const quint16 port = m_server->serverPort();
    m_shared->port = port;
    post(m_gate, [gate = m_gate, port] { Q_EMIT gate->listening(port); });
}

void GateWorker::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        auto* client = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
        if (!client) {
            continue;
        }
        if (m_shared->active >= m_options.maxConnections) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto* connection = new GateConnection(client, m_gate, m_options, m_shared, this);
        m_connections.insert(connection);
        connect(connection, &QObject::destroyed, this, [this, connection] { m_connections.remove(connection); });
    }
}

void GateWorker::closeConnections()
{
    const QSet<GateConnection*> connections = m_connections; // abortAll() only schedules the deletion
    for (GateConnection* connection : connections) {
        connection->abortAll();
    }
}

void GateWorker::shutdown()
{
    if (m_server) {
        m_server->close();
    }
    closeConnections();
    m_shared->port = 0;
    QThread::currentThread()->quit();
}

} // namespace

// ---- WebSocketGate ----------------------------------------------------------------------------------------------

WebSocketGate::WebSocketGate(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<WebSocketGateShared>())
{ }

WebSocketGate::~WebSocketGate()
{
    if (m_thread) {
        // Closing sockets only: a short, bounded wait.
        stop(); // does nothing when already asked: the worker may be gone
        m_thread->wait();
    }
}

void WebSocketGate::start(const WebSocketGateOptions& options)
{
    if (m_thread) {
        Q_EMIT failed(QStringLiteral("already_running"),
                      tr("The WebSocket gate is already running on port %1. Stop it first.").arg(port()));
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("WebSocketGate"));
    m_stopRequested = false;
    auto* worker = new GateWorker(this, m_shared);
    m_worker = worker;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this, thread = m_thread] {
        if (m_thread != thread) {
            return;
        }
        thread->deleteLater();
        m_thread = nullptr;
        m_worker = nullptr;
        m_shared->port = 0;
        Q_EMIT stopped();
    });
    m_thread->start();
    QMetaObject::invokeMethod(
        worker, [worker, options] { worker->listen(options); }, Qt::QueuedConnection);
}

void WebSocketGate::stop()
{
    if (!m_thread || !m_worker || m_stopRequested) {
        return;
    }
    m_stopRequested = true;
    auto* worker = static_cast<GateWorker*>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutdown(); }, Qt::QueuedConnection);
}

void WebSocketGate::closeConnections()
{
    if (!m_worker || m_stopRequested) {
        return;
    }
    auto* worker = static_cast<GateWorker*>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker] { worker->closeConnections(); }, Qt::QueuedConnection);
}

bool WebSocketGate::isRunning() const
{
    return m_thread != nullptr;
}

quint16 WebSocketGate::port() const
{
    return m_shared->port;
}

quint64 WebSocketGate::acceptedCount() const
{
    return m_shared->accepted;
}

quint64 WebSocketGate::refusedCount() const
{
    return m_shared->refused;
}

int WebSocketGate::activeConnections() const
{
    return m_shared->active;
}

QByteArray WebSocketGate::lastAcceptedAmzDate() const
{
    const QMutexLocker lock(&m_shared->mutex);
    return m_shared->lastAcceptedAmzDate;
}

} // namespace Aws
