// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

struct MessageDiff;
class QLabel;
class QTextBrowser;

/// Shows a MessageDiff: a one-line summary in words (a live label: screen readers hear it change) above the changes,
/// each marked by a word and a sign ("added", "+"), never by colour alone. JSON: a table of paths with their values
/// before and after; text: the lines with +/- in front; binary: the differing ranges with their bytes in hex.
/// GUI thread only.
class MessageDiffView final : public QWidget
{
    Q_OBJECT

public:
    /// Lines and ranges shown at most (the summary counts them all).
    static constexpr int MAX_SHOWN = 2000;

    explicit MessageDiffView(QWidget* parent = nullptr);
    ~MessageDiffView() override;
    Q_DISABLE_COPY_MOVE(MessageDiffView)

    /// Shows `diff` of `before` → `after` (the payloads, for the bytes of a binary diff) under `heading` (e.g.
    /// "Compared with the previous message (10:20:30.123)").
    void showDiff(const MessageDiff& diff, const QByteArray& before, const QByteArray& after, const QString& heading);
    /// Shows a note instead of a diff ("No previous message on this topic").
    void showNote(const QString& note);

    QString summary() const;
    QString bodyText() const;

private:
    void setSummary(const QString& text);

    QLabel* m_summaryLabel = nullptr;
    QTextBrowser* m_body = nullptr;
};
