// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <string>

class QTreeWidgetItem;
class RegistryLoader;
namespace Policy {
class Registry;
}
namespace Ui {
class RegistryView;
}

/// The Registry screen: the local sandbox's AWS IoT registry (things, certificates, policies and their attachments),
/// changed as `aws iot` would change AWS's: create a thing, register a certificate, set its status, create a policy
/// or a new default version, attach and detach. The broker enforces what it shows at once (the policy plugin reloads
/// the file).
///
/// Every read and change runs on a worker thread through Policy::Registry::update (file lock, atomic write), so the
/// app, thingbench-cli registry and the broker never lose each other's changes. GUI thread only.
class RegistryView final : public QWidget
{
    Q_OBJECT

public:
    explicit RegistryView(QWidget* parent = nullptr);
    ~RegistryView() override;
    Q_DISABLE_COPY_MOVE(RegistryView)

    /// The registry file shown (the sandbox's registry.json); read when the screen is shown and on Reload.
    void setRegistryFile(const QString& path);
    QString registryFile() const { return m_registryFile; }
    void reload();
    /// The local sandbox's settings as the window's workspace has them; `editable` when that workspace is the
    /// sandbox's (elsewhere they are shown disabled).
    void setSandboxSettings(bool enforcePolicies, bool awsMqtt311Disconnect, bool editable);
    bool enforcePolicies() const;
    bool awsMqtt311Disconnect() const;
    /// Selects the entry of `kind` ("thing", "certificate", "policy") named `key`; false when there is none.
    bool select(const QString& kind, const QString& key);

    // The buttons (tests drive these; names and files come through DialogSeams).
    void createThing();
    void registerCertificate();
    void createPolicy();
    void saveVersion();
    void setStatus();
    void attachPolicy(bool attach);
    void attachThing();
    void deleteSelected();

Q_SIGNALS:
    /// The user changed a sandbox setting (the sandbox restarts to apply it).
    void sandboxSettingsChanged();
    /// The registry was read (after a change too).
    void registryLoaded();
    /// A change finished: `ok` and what the result line says.
    void changed(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    using Change = std::function<std::optional<std::string>(Policy::Registry&)>;
    /// Runs `change` on a worker thread; says `done` (or the error) in the result line and reloads.
    void apply(const QString& done, Change change);
    void onLoaded(const std::shared_ptr<const Policy::Registry>& registry, const QString& problem);
    void fillTree();
    void showSelection();
    void showResult(bool ok, const QString& message);
    QString selectedKind() const;
    QString selectedKey() const;

    std::unique_ptr<Ui::RegistryView> m_ui;
    std::shared_ptr<const Policy::Registry> m_registry;
    QString m_registryFile;
    RegistryLoader* m_loader = nullptr;
    bool m_busy = false; ///< a change runs: the next waits (buttons are disabled)
};
