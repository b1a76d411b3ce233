// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/HttpsPublishOptions.h"
#include "ui_HttpsPublishOptions.h"

namespace {

constexpr quint16 AWS_HTTPS_PORT = 8443;
constexpr quint16 AWS_ALPN_PORT = 443;
constexpr int ALPN_INDEX = 1;

} // namespace

HttpsPublishOptions::HttpsPublishOptions(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HttpsPublishOptions>())
{
    m_ui->setupUi(this);
    connect(m_ui->httpsCheckBox, &QCheckBox::toggled, this, [this] {
        updateState();
        Q_EMIT chosenChanged(isChosen());
    });
    connect(m_ui->httpsPortComboBox, &QComboBox::currentIndexChanged, this, &HttpsPublishOptions::updateState);
    updateState();
}

HttpsPublishOptions::~HttpsPublishOptions() = default;

void HttpsPublishOptions::setTarget(const std::optional<Aws::HttpsTarget>& target)
{
    const bool wasChosen = isChosen();
    m_target = target;
    updateState();
    if (wasChosen != isChosen()) {
        Q_EMIT chosenChanged(isChosen());
    }
}

bool HttpsPublishOptions::isChosen() const
{
    return m_target && m_ui->httpsCheckBox->isChecked();
}

void HttpsPublishOptions::setChosen(bool chosen)
{
    m_ui->httpsCheckBox->setChecked(chosen);
}

Aws::HttpsTarget HttpsPublishOptions::target() const
{
    Aws::HttpsTarget target = m_target.value_or(Aws::HttpsTarget{});
    if (m_ui->httpsPortComboBox->currentIndex() == ALPN_INDEX) {
        if (target.port == AWS_HTTPS_PORT) {
            target.port = AWS_ALPN_PORT;
        }
        target.tls.alpn = {QStringLiteral("x-amzn-http-ca")};
    }
    return target;
}

HttpsPublishSettings HttpsPublishOptions::settings() const
{
    return {m_ui->httpsCheckBox->isChecked(), m_ui->httpsPortComboBox->currentIndex() == ALPN_INDEX};
}

void HttpsPublishOptions::applySettings(const HttpsPublishSettings& settings)
{
    m_ui->httpsPortComboBox->setCurrentIndex(settings.alpn ? ALPN_INDEX : 0);
    m_ui->httpsCheckBox->setChecked(settings.enabled);
}

void HttpsPublishOptions::updateState()
{
    m_ui->httpsCheckBox->setEnabled(m_target.has_value());
    m_ui->httpsPortComboBox->setEnabled(isChosen());
    QString why;
    if (!m_target) {
        why = tr("HTTPS publishing needs the connection's client certificate and key. Set them in the connection "
                 "settings (or the certificate manager's “Use for this connection”).");
    } else {
        const Aws::HttpsTarget chosen = target();
        why = tr("Publishes with the AWS IoT HTTPS data plane at %1:%2 instead of MQTT (QoS 0 or 1).")
                  .arg(chosen.host)
                  .arg(chosen.port);
    }
    m_ui->httpsCheckBox->setToolTip(why);
    m_ui->httpsCheckBox->setAccessibleDescription(why);
}
