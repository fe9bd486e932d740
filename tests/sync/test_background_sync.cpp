// SPDX-License-Identifier: GPL-3.0-or-later
// The window's life between the user's own actions, driven through the real MainWindow against the test
// HubSpot server: one grouped notification after a sync that turned deals dark (none after one that did
// not, none for a snoozed deal), a click on it bringing up the Alerts page; the background timer starting a
// sync and never a second while one runs; and the Last sync panel listing the server's warnings, in English
// and Romanian, after a restart too.

#include "HubSpotServer.h"
#include "SyncFixtures.h"
#include "TestSupport.h"
#include "settings/SettingsStore.h"

#include "AlertsPage.h"
#include "MainWindow.h"
#include "PipelinePage.h"
#include "SettingsDialog.h"
#include "items/AlertNotice.h"
#include "store/AlertStore.h"
#include "store/MetricsStore.h"
#include "sync/AlertNotifier.h"
#include "sync/BackgroundSync.h"
#include "sync/CrmConnectionsPage.h"
#include "sync/LastSyncDialog.h"
#include "sync/MainLoopSecretStore.h"
#include "sync/SyncStatus.h"
#include "translations/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QtTest>
#include <atomic>

using namespace dp;
using namespace dp::test;
using namespace std::chrono_literals;

namespace {

const QString kShots = QStringLiteral("/tmp/shots-notify");

// Records what would have reached the desktop.
class RecordingNotifier final : public AlertNotifier {
public:
    void notify(const QString &title, const QString &text) override { shown.append({title, text}); }
    QList<std::pair<QString, QString>> shown;
};

void putCall(HubSpotServer &server, qint64 id, const QString &transcriptId, Millis at, qint64 deal,
             qint64 contact) {
    server.put(QStringLiteral("calls"), id,
               {{QStringLiteral("hs_timestamp"), QString::number(at)},
                {QStringLiteral("hs_call_title"), QStringLiteral("Pricing call")},
                {QStringLiteral("hs_call_body"), QStringLiteral("Walked through the quote.")},
                {QStringLiteral("hs_call_status"), QStringLiteral("COMPLETED")},
                {QStringLiteral("hs_call_direction"), QStringLiteral("OUTBOUND")},
                {QStringLiteral("hs_call_has_transcript"), QStringLiteral("true")},
                {QStringLiteral("hs_call_transcription_id"), transcriptId}},
               at);
    server.associate(QStringLiteral("calls"), id, QStringLiteral("deals"), deal);
    server.associate(QStringLiteral("calls"), id, QStringLiteral("contacts"), contact);
}

} // namespace

class TestBackgroundSync : public QObject {
    Q_OBJECT

    // A window on `cache`, its secrets in memory, its timer off unless a test turns it on, and the HubSpot
    // connection saved as Settings → CRM saves it.
    std::unique_ptr<MainWindow> openWindow(TempCache &cache, const HubSpotServer &server) {
        AppSettings settings;
        settings.syncIntervalMinutes = 0;
        auto window = std::make_unique<MainWindow>(settings);
        window->resize(1280, 720);
        SyncStatus *status = window->syncStatus();
        status->setSecretStore(std::make_unique<sync::MemorySecretStore>());
        status->settings().clear();
        CrmConnectionsPage page(status->secrets(), status->settings(), window->runner());
        page.findChild<QLineEdit *>(QStringLiteral("crmBaseUrl"))->setText(server.baseUrl());
        page.findChild<QLineEdit *>(QStringLiteral("crmToken"))->setText(QStringLiteral("test-token"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("crmSave")), Qt::LeftButton);
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->openCache(cache.path());
        if (!loaded.wait(10000))
            qFatal("the cache did not load");
        return window;
    }

    static BackgroundSync *background(MainWindow &window) {
        return window.findChild<BackgroundSync *>(QStringLiteral("backgroundSync"));
    }

    static RecordingNotifier *recordNotifications(MainWindow &window) {
        auto *notifier = new RecordingNotifier;
        background(window)->setNotifier(notifier);
        return notifier;
    }

    // Syncs as F5 does and waits for the window to have read what the sync wrote.
    static SyncSummary syncNow(MainWindow &window) {
        QSignalSpy finished(window.syncStatus(), &SyncStatus::finished);
        QSignalSpy loaded(&window, &MainWindow::contentLoaded);
        window.syncStatus()->syncNow();
        if (!finished.wait(30000))
            qFatal("the sync did not finish");
        if (finished.first().at(2).toInt() > 0 && !loaded.wait(10000))
            qFatal("the window did not read the synced cache");
        return *window.syncStatus()->lastSync();
    }

private slots:
    void initTestCase() {
        installLanguage(QStringLiteral("en"));
        QDir().mkpath(kShots);
    }

    void theNotificationGroupsTheDeals() {
        QVERIFY(!alertNotice({}));
        const NewAlert acme{1, QStringLiteral("Acme renewal"), HealthBand::Dark};
        const NewAlert globex{2, QStringLiteral("Globex pilot"), HealthBand::Dark};
        const NewAlert initech{3, QStringLiteral("Initech seats"), HealthBand::Dark};
        const NewAlert umbrella{4, QStringLiteral("Umbrella upsell"), HealthBand::AtRisk};
        QCOMPARE(alertNotice({acme})->text, QStringLiteral("1 deal went dark: Acme renewal"));
        QCOMPARE(alertNotice({acme, globex})->text,
                 QStringLiteral("2 deals went dark: Acme renewal and Globex pilot"));
        QCOMPARE(alertNotice({acme, globex, initech, umbrella})->text,
                 QStringLiteral("3 deals went dark: Acme renewal, Globex pilot and 1 more\n"
                                "1 deal now at risk: Umbrella upsell"));
    }

    void theSettingsChooseTheIntervalAndTheTrayIcon() {
        AppSettings initial;
        SettingsDialog dialog(initial);
        auto *interval = dialog.findChild<QComboBox *>(QStringLiteral("syncInterval"));
        QVERIFY(interval);
        QCOMPARE(interval->currentData().toInt(), 30); // the default
        QCOMPARE(interval->currentText(), QStringLiteral("Every 30 minutes"));
        QCOMPARE(interval->itemText(0), QStringLiteral("Off"));
        auto *tray = dialog.findChild<QCheckBox *>(QStringLiteral("trayIcon"));
        // Offscreen there is no system tray: the choice is offered but cannot be taken.
        QCOMPARE(tray->isEnabled(), QSystemTrayIcon::isSystemTrayAvailable());
        dialog.resize(640, 520);
        QVERIFY(dialog.grab().save(kShots + QStringLiteral("/settings-general-en.png")));
        interval->setCurrentIndex(0);
        QCOMPARE(dialog.settings().syncIntervalMinutes, 0);
        interval->setCurrentIndex(interval->findData(120));
        const AppSettings chosen = dialog.settings();
        QCOMPARE(chosen.syncIntervalMinutes, 120);
        SettingsStore().setApp(chosen);
        QCOMPARE(SettingsStore().app().syncIntervalMinutes, 120);
        QSettings().clear();
    }

    void aSyncThatTurnsDealsDarkRaisesOneNotification() {
        HubSpotServer server;
        fillHubSpot(server); // every engagement is from 2024: the open deals are dark today
        TempCache cache;
        auto window = openWindow(cache, server);
        RecordingNotifier *notifier = recordNotifications(*window);

        // The first sync brings the pipeline in: nothing "went" dark, nothing is announced.
        const SyncSummary first = syncNow(*window);
        QVERIFY2(first.ok, qPrintable(first.message));
        QVERIFY(first.newAlerts.isEmpty());
        QCOMPARE(notifier->shown.size(), 0);

        // Before the next sync these deals were healthy (as if their buyers had just written); the sync's
        // recompute finds them dark again. One of them is snoozed: it is not announced.
        const QHash<qint64, HealthBand> alerts = MetricsStore(cache.db()).alertBands();
        QVERIFY2(alerts.size() >= 4, qPrintable(QString::number(alerts.size())));
        const qint64 snoozed = alerts.keys().first();
        AlertSnooze snooze;
        snooze.dealId = snoozed;
        snooze.band = alerts.value(snoozed);
        snooze.resumeOn = QDate::currentDate().addDays(7);
        AlertStore(cache.db()).snooze(snooze);
        MetricsStore metrics(cache.db());
        for (auto it = alerts.cbegin(); it != alerts.cend(); ++it) {
            DealMetrics healthy = *metrics.find(it.key());
            healthy.band = HealthBand::Healthy;
            metrics.write(healthy);
        }
        metrics.markAllDirty();

        const SyncSummary second = syncNow(*window);
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(second.newAlerts.size(), alerts.size() - 1);
        for (const NewAlert &alert : second.newAlerts) {
            QVERIFY(alert.dealId != snoozed);
            QCOMPARE(alert.band, alerts.value(alert.dealId));
            QVERIFY(alert.dealName.startsWith(QStringLiteral("Deal ")));
        }
        QCOMPARE(notifier->shown.size(), 1); // one notification, however many deals
        const int dark = int(std::count(alerts.cbegin(), alerts.cend(), HealthBand::Dark)) -
                         (alerts.value(snoozed) == HealthBand::Dark ? 1 : 0);
        QVERIFY(dark >= 3);
        const QString text = notifier->shown.first().second;
        const QString expected = QStringLiteral("%1 deals went dark: %2, %3 and %4 more")
                                     .arg(dark)
                                     .arg(second.newAlerts.at(0).dealName, second.newAlerts.at(1).dealName)
                                     .arg(dark - 2);
        QVERIFY2(text.startsWith(expected), qPrintable(text + QStringLiteral(" / ") + expected));

        // A sync that changes nothing announces nothing.
        metrics.markAllDirty();
        const SyncSummary third = syncNow(*window);
        QVERIFY2(third.ok, qPrintable(third.message));
        QVERIFY(third.newAlerts.isEmpty());
        QCOMPARE(notifier->shown.size(), 1);

        // A click on the notification brings the window up on the Alerts page.
        window->showPage(window->pipelinePage());
        window->hide();
        emit notifier->notificationClicked();
        QVERIFY(window->isVisible());
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->alertsPage()));
    }

    void theTimerStartsASyncAndNeverASecondWhileOneRuns() {
        HubSpotServer server;
        fillHubSpot(server);
        // The server holds its first answer of each sync until the test lets it go, so the sync surely
        // runs while the timer (every millisecond) and F5 try to start another.
        std::atomic_bool held{false};
        std::atomic_bool release{false};
        server.setAfterPage([&](int) {
            if (held.exchange(true))
                return;
            while (!release)
                std::this_thread::yield();
        });
        TempCache cache;
        auto window = openWindow(cache, server);
        SyncStatus *status = window->syncStatus();
        sync::SyncSchedule *schedule = background(*window)->schedule();
        schedule->stopFollowingSystemNetwork();
        schedule->setNetwork(true, false);

        int started = 0;
        int finished = 0;
        bool overlapped = false;
        connect(status, &SyncStatus::started, this, [&] {
            ++started;
            overlapped = overlapped || finished != started - 1;
        });
        connect(status, &SyncStatus::finished, this, [&] { ++finished; });

        AppSettings settings = window->settings();
        settings.syncIntervalMinutes = 0;
        window->applySettings(settings);
        QCOMPARE(schedule->pause(), sync::SyncSchedule::Pause::Off);
        schedule->setInterval(1ms); // what Settings cannot choose, so the test needs no wait
        QVERIFY(QTest::qWaitFor([&] { return started == 1 && held; }, 10000));
        QVERIFY(status->isRunning());
        QCOMPARE(schedule->pause(), sync::SyncSchedule::Pause::Running);
        QVERIFY(!schedule->isArmed());
        status->syncNow(); // F5 during the timed sync: the running one goes on alone
        QCOMPARE(started, 1);

        held = false;
        release = true;
        QVERIFY(QTest::qWaitFor([&] { return started >= 2; }, 30000)); // the next tick after it ended
        schedule->setInterval(0ms);
        QVERIFY(QTest::qWaitFor([&] { return !status->isRunning(); }, 30000));
        QVERIFY(!overlapped);
        QCOMPARE(finished, started);
        QVERIFY(status->lastSync() && status->lastSync()->ok);

        // Settings → Background sync: every 30 minutes, armed; Off, not.
        settings.syncIntervalMinutes = 30;
        window->applySettings(settings);
        QVERIFY(schedule->isArmed());
        settings.syncIntervalMinutes = 0;
        window->applySettings(settings);
        QVERIFY(!schedule->isArmed());
    }

    void theLastSyncPanelListsTheServersWarnings() {
        HubSpotServer server;
        fillHubSpot(server, {2, 4, 2, 0});
        // The app may not read call transcripts, and a deal's amount is not a number.
        server.setTranscriptsForbidden(true);
        putCall(server, 1, QStringLiteral("t-1"), kBaseStamp + 5000, 5000, 1000);
        putCall(server, 2, QStringLiteral("t-2"), kBaseStamp + 6000, 5001, 1001);
        server.put(QStringLiteral("deals"), 5001,
                   {{QStringLiteral("dealname"), QStringLiteral("Globex pilot")},
                    {QStringLiteral("amount"), QStringLiteral("about 40k")},
                    {QStringLiteral("dealstage"), QStringLiteral("appointmentscheduled")},
                    {QStringLiteral("pipeline"), QStringLiteral("default")}},
                   kBaseStamp + 200000);
        TempCache cache;
        {
            auto window = openWindow(cache, server);
            auto *button = window->findChild<QToolButton *>(QStringLiteral("lastSyncButton"));
            QVERIFY(button && button->isHidden()); // no sync yet
            const SyncSummary summary = syncNow(*window);
            QVERIFY2(summary.ok, qPrintable(summary.message));
            QCOMPARE(summary.warningCount, 2);
            QVERIFY(!button->isHidden());
            QCOMPARE(button->text(), QStringLiteral("Last sync: 2 warnings"));
            QTest::mouseClick(button, Qt::LeftButton);
            auto *dialog = window->findChild<LastSyncDialog *>(QStringLiteral("lastSyncDialog"));
            QVERIFY(dialog && dialog->isVisible());
            const QStringList listed = warnings(*dialog);
            QCOMPARE(listed.size(), 2);
            QVERIFY2(listed.join(u'\n').contains(QStringLiteral("transcripts are not readable")),
                     qPrintable(listed.join(u'\n')));
            QVERIFY(listed.join(u'\n').contains(QStringLiteral("about 40k")));
            QCOMPARE(label(*dialog, "lastSyncOutcome"), QStringLiteral("The sync completed."));
            QCOMPARE(label(*dialog, "lastSyncRecords"), QLocale().toString(summary.records));
            QVERIFY(summary.records > 0);
            dialog->close();
        }

        // After a restart the panel still lists them: they are kept in the cache.
        cache.reopen();
        {
            auto window = openWindow(cache, server);
            auto *button = window->findChild<QToolButton *>(QStringLiteral("lastSyncButton"));
            QVERIFY(!button->isHidden());
            QTest::mouseClick(button, Qt::LeftButton);
            auto *dialog = window->findChild<LastSyncDialog *>(QStringLiteral("lastSyncDialog"));
            QVERIFY(dialog);
            QCOMPARE(warnings(*dialog).size(), 2);
            QVERIFY(dialog->grab().save(kShots + QStringLiteral("/last-sync-en.png")));
            QVERIFY(window->statusBar()->grab().save(kShots + QStringLiteral("/status-bar-en.png")));
            dialog->close();
        }

        // In Romanian: the panel's own words are Romanian (the CRM's warnings stay as the connector wrote
        // them).
        installLanguage(QStringLiteral("ro"));
        {
            auto window = openWindow(cache, server);
            auto *button = window->findChild<QToolButton *>(QStringLiteral("lastSyncButton"));
            QCOMPARE(button->text(), QStringLiteral("Ultima sincronizare: 2 avertismente"));
            QTest::mouseClick(button, Qt::LeftButton);
            auto *dialog = window->findChild<LastSyncDialog *>(QStringLiteral("lastSyncDialog"));
            QVERIFY(dialog);
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Ultima sincronizare"));
            QCOMPARE(label(*dialog, "lastSyncOutcome"), QStringLiteral("Sincronizarea s-a încheiat."));
            QVERIFY(dialog->grab().save(kShots + QStringLiteral("/last-sync-ro.png")));
            dialog->close();
        }
        installLanguage(QStringLiteral("en"));

        // A failed sync: the panel says so and gives the error to act on.
        server.setAccessToken("another-token");
        auto window = openWindow(cache, server);
        const SyncSummary failed = syncNow(*window);
        QVERIFY(!failed.ok);
        auto *button = window->findChild<QToolButton *>(QStringLiteral("lastSyncButton"));
        QCOMPARE(button->text(), QStringLiteral("Last sync failed"));
        LastSyncDialog *dialog = window->syncStatus()->openLastSync();
        QCOMPARE(label(*dialog, "lastSyncOutcome"), QStringLiteral("The sync failed."));
        QCOMPARE(label(*dialog, "lastSyncError"), failed.message);
        QVERIFY(!failed.message.isEmpty());
        QVERIFY(dialog->grab().save(kShots + QStringLiteral("/last-sync-failed-en.png")));
    }

private:
    static QStringList warnings(const LastSyncDialog &dialog) {
        QStringList texts;
        if (const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("lastSyncWarnings")))
            for (int row = 0; row < list->count(); ++row)
                texts.append(list->item(row)->text());
        return texts;
    }
    static QString label(const LastSyncDialog &dialog, const char *name) {
        const auto *found = dialog.findChild<QLabel *>(QLatin1String(name));
        return found ? found->text() : QString();
    }
};

QTEST_MAIN(TestBackgroundSync)
#include "test_background_sync.moc"
