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

/// --startup-probe (benchmark): prints "painted" at the window's first paint, then, once its workspace has been applied
/// (arm()), "workspace painted" at the next paint, and quits. Without a workspace (the bare reference) it quits after
/// the first.
class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(bool waitForWorkspace, QObject* parent)
        : QObject(parent)
        , m_waitForWorkspace(waitForWorkspace)
    { }

    void arm(QWidget* window)
    {
        m_armed = true;
        window->update();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint) {
            return QObject::eventFilter(watched, event);
        }
        if (!m_painted) {
            m_painted = true;
            report("painted", !m_waitForWorkspace);
        } else if (m_armed && !m_workspacePainted) {
            m_workspacePainted = true;
            report("workspace painted", true);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void report(const char* what, bool quit)
    {
        std::printf("%s\n", what);
        std::fflush(stdout);
        if (quit) {
            QTimer::singleShot(0, qApp, [] { QApplication::quit(); });
        }
    }

    bool m_waitForWorkspace;
    bool m_armed = false;
    bool m_painted = false;
    bool m_workspacePainted = false;
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
        window = std::make_unique<MainWindow>(nullptr, MainWindow::Start::Empty); // the workspace brings the panes
    }
    FirstPaintProbe* paintProbe = nullptr;
    if (probe) {
        paintProbe = new FirstPaintProbe(dynamic_cast<MainWindow*>(window.get()) != nullptr, &app);
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
    // Shown at once, without panes: the workspace fills it a few milliseconds later (it is read on a worker thread,
    // so a slow disk or many workspaces never hold the window back).
    window->show();
    const int code = QApplication::exec();
    if (workspaces) {
        workspaces->flush(); // the window is closed: the last changes reach the disk before the program ends
    }
    return code;
}
