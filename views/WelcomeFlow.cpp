// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeFlow.h"

#include "ErrorBox.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "WelcomePage.h"
#include "app/DemoSetup.h"
#include "sync/CrmConnectionsPage.h"
#include "tasks/TaskRunner.h"

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
    if (window.cachePath() == DemoSetup::path())
        return;
    const Millis now = SystemClock().now();
    // Held from before the demo is (re)made until the window owns it: no other window opens a half-made demo.
    auto claim = std::make_shared<DemoClaim>(DemoSetup::claim(now));
    if (!claim->lock) {
        showError(&window, MainWindow::tr("Dealpulse"), claim->error);
        return;
    }
    const auto open = [window = QPointer<MainWindow>(&window), claim] {
        if (!window)
            return;
        window->adoptLock(std::move(claim->lock));
        window->openCache(claim->path);
    };
    if (!claim->needsMaking) {
        open();
        return;
    }
    DemoSetup::make(window.runner(), &window, MainWindow::tr("Creating the demo pipeline…"), claim->path, now,
                    [window = QPointer<MainWindow>(&window), open](const DemoMade &made) {
                        if (made.cancelled)
                            return;
                        if (!made.ok) {
                            showError(window, MainWindow::tr("Dealpulse"),
                                      made.error.isEmpty()
                                          ? MainWindow::tr("The demo pipeline could not be created.")
                                          : made.error);
                            return;
                        }
                        open();
                    });
}

} // namespace dp
