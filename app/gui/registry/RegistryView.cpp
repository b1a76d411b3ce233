// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistryView.h"

#include "certs/CertificateFile.h"
#include "policy/Registry.h"
#include "support/DialogSeams.h"
#include "support/RegistryLoader.h"
#include "ui_RegistryView.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QTreeWidgetItem>
#include <QtConcurrent>

#include <variant>

namespace {

constexpr int KIND_ROLE = Qt::UserRole;
constexpr int KEY_ROLE = Qt::UserRole + 1;
const QString THING = QStringLiteral("thing");
const QString CERTIFICATE = QStringLiteral("certificate");
const QString POLICY = QStringLiteral("policy");

/// What a new policy starts from: the sandbox's own pattern, a device that may do what its thing name allows.
const char* const POLICY_TEMPLATE = R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "iot:Connect",
      "Resource": "arn:aws:iot:us-east-1:123456789012:client/${iot:Connection.Thing.ThingName}"
    },
    {
      "Effect": "Allow",
      "Action": ["iot:Publish", "iot:Receive"],
      "Resource": "arn:aws:iot:us-east-1:123456789012:topic/devices/${iot:Connection.Thing.ThingName}/*"
    },
    {
      "Effect": "Allow",
      "Action": "iot:Subscribe",
      "Resource": "arn:aws:iot:us-east-1:123456789012:topicfilter/devices/${iot:Connection.Thing.ThingName}/*"
    }
  ]
}
)";

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString time(int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString thingDetails(const Policy::Registry& registry, const Policy::Thing& thing)
{
    QStringList lines{RegistryView::tr("Thing %1").arg(qs(thing.name)), qs(registry.thingArn(thing.name))};
    lines << RegistryView::tr("Type: %1").arg(thing.typeName.empty() ? RegistryView::tr("none") : qs(thing.typeName));
    for (const auto& [name, value] : thing.attributes) {
        lines << RegistryView::tr("Attribute %1 = %2").arg(qs(name), qs(value));
    }
    for (const std::string& id : thing.principals) {
        lines << RegistryView::tr("Certificate %1").arg(qs(id));
    }
    if (thing.principals.empty()) {
        lines << RegistryView::tr("No certificate is attached: no connection is bound to this thing.");
    }
    return lines.join(QLatin1Char('\n'));
}

QString certificateDetails(const Policy::Registry& registry, const Policy::Certificate& certificate)
{
    QStringList lines{RegistryView::tr("Certificate %1").arg(qs(certificate.id)),
                      qs(registry.certificateArn(certificate.id))};
    lines << RegistryView::tr("Status: %1").arg(QString::fromLatin1(Policy::statusName(certificate.status)));
    lines << RegistryView::tr("Registered: %1").arg(time(certificate.createdAt));
    for (const std::string& policy : certificate.policies) {
        lines << RegistryView::tr("Policy %1").arg(qs(policy));
    }
    if (certificate.policies.empty()) {
        lines << RegistryView::tr("No policy is attached: every request of this certificate is denied.");
    }
    for (const auto& [name, thing] : registry.things()) {
        if (std::find(thing.principals.begin(), thing.principals.end(), certificate.id) != thing.principals.end()) {
            lines << RegistryView::tr("Thing %1").arg(qs(name));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString policyDetails(const Policy::Registry& registry, const Policy::StoredPolicy& policy)
{
    QStringList versions;
    for (const Policy::PolicyVersion& version : policy.versions) {
        versions << qs(version.id);
    }
    QStringList lines{RegistryView::tr("Policy %1").arg(qs(policy.name)), qs(registry.policyArn(policy.name)),
                      RegistryView::tr("Default version: %1 (of %2)")
                          .arg(qs(policy.defaultVersion), versions.join(QStringLiteral(", ")))};
    for (const auto& [id, certificate] : registry.certificates()) {
        if (std::find(certificate.policies.begin(), certificate.policies.end(), policy.name) !=
            certificate.policies.end()) {
            lines << RegistryView::tr("Attached to certificate %1").arg(qs(id));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

/// The certificate in `path` as the registry keeps it: its AWS certificate ID and its PEM. Worker thread.
std::variant<std::pair<std::string, std::string>, QString> readCertificate(const QString& path)
{
    Result<Certs::CertificateFile> file = Certs::loadFile(path);
    if (!file) {
        return file.error().message;
    }
    if (file->certificates.isEmpty()) {
        return RegistryView::tr("“%1” holds no certificate (a key or another file?). Choose the device's certificate "
                                "(…-certificate.pem.crt).")
            .arg(path);
    }
    const Certs::CertificateInfo& certificate = file->certificates.first();
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray base64 = certificate.der.toBase64();
    for (qsizetype at = 0; at < base64.size(); at += 64) {
        pem += base64.mid(at, 64) + '\n';
    }
    pem += "-----END CERTIFICATE-----\n";
    return std::pair{certificate.awsCertificateId().toStdString(), pem.toStdString()};
}

} // namespace

RegistryView::RegistryView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RegistryView>())
{
    m_ui->setupUi(this);
    m_loader = new RegistryLoader(this);
    connect(m_loader, &RegistryLoader::loaded, this, &RegistryView::onLoaded);
    m_ui->registryTree->setHeaderLabels({tr("Name"), tr("Details")});
    m_ui->registryTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->statusComboBox->addItems({QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE"), QStringLiteral("REVOKED")});
    m_ui->registrySplitter->setStretchFactor(1, 1);
    m_ui->registrySplitter->setSizes({420, 780});
    m_ui->resultLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->resultLabel->hide();
    for (QComboBox* box : {m_ui->policyPickComboBox, m_ui->thingPickComboBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_ui->detailsEdit->setMaximumHeight(10 * fontMetrics().lineSpacing());
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &RegistryView::reload);
    connect(m_ui->newThingButton, &QPushButton::clicked, this, &RegistryView::createThing);
    connect(m_ui->registerCertificateButton, &QPushButton::clicked, this, &RegistryView::registerCertificate);
    connect(m_ui->newPolicyButton, &QPushButton::clicked, this, &RegistryView::createPolicy);
    connect(m_ui->saveVersionButton, &QPushButton::clicked, this, &RegistryView::saveVersion);
    connect(m_ui->setStatusButton, &QPushButton::clicked, this, &RegistryView::setStatus);
    connect(m_ui->attachPolicyButton, &QPushButton::clicked, this, [this] { attachPolicy(true); });
    connect(m_ui->detachPolicyButton, &QPushButton::clicked, this, [this] { attachPolicy(false); });
    connect(m_ui->attachThingButton, &QPushButton::clicked, this, &RegistryView::attachThing);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RegistryView::deleteSelected);
    connect(m_ui->registryTree, &QTreeWidget::currentItemChanged, this, &RegistryView::showSelection);
    // `clicked`: only the user's changes, not setSandboxSettings().
    connect(m_ui->policiesCheckBox, &QCheckBox::clicked, this, [this] {
        m_ui->mqtt311CheckBox->setEnabled(m_ui->policiesCheckBox->isEnabled() && m_ui->policiesCheckBox->isChecked());
        Q_EMIT sandboxSettingsChanged();
    });
    connect(m_ui->mqtt311CheckBox, &QCheckBox::clicked, this, &RegistryView::sandboxSettingsChanged);
    setSandboxSettings(true, true, false);
    m_ui->documentEdit->setPlainText(QString::fromUtf8(POLICY_TEMPLATE));
    showSelection();
}

RegistryView::~RegistryView() = default;

void RegistryView::setRegistryFile(const QString& path)
{
    m_registryFile = path;
    m_ui->registryPathLabel->setText(path);
    if (isVisible()) {
        reload();
    }
}

void RegistryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // the sandbox, thingbench-cli registry and the Policy screen's users change it meanwhile
}

void RegistryView::reload()
{
    m_loader->load(m_registryFile);
}

void RegistryView::onLoaded(const std::shared_ptr<const Policy::Registry>& registry, const QString& problem)
{
    if (registry) {
        m_registry = registry;
    } else {
        showResult(false, tr("The registry cannot be read: %1").arg(problem));
    }
    fillTree();
    Q_EMIT registryLoaded();
}

void RegistryView::fillTree()
{
    const QString kind = selectedKind();
    const QString key = selectedKey();
    QTreeWidget* tree = m_ui->registryTree;
    tree->clear();
    m_ui->policyPickComboBox->clear();
    m_ui->thingPickComboBox->clear();
    if (!m_registry) {
        showSelection();
        return;
    }
    const auto section = [&](const QString& title, int count) {
        auto* item = new QTreeWidgetItem(tree, {title, QString::number(count)});
        item->setExpanded(true);
        return item;
    };
    const auto entry = [](QTreeWidgetItem* parent, const QString& kind, const QString& key, const QString& details) {
        auto* item = new QTreeWidgetItem(parent, {key, details});
        item->setData(0, KIND_ROLE, kind);
        item->setData(0, KEY_ROLE, key);
        return item;
    };
    QTreeWidgetItem* things = section(tr("Things"), int(m_registry->things().size()));
    for (const auto& [name, thing] : m_registry->things()) {
        entry(things, THING, qs(name), tr("%n certificate(s)", nullptr, int(thing.principals.size())));
        m_ui->thingPickComboBox->addItem(qs(name));
    }
    QTreeWidgetItem* certificates = section(tr("Certificates"), int(m_registry->certificates().size()));
    for (const auto& [id, certificate] : m_registry->certificates()) {
        QStringList policies;
        for (const std::string& policy : certificate.policies) {
            policies << qs(policy);
        }
        entry(
            certificates, CERTIFICATE, qs(id),
            QStringLiteral("%1 · %2").arg(QString::fromLatin1(Policy::statusName(certificate.status)),
                                          policies.isEmpty() ? tr("no policy") : policies.join(QStringLiteral(", "))));
    }
    QTreeWidgetItem* policies = section(tr("Policies"), int(m_registry->policies().size()));
    for (const auto& [name, policy] : m_registry->policies()) {
        entry(policies, POLICY, qs(name), tr("version %1").arg(qs(policy.defaultVersion)));
        m_ui->policyPickComboBox->addItem(qs(name));
    }
    if (!select(kind, key)) {
        showSelection();
    }
}

void RegistryView::setSandboxSettings(bool enforcePolicies, bool awsMqtt311Disconnect, bool editable)
{
    m_ui->policiesCheckBox->setChecked(enforcePolicies);
    m_ui->mqtt311CheckBox->setChecked(awsMqtt311Disconnect);
    m_ui->policiesCheckBox->setEnabled(editable);
    m_ui->mqtt311CheckBox->setEnabled(editable && enforcePolicies);
    const QString where =
        editable ? QString() : tr("Open the “Local sandbox” workspace to change how the sandbox runs.");
    m_ui->policiesCheckBox->setToolTip(where);
    m_ui->mqtt311CheckBox->setToolTip(where);
}

bool RegistryView::enforcePolicies() const
{
    return m_ui->policiesCheckBox->isChecked();
}

bool RegistryView::awsMqtt311Disconnect() const
{
    return m_ui->mqtt311CheckBox->isChecked();
}

bool RegistryView::select(const QString& kind, const QString& key)
{
    for (int i = 0; i < m_ui->registryTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* section = m_ui->registryTree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j) {
            QTreeWidgetItem* item = section->child(j);
            if (item->data(0, KIND_ROLE).toString() == kind && item->data(0, KEY_ROLE).toString() == key) {
                m_ui->registryTree->setCurrentItem(item);
                return true;
            }
        }
    }
    return false;
}

QString RegistryView::selectedKind() const
{
    const QTreeWidgetItem* item = m_ui->registryTree->currentItem();
    return item ? item->data(0, KIND_ROLE).toString() : QString();
}

QString RegistryView::selectedKey() const
{
    const QTreeWidgetItem* item = m_ui->registryTree->currentItem();
    return item ? item->data(0, KEY_ROLE).toString() : QString();
}

void RegistryView::showSelection()
{
    const QString kind = selectedKind();
    const std::string key = selectedKey().toStdString();
    QString details = tr("Select a thing, a certificate or a policy.");
    if (m_registry && kind == THING && m_registry->things().count(key)) {
        details = thingDetails(*m_registry, m_registry->things().at(key));
    } else if (m_registry && kind == CERTIFICATE && m_registry->certificates().count(key)) {
        const Policy::Certificate& certificate = m_registry->certificates().at(key);
        details = certificateDetails(*m_registry, certificate);
        m_ui->statusComboBox->setCurrentText(QString::fromLatin1(Policy::statusName(certificate.status)));
    } else if (m_registry && kind == POLICY && m_registry->policies().count(key)) {
        const Policy::StoredPolicy& policy = m_registry->policies().at(key);
        details = policyDetails(*m_registry, policy);
        if (const Policy::PolicyVersion* version = policy.defaultPolicyVersion()) {
            m_ui->documentEdit->setPlainText(qs(version->document));
        }
        m_ui->policyPickComboBox->setCurrentText(qs(key));
    }
    m_ui->detailsEdit->setPlainText(details);
    const bool certificate = kind == CERTIFICATE;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->setStatusButton), static_cast<QWidget*>(m_ui->attachPolicyButton),
          static_cast<QWidget*>(m_ui->detachPolicyButton), static_cast<QWidget*>(m_ui->attachThingButton)}) {
        widget->setEnabled(certificate && !m_busy);
    }
    m_ui->saveVersionButton->setEnabled(kind == POLICY && !m_busy);
    m_ui->deleteButton->setEnabled((kind == THING || kind == POLICY) && !m_busy);
}

void RegistryView::showResult(bool ok, const QString& message)
{
    m_ui->resultLabel->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    m_ui->resultLabel->setText(message);
    m_ui->resultLabel->setVisible(!message.isEmpty());
    QAccessibleEvent changedEvent(m_ui->resultLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changedEvent);
}

void RegistryView::apply(const QString& done, Change change)
{
    if (m_busy) {
        showResult(false, tr("Another change is being saved; try again in a moment."));
        return;
    }
    m_busy = true;
    showSelection();
    auto* watcher = new QFutureWatcher<std::optional<std::string>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        m_busy = false;
        const std::optional<std::string> error = watcher->result();
        const QString message = error ? tr("✖ %1").arg(qs(*error)) : tr("✔ %1").arg(done);
        showResult(!error, message);
        Q_EMIT changed(!error, message);
        reload();
    });
    watcher->setFuture(QtConcurrent::run([path = m_registryFile.toStdString(), change = std::move(change)] {
        return Policy::Registry::update(path, change);
    }));
}

void RegistryView::createThing()
{
    const std::optional<QString> name = DialogSeams::text(this, tr("New thing"), tr("Thing name:"));
    if (!name || name->trimmed().isEmpty()) {
        return;
    }
    const std::string thing = name->trimmed().toStdString();
    apply(tr("Thing “%1” created.").arg(name->trimmed()),
          [thing](Policy::Registry& registry) { return registry.createThing(thing, {}, {}); });
}

void RegistryView::registerCertificate()
{
    const QString path = DialogSeams::openFileName(this, tr("Register a certificate"),
                                                   tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    apply(tr("Certificate from “%1” registered as ACTIVE.").arg(path),
          [path, now = QDateTime::currentSecsSinceEpoch()](Policy::Registry& registry) -> std::optional<std::string> {
              auto read = readCertificate(path);
              if (auto* problem = std::get_if<QString>(&read)) {
                  return problem->toStdString();
              }
              const auto& [id, pem] = std::get<std::pair<std::string, std::string>>(read);
              return registry.registerCertificate(id, pem, Policy::CertificateStatus::Active, now);
          });
}

void RegistryView::createPolicy()
{
    const std::optional<QString> name =
        DialogSeams::text(this, tr("New policy"), tr("Policy name (its document is the one in the editor):"));
    if (!name || name->trimmed().isEmpty()) {
        return;
    }
    const std::string policy = name->trimmed().toStdString();
    apply(tr("Policy “%1” created.").arg(name->trimmed()),
          [policy, document = m_ui->documentEdit->toPlainText().toStdString(),
           now = QDateTime::currentSecsSinceEpoch()](Policy::Registry& registry) {
              return registry.createPolicy(policy, document, now);
          });
}

void RegistryView::saveVersion()
{
    const std::string policy = selectedKey().toStdString();
    apply(tr("New default version of “%1” saved; the sandbox applies it at once.").arg(selectedKey()),
          [policy, document = m_ui->documentEdit->toPlainText().toStdString(),
           now = QDateTime::currentSecsSinceEpoch()](Policy::Registry& registry) {
              return registry.createPolicyVersion(policy, document, true, now);
          });
}

void RegistryView::setStatus()
{
    const std::string id = selectedKey().toStdString();
    const QString status = m_ui->statusComboBox->currentText();
    const auto parsed = Policy::statusFromName(status.toStdString());
    if (!parsed) {
        return;
    }
    apply(tr("Certificate %1… is %2 now.").arg(selectedKey().left(12), status),
          [id, value = *parsed](Policy::Registry& registry) { return registry.updateCertificate(id, value); });
}

void RegistryView::attachPolicy(bool attach)
{
    const std::string id = selectedKey().toStdString();
    const QString policy = m_ui->policyPickComboBox->currentText();
    const QString done = attach ? tr("Policy “%1” attached to certificate %2….").arg(policy, selectedKey().left(12))
                                : tr("Policy “%1” detached from certificate %2….").arg(policy, selectedKey().left(12));
    apply(done, [id, attach, name = policy.toStdString()](Policy::Registry& registry) {
        return attach ? registry.attachPolicy(name, id) : registry.detachPolicy(name, id);
    });
}

void RegistryView::attachThing()
{
    const std::string id = selectedKey().toStdString();
    const QString thing = m_ui->thingPickComboBox->currentText();
    apply(tr("Certificate %1… attached to thing “%2”.").arg(selectedKey().left(12), thing),
          [id, name = thing.toStdString()](Policy::Registry& registry) {
              return registry.attachThingPrincipal(name, id);
          });
}

void RegistryView::deleteSelected()
{
    const QString kind = selectedKind();
    const QString key = selectedKey();
    if (kind != THING && kind != POLICY) {
        return;
    }
    const QString question = kind == THING
        ? tr("Delete the thing “%1” from the registry?").arg(key)
        : tr("Delete the policy “%1” and all its versions from the registry?").arg(key);
    if (!DialogSeams::confirm(this, tr("Delete"), question)) {
        return;
    }
    apply(tr("“%1” deleted.").arg(key), [kind, name = key.toStdString()](Policy::Registry& registry) {
        return kind == THING ? registry.deleteThing(name) : registry.deletePolicy(name);
    });
}
