// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

QString install(QCoreApplication& app, const QLocale& locale)
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/thingbench/translations"));
    auto* own = new QTranslator(&app);
    const bool loaded = own->load(locale, QStringLiteral("thingbench"), QStringLiteral("_"), installed) ||
        own->load(locale, QStringLiteral("thingbench"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (!loaded || own->isEmpty()) {
        delete own; // English, the source language: nothing to translate
        return {};
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return own->language().section(u'_', 0, 0);
}

} // namespace Translations
