// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/SigV4.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Aws {

struct WebSocketGateShared;

/// What a WebSocketGate serves and where it relays to.
struct WebSocketGateOptions
{
    /// The gate's TLS identity (PEM files), e.g. the sandbox's broker certificate for 127.0.0.1/localhost.
    QString certificateFile;
    QString privateKeyFile;
    /// The TLS port on 127.0.0.1; 0: one the OS chooses (see WebSocketGate::port()).
    quint16 port = 0;
    /// The broker's plain MQTT listener the gate relays accepted connections to.
    QString brokerHost = QStringLiteral("127.0.0.1");
    quint16 brokerPort = 0;
    /// Access key ID → secret, region and (for temporary credentials) session token.
    QHash<QString, KnownCredential> credentials;
    QString service = QString::fromLatin1(IOT_SERVICE);
    /// Per connection and direction: bytes waiting to be written before the gate stops reading from the other side
    /// (TCP back-pressure instead of unbounded buffers).
    qint64 maxBufferedBytes = 256 * 1024;
    /// Connections at once; more are closed at once.
    int maxConnections = 64;
    /// A client must complete TLS and send its upgrade request within this time.
    int requestTimeoutMs = 10000;
};

/// The sandbox's AWS IoT WebSocket endpoint: a TLS server on 127.0.0.1 that verifies SigV4-presigned upgrade requests
/// (`GET /mqtt?X-Amz-…`, spec §3) with the same signer clients use, refuses bad ones the way AWS IoT does (HTTP 403,
/// `x-amzn-ErrorType: ForbiddenException:`, a JSON `{"message","traceId"}` body), and relays accepted connections to
/// the broker's plain MQTT listener: masked client WebSocket frames in, unmasked binary frames out (RFC 6455, ping,
/// continuation and close handled; text frames refused).
///
/// Threads: the object lives on its owner (GUI) thread; every socket lives on the gate's own worker QThread. start()
/// and stop() return at once; results arrive as signals on the owner thread. The destructor stops the worker and
/// waits for it (it only closes sockets). Counters may be read from the owner thread at any time.
class WebSocketGate final : public QObject
{
    Q_OBJECT

public:
    explicit WebSocketGate(QObject* parent = nullptr);
    ~WebSocketGate() override;
    Q_DISABLE_COPY_MOVE(WebSocketGate)

    /// Starts the worker thread and listens on 127.0.0.1. `listening(port)` or `failed(code, message)` follows.
    /// Codes: `already_running`, `certificate_unreadable`, `key_unreadable`, `port_unavailable`, `invalid_options`.
    void start(const WebSocketGateOptions& options);
    /// Closes the listener and every connection; `stopped()` follows once the worker has ended. No-op when stopped.
    void stop();
    /// Closes every relayed connection at once (as a network drop would); the listener stays.
    void closeConnections();

    bool isRunning() const;
    /// The TLS port once listening; 0 before and after.
    quint16 port() const;
    quint64 acceptedCount() const;
    quint64 refusedCount() const;
    /// Connections open right now (being verified or relayed).
    int activeConnections() const;
    /// X-Amz-Date of the last accepted request (empty before the first).
    QByteArray lastAcceptedAmzDate() const;

Q_SIGNALS:
    void listening(quint16 port);
    void failed(const QString& code, const QString& message);
    void stopped();
    /// A presigned request was verified and its connection is being relayed.
    void accepted(const QString& accessKeyId, const QByteArray& amzDate);
    /// A request was refused (`code` as Aws::Refusal::code, or `bad_request` / `broker_unreachable`); `message` is
    /// what the client was told. Never contains a secret.
    void refused(const QString& code, const QString& message, const QByteArray& amzDate);

private:
    std::shared_ptr<WebSocketGateShared> m_shared; ///< counters and port, shared with the worker thread
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; ///< lives on m_thread; deleted there when the thread ends
    /// stop() has asked the worker to shut down: from then on the worker may be gone at any moment (its thread ends
    /// and deletes it), so nothing may be sent to it any more.
    bool m_stopRequested = false;
};

} // namespace Aws
