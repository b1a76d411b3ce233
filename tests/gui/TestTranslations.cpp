// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "support/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>

using namespace Qt::StringLiterals;

/// The UI follows the system locale (issue 10): ctest runs this with LANG=de_DE.UTF-8. English needs no catalogue; the
/// German one is built into the program and turns the main window German.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishNeedsNoCatalogue();
    void systemLocaleGermanGivesAGermanWindow();
};

void TestTranslations::englishNeedsNoCatalogue()
{
    QCOMPARE(Translations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)), QString());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
}

void TestTranslations::systemLocaleGermanGivesAGermanWindow()
{
    QCOMPARE(QLocale().language(), QLocale::German); // from LANG, as a user's session sets it
    QCOMPARE(Translations::install(*qApp), u"de"_s);
    MainWindow window;
    QStringList menus;
    for (QAction* action : window.menuBar()->actions()) {
        menus << action->text();
    }
    QCOMPARE(menus, (QStringList{u"&Datei"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
    auto* state = window.findChild<QLabel*>(u"stateLabel"_s);
    QCOMPARE(state->text(), QCoreApplication::translate("MainWindow", "Disconnected"));
    QVERIFY(state->text() != u"Disconnected"_s);
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
