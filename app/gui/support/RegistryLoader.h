// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Policy {
class Registry;
}

/// Reads the local AWS IoT registry file for the Registry and Policy screens, off the GUI thread. Only the newest
/// read counts: a read that ends after a later one was started is dropped, so a slow disk never shows an old file.
/// GUI thread only.
class RegistryLoader final : public QObject
{
    Q_OBJECT

public:
    explicit RegistryLoader(QObject* parent = nullptr);

    /// Reads `path` on a worker thread; loaded() follows (a missing file is an empty registry).
    void load(const QString& path);

Q_SIGNALS:
    /// `registry` is null when the file could not be read; `problem` then says why.
    void loaded(const std::shared_ptr<const Policy::Registry>& registry, const QString& problem);

private:
    quint64 m_generation = 0;
};
