// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    // Answer --version before any window system is needed (CI smoke test).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("thingbench %s\n", THINGBENCH_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ThingBench"));
    QApplication::setOrganizationName(QStringLiteral("ThingBench"));
    QApplication::setApplicationVersion(QStringLiteral(THINGBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(THINGBENCH_APP_ID));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("thingbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    MainWindow window;
    window.show();
    return QApplication::exec();
}
