// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/HttpsClient.h"
#include "workspace/Workspace.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class HttpsPublishOptions;
}

/// The composer's "Send over HTTPS" choice (issue 13): publish with the AWS IoT HTTPS data plane (spec
/// aws-http-sigv4-greengrass.md §1.2) instead of MQTT, on port 8443 or on 443 with ALPN x-amzn-http-ca. The endpoint
/// comes from the connection (MainWindow); without a client certificate and key the choice is disabled and its
/// tooltip and accessible description say why.
///
/// GUI thread only.
class HttpsPublishOptions final : public QWidget
{
    Q_OBJECT

public:
    explicit HttpsPublishOptions(QWidget* parent = nullptr);
    ~HttpsPublishOptions() override;
    Q_DISABLE_COPY_MOVE(HttpsPublishOptions)

    /// The connection's HTTPS endpoint (port 8443, or the local sandbox's own port), or none when the connection has
    /// no client certificate and key.
    void setTarget(const std::optional<Aws::HttpsTarget>& target);
    bool isAvailable() const { return m_target.has_value(); }
    /// Checked and available.
    bool isChosen() const;
    void setChosen(bool chosen);
    /// The endpoint with the chosen port: 8443 as given; "443 (ALPN)" offers x-amzn-http-ca, on port 443 for AWS
    /// IoT's 8443 endpoint and on the sandbox's own port for the sandbox (it serves both ways on one port).
    /// Only meaningful while available.
    Aws::HttpsTarget target() const;
    /// The switch and its port as a workspace keeps them (the switch as set, even while unavailable: it takes effect
    /// once the connection has an HTTPS endpoint).
    HttpsPublishSettings settings() const;
    void applySettings(const HttpsPublishSettings& settings);

Q_SIGNALS:
    void chosenChanged(bool chosen);

private:
    void updateState();

    std::unique_ptr<Ui::HttpsPublishOptions> m_ui;
    std::optional<Aws::HttpsTarget> m_target;
};
