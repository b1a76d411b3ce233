// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/GreengrassCoreFinder.h"
#include "mqtt/MqttTypes.h"

#include <QGroupBox>

#include <memory>
#include <optional>

namespace Ui {
class GreengrassBox;
}

/// "Connect through a Greengrass core" in the connection settings (spec aws-http-sigv4-greengrass.md §2): asks
/// Greengrass discovery with the dialog's certificate, key and thing name, lists the core endpoints found, tries each
/// in order (Aws::GreengrassDiscovery's connect loop) and marks the one that answered. coreOptions() then gives that
/// core's connection: its host and port, the group's CAs in a file written owner-only under the app's data folder,
/// client ID = the thing name. Nothing here blocks: discovery and connecting are asynchronous, the CA file is written
/// on a worker thread. GUI thread only.
class GreengrassBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit GreengrassBox(QWidget* parent = nullptr);
    ~GreengrassBox() override;
    Q_DISABLE_COPY_MOVE(GreengrassBox)

    bool useCore() const;
    void setUseCore(bool use);
    /// The dialog's endpoint: the default discovery endpoint is its region's Greengrass host, port 8443.
    void setEndpointHost(const QString& host);
    /// An explicit discovery endpoint ("host:port"), e.g. the local sandbox's HTTPS endpoint.
    void setDiscoveryEndpoint(const QString& endpoint);
    /// What Discover asks: the field, else the default for the endpoint's region.
    QString discoveryEndpoint() const;
    /// The field alone (empty: the region's default), as a workspace keeps it.
    QString typedDiscoveryEndpoint() const;
    /// Discovery or the connect loop is running.
    bool isBusy() const { return m_finder->isBusy(); }
    /// The last discovery failed (and none ran since): its status line says why.
    bool hasFailed() const { return m_failed; }
    /// Where the groups' CA files go (default: "greengrass/" in the app's data folder).
    void setCaDirectory(const QString& directory) { m_caDirectory = directory; }

    /// Discovers the cores `thing` may use with `device`'s certificate, key and CA (for the discovery endpoint), then
    /// tries them in order. The status line follows; coreFound() when one answered.
    void discover(const ConnectionOptions& device, const QString& thing);
    /// Stops a discovery or connect loop; the core found before (if any) is forgotten.
    void cancel();
    /// The connection through the core that answered (once its CA file is written); nothing before.
    std::optional<ConnectionOptions> coreOptions() const { return m_core; }
    QString statusText() const;

Q_SIGNALS:
    /// Discover was clicked: the dialog answers with discover().
    void discoverRequested();
    void coreFound();
    void statusChanged(const QString& text);

private:
    void onDiscovered(const Aws::DiscoveryResponse& response);
    void onAttempt(const Aws::DiscoveryAttempt& attempt, const QString& result);
    void onCoreFound(const ConnectionOptions& options, const Aws::DiscoveryAttempt& attempt);
    void onFailed(const Error& error);
    void setBusy(bool busy);
    void setStatus(const QString& text, bool problem);
    void updateEnabledStates();

    std::unique_ptr<Ui::GreengrassBox> m_ui;
    Aws::GreengrassCoreFinder* m_finder =
        nullptr; ///< discovery, the connect loop and the CA file (shared with Connect)
    QString m_thing;
    QString m_caDirectory;
    std::optional<ConnectionOptions> m_core;
    bool m_failed = false;
};
