// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "common/AppPaths.h"
#include "messages/MessageTableModel.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/Translations.h"
#include "workspace/WorkspaceController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

#include <memory>

#include <cstdio>
#include <cstring>

namespace {

/// Reports the first paint of the window it watches once it is armed, and quits (startup benchmark). The main window
/// arms it when its workspace has been applied, so what is measured is the window as the user left it.
class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;

    void arm(QWidget* window)
    {
        m_armed = true;
        window->update();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_armed && !m_seen) {
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
    bool m_armed = false;
    bool m_seen = false;
};

/// --first-message-probe (benchmark): prints the milliseconds from start to the first message shown in a pane, then
/// quits. Panes are watched as they are created (the workspace makes them).
void probeFirstMessage(MainWindow* window, const QElapsedTimer& clock)
{
    auto* poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, clock] {
        for (SubscriptionPane* pane : window->panes()) {
            if (pane->model()->rowCount() > 0) {
                poll->stop();
                std::printf("first message %lld ms\n", clock.elapsed());
                std::fflush(stdout);
                QApplication::quit();
                return;
            }
        }
    });
    poll->start(5);
}

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
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ThingBench"));
    QApplication::setOrganizationName(QStringLiteral("ThingBench"));
    QApplication::setApplicationVersion(QStringLiteral(THINGBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(THINGBENCH_APP_ID));

    Translations::install(app); // the system's language (LANG, LC_ALL, LANGUAGE)

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
    FirstPaintProbe* paintProbe = nullptr;
    if (probe) {
        paintProbe = new FirstPaintProbe(&app);
        window->installEventFilter(paintProbe);
    }
    // Workspaces: the last one reopens (on first run the local sandbox). Not for the bare reference window.
    std::unique_ptr<WorkspaceController> workspaces;
    if (auto* mainWindow = dynamic_cast<MainWindow*>(window.get())) {
        workspaces = std::make_unique<WorkspaceController>(mainWindow, AppPaths::dataDirectory());
        if (paintProbe) {
            QObject::connect(workspaces.get(), &WorkspaceController::opened, paintProbe,
                             [paintProbe, mainWindow] { paintProbe->arm(mainWindow); });
        }
        workspaces->start();
        if (arguments.contains(QStringLiteral("--first-message-probe"))) {
            probeFirstMessage(mainWindow, clock);
        }
    }
    if (paintProbe && !workspaces) {
        paintProbe->arm(window.get());
    }
    if (workspaces) {
        // Shown once the workspace is applied: the user never sees the empty window flash into theirs. A slow disk
        // delays it by half a second at most.
        QMainWindow* shown = window.get();
        QObject::connect(
            workspaces.get(), &WorkspaceController::opened, shown, [shown] { shown->show(); },
            Qt::SingleShotConnection);
        QTimer::singleShot(500, shown, [shown] { shown->show(); });
    } else {
        window->show();
    }
    const int code = QApplication::exec();
    if (workspaces) {
        workspaces->flush(); // the window is closed: the last changes reach the disk before the program ends
    }
    return code;
}
