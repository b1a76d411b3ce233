// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

/// An inline message above the content (KeePassXC's MessageWidget): what went wrong and how to fix it, shown until
/// the user dismisses it or the cause goes away. Recoverable errors go here instead of modal dialogs.
///
/// The kind is said in words ("Error", "Warning", "Note"), never by colour alone. For assistive technology the
/// banner is an alert (QAccessible::AlertMessage) whose name is the message itself; it reports QAccessible::Alert
/// each time a message is shown, and NameChanged when the text of a visible banner changes. Its text labels are
/// left out of the accessible tree so a screen reader does not read the message twice; the Dismiss button stays.
/// GUI thread only.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information };

    explicit MessageBanner(QWidget* parent = nullptr);
    ~MessageBanner() override;
    Q_DISABLE_COPY_MOVE(MessageBanner)

    /// Shows `text` (plain text) and announces it, even when the same text is shown again.
    void showMessage(const QString& text, Kind kind = Kind::Error);
    /// The same with a button that offers the way out ("Retry on version 8"): clicking it hides the banner and
    /// emits actionTriggered(). An empty `actionText` shows no button.
    void showMessage(const QString& text, Kind kind, const QString& actionText);
    /// Hides the banner (the Dismiss button does the same).
    void dismiss();

    QString text() const;
    /// The action button's text while one is shown, else empty.
    QString actionText() const;
    Kind kind() const { return m_kind; }
    /// The kind in words, as shown and as the alert's accessible description.
    QString kindText() const;

Q_SIGNALS:
    /// The action button of the message shown was clicked.
    void actionTriggered();

private:
    void applyKind();

    Kind m_kind = Kind::Error;
    QLabel* m_kindLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QToolButton* m_actionButton = nullptr;
    QToolButton* m_dismissButton = nullptr;
};
