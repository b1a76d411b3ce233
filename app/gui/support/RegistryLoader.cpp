// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/RegistryLoader.h"

#include "policy/Registry.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <variant>

namespace {

struct Loaded
{
    std::shared_ptr<const Policy::Registry> registry;
    QString problem;
};

Loaded readRegistry(const QString& path)
{
    auto loaded = Policy::Registry::load(path.toStdString());
    if (auto* message = std::get_if<std::string>(&loaded)) {
        return {nullptr, QString::fromStdString(*message)};
    }
    return {std::make_shared<const Policy::Registry>(std::move(std::get<Policy::Registry>(loaded))), {}};
}

} // namespace

RegistryLoader::RegistryLoader(QObject* parent)
    : QObject(parent)
{ }

void RegistryLoader::load(const QString& path)
{
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) {
            const Loaded result = watcher->result();
            Q_EMIT loaded(result.registry, result.problem);
        }
    });
    watcher->setFuture(QtConcurrent::run(readRegistry, path));
}
