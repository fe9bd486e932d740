// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AlertsPage.h"
#include "CacheStatusLine.h"
#include "ErrorBox.h"
#include "MainMenus.h"
#include "OpenInCrm.h"
#include "PageNavigator.h"
#include "PipelinePage.h"
#include "RollupPage.h"
#include "StatusTasks.h"
#include "UndoOffer.h"
#include "WelcomeFlow.h"
#include "WelcomePage.h"
#include "WindowMemory.h"
#include "analytics/sentiment/RatingService.h"
#include "app/AlertCommands.h"
#include "app/CacheSession.h"
#include "app/CrmAccountQuery.h"
#include "app/DealCommands.h"
#include "app/DesktopIdentity.h"
#include "app/FigureService.h"
#include "app/LexiconService.h"
#include "app/SnapshotScope.h"
#include "deal/DealPage.h"
#include "export/ExportDialog.h"
#include "forecast/ForecastSettings.h"
#include "items/AlertsModel.h"
#include "items/PipelineModel.h"
#include "items/PipelineProxy.h"
#include "lexicon/LexiconView.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SettingsStore.h"
#include "snapshots/SnapshotHistoryView.h"
#include "snapshots/SnapshotsPage.h"
#include "sync/BackgroundSync.h"
#include "sync/SyncStatus.h"
#include "tasks/FailureText.h"
#include "tasks/TaskRunner.h"
#include "team/TeamStatusLabel.h"
#include "team/TeamSyncRunner.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenu>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace dp {

MainWindow::MainWindow(const AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_clock(std::make_shared<SystemClock>())
    , m_runner(new TaskRunner(this))
    , m_undo(new UndoOffer(this))
    , m_pipeline(new PipelinePage(*m_runner, this))
    , m_welcome(new WelcomePage(this))
    , m_crmLinks(new OpenInCrm(this))
    , m_rollup(new RollupPage(this))
    , m_alerts(new AlertsPage(m_undo, this))
    , m_dealPage(new DealPage(*m_runner, m_crmLinks, this))
    , m_lexiconPage(new QWidget(this))
    , m_snapshotsPage(new SnapshotsPage(this))
    , m_sync(new SyncStatus(std::make_unique<KeychainSecretStore>(), *m_runner, this))
    , m_tasks(new StatusTasks(*m_runner, this))
    , m_team(new team::TeamSyncRunner([this]() -> sync::SecretStore & { return m_sync->secrets(); }, m_clock,
                                      *m_runner, this))
    , m_teamStatus(new TeamStatusLabel(*m_team, this))
    , m_status(new CacheStatusLine(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dealpulse"));

    m_navigator = new PageNavigator(buildMainMenus(*this), this);
    setCentralWidget(m_navigator);
    connect(m_navigator, &PageNavigator::pageShown, this, [this](QWidget *page) {
        if (page == m_alerts)
            m_alertsVisited = true;
    });

    m_lexiconPage->setObjectName(QStringLiteral("lexiconPage"));
    auto *lexiconLayout = new QVBoxLayout(m_lexiconPage);
    lexiconLayout->setContentsMargins(0, 0, 0, 0);
    connect(m_snapshotsPage, &SnapshotsPage::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    // Shared with the team at once (or kept for managers, which the team sync learns from the server), so
    // the status bar never counts it as unsent until some later sync.
    connect(m_snapshotsPage, &SnapshotsPage::weeklySnapshotTaken, m_team, &team::TeamSyncRunner::requestSync);
    connect(m_sync, &SyncStatus::finished, this, &MainWindow::syncFinished);
    addSettingsPages();
    // Live team updates: what others commit is pulled at once, and ratings pulled teach the learner as one
    // made here does (new lexicon version, rescoring, figures read again).
    m_team->setLive(true);
    connect(m_team, &team::TeamSyncRunner::ratingsPulled, this, [this] {
        if (m_lexicon)
            m_lexicon->learnFromPulledRatings();
    });
    addPage(m_pipeline, tr("Pipeline"), QKeySequence(Qt::CTRL | Qt::Key_1));
    addPage(m_rollup, tr("Team roll-up"), QKeySequence(Qt::CTRL | Qt::Key_2));
    addPage(m_alerts, tr("Alerts"), QKeySequence(Qt::CTRL | Qt::Key_3));
    addPage(m_lexiconPage, tr("Lexicon"), QKeySequence(Qt::CTRL | Qt::Key_5));
    addPage(m_snapshotsPage, tr("Snapshots"), QKeySequence(Qt::CTRL | Qt::Key_6));
    m_background = new BackgroundSync(this, m_sync);
    m_background->apply(m_settings);
    // The deal page is reached by opening a deal; it has no entry in the list but keeps its shortcut.
    m_navigator->addUnlistedPage(m_dealPage);
    m_navigator->setStandIn(m_pipeline, m_welcome);
    m_navigator->setFocusTarget(m_pipeline, m_pipeline->table());
    m_navigator->setFocusTarget(m_alerts, m_alerts->table());
    m_navigator->setFocusTarget(m_rollup, m_rollup->tree());
    connectWelcome(*this, *m_welcome);
    m_crmLinks->setAccountSource([this] { return crmAccountOf(m_session.get()); });
    m_pipeline->setCrmLinks(m_crmLinks);
    auto *dealAction = m_navigator->viewMenu()->addAction(tr("Last opened &deal"));
    dealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(dealAction, &QAction::triggered, this, [this] {
        if (m_dealId == 0)
            m_dealId = m_pipeline->currentDealId();
        if (m_dealId != 0)
            openDeal(m_dealId);
    });

    m_navigator->fitListWidth();

    statusBar()->addWidget(m_status, 1);
    // Permanent, so a status message does not hide the offer to undo.
    statusBar()->addPermanentWidget(m_undo);
    statusBar()->addPermanentWidget(m_teamStatus);
    statusBar()->addPermanentWidget(m_sync);
    statusBar()->addPermanentWidget(m_tasks);

    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        showPage(m_pipeline);
        m_pipeline->focusSearch();
    });
    auto *back2 = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(back2, &QShortcut::activated, this, &MainWindow::goBack);

    connect(m_pipeline, &PipelinePage::openDealRequested, this, &MainWindow::openDeal);
    connect(m_dealPage, &DealPage::backRequested, this, &MainWindow::goBack);
    connect(m_dealPage, &DealPage::feedbackChanged, m_team, &team::TeamSyncRunner::refreshOutbox);
    connect(m_dealPage, &DealPage::rated, this, [this](bool rescoreNeeded) {
        if (!m_lexicon)
            return;
        m_lexicon->refresh();
        if (rescoreNeeded)
            m_lexicon->startRescoring();
    });
    m_alerts->setRates(m_settings.currencyRates());
    connect(m_alerts, &AlertsPage::openDealRequested, this, &MainWindow::openDeal);
    connect(m_alerts, &AlertsPage::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_alerts, &AlertsPage::newCountChanged, this, [this](int count) {
        m_navigator->setTitle(m_alerts, count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
    });
    connect(m_rollup, &RollupPage::teamSelected, m_pipeline, &PipelinePage::filterToTeam);
    connect(m_rollup, &RollupPage::showPipelineRequested, this, [this] { showPage(m_pipeline); });

    {
        // As the manager left it: before the first rows, so they come in the remembered order and filters.
        const SettingsStore stored;
        restoreGeometry(stored.windowGeometry());
        m_pipeline->restoreViewState(windowMemory::loadPipeline(stored));
    }

    showPage(m_pipeline);
    updateStatus();
}

MainWindow::~MainWindow() {
    // The pages hold references to the rating service and the session, and are children, which Qt deletes
    // after the members.
    m_alerts->setCommands(nullptr);
    m_dealPage->closeCache();
    delete m_lexicon;
    m_snapshotsPage->closeCache();
}

int MainWindow::addPage(QWidget *page, const QString &title, const QKeySequence &shortcut) {
    return m_navigator->addPage(page, title, shortcut);
}

void MainWindow::showPage(QWidget *page) {
    m_navigator->showPage(page);
}

QWidget *MainWindow::dealPage() const {
    return m_dealPage;
}

QWidget *MainWindow::snapshotsPage() const {
    return m_snapshotsPage;
}

SnapshotHistoryView *MainWindow::snapshotsView() const {
    return m_snapshotsPage->view();
}

DealView *MainWindow::dealView() const {
    return m_dealPage->view();
}

QWidget *MainWindow::currentPage() const {
    return m_navigator->currentPage();
}

void MainWindow::addSettingsPage(const QString &title, std::function<QWidget *()> makePage) {
    m_settingsPages.append({title, std::move(makePage)});
}

void MainWindow::goBack() {
    m_navigator->goBack();
}

namespace {

QString currentUserName() {
    // Who rates, writes coaching notes, snoozes and takes snapshots: the team login, the name set or the OS
    // account, as the CLI takes it; a word of our own only when nothing names the user.
    const QString name = DesktopIdentity::of(SettingsStore()).name();
    return name.isEmpty() ? MainWindow::tr("Manager") : name;
}

} // namespace

void MainWindow::userMayHaveChanged() {
    // The deal page checks the user each time a deal opens; the commands made with the cache are made again.
    if (!m_session)
        return;
    m_alerts->setCommands(std::make_unique<AlertCommands>(*m_session, m_clock, currentUserName()));
    m_snapshotsPage->setUser(currentUserName());
}

void MainWindow::openDeal(qint64 dealId) {
    if (dealId == 0 || m_cachePath.isEmpty())
        return;
    m_dealId = dealId;
    m_dealPage->openDeal(dealId, m_settings.goingDarkDays, m_settings.timeZone(), currentUserName());
    showPage(m_dealPage);
}

void MainWindow::buildCachePages() {
    // The Lexicon and Snapshots views and the rating service belong to one cache: remade when another opens,
    // with their splitters where they were.
    {
        SettingsStore stored;
        windowMemory::saveSplitters(stored, this);
    }
    delete m_lexicon;
    m_lexicon = nullptr;
    m_ratings = std::make_unique<sentiment::RatingService>(m_session->database(), *m_clock);
    m_dealPage->setCache(m_cachePath, [this](const QString &user) {
        return std::make_unique<DealCommands>(m_session->database(), m_cachePath, *m_clock, user,
                                              m_ratings.get());
    });
    m_lexicon =
        new LexiconView(std::make_unique<LexiconService>(*m_ratings, m_cachePath), *m_runner, m_lexiconPage);
    m_lexicon->setObjectName(QStringLiteral("lexiconView"));
    m_lexicon->setHealthSettings(m_settings.health());
    m_lexiconPage->layout()->addWidget(m_lexicon);
    // Rescoring moves deals' sentiment and health: read the figures again.
    connect(m_lexicon, &LexiconView::rescored, this, [this](int, int dealsRecomputed) {
        if (dealsRecomputed > 0)
            openCache(m_cachePath);
    });

    windowMemory::restoreSplitters(SettingsStore(), m_lexicon);
    m_snapshotsPage->setCache(*m_session, *m_runner, m_clock, m_settings.health(), m_settings.timeZone(),
                              currentUserName());
    m_sync->setCache(m_cachePath);
    m_sync->setHealth(m_settings.health());
    m_figures = std::make_unique<FigureService>(*m_session, *m_runner, m_clock);
    m_alerts->setCommands(std::make_unique<AlertCommands>(*m_session, m_clock, currentUserName()));
    m_snapshotsPage->armWeeklySnapshot();
}

SnapshotFilter MainWindow::snapshotFilter() const {
    return snapshotFilterFor(m_pipeline->proxy()->filter(), m_content.rows);
}

void MainWindow::openExportDialog() {
    if (m_cachePath.isEmpty())
        return;
    ExportDialog::Source source;
    source.cachePath = m_cachePath;
    source.filter = snapshotFilter();
    source.health = m_settings.health();
    source.categories = SettingsStore().forecast().categories;
    ExportDialog dialog(source, *m_runner, this);
    dialog.exec();
}

void MainWindow::syncFinished(bool ok, const QString &message, int changedDeals) {
    statusBar()->showMessage(message, 15000);
    if (!ok)
        showError(this, tr("Sync"), message);
    if (changedDeals > 0)
        openCache(m_cachePath);
    if (ok) {
        m_snapshotsPage->takeWeeklySnapshot(true);
        m_team->requestSync();
    }
}

QDate MainWindow::today() const {
    return QDateTime::fromMSecsSinceEpoch(m_clock->now(), m_settings.timeZone()).date();
}

void MainWindow::adoptLock(std::unique_ptr<CacheLock> lock) {
    m_heldLock = std::move(lock);
}

bool MainWindow::openCache(const QString &path, CacheOpening how) {
    const QString target = QFileInfo(path).absoluteFilePath();
    // Reopening the same cache (after a recompute or a sync) keeps the session and the pages made for it.
    if (!m_session || m_session->path() != target) {
        std::unique_ptr<CacheLock> held;
        if (m_heldLock && m_heldLock->cachePath() == target)
            held = std::move(m_heldLock);
        // The new cache's lock is taken before the old session goes: refused, the window stays on the cache
        // it shows, still holding its lock, so no moment passes with neither guarded.
        CacheSession::Opened opened = openCacheSession(target, how, std::move(held));
        if (opened.heldElsewhere) {
            showError(this, tr("Dealpulse"), opened.error);
            return false;
        }
        closeCacheConnections();
        m_heldLock.reset();
        m_cachePath = target;
        if (!opened.session) {
            m_status->setCache({});
            m_status->setMessage(opened.error);
            emit loadFailed(opened.error);
            return true;
        }
        m_session = std::move(opened.session);
        try {
            buildCachePages();
        } catch (const std::exception &error) {
            // The pages read the cache as they are made; one that cannot be read is reported like one that
            // cannot be opened, and the window carries on without it.
            closeCacheConnections();
            m_status->setCache({});
            m_status->setMessage(failureText(error));
            emit loadFailed(failureText(error));
            return true;
        }
    }
    m_pipeline->setCachePath(m_cachePath);
    if (m_team->cachePath() != m_cachePath) {
        // Once per cache opened (the window reopens the same one after a sync that changed deals).
        m_team->setCachePath(m_cachePath);
        m_team->requestSync();
    }
    loadContent();
    return true;
}

void MainWindow::loadContent() {
    m_loading = true;
    const quint64 generation = ++m_loadGeneration;
    m_status->setMessage(tr("Reading the pipeline…"));
    m_figures->loadContent(this, today(), [this, generation](CacheContent content) {
        if (generation != m_loadGeneration)
            return; // another cache was opened meanwhile
        m_loading = false;
        if (!content.error.isEmpty()) {
            m_status->setMessage(content.error);
            emit loadFailed(content.error);
            return;
        }
        showContent(std::move(content));
        emit contentLoaded();
    });
    updateStatus();
}

void MainWindow::showContent(CacheContent content) {
    m_content = std::move(content);
    m_pipeline->setRows(m_content.rows);
    m_rollup->setData(m_content.rows, m_content.teams);
    m_alerts->setContent(m_content.rows,
                         AlertLists{m_content.activeSnoozes, m_content.snoozes, m_content.seenBands}, today(),
                         m_settings.timeZone());
    updateStatus();
    updateWelcome();
}

void MainWindow::updateWelcome() {
    m_welcome->setCachePath(m_cachePath);
    m_navigator->showStandIn(isFirstRun(m_sync->settings().isCrmConfigured(), m_content.rows.size()));
}

void MainWindow::updateStatus() {
    m_status->setCache(m_cachePath);
    if (!m_cachePath.isEmpty() && !m_loading)
        m_status->showFigures(m_content, m_settings.goingDarkDays, m_settings.timeZone());
}

void MainWindow::saveWindowState() {
    SettingsStore stored;
    stored.setWindowGeometry(saveGeometry());
    windowMemory::savePipeline(stored, m_pipeline->viewState());
    windowMemory::saveSplitters(stored, this);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // Having looked at the alerts counts as having seen them: next time only changes come up as new.
    if (m_alertsVisited && m_session && !m_loading)
        m_alerts->markSeen();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace dp
