// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PolicyView.h"

#include "policy/PolicyDocument.h"
#include "policy/Registry.h"
#include "policy/SessionCheck.h"
#include "support/RegistryLoader.h"
#include "ui_PolicyView.h"

#include <QAccessible>
#include <QHeaderView>
#include <QTableWidgetItem>

#include <variant>

namespace {

/// The registry's default account and region, for ARNs before a registry was read.
const QString DEFAULT_ARN_PREFIX = QStringLiteral("arn:aws:iot:us-east-1:123456789012:");
const QString RETAIN_PREFIX = QStringLiteral("retain ");

std::string text(const QString& value)
{
    return value.toStdString();
}

QString decisionText(Policy::Decision decision)
{
    switch (decision) {
    case Policy::Decision::Allowed:
        return PolicyView::tr("✔ Allowed");
    case Policy::Decision::ExplicitDeny:
        return PolicyView::tr("✖ Denied by a Deny statement");
    case Policy::Decision::ImplicitDeny:
        return PolicyView::tr("✖ Denied: nothing allows it");
    }
    return {};
}

QString stepText(const Policy::SessionStep& step)
{
    const QString subject = QString::fromStdString(step.subject);
    switch (step.kind) {
    case Policy::SessionStep::Kind::Connect:
        return PolicyView::tr("Connect as “%1”").arg(subject);
    case Policy::SessionStep::Kind::Subscribe:
        return PolicyView::tr("Subscribe to “%1”").arg(subject);
    case Policy::SessionStep::Kind::Receive:
        return PolicyView::tr("Receive “%1” (under “%2”)").arg(subject, QString::fromStdString(step.under));
    case Policy::SessionStep::Kind::Publish:
        return PolicyView::tr("Publish to “%1”").arg(subject);
    case Policy::SessionStep::Kind::RetainPublish:
        return PolicyView::tr("Retain on “%1”").arg(subject);
    }
    return subject;
}

/// The lines of a plain-text field, trimmed, without empty ones.
QStringList lines(const QPlainTextEdit* edit)
{
    QStringList result;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            result << line.trimmed();
        }
    }
    return result;
}

} // namespace

PolicyView::PolicyView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PolicyView>())
{
    m_ui->setupUi(this);
    m_loader = new RegistryLoader(this);
    connect(m_loader, &RegistryLoader::loaded, this, &PolicyView::onLoaded);
    m_ui->sessionTable->setColumnCount(4);
    m_ui->sessionTable->setHorizontalHeaderLabels({tr("Step"), tr("Resource"), tr("Decision"), tr("Why")});
    m_ui->sessionTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->sessionTable->verticalHeader()->hide();
    for (const char* action : {"iot:Connect", "iot:Publish", "iot:RetainPublish", "iot:Subscribe", "iot:Receive"}) {
        m_ui->actionComboBox->addItem(QString::fromLatin1(action));
    }
    m_ui->policyComboBox->addItem(tr("(pasted below)"));
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &PolicyView::reload);
    connect(m_ui->fromWindowButton, &QPushButton::clicked, this, &PolicyView::sessionFromWindowRequested);
    connect(m_ui->checkSessionButton, &QPushButton::clicked, this, &PolicyView::checkSession);
    connect(m_ui->evaluateButton, &QPushButton::clicked, this, &PolicyView::evaluateRequest);
    connect(m_ui->policyComboBox, &QComboBox::activated, this, &PolicyView::showPickedPolicy);
    connect(m_ui->certificateComboBox, &QComboBox::currentIndexChanged, this, [this] {
        // A certificate bound to one thing: that thing's name is the client ID its policy most likely wants.
        const QString thing = m_ui->certificateComboBox->currentData(Qt::UserRole + 1).toString();
        if (!thing.isEmpty() && m_ui->clientIdLineEdit->text().isEmpty()) {
            m_ui->clientIdLineEdit->setText(thing);
        }
    });
    m_ui->policyStatusLabel->hide();
    for (QLabel* label : {m_ui->registryStatusLabel, m_ui->sessionSummaryLabel, m_ui->policyStatusLabel}) {
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }
    // A few lines each: the table of steps gets the room.
    const int lineHeight = fontMetrics().lineSpacing();
    m_ui->subscriptionsEdit->setMaximumHeight(6 * lineHeight);
    m_ui->publishesEdit->setMaximumHeight(6 * lineHeight);
    m_ui->policyEdit->setMinimumHeight(12 * lineHeight);
    m_ui->explanationEdit->setMaximumHeight(8 * lineHeight);
}

PolicyView::~PolicyView() = default;

void PolicyView::setRegistryFile(const QString& path)
{
    m_registryFile = path;
    m_ui->registryPathLabel->setText(path);
    if (isVisible()) {
        reload();
    }
}

void PolicyView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read when looked at: the sandbox, thingbench-cli registry and the Registry screen change the file meanwhile.
    reload();
}

void PolicyView::reload()
{
    m_loader->load(m_registryFile);
}

void PolicyView::onLoaded(const std::shared_ptr<const Policy::Registry>& registry, const QString& problem)
{
    if (registry) {
        m_registry = registry;
    }
    setLiveText(m_ui->registryStatusLabel,
                problem.isEmpty()
                    ? QString()
                    : tr("The registry cannot be read: %1. The last one read is still used.").arg(problem));
    fillCertificates();
    fillPolicies();
    Q_EMIT registryLoaded();
}

void PolicyView::fillCertificates()
{
    const QString current = m_ui->certificateComboBox->currentData().toString();
    m_ui->certificateComboBox->clear();
    if (!m_registry) {
        return;
    }
    for (const auto& [id, certificate] : m_registry->certificates()) {
        QStringList policies;
        for (const std::string& policy : certificate.policies) {
            policies << QString::fromStdString(policy);
        }
        QString thing;
        for (const auto& [name, registered] : m_registry->things()) {
            if (std::find(registered.principals.begin(), registered.principals.end(), id) !=
                registered.principals.end()) {
                thing = QString::fromStdString(name);
            }
        }
        const QString label = tr("%1… (%2) · %3 · thing %4")
                                  .arg(QString::fromStdString(id.substr(0, 12)),
                                       QString::fromLatin1(Policy::statusName(certificate.status)),
                                       policies.isEmpty() ? tr("no policy") : policies.join(QStringLiteral(", ")),
                                       thing.isEmpty() ? tr("none") : thing);
        m_ui->certificateComboBox->addItem(label, QString::fromStdString(id));
        m_ui->certificateComboBox->setItemData(m_ui->certificateComboBox->count() - 1, thing, Qt::UserRole + 1);
    }
    selectCertificate(current);
}

bool PolicyView::selectCertificate(const QString& certificateId)
{
    const int index = m_ui->certificateComboBox->findData(certificateId);
    if (index >= 0) {
        m_ui->certificateComboBox->setCurrentIndex(index);
    }
    return index >= 0;
}

void PolicyView::fillPolicies()
{
    while (m_ui->policyComboBox->count() > 1) {
        m_ui->policyComboBox->removeItem(1);
    }
    if (!m_registry) {
        return;
    }
    for (const auto& [name, policy] : m_registry->policies()) {
        m_ui->policyComboBox->addItem(QString::fromStdString(name));
    }
}

void PolicyView::showPickedPolicy(int index)
{
    if (index <= 0 || !m_registry) {
        return;
    }
    const auto policy = m_registry->policies().find(text(m_ui->policyComboBox->itemText(index)));
    const Policy::PolicyVersion* version =
        policy == m_registry->policies().end() ? nullptr : policy->second.defaultPolicyVersion();
    if (version) {
        m_ui->policyEdit->setPlainText(QString::fromStdString(version->document));
    }
}

void PolicyView::setSession(const QString& clientId, const QStringList& filters,
                            const QList<QPair<QString, bool>>& publishes)
{
    if (!clientId.isEmpty()) {
        m_ui->clientIdLineEdit->setText(clientId);
    }
    m_ui->subscriptionsEdit->setPlainText(filters.join(QLatin1Char('\n')));
    QStringList topics;
    for (const auto& [topic, retain] : publishes) {
        topics << (retain ? RETAIN_PREFIX + topic : topic);
    }
    m_ui->publishesEdit->setPlainText(topics.join(QLatin1Char('\n')));
}

Policy::SessionPlan PolicyView::planFromForm() const
{
    Policy::SessionPlan plan;
    plan.clientId = text(m_ui->clientIdLineEdit->text().trimmed());
    plan.persistent = m_ui->persistentCheckBox->isChecked();
    for (const QString& filter : lines(m_ui->subscriptionsEdit)) {
        plan.subscriptions.push_back(text(filter));
    }
    for (const QString& line : lines(m_ui->publishesEdit)) {
        const bool retain = line.startsWith(RETAIN_PREFIX);
        plan.publishes.push_back({text(retain ? line.mid(RETAIN_PREFIX.size()).trimmed() : line), retain});
    }
    return plan;
}

void PolicyView::checkSession()
{
    m_ui->sessionTable->setRowCount(0);
    if (!m_registry || m_ui->certificateComboBox->currentIndex() < 0) {
        setLiveText(m_ui->sessionSummaryLabel,
                    tr("Choose a registered certificate first (the registry has none, or "
                       "it could not be read)."));
        return;
    }
    const Policy::SessionPlan plan = planFromForm();
    if (plan.clientId.empty()) {
        setLiveText(m_ui->sessionSummaryLabel, tr("Enter the client ID the device connects with."));
        return;
    }
    const std::vector<Policy::SessionStep> steps =
        Policy::checkSession(*m_registry, text(m_ui->certificateComboBox->currentData().toString()), plan);
    int denied = 0;
    QString firstDenied;
    for (const Policy::SessionStep& step : steps) {
        const int row = m_ui->sessionTable->rowCount();
        m_ui->sessionTable->insertRow(row);
        const bool allowed = step.result.allowed();
        const QString resource = QString::fromStdString(step.request.resource);
        const QStringList cells{stepText(step),
                                resource.startsWith(arnPrefix()) ? resource.mid(arnPrefix().size()) : resource,
                                decisionText(step.result.decision), QString::fromStdString(step.result.explanation)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (!allowed) {
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            }
            m_ui->sessionTable->setItem(row, column, item);
        }
        if (!allowed && denied++ == 0) {
            firstDenied = stepText(step);
        }
    }
    m_ui->sessionTable->resizeColumnsToContents();
    m_ui->sessionTable->resizeRowsToContents();
    m_ui->sessionTable->horizontalHeader()->setStretchLastSection(true);
    setLiveText(m_ui->sessionSummaryLabel,
                denied == 0 ? tr("✔ This session would work: all %1 requests are allowed.").arg(steps.size())
                            : tr("✖ This session would not work on AWS IoT: %1 of %2 requests are denied, first: %3. "
                                 "The table says why.")
                                  .arg(denied)
                                  .arg(steps.size())
                                  .arg(firstDenied));
}

QString PolicyView::arnPrefix() const
{
    return m_registry ? QString::fromStdString(m_registry->arnPrefix()) : DEFAULT_ARN_PREFIX;
}

QString PolicyView::requestArn() const
{
    const QString resource = m_ui->resourceLineEdit->text().trimmed();
    if (resource.startsWith(QLatin1String("arn:")) || resource == QLatin1String("*")) {
        return resource;
    }
    const QString action = m_ui->actionComboBox->currentText();
    const QString kind = action == QLatin1String("iot:Connect") ? QStringLiteral("client/")
        : action == QLatin1String("iot:Subscribe")              ? QStringLiteral("topicfilter/")
                                                                : QStringLiteral("topic/");
    return arnPrefix() + kind + resource;
}

void PolicyView::evaluateRequest()
{
    auto parsed = Policy::Document::parse(text(m_ui->policyEdit->toPlainText()), "pasted policy");
    if (auto* error = std::get_if<Policy::ParseError>(&parsed)) {
        m_ui->policyStatusLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        setLiveText(m_ui->policyStatusLabel,
                    tr("The policy cannot be used: %1").arg(QString::fromStdString(error->message)));
        setLiveText(m_ui->decisionLabel, QString());
        m_ui->explanationEdit->clear();
        return;
    }
    Policy::Document& document = std::get<Policy::Document>(parsed);
    QStringList warnings;
    for (const std::string& warning : document.warnings) {
        warnings << QStringLiteral("⚠ ") + QString::fromStdString(warning);
    }
    m_ui->policyStatusLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    setLiveText(m_ui->policyStatusLabel, warnings.join(QLatin1Char('\n')));
    Policy::Context context;
    if (const QString clientId = m_ui->requestClientIdLineEdit->text().trimmed(); !clientId.isEmpty()) {
        context.clientId = text(clientId);
    }
    if (const QString thing = m_ui->thingNameLineEdit->text().trimmed(); !thing.isEmpty()) {
        context.thingName = text(thing);
        context.thingAttached = m_ui->thingAttachedCheckBox->isChecked();
    }
    const Policy::Request request{text(m_ui->actionComboBox->currentText()), text(requestArn())};
    if (request.action == "iot:Connect") {
        context.connectAttributes = std::vector<std::string>{};
    }
    const Policy::Result result = Policy::Evaluator({std::move(document)}).evaluate(request, context, true);
    setLiveText(m_ui->decisionLabel, decisionText(result.decision));
    m_ui->decisionLabel->setStyleSheet(result.allowed() ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                                        : QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_ui->explanationEdit->setPlainText(QString::fromStdString(result.explanation));
}

void PolicyView::setLiveText(QLabel* label, const QString& value)
{
    label->setText(value);
    label->setVisible(!value.isEmpty());
    QAccessibleEvent changed(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}
