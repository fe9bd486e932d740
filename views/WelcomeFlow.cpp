// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeFlow.h"

#include "ErrorBox.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "StatusTasks.h"
#include "WelcomePage.h"
#include "items/DemoCache.h"
#include "store/CacheLocation.h"
#include "store/CacheLock.h"
#include "sync/CrmConnectionsPage.h"

#include <QFileInfo>
#include <QPointer>
#include <QStatusBar>

namespace dp {
namespace {

using Source = sync::CrmConnection::Source;

void openCrmSettings(MainWindow &window, Source source) {
    window.openSettingsWith([source](SettingsDialog &dialog) {
        if (auto *crm = dialog.findChild<CrmConnectionsPage *>()) {
            dialog.showPage(crm);
            crm->chooseCrm(source);
        }
    });
}

} // namespace

void connectWelcome(MainWindow &window, WelcomePage &page) {
    QObject::connect(&page, &WelcomePage::connectHubSpotRequested, &window,
                     [&window] { openCrmSettings(window, Source::HubSpot); });
    QObject::connect(&page, &WelcomePage::connectSalesforceRequested, &window,
                     [&window] { openCrmSettings(window, Source::Salesforce); });
    QObject::connect(&page, &WelcomePage::exploreDemoRequested, &window, [&window] { exploreDemo(window); });
}

void exploreDemo(MainWindow &window) {
    const QString path = QFileInfo(defaultDemoCachePath()).absoluteFilePath();
    if (window.cachePath() == path)
        return;
    // Held from before the demo is (re)made until the window owns it: no other window opens a half-made demo.
    auto lock = std::make_shared<std::unique_ptr<CacheLock>>(std::make_unique<CacheLock>(path));
    if ((*lock)->tryLock() == CacheLock::Outcome::HeldElsewhere) {
        showError(&window, MainWindow::tr("Dealpulse"), (*lock)->heldMessage());
        return;
    }
    const Millis now = SystemClock().now();
    const auto open = [window = QPointer<MainWindow>(&window), path, lock] {
        if (!window)
            return;
        window->adoptLock(std::move(*lock));
        window->openCache(path);
    };
    if (QFileInfo::exists(path) && !demoCacheIsStale(path, now)) {
        open();
        return;
    }
    const bool started = window.tasks()->start(
        MainWindow::tr("Creating the demo pipeline…"),
        [path, now](const ProgressReport &report) {
            removeCacheFiles(path); // an old demo is made anew
            return createDemoCache(path, now, report);
        },
        [window = QPointer<MainWindow>(&window), open](const TaskResult &result, bool cancelled) {
            if (!window || cancelled)
                return;
            if (!result.ok) {
                showError(window, MainWindow::tr("Dealpulse"),
                          result.error.isEmpty() ? MainWindow::tr("The demo pipeline could not be created.")
                                                 : result.error);
                return;
            }
            open();
        });
    if (!started)
        window.statusBar()->showMessage(
            MainWindow::tr("Another task is running; open the demo when it has finished."), 10000);
}

} // namespace dp
