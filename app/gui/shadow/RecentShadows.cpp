// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentShadows.h"

#include "common/FileIo.h"

#include <QDir>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtConcurrent>

namespace {

constexpr int SAVE_DELAY_MS = 500;

struct Loaded
{
    QStringList things;
    QHash<QString, QStringList> shadows;
    QString problem;
};

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString()) {
            list << item.toString();
        }
    }
    return list;
}

/// Runs on a worker: FileIo's one policy for the files the app owns.
Loaded readRecents(const QString& path)
{
    FileIo::JsonDocumentSpec spec;
    spec.description = RecentShadows::tr("recent shadows file");
    spec.check = [](const QJsonObject& root) {
        return (root.contains(u"things"_qs) && !root.value(u"things"_qs).isArray()) ||
                (root.contains(u"shadows"_qs) && !root.value(u"shadows"_qs).isObject())
            ? RecentShadows::tr("“things” is not a list or “shadows” is not an object")
            : QString();
    };
    const FileIo::JsonDocument document = FileIo::loadJsonDocument(path, spec);
    Loaded loaded;
    if (document.status != FileIo::JsonDocument::Status::Loaded) {
        loaded.problem = document.problem.message;
        return loaded;
    }
    loaded.things = strings(document.root.value(u"things"_qs));
    const QJsonObject shadows = document.root.value(u"shadows"_qs).toObject();
    for (auto it = shadows.begin(); it != shadows.end(); ++it) {
        loaded.shadows.insert(it.key(), strings(it.value()));
    }
    return loaded;
}

/// `item` first, without duplicates, at most `limit`.
void promote(QStringList& list, const QString& item, int limit)
{
    list.removeAll(item);
    list.prepend(item);
    while (list.size() > limit) {
        list.removeLast();
    }
}

} // namespace

RecentShadows::RecentShadows(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SAVE_DELAY_MS);
    connect(&m_saveTimer, &QTimer::timeout, this, &RecentShadows::save);
}

RecentShadows::~RecentShadows()
{
    if (m_saveTimer.isActive()) {
        save();
    }
}

QString RecentShadows::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(u"recent-shadows.json"_qs);
}

void RecentShadows::load()
{
    if (m_path.isEmpty()) {
        Q_EMIT loaded({});
        return;
    }
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Loaded read = watcher->result();
        watcher->deleteLater();
        // What was used meanwhile stays in front of what the file remembered.
        for (const QString& thing : read.things) {
            if (!m_things.contains(thing) && m_things.size() < MAX_THINGS) {
                m_things.append(thing);
            }
        }
        for (auto it = read.shadows.cbegin(); it != read.shadows.cend(); ++it) {
            QStringList& names = m_shadows[it.key()];
            for (const QString& name : it.value()) {
                if (!names.contains(name)) {
                    names.append(name);
                }
            }
        }
        Q_EMIT loaded(read.problem);
    });
    watcher->setFuture(QtConcurrent::run(readRecents, m_path));
}

void RecentShadows::remember(const ShadowKey& key)
{
    if (key.thing.isEmpty()) {
        return;
    }
    promote(m_things, key.thing, MAX_THINGS);
    if (!key.isClassic()) {
        promote(m_shadows[key.thing], key.shadow, MAX_SHADOWS_PER_THING);
    }
    if (!m_path.isEmpty()) {
        m_saveTimer.start();
    }
}

void RecentShadows::save()
{
    m_saveTimer.stop();
    QJsonObject shadows;
    for (const QString& thing : std::as_const(m_things)) { // only the things still remembered
        if (const QStringList names = m_shadows.value(thing); !names.isEmpty()) {
            shadows.insert(thing, QJsonArray::fromStringList(names));
        }
    }
    const QJsonObject root{
        {u"schemaVersion"_qs, 1}, {u"things"_qs, QJsonArray::fromStringList(m_things)}, {u"shadows"_qs, shadows}};
    const QByteArray bytes = QJsonDocument(root).toJson();
    const QString path = m_path;
    // Written in the background (atomically: the old file stays whole until the new one is complete).
    (void)QtConcurrent::run([path, bytes] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        (void)FileIo::writeFileAtomically(path, bytes);
    });
}
