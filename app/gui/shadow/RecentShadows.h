// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/ShadowTypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

/// The things and named shadows used in the shadow workbench, remembered across runs (most recent first) in one
/// small JSON file the app owns (`recent-shadows.json`, schemaVersion 1). Read and written off the GUI thread through
/// FileIo: a damaged file is set aside and reported, never overwritten. Saves are debounced; the latest state is
/// written when the object goes.
///
/// GUI thread only.
class RecentShadows final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MAX_THINGS = 20;
    static constexpr int MAX_SHADOWS_PER_THING = 20;

    /// `path` empty: nothing is read or written (the list lives for this run only).
    explicit RecentShadows(const QString& path, QObject* parent = nullptr);
    ~RecentShadows() override; ///< writes what is pending (in the background)
    Q_DISABLE_COPY_MOVE(RecentShadows)

    /// The default file: in the app's data folder.
    static QString defaultPath();

    /// Starts reading the file; `loaded` follows (also when there is none).
    void load();
    void remember(const ShadowKey& key);
    QStringList things() const { return m_things; }
    QStringList shadows(const QString& thing) const { return m_shadows.value(thing); }

Q_SIGNALS:
    /// The file was read (merged under what was remembered meanwhile). `problem` says why a damaged file was set
    /// aside, or is empty.
    void loaded(const QString& problem);

private:
    void save();

    QString m_path;
    QStringList m_things;
    QHash<QString, QStringList> m_shadows;
    QTimer m_saveTimer;
};
