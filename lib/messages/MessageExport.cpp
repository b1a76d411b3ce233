// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageExport.h"

#include "messages/MessageTableModel.h"
#include "messages/PayloadFormat.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageExport)
};

QByteArray csvField(const QByteArray& value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n') && !value.contains('\r')) {
        return value;
    }
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

template <typename LineWriter>
Result<qint64> writeRows(const QAbstractItemModel& model, const QString& path, const QByteArray& header,
                         LineWriter line)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Cannot write “%1”. Choose a folder you may write to.").arg(path), file.errorString()};
    }
    file.write(header);
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        file.write(line(model.index(row, 0)));
    }
    if (!file.commit()) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Writing “%1” failed; nothing was changed. Check free disk space.").arg(path),
                     file.errorString()};
    }
    return qint64(rows);
}

QString isoTime(const QModelIndex& index)
{
    return QDateTime::fromMSecsSinceEpoch(index.data(MessageTableModel::ReceivedAtRole).toLongLong(), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

} // namespace

namespace MessageExport {

Result<qint64> writeJsonLines(const QAbstractItemModel& model, const QString& path)
{
    return writeRows(model, path, {}, [](const QModelIndex& index) {
        QJsonObject object;
        object.insert(QStringLiteral("time"), isoTime(index));
        object.insert(QStringLiteral("topic"), index.data(MessageTableModel::TopicRole).toString());
        object.insert(QStringLiteral("qos"), index.data(MessageTableModel::QosRole).toInt());
        object.insert(QStringLiteral("retained"), index.data(MessageTableModel::RetainedRole).toBool());
        object.insert(QStringLiteral("size"), index.data(MessageTableModel::SizeRole).toLongLong());
        object.insert(QStringLiteral("payload_base64"),
                      QString::fromLatin1(index.data(MessageTableModel::PayloadRole).toByteArray().toBase64()));
        return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    });
}

Result<qint64> writeCsv(const QAbstractItemModel& model, const QString& path)
{
    return writeRows(
        model, path, QByteArrayLiteral("time,topic,qos,retained,size,payload\r\n"), [](const QModelIndex& index) {
            const QByteArray payload = index.data(MessageTableModel::PayloadRole).toByteArray();
            const QByteArray payloadText = PayloadFormat::isUtf8(payload) ? payload : "base64:" + payload.toBase64();
            return isoTime(index).toUtf8() + ',' +
                csvField(index.data(MessageTableModel::TopicRole).toString().toUtf8()) + ',' +
                QByteArray::number(index.data(MessageTableModel::QosRole).toInt()) + ',' +
                (index.data(MessageTableModel::RetainedRole).toBool() ? "true" : "false") + ',' +
                QByteArray::number(index.data(MessageTableModel::SizeRole).toLongLong()) + ',' + csvField(payloadText) +
                "\r\n";
        });
}

} // namespace MessageExport
