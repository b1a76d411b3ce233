// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBanner.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace {

const QString DISMISS_BUTTON_NAME = QStringLiteral("bannerDismissButton");
const QString ACTION_BUTTON_NAME = QStringLiteral("bannerActionButton");

/// The banner as assistive technology sees it: an alert named by its message, described by its kind, with its
/// buttons (the action when there is one, and Dismiss) as its only children (the text labels would repeat the name).
class MessageBannerAccessible final : public QAccessibleWidget
{
public:
    explicit MessageBannerAccessible(MessageBanner* banner)
        : QAccessibleWidget(banner, QAccessible::AlertMessage)
    { }

    QString text(QAccessible::Text t) const override
    {
        const auto* banner = static_cast<const MessageBanner*>(widget());
        switch (t) {
        case QAccessible::Name:
            return banner->text();
        case QAccessible::Description:
            return banner->kindText();
        default:
            return QAccessibleWidget::text(t);
        }
    }

    int childCount() const override { return int(buttons().size()); }

    QAccessibleInterface* child(int index) const override
    {
        const QList<QToolButton*> shown = buttons();
        return index >= 0 && index < shown.size() ? QAccessible::queryAccessibleInterface(shown.at(index)) : nullptr;
    }

    int indexOfChild(const QAccessibleInterface* child) const override
    {
        return child ? int(buttons().indexOf(qobject_cast<QToolButton*>(child->object()))) : -1;
    }

private:
    QList<QToolButton*> buttons() const
    {
        QList<QToolButton*> shown;
        for (const QString& name : {ACTION_BUTTON_NAME, DISMISS_BUTTON_NAME}) {
            auto* button = widget()->findChild<QToolButton*>(name, Qt::FindDirectChildrenOnly);
            if (button && !button->isHidden()) {
                shown.append(button);
            }
        }
        return shown;
    }
};

QAccessibleInterface* messageBannerFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("MessageBanner")) {
        if (auto* banner = qobject_cast<MessageBanner*>(object)) {
            return new MessageBannerAccessible(banner);
        }
    }
    return nullptr;
}

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
{
    // Before any interface for a banner is created (Qt caches them per object).
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&messageBannerFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);

    setObjectName(QStringLiteral("messageBanner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    m_kindLabel = new QLabel(this);
    m_kindLabel->setObjectName(QStringLiteral("bannerKindLabel"));
    QFont bold = m_kindLabel->font();
    bold.setBold(true);
    m_kindLabel->setFont(bold);
    m_kindLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("bannerLabel"));
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionButton = new QToolButton(this);
    m_actionButton->setObjectName(ACTION_BUTTON_NAME);
    m_actionButton->hide();
    m_dismissButton = new QToolButton(this);
    m_dismissButton->setObjectName(DISMISS_BUTTON_NAME);
    m_dismissButton->setText(tr("Dismiss"));
    m_dismissButton->setAutoRaise(true);
    m_dismissButton->setAccessibleName(tr("Dismiss the message"));
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignTop);
    layout->addWidget(m_dismissButton, 0, Qt::AlignTop);
    connect(m_dismissButton, &QToolButton::clicked, this, &MessageBanner::dismiss);
    connect(m_actionButton, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT actionTriggered();
    });
    applyKind();
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(const QString& text, Kind kind)
{
    showMessage(text, kind, QString());
}

void MessageBanner::showMessage(const QString& text, Kind kind, const QString& actionText)
{
    m_actionButton->setText(actionText);
    m_actionButton->setAccessibleName(QString(actionText).remove(u'&'));
    m_actionButton->setVisible(!actionText.isEmpty());
    const bool kindChanged = kind != m_kind;
    m_kind = kind;
    if (kindChanged) {
        applyKind();
        QAccessibleEvent described(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&described);
    }
    if (text != m_textLabel->text()) {
        m_textLabel->setText(text);
        QAccessibleEvent renamed(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&renamed);
    }
    show(); // ObjectShow when it was hidden: Orca presents an alert that starts showing
    // Windows and macOS bridges announce Alert; it is sent for a repeated message too, which is news again.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageBanner::dismiss()
{
    hide();
}

QString MessageBanner::actionText() const
{
    return m_actionButton->isHidden() ? QString() : m_actionButton->text();
}

QString MessageBanner::text() const
{
    return m_textLabel->text();
}

QString MessageBanner::kindText() const
{
    switch (m_kind) {
    case Kind::Error:
        return tr("Error");
    case Kind::Warning:
        return tr("Warning");
    case Kind::Information:
        return tr("Note");
    }
    return {};
}

void MessageBanner::applyKind()
{
    // Colours repeat what the kind label says in words.
    const char* background = "#fdecea";
    const char* border = "#e8a6a1";
    const char* foreground = "#611a15";
    switch (m_kind) {
    case Kind::Error:
        break;
    case Kind::Warning:
        background = "#fff4e5";
        border = "#f0c27a";
        foreground = "#663c00";
        break;
    case Kind::Information:
        background = "#e8f4fd";
        border = "#9fcdf0";
        foreground = "#0d3c61";
        break;
    }
    setStyleSheet(QStringLiteral("MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; } "
                                 "MessageBanner QLabel { color: %3; }")
                      .arg(QLatin1String(background), QLatin1String(border), QLatin1String(foreground)));
    m_kindLabel->setText(tr("%1:").arg(kindText()));
}
