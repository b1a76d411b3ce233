// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class RegistryLoader;
namespace Policy {
class Registry;
struct SessionPlan;
} // namespace Policy
namespace Ui {
class PolicyView;
}

/// The Policy screen: AWS IoT policy decisions with the reasons, from the local sandbox's registry, before a device
/// is flashed. "Would this thing work?" checks a whole session (connect, each subscription, a delivery under each,
/// each publish and its retain) for a registered certificate and client ID; "Evaluate a request" decides one request
/// against a pasted or picked policy document. Every decision is shown in words with its explanation.
///
/// The registry is read on a worker thread (at setRegistryFile() and Reload); evaluations take microseconds and run
/// on the GUI thread. GUI thread only.
class PolicyView final : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyView(QWidget* parent = nullptr);
    ~PolicyView() override;
    Q_DISABLE_COPY_MOVE(PolicyView)

    /// The registry the checks use (the sandbox's registry.json); read when the screen is shown, and on Reload.
    void setRegistryFile(const QString& path);
    QString registryFile() const { return m_registryFile; }
    /// Reads the registry file again (worker thread); registryLoaded() follows.
    void reload();
    /// Fills the session form ("Take from this window" asks for it through sessionFromWindowRequested()).
    /// `publishes`: topic and retained flag.
    void setSession(const QString& clientId, const QStringList& filters, const QList<QPair<QString, bool>>& publishes);
    /// Selects the registered certificate with this ID for the session check; false when the registry has none.
    bool selectCertificate(const QString& certificateId);
    /// Checks the session in the form; the steps go into the table, the verdict into the summary line.
    void checkSession();
    /// Decides the request in the form against the policy document in the form.
    void evaluateRequest();

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    /// "Take from this window" was clicked: answer with setSession().
    void sessionFromWindowRequested();
    /// The registry was read (or could not be: see the status line).
    void registryLoaded();

private:
    void onLoaded(const std::shared_ptr<const Policy::Registry>& registry, const QString& problem);
    void fillCertificates();
    void fillPolicies();
    void showPickedPolicy(int index);
    Policy::SessionPlan planFromForm() const;
    /// The ARN for the request form's resource field (kept as it is when it is an ARN already).
    QString requestArn() const;
    QString arnPrefix() const;
    void setLiveText(class QLabel* label, const QString& text);

    std::unique_ptr<Ui::PolicyView> m_ui;
    std::shared_ptr<const Policy::Registry> m_registry; ///< the last registry read; null before
    QString m_registryFile;
    RegistryLoader* m_loader = nullptr;
};
