// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window: navigation between the pipeline, the team roll-up, the alerts and a deal (and pages
// other features add), the status bar with the cache, its last sync and a progress bar for long work.
// A shell: it opens the cache session, places the pages and hands them the services of models/app; what a
// page does is the page's own. Everything it shows is read from the cache on the task runner.

#include "CacheRescue.h"
#include "app/CacheOpening.h"
#include "forecast/SnapshotFilter.h"
#include "items/CacheContent.h"
#include "settings/AppSettings.h"

#include <QKeySequence>
#include <QMainWindow>
#include <functional>
#include <memory>

namespace dp {

class AlertsPage;
class BackgroundSync;
class CacheStatusLine;
class CacheLock;
class CacheSession;
class FigureService;
class SnapshotHistoryView;
class SnapshotsPage;
class SyncStatus;
class DealPage;
class DealView;
class LexiconView;
class OpenInCrm;
class PageNavigator;
class SettingsDialog;
class WelcomePage;
namespace sentiment {
class RatingService;
}
class PipelinePage;
class RollupPage;
class StatusTasks;
class TaskRunner;
class TeamStatusLabel;
namespace team {
class TeamSyncRunner;
}
class UndoOffer;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "Now" for recomputing figures, today's snoozes and when a snooze was made; the system clock unless a
    // test fixes it.
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }

    // Opens the cache and reads it on a worker; contentLoaded() follows (or loadFailed()). Another cache's
    // lock is taken first: when another window holds it, that is shown, the current cache stays open and
    // false is returned.
    bool openCache(const QString &path, CacheOpening how = CacheOpening::Existing);
    // The lock the launcher took for the first cache, so the window owns it from then on and openCache
    // moves it (one owner for the open cache's lock).
    void adoptLock(std::unique_ptr<CacheLock> lock);
    const QString &cachePath() const { return m_cachePath; }
    const CacheContent &content() const { return m_content; }
    bool isLoading() const { return m_loading; }

    // Adds a page to the navigation (and the View menu, with its shortcut); returns its position.
    int addPage(QWidget *page, const QString &title, const QKeySequence &shortcut = {});
    void showPage(QWidget *page);
    // Adds a page to the settings dialog, built each time the dialog opens.
    void addSettingsPage(const QString &title, std::function<QWidget *()> makePage);

    // Shows a deal on the deal page (loaded in the background).
    void openDeal(qint64 dealId);
    // Back to the page shown before (Esc).
    void goBack();

    // Applies changed settings: a new going-dark threshold recomputes the figures (with progress in the
    // status bar), a new cache location opens that cache, a new time zone changes the times shown.
    void applySettings(const AppSettings &settings);
    void openSettings();
    // The settings dialog, with `prepare` run on it before it shows (to open it on a page).
    void openSettingsWith(const std::function<void(SettingsDialog &)> &prepare);
    const AppSettings &settings() const { return m_settings; }

    PipelinePage *pipelinePage() const { return m_pipeline; }
    // Stands in for the pipeline while isFirstRun(): no CRM set up, no deal in the cache.
    WelcomePage *welcomePage() const { return m_welcome; }
    OpenInCrm *crmLinks() const { return m_crmLinks; }
    RollupPage *rollupPage() const { return m_rollup; }
    AlertsPage *alertsPage() const { return m_alerts; }
    QWidget *dealPage() const;
    DealView *dealView() const;
    QWidget *lexiconPage() const { return m_lexiconPage; }
    LexiconView *lexiconView() const { return m_lexicon; }
    QWidget *snapshotsPage() const;
    SnapshotHistoryView *snapshotsView() const;
    SyncStatus *syncStatus() const { return m_sync; }
    // The pipeline's filter as snapshots and exports take it (bands, rep, team).
    SnapshotFilter snapshotFilter() const;

    void openExportDialog();

    // The background check found the open cache damaged: says so without blocking, and offers a rebuild or
    // a copy of the file as it is.
    void reportDamage(const QStringList &problems);
    // Asks, then rebuilds the open cache on a worker with progress in the status bar; the window then reads
    // the rebuilt cache and syncs it (or says how to connect a CRM). cacheRebuilt() follows.
    void rebuildCache();
    void setRebuildConfirm(CacheRescue::Confirm confirm) { m_confirmRebuild = std::move(confirm); }

    QWidget *currentPage() const;
    qint64 currentDealId() const { return m_dealId; }
    StatusTasks *tasks() const { return m_tasks; }
    TaskRunner &runner() const { return *m_runner; }
    team::TeamSyncRunner *teamSync() const { return m_team; }
    // "Undo" in the status bar for a few seconds after a snooze or "Mark all as seen".
    UndoOffer *undoOffer() const { return m_undo; }

signals:
    void contentLoaded();
    void loadFailed(const QString &error);
    // The rebuilt cache took the open one's place; the damaged file is now at backupPath.
    void cacheRebuilt(const QString &backupPath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showContent(CacheContent content);
    // The welcome page in the pipeline's place on a first run, the pipeline back once there is one to show.
    void updateWelcome();
    void updateStatus();
    void loadContent();
    // Brings the figures in step with the going-dark days and our email domains on a worker, with progress
    // and Cancel in the status bar; Cancel goes back to the settings `before`.
    void refreshFigures(const AppSettings &before);
    QDate today() const;
    void buildCachePages();
    // Gives the commands made with the cache the desktop's user again, after the team login changed.
    void userMayHaveChanged();
    // The CRM and Team pages of the settings dialog, and the way to them when a sync needs a connection.
    void addSettingsPages();
    void syncFinished(bool ok, const QString &message, int changedDeals);
    void backUpDamagedCache();
    void finishRebuild(RebuildReport report);
    // Closes every connection this window holds on the cache (its own, the rating service's, the pages');
    // the cache's lock stays in m_heldLock for the next session on the same file.
    void closeCacheConnections();
    // Geometry, the pipeline's columns and filters, the splitters: restored by the next window.
    void saveWindowState();

    AppSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
    // Every worker the window's pages start; the first child made, so the first deleted: its destructor
    // cancels and waits for the workers before any page they report to goes.
    TaskRunner *m_runner;
    QString m_cachePath;
    // A lock held with no session (the launcher's, or the open cache's while it is being swapped): the next
    // session on its file adopts it.
    std::unique_ptr<CacheLock> m_heldLock;
    std::unique_ptr<CacheSession> m_session; // the open cache: its lock and the GUI thread's connection
    std::unique_ptr<FigureService> m_figures;
    CacheContent m_content;
    bool m_loading = false;
    quint64 m_loadGeneration = 0;
    bool m_alertsVisited = false;
    CacheRescue::Confirm m_confirmRebuild = &CacheRescue::ask;
    qint64 m_dealId = 0;

    PageNavigator *m_navigator = nullptr;
    UndoOffer *m_undo; // made before the pages that offer to undo
    PipelinePage *m_pipeline;
    WelcomePage *m_welcome;
    OpenInCrm *m_crmLinks;
    RollupPage *m_rollup;
    AlertsPage *m_alerts;
    DealPage *m_dealPage;
    // One rating service for the open cache, so the deal page's ratings and the Lexicon view share a
    // learner. Declared before the pages that use it, and those are deleted first (see ~MainWindow).
    std::unique_ptr<sentiment::RatingService> m_ratings;
    QWidget *m_lexiconPage;
    LexiconView *m_lexicon = nullptr;
    SnapshotsPage *m_snapshotsPage;
    SyncStatus *m_sync;
    BackgroundSync *m_background; // timed syncs, notifications of new alerts, the tray icon
    QList<std::pair<QString, std::function<QWidget *()>>> m_settingsPages;

    StatusTasks *m_tasks;
    team::TeamSyncRunner *m_team;
    TeamStatusLabel *m_teamStatus;
    CacheStatusLine *m_status;
};

} // namespace dp
