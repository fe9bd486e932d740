// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's part in the settings: the dialog with its pages, and what a changed setting moves (the
// figures, recomputed with progress and Cancel; another cache; the time zone shown).

#include "AlertsPage.h"
#include "ErrorBox.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "StatusTasks.h"
#include "app/FigureService.h"
#include "forecast/ForecastSettings.h"
#include "lexicon/LexiconView.h"
#include "settings/SettingsStore.h"
#include "snapshots/ForecastSettingsPage.h"
#include "snapshots/SnapshotsPage.h"
#include "sync/BackgroundSync.h"
#include "sync/CrmConnectionsPage.h"
#include "sync/SyncStatus.h"
#include "team/TeamSettingsPage.h"
#include "team/TeamSyncRunner.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace dp {

void MainWindow::addSettingsPages() {
    connect(m_sync, &SyncStatus::connectionNeeded, this, [this](const QString &error) {
        // Plain text: the error may quote what the CRM or the keychain said.
        QMessageBox box(QMessageBox::Information, tr("Connect a CRM"),
                        error.isEmpty() ? tr("No CRM connection is set up yet. Add one under Settings → CRM.")
                                        : error,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        openSettings();
    });
    addSettingsPage(tr("CRM"), [this] {
        return new CrmConnectionsPage(m_sync->secrets(), m_sync->settings(), *m_runner);
    });
    m_team->setSettings(SettingsStore().team());
    addSettingsPage(tr("Team"), [this] {
        auto *page = new TeamSettingsPage(m_sync->secrets(), m_team->settings(), *m_runner);
        connect(page, &TeamSettingsPage::saved, this, [this](const team::TeamSettings &settings) {
            m_team->setSettings(settings);
            userMayHaveChanged(); // the team login is who this desktop's user is
            m_team->requestSync();
        });
        return page;
    });
}

void MainWindow::openSettings() {
    openSettingsWith({});
}

void MainWindow::openSettingsWith(const std::function<void(SettingsDialog &)> &prepare) {
    SettingsDialog dialog(m_settings, this);
    auto *forecast = new ForecastSettingsPage(SettingsStore().forecast());
    dialog.addPage(forecast, tr("Forecast"));
    for (const auto &[title, makePage] : m_settingsPages)
        dialog.addPage(makePage(), title);
    if (prepare)
        prepare(dialog);
    const int outcome = dialog.exec();
    updateWelcome(); // a CRM connection is saved by its own page, whatever the dialog's outcome
    if (outcome != QDialog::Accepted)
        return;
    SettingsStore stored;
    stored.setForecast(forecast->settings());
    const AppSettings chosen = dialog.settings();
    stored.setApp(chosen);
    applySettings(chosen);
    m_snapshotsPage->armWeeklySnapshot(); // the schedule may have moved
}

void MainWindow::applySettings(const AppSettings &settings) {
    const AppSettings before = m_settings;
    m_settings = settings;
    if (m_lexicon)
        m_lexicon->setHealthSettings(settings.health());
    m_snapshotsPage->setSettings(settings.health(), settings.timeZone());
    // A sync recomputes the deals it touched: with these settings, or its figures would disagree with them.
    m_sync->setHealth(settings.health());
    m_background->apply(settings);
    if (settings.language != before.language)
        statusBar()->showMessage(tr("The new language applies when Dealpulse starts again."), 10000);
    else if (settings.formats != before.formats)
        statusBar()->showMessage(tr("The new formats apply when Dealpulse starts again."), 10000);
    if (settings.reportingCurrency != before.reportingCurrency ||
        settings.exchangeRates != before.exchangeRates)
        m_alerts->setRates(settings.currencyRates());
    const bool figuresMove = settings.goingDarkDays != before.goingDarkDays ||
                             settings.rhythmRule != before.rhythmRule ||
                             settings.ourEmailDomains != before.ourEmailDomains;
    if (!settings.cachePath.isEmpty() && QFileInfo(settings.cachePath).absoluteFilePath() != m_cachePath) {
        if (!openCache(settings.cachePath, CacheOpening::CreateIfMissing)) {
            // Refused (another window has it): the settings keep naming the cache that is open.
            m_settings.cachePath = before.cachePath;
            SettingsStore().setApp(m_settings);
            updateStatus();
            return;
        }
        // Another cache may have been computed with other settings: brought in step (cheap when it was).
        refreshFigures(before);
        return;
    }
    if (figuresMove) {
        refreshFigures(before);
        return;
    }
    if (settings.timeZoneId != before.timeZoneId && !m_loading)
        m_alerts->setTimeZone(today(), settings.timeZone()); // the other pages show dates, not times
    updateStatus();
}

void MainWindow::refreshFigures(const AppSettings &before) {
    if (!m_figures)
        return;
    if (m_tasks->isRunning()) {
        statusBar()->showMessage(
            tr("Another task is running; the figures are updated when Dealpulse starts again."), 10000);
        return;
    }
    FigureSettings figures;
    figures.health = m_settings.health();
    figures.ourDomains = m_settings.ourEmailDomains;
    m_figures->refresh(
        this, tr("Updating deal health…"), figures, [this, before](const FigureRefreshResult &result) {
            if (result.cancelled) {
                // The figures still follow the old settings: so do the settings, or the two would disagree
                // until the next start.
                m_settings.goingDarkDays = before.goingDarkDays;
                m_settings.rhythmRule = before.rhythmRule;
                m_settings.ourEmailDomains = before.ourEmailDomains;
                SettingsStore().setApp(m_settings);
                if (m_lexicon)
                    m_lexicon->setHealthSettings(before.health());
                m_snapshotsPage->setSettings(m_settings.health(), m_settings.timeZone());
                m_sync->setHealth(before.health());
                updateStatus();
                statusBar()->showMessage(
                    tr("Cancelled: the figures keep the earlier settings (going dark after %n day(s)).",
                       nullptr, before.goingDarkDays),
                    10000);
                return;
            }
            if (!result.error.isEmpty())
                showError(this, tr("Dealpulse"), result.error);
            openCache(m_cachePath);
        });
}

} // namespace dp
