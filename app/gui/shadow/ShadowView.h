// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/HttpsClient.h"
#include "mqtt/MqttTypes.h"
#include "shadow/ShadowClient.h"
#include "shadow/ShadowHistory.h"
#include "workspace/Workspace.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ShadowView;
}
namespace Aws {
class IotHttpClient;
struct IotHttpReply;
} // namespace Aws
class MqttSession;
class ShadowService;
class RecentShadows;
class ShadowTreeModel;

/// The shadow workbench: pick a thing and a shadow (classic or named), get, edit and delete it over the current
/// connection (AWS IoT or any broker with a shadow service), and watch it live: the document as a tree with
/// desired, reported and delta side by side, a version history with a diff of any two versions, and every request
/// and response with its topic.
///
/// Errors from the service are explained with their code and what to do; a 409 conflict offers a retry on the
/// current version; no answer at all is explained, and on a broker that is not AWS IoT the banner offers to start
/// the local shadow service (in this process, on its own connection to the same broker).
///
/// "Over REST" runs get, update and delete through the AWS IoT Device Shadow REST API (Aws::IotHttpClient, spec
/// aws-http-sigv4-greengrass.md §1.3) instead of MQTT: the document shows the same way, an HTTP error shows as the
/// shadow error it means (aws-shadow.md §5) with the service's words, and live updates keep coming over MQTT while
/// connected. "List named shadows" asks ListNamedShadowsForThing over REST and offers the names in the picker.
///
/// GUI thread only. The session is not owned and outlives the view.
class ShadowView final : public QWidget
{
    Q_OBJECT

public:
    explicit ShadowView(MqttSession* session, QWidget* parent = nullptr);
    ~ShadowView() override;
    Q_DISABLE_COPY_MOVE(ShadowView)

    /// The main window's connection settings: the local shadow service connects with them, and AWS IoT is told
    /// apart (its shadows are served by AWS, so no local service is offered).
    void setConnection(const ConnectionOptions& options, bool awsIot);
    /// Offers `thing` (the connection's thing name) and picks it when no thing is chosen yet.
    void setThingName(const QString& thing);
    /// The connection's HTTPS data-plane endpoint for "Over REST" (MainWindow), or none: no client certificate, and
    /// the REST choices are disabled with the reason.
    void setHttpsTarget(const std::optional<Aws::HttpsTarget>& target);
    /// "Over REST" is checked and available.
    bool isOverRest() const;

    /// The shadow chosen in the pickers (not checked).
    ShadowKey chosenKey() const;
    /// What a workspace keeps: the chosen thing and shadow and the recent things with their named shadows.
    ShadowSettings workspaceSettings() const;
    /// Restores what workspaceSettings() gave (the recent names join those remembered already).
    void applyWorkspaceSettings(const ShadowSettings& settings);
    /// The shadow shown and followed, after the last Get.
    ShadowKey shownKey() const { return m_key; }
    ShadowTreeModel* model() const { return m_model; }
    const ShadowHistory& history() const { return m_history; }
    ShadowClient* client() const { return m_client; }
    bool isLocalServiceRunning() const;

    /// The buttons' actions, also for tests and shortcuts.
    void get();
    void sendUpdate();
    void actAsDevice();
    void deleteShadow(); ///< asks first
    /// ListNamedShadowsForThing over REST for the chosen thing: the names join the shadow picker.
    void listNamedShadows();
    /// Sends `{"state":{section:{…path…: null}}}`: AWS deletes the key.
    void setKeyToNull(const QString& section, const QStringList& path);
    /// Starts the local shadow service on the current broker (what the banner offers after a timeout).
    void startLocalService();

private:
    void setupTree();
    void setupConnections();
    bool checkCanSend();
    void showKey(const ShadowKey& key);
    void send(ShadowOperation operation);
    /// Sends `{"state":<state>}`, with `"version":N` when `expectedVersion` is given.
    void sendState(const QByteArray& state, std::optional<qint64> expectedVersion);
    void onRequestSent(quint64 id, const QString& topic, const QByteArray& payload);
    void onReplied(const ShadowReply& reply);
    void onAccepted(const ShadowReply& reply);
    /// `text` (REST: the HTTP answer in words) replaces the standard sentence about the rejection.
    void onRejected(const ShadowReply& reply, const QString& text = {});
    void onFailed(const ShadowReply& reply);
    /// What is common to MQTT and REST answers of this view's requests, after logging.
    void applyReply(const ShadowReply& reply, const QByteArray& updateState);
    /// `document`: an update's whole request; `state`: its `state` object (kept to retry after a 409).
    void sendOverRest(ShadowOperation operation, const QByteArray& document = {}, const QByteArray& state = {});
    void onRestFinished(const Aws::IotHttpReply& reply);
    void onNamedShadowsListed(const QString& thing, const Aws::IotHttpReply& reply);
    void updateRestChoices();
    void onDocuments(const ShadowKey& key, const QByteArray& payload);
    void onDelta(const ShadowKey& key, const QByteArray& payload);
    void onFollowToggled(bool follow);
    void showDocument(const ShadowDocument& document);
    void updateSummary();
    void updateHistoryChoices();
    void showVersionDiff();
    void validateEditor();
    void log(const QString& direction, const QString& topic, const QByteArray& payload);
    void rememberKey(const ShadowKey& key);
    void refillThings();
    void noteShadowNames(const QList<MqttMessage>& messages);
    void showContextMenu(const QPoint& position);
    QString adviceFor(int code) const;
    QString responseTopic(const ShadowReply& reply) const;

    std::unique_ptr<Ui::ShadowView> m_ui;
    MqttSession* m_session;
    ShadowClient* m_client;
    ShadowTreeModel* m_model;
    RecentShadows* m_recents;
    QString m_connectionThing; ///< the connection's thing name (AWS IoT), offered too
    ShadowHistory m_history;
    ShadowKey m_key;                            ///< shown and followed
    QHash<QString, QStringList> m_shadowNames;  ///< thing → named shadows seen or used
    QHash<quint64, ShadowOperation> m_requests; ///< requests of this view in flight
    QHash<quint64, QByteArray> m_updateStates;  ///< the `state` object of each update in flight
    QByteArray m_conflictedState;               ///< the state of the last update refused with 409, to retry
    struct RestRequest
    {
        ShadowKey key;
        ShadowOperation operation = ShadowOperation::Get;
        QByteArray state; ///< an update's `state` object
    };
    Aws::IotHttpClient* m_http;
    std::optional<Aws::HttpsTarget> m_httpsTarget;
    QHash<quint64, RestRequest> m_restRequests; ///< REST shadow requests of this view in flight
    QHash<quint64, QString> m_listRequests;     ///< ListNamedShadowsForThing in flight → thing
    ConnectionOptions m_options;
    bool m_awsIot = false;
    std::unique_ptr<MqttSession> m_serviceSession;
    std::unique_ptr<ShadowService> m_service;
    QTimer m_ageTimer;
    enum class BannerAction { None, RetryOnVersion, StartLocalService };
    BannerAction m_bannerAction = BannerAction::None;
};
