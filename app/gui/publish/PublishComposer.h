// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/HttpsClient.h"
#include "mqtt/MqttTypes.h"
#include "workspace/Workspace.h"

#include <QTimer>
#include <QWidget>

#include <optional>

namespace Aws {
class IotHttpClient;
struct IotHttpReply;
} // namespace Aws
class HttpsPublishOptions;
class MqttSession;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

/// The publish composer: topic (validated and linted as typed), QoS, retain, a payload editor with JSON validation,
/// payload from a file, MQTT 5 properties, repeat publishing with a stop button, a history of sent messages and
/// saved templates. Publishing never blocks: results come back from the session as signals.
///
/// "Send over HTTPS" publishes the same message with the AWS IoT HTTPS data plane (Aws::IotHttpClient: topic, QoS 0
/// or 1, retain and the MQTT 5 properties, spec aws-http-sigv4-greengrass.md §1.2); a repeat then sends the next
/// message once the previous one was answered, so at most one request is in flight.
class PublishComposer final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int HISTORY_LIMIT = 100;

    using Draft = PublishDraft;

    explicit PublishComposer(MqttSession* session, QWidget* parent = nullptr);
    ~PublishComposer() override;
    Q_DISABLE_COPY_MOVE(PublishComposer)

    Draft draft() const;
    void loadDraft(const Draft& draft);
    /// The AWS IoT context for topic lint (QoS 2 and payload limits); set from the connection.
    void setAwsIot(bool awsIot, const QString& thingName);
    /// Offers or withholds QoS 2 in the QoS box (AWS IoT does not support it); a draft on QoS 2 moves to QoS 1.
    void setQos2Allowed(bool allowed);
    /// The connection's HTTPS data-plane endpoint for "Send over HTTPS" (MainWindow), or none: no client certificate.
    void setHttpsTarget(const std::optional<Aws::HttpsTarget>& target);
    HttpsPublishOptions* httpsOptions() const { return m_https; }

    /// Publishes the current draft (repeat count and interval apply). Returns false when the draft is invalid; the
    /// reason is shown beside the field.
    bool publish();
    void stopRepeating();
    bool isRepeating() const { return m_repeatTimer.isActive() || m_repeatRemaining > 0; }
    /// Publishes an empty retained message to the topic after confirmation (DialogSeams::confirm).
    bool clearRetained();
    bool loadPayloadFile(const QString& path);
    /// The broker refused a publish of this connection (the sandbox's policy, which MQTT does not report for QoS 0):
    /// `text` says which and why. Shown in the result line; a repeat stops, since nothing would get through.
    void showPublishRefusal(const QString& text);

    QList<Draft> history() const { return m_history; }
    QList<Draft> templates() const { return m_templates; }
    /// Workspaces: the templates and the history of the workspace being opened (nothing is written to a file).
    void setTemplates(const QList<Draft>& templates);
    void setHistory(const QList<Draft>& history);
    void saveTemplate(const QString& name);
    /// Where templates are kept (JSON with a schemaVersion, written atomically through FileIo). Default:
    /// templates.json in the app data folder. A file that cannot be used is set aside (FileIo::loadJsonDocument),
    /// reported in the result line, and never overwritten by the next save.
    void setTemplatesFile(const QString& path);

Q_SIGNALS:
    void resultShown(const QString& text, bool ok);

private:
    void validate();
    void updatePayloadStatus();
    void formatPayload(bool compact);
    void publishOne();
    void onPublished(quint64 id);
    void onPublishFailed(quint64 id, const QString& message);
    void publishOverHttps(const Draft& draft);
    void onHttpsFinished(const Aws::IotHttpReply& reply);
    void updateQos2();
    void showResult(const QString& text, bool ok);
    void addToHistory(const Draft& draft);
    void loadTemplates();
    void showTemplates();
    void showHistory();
    void writeTemplates();
    MqttProperties propertiesFromForm() const;

    MqttSession* m_session;
    bool m_awsIot = false;
    QString m_thingName;
    QByteArray m_filePayload; ///< set by "Load file…"; cleared when the text is edited
    QString m_fileName;
    QList<Draft> m_history;
    QList<Draft> m_templates;
    QString m_templatesFile;
    /// Set when the templates file can neither be used nor moved aside: saving would overwrite it, so it is refused.
    QString m_templatesProblem;
    QSet<quint64> m_ownPublishes;
    Aws::IotHttpClient* m_http = nullptr;
    QSet<quint64> m_httpsPublishes; ///< HTTPS publishes in flight (a repeat keeps at most one)
    bool m_qos2Allowed = true;      ///< by the connection; HTTPS never offers QoS 2
    int m_repeatRemaining = 0;
    QTimer m_repeatTimer;

    QLineEdit* m_topicLineEdit = nullptr;
    QLabel* m_topicStatusLabel = nullptr;
    QComboBox* m_qosComboBox = nullptr;
    QCheckBox* m_retainCheckBox = nullptr;
    QPlainTextEdit* m_payloadTextEdit = nullptr;
    QLabel* m_payloadStatusLabel = nullptr;
    QGroupBox* m_propertiesGroupBox = nullptr;
    QTableWidget* m_userPropertiesTable = nullptr;
    QLineEdit* m_contentTypeLineEdit = nullptr;
    QLineEdit* m_responseTopicLineEdit = nullptr;
    QLineEdit* m_correlationLineEdit = nullptr;
    QSpinBox* m_expirySpinBox = nullptr;
    QComboBox* m_payloadFormatComboBox = nullptr; ///< not sent, unspecified bytes (0), UTF-8 (1)
    QSpinBox* m_repeatSpinBox = nullptr;
    QSpinBox* m_intervalSpinBox = nullptr;
    QPushButton* m_publishButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_resultLabel = nullptr;
    QListWidget* m_historyList = nullptr;
    QComboBox* m_templateComboBox = nullptr;
    HttpsPublishOptions* m_https = nullptr;
};
