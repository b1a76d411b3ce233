// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageDiffView.h"

#include "messages/MessageDiff.h"

#include <QAccessible>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

constexpr int BYTES_PER_RANGE = 16;

QString cell(const QByteArray& json)
{
    return json.isEmpty() ? QString() : QString::fromUtf8(json).toHtmlEscaped();
}

QString jsonHtml(const MessageDiff& diff)
{
    using Type = MessageDiff::JsonChange::Type;
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3 border=1><tr><th>%1</th><th>%2</th><th>%3</th>"
                                  "<th>%4</th></tr>")
                       .arg(MessageDiffView::tr("Change"), MessageDiffView::tr("Path"), MessageDiffView::tr("Before"),
                            MessageDiffView::tr("After"));
    for (qsizetype i = 0; i < diff.jsonChanges.size() && i < MessageDiffView::MAX_SHOWN; ++i) {
        const MessageDiff::JsonChange& change = diff.jsonChanges.at(i);
        const char* colour = change.type == Type::Added ? "#e6f4ea"
            : change.type == Type::Removed              ? "#fce8e6"
                                                        : "#fff4d6";
        const QString word = change.type == Type::Added ? MessageDiffView::tr("+ added")
            : change.type == Type::Removed              ? MessageDiffView::tr("− removed")
                                                        : MessageDiffView::tr("~ changed");
        html += QStringLiteral("<tr style=\"background:%1\"><td>%2</td><td><tt>%3</tt></td><td><tt>%4</tt></td>"
                               "<td><tt>%5</tt></td></tr>")
                    .arg(QLatin1String(colour), word,
                         change.path.isEmpty() ? MessageDiffView::tr("(whole document)") : change.path.toHtmlEscaped(),
                         cell(change.before), cell(change.after));
    }
    return html + QStringLiteral("</table>");
}

QString textHtml(const MessageDiff& diff)
{
    using Op = MessageDiff::Line::Op;
    QString html = QStringLiteral("<pre style=\"margin:0\">");
    for (qsizetype i = 0; i < diff.lines.size() && i < MessageDiffView::MAX_SHOWN; ++i) {
        const MessageDiff::Line& line = diff.lines.at(i);
        const QString text = line.text.toHtmlEscaped();
        if (line.op == Op::Added) {
            html += QStringLiteral("<span style=\"background:#e6f4ea\">+ %1</span>\n").arg(text);
        } else if (line.op == Op::Removed) {
            html += QStringLiteral("<span style=\"background:#fce8e6\">- %1</span>\n").arg(text);
        } else {
            html += QStringLiteral("  %1\n").arg(text);
        }
    }
    return html + QStringLiteral("</pre>");
}

QString hexOf(const QByteArray& bytes, qint64 offset, qint64 length)
{
    if (offset >= bytes.size()) {
        return {};
    }
    const QByteArray part = bytes.mid(offset, std::min<qint64>(length, BYTES_PER_RANGE));
    return QString::fromLatin1(part.toHex(' ')) + (length > BYTES_PER_RANGE ? QStringLiteral(" …") : QString());
}

QString binaryHtml(const MessageDiff& diff, const QByteArray& before, const QByteArray& after)
{
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3 border=1><tr><th>%1</th><th>%2</th><th>%3</th>"
                                  "<th>%4</th></tr>")
                       .arg(MessageDiffView::tr("Offset"), MessageDiffView::tr("Bytes"), MessageDiffView::tr("Before"),
                            MessageDiffView::tr("After"));
    for (const MessageDiff::ByteRange& range : diff.byteRanges) {
        html += QStringLiteral("<tr><td><tt>0x%1</tt></td><td>%2</td><td><tt>%3</tt></td><td><tt>%4</tt></td></tr>")
                    .arg(range.offset, 0, 16)
                    .arg(range.length)
                    .arg(hexOf(before, range.offset, range.length), hexOf(after, range.offset, range.length));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

MessageDiffView::MessageDiffView(QWidget* parent)
    : QWidget(parent)
    , m_summaryLabel(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setAccessibleDescription(tr("What changed"));
    m_body->setAccessibleName(tr("Changes"));
    m_body->setOpenLinks(false);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_body, 1);
}

MessageDiffView::~MessageDiffView() = default;

void MessageDiffView::showDiff(const MessageDiff& diff, const QByteArray& before, const QByteArray& after,
                               const QString& heading)
{
    setSummary(heading.isEmpty() ? diff.summary() : heading + u' ' + diff.summary());
    switch (diff.kind) {
    case MessageDiff::Kind::Identical:
        m_body->clear();
        break;
    case MessageDiff::Kind::Json:
        m_body->setHtml(jsonHtml(diff));
        break;
    case MessageDiff::Kind::Text:
        m_body->setHtml(textHtml(diff));
        break;
    case MessageDiff::Kind::Binary:
        m_body->setHtml(binaryHtml(diff, before, after));
        break;
    }
}

void MessageDiffView::showNote(const QString& note)
{
    setSummary(note);
    m_body->clear();
}

QString MessageDiffView::summary() const
{
    return m_summaryLabel->text();
}

QString MessageDiffView::bodyText() const
{
    return m_body->toPlainText();
}

void MessageDiffView::setSummary(const QString& text)
{
    if (m_summaryLabel->text() == text) {
        return;
    }
    m_summaryLabel->setText(text);
    QAccessibleEvent changed(m_summaryLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}
