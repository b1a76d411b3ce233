// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/LocalDataPlane.h"

#include "aws/LocalDataPlaneWorker_p.h"
#include "mqtt/MqttSession.h"
#include "shadow/ShadowService.h"
#include "shadow/ShadowTopic.h"

#include <QThread>

#include <algorithm>

namespace Aws {

LocalDataPlane::LocalDataPlane(ShadowService* shadows, QObject* parent)
    : QObject(parent)
    , m_shadows(shadows)
{ }

LocalDataPlane::~LocalDataPlane()
{
    if (m_thread) {
        // The worker's stop() is quick (closes sockets, no network waits); the thread must end before we do.
        m_thread->disconnect(this);
        QMetaObject::invokeMethod(m_worker, &LocalDataPlaneWorker::stop, Qt::QueuedConnection);
        m_thread->wait();
        qDeleteAll(m_worker->takeReleasedSessions());
        delete m_worker;
        delete m_thread;
    }
}

void LocalDataPlane::start(const LocalDataPlaneOptions& options)
{
    if (m_thread) {
        return;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("thingbench-dataplane"));
    m_worker = new LocalDataPlaneWorker(options, thread());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, this, &LocalDataPlane::threadFinished);
    connect(m_worker, &LocalDataPlaneWorker::listening, this, [this](quint16 port) {
        m_port = port;
        Q_EMIT listening(port);
    });
    connect(m_worker, &LocalDataPlaneWorker::failed, this, [this](const QString& code, const QString& message) {
        Q_EMIT failed(code, message);
        stop();
    });
    connect(
        m_worker, &LocalDataPlaneWorker::shadowRequest, this,
        [this](quint64 id, const ShadowKey& key, ShadowOperation operation, const QByteArray& payload) {
            ShadowRestAnswer answer;
            if (m_shadows) {
                answer = m_shadows->handleRestRequest(key, operation, payload);
            } else {
                answer.status = 503;
                answer.body = QByteArrayLiteral(
                    R"({"code":503,"message":"The sandbox's shadow service is not running: start the sandbox with its shadow service."})");
            }
            if (m_worker) {
                LocalDataPlaneWorker* worker = m_worker;
                QMetaObject::invokeMethod(
                    worker, [worker, id, answer] { worker->answerShadow(id, answer.status, answer.body); },
                    Qt::QueuedConnection);
            }
        });
    connect(m_worker, &LocalDataPlaneWorker::namedShadowsRequest, this, [this](quint64 id, const QString& thing) {
        QStringList names;
        if (m_shadows) {
            for (const ShadowKey& key : m_shadows->store().existingKeys()) {
                if (key.thing == thing && !key.isClassic()) {
                    names.append(key.shadow);
                }
            }
        }
        std::sort(names.begin(), names.end());
        if (m_worker) {
            LocalDataPlaneWorker* worker = m_worker;
            QMetaObject::invokeMethod(
                worker, [worker, id, names] { worker->answerNamedShadows(id, names); }, Qt::QueuedConnection);
        }
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &LocalDataPlaneWorker::start, Qt::QueuedConnection);
}

void LocalDataPlane::stop()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &LocalDataPlaneWorker::stop, Qt::QueuedConnection);
    }
}

void LocalDataPlane::threadFinished()
{
    // Owner thread, after the worker thread ended: nothing runs there any more.
    qDeleteAll(m_worker->takeReleasedSessions());
    delete m_worker;
    m_worker = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_port = 0;
    Q_EMIT stopped();
}

} // namespace Aws
