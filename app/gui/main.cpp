// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <memory>

#include <cstdio>
#include <cstring>

namespace {

/// Reports the first paint of the window it watches and quits (startup benchmark).
class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("painted\n");
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

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

    // --startup-probe (benchmarks): print "painted" once the main window has painted, then quit. With --bare, a plain
    // QMainWindow is shown instead: the reference for what Qt itself costs.
    const QStringList arguments = QApplication::arguments();
    const bool probe = arguments.contains(QStringLiteral("--startup-probe"));
    std::unique_ptr<QMainWindow> window;
    if (probe && arguments.contains(QStringLiteral("--bare"))) {
        window = std::make_unique<QMainWindow>();
        window->resize(1100, 720);
    } else {
        window = std::make_unique<MainWindow>();
    }
    if (probe) {
        window->installEventFilter(new FirstPaintProbe(&app));
    }
    window->show();
    return QApplication::exec();
}
