// SPDX-License-Identifier: GPL-3.0-or-later
// The first start, driven in the real window: with no CRM set up and an empty cache the welcome page stands
// in for the pipeline, and each of its choices leads somewhere (Settings → CRM on HubSpot or on Salesforce,
// the demo pipeline in its own cache); a cache with deals, or a CRM set up, shows the pipeline. And "Open in
// HubSpot" on a deal, from the deal page and the pipeline's context menu, opening only checked addresses.

#include "MainWindow.h"
#include "OpenInCrm.h"
#include "PipelineBuilder.h"
#include "PipelinePage.h"
#include "RollupPage.h"
#include "SettingsDialog.h"
#include "StatusTasks.h"
#include "TestSupport.h"
#include "WelcomePage.h"
#include "analytics/AnalyticsEngine.h"
#include "deal/DealView.h"
#include "items/PipelineModel.h"
#include "items/PipelineProxy.h"
#include "settings/AppSettings.h"
#include "store/CacheLocation.h"
#include "store/DealStore.h"
#include "store/MetaStore.h"
#include "sync/CrmConnectionsPage.h"
#include "sync/CrmLinks.h"
#include "translations/Language.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

// What the settings dialog showed when it opened: its page and the CRM chosen there.
struct SettingsSeen {
    bool shown = false;
    QString page;
    QString crm;
};

} // namespace

class TestWelcome : public QObject {
    Q_OBJECT

    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(kAsOf);

    std::unique_ptr<MainWindow> openWindow(const QString &cachePath) {
        auto window = std::make_unique<MainWindow>(AppSettings{});
        window->setClock(m_clock);
        window->resize(1440, 860);
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->openCache(cachePath);
        if (!loaded.wait(10000))
            qFatal("the cache did not load");
        return window;
    }

    // Clicks `button` on the welcome page and notes what the settings dialog it opens shows; `whileOpen`
    // runs with the dialog open (as the user's Save would), then the dialog is closed.
    SettingsSeen clickToSettings(QCommandLinkButton *button, const std::function<void()> &whileOpen = {}) {
        SettingsSeen seen;
        // Building the dialog runs event loops of its own (the keychain's): look until it is the one shown.
        std::function<void()> look;
        look = [&seen, &look, whileOpen] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible()) {
                QTimer::singleShot(10, look);
                return;
            }
            seen.shown = true;
            seen.page = dialog->findChild<QTabWidget *>()->currentWidget()->objectName();
            if (auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("crmKind")))
                seen.crm = kind->currentText();
            if (whileOpen)
                whileOpen();
            dialog->reject();
        };
        QTimer::singleShot(0, look);
        button->click();
        return seen;
    }

    // A cache with a HubSpot deal (synced from hub 62515), one whose id from the CRM is hostile, and a demo
    // deal.
    void fillLinkedCache(test::TempCache &cache) {
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("1203"), kAsOf - 30 * kDay)
            .email(QStringLiteral("1203"), kAsOf - 1 * kDay, 1)
            .deal(QStringLiteral("77"), kAsOf - 30 * kDay)
            .deal(QStringLiteral("demo-1"), kAsOf - 30 * kDay);
        cache.db().exec("UPDATE deals SET source = 'hubspot' WHERE remote_id = '1203'");
        cache.db().exec("UPDATE deals SET source = 'hubspot', remote_id = '77/../../../evil?next=x' "
                        "WHERE remote_id = '77'");
        MetaStore(cache.db()).setValue(sync::kHubSpotPortalIdKey, QStringLiteral("62515"));
        AnalyticsEngine(cache.db(), *m_clock).recomputeAll({});
    }

    qint64 dealId(test::TempCache &cache, const QString &source, const QString &remoteId) {
        return DealStore(cache.db()).dealId(source, remoteId).value_or(0);
    }

    QModelIndex pipelineIndex(const MainWindow &window, qint64 dealId) {
        const QAbstractItemModel *model = window.pipelinePage()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(PipelineModel::DealIdRole).toLongLong() == dealId)
                return model->index(row, 0);
        return {};
    }

private slots:
    void initTestCase() { installLanguage(QStringLiteral("en")); }

    void init() { QSettings().clear(); }

    void firstRunIsNoCrmAndNoDeal() {
        QVERIFY(isFirstRun(false, 0));
        QVERIFY(!isFirstRun(true, 0));
        QVERIFY(!isFirstRun(false, 1));
        QVERIFY(!isFirstRun(true, 12));
    }

    void welcomeShowsOnAnEmptyCacheWithoutCrm() {
        test::TempCache cache;
        const auto window = openWindow(cache.path());
        QCOMPARE(window->currentPage(), window->welcomePage());
        // It stands in the pipeline's place: the list marks Pipeline, and going there shows it again.
        const auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->currentRow(), 0);
        window->showPage(window->rollupPage());
        window->goBack();
        QCOMPARE(window->currentPage(), window->welcomePage());
        window->showPage(window->rollupPage());
        window->showPage(window->pipelinePage());
        QCOMPARE(window->currentPage(), window->welcomePage());
        QCOMPARE(navigation->currentRow(), 0);

        for (const char *name : {"welcomeConnectHubSpot", "welcomeConnectSalesforce", "welcomeExploreDemo"}) {
            auto *button = window->findChild<QCommandLinkButton *>(QLatin1String(name));
            QVERIFY2(button && button->isVisibleTo(window.get()), name);
        }
        const QString privacy = window->findChild<QLabel *>(QStringLiteral("welcomePrivacy"))->text();
        QVERIFY(privacy.contains(QStringLiteral("read-only")));
        QVERIFY(privacy.contains(QDir::toNativeSeparators(cache.path())));
    }

    void connectOpensTheCrmSettingsOnThatCrm_data() {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("crm");
        QTest::newRow("HubSpot") << QStringLiteral("welcomeConnectHubSpot") << QStringLiteral("HubSpot");
        QTest::newRow("Salesforce") << QStringLiteral("welcomeConnectSalesforce")
                                    << QStringLiteral("Salesforce");
    }

    void connectOpensTheCrmSettingsOnThatCrm() {
        QFETCH(QString, button);
        QFETCH(QString, crm);
        test::TempCache cache;
        const auto window = openWindow(cache.path());
        const SettingsSeen seen = clickToSettings(window->findChild<QCommandLinkButton *>(button));
        QVERIFY(seen.shown);
        QCOMPARE(seen.page, QStringLiteral("crmConnectionsPage"));
        QVERIFY2(seen.crm.startsWith(crm), qPrintable(seen.crm));
        // Closed without saving a connection: still the first run.
        QCOMPARE(window->currentPage(), window->welcomePage());
    }

    void savingAConnectionShowsThePipeline() {
        test::TempCache cache;
        const auto window = openWindow(cache.path());
        const SettingsSeen seen =
            clickToSettings(window->findChild<QCommandLinkButton *>(QStringLiteral("welcomeConnectHubSpot")),
                            [] { QSettings().setValue(QStringLiteral("crm/hubspot/kind"), 0); });
        QVERIFY(seen.shown);
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->pipelinePage()));
    }

    void exploreDemoShowsTheDemoPipeline() {
        test::TempCache cache;
        const QString demo = QFileInfo(defaultDemoCachePath()).absoluteFilePath();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(demo + suffix); // made here, as on a first start
        const auto window = openWindow(cache.path());
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->findChild<QCommandLinkButton *>(QStringLiteral("welcomeExploreDemo"))->click();
        QVERIFY(window->tasks()->isRunning()); // made on the runner, shown in the status bar
        QVERIFY(loaded.wait(240000));
        QVERIFY(!window->tasks()->isRunning());
        QCOMPARE(window->cachePath(), demo);
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->pipelinePage()));
        QVERIFY(window->content().generatedAt.has_value());
        QVERIFY(window->content().rows.size() > 10);
        QVERIFY(window->pipelinePage()->table()->model()->rowCount() > 0);
        window->resize(1280, 760);
        const QString picture =
            QDir::temp().filePath(QStringLiteral("dealpulse-screenshots/demo_window.png"));
        QDir().mkpath(QFileInfo(picture).path());
        QVERIFY(window->grab().save(picture));
        // The user's own cache and settings are left as they were.
        QVERIFY(!QSettings().contains(QStringLiteral("cachePath")));
        QCOMPARE(window->settings().cachePath, AppSettings{}.cachePath);
        QCOMPARE(DealStore(cache.db()).count(), 0);
    }

    void noWelcomeWhenTheCacheHasDeals() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).deal(QStringLiteral("a"), kAsOf - 10 * kDay);
        AnalyticsEngine(cache.db(), *m_clock).recomputeAll({});
        const auto window = openWindow(cache.path());
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->pipelinePage()));
        QCOMPARE(window->pipelinePage()->table()->model()->rowCount(), 1);
    }

    void noWelcomeOnceACrmIsSetUp() {
        test::TempCache cache;
        QSettings().setValue(QStringLiteral("crm/salesforce/kind"), 2);
        const auto window = openWindow(cache.path());
        QCOMPARE(window->currentPage(), static_cast<QWidget *>(window->pipelinePage()));
    }

    void openInHubSpotFromTheDealPage() {
        test::TempCache cache;
        fillLinkedCache(cache);
        const auto window = openWindow(cache.path());
        QList<QUrl> opened;
        window->crmLinks()->setOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });

        window->openDeal(dealId(cache, QStringLiteral("hubspot"), QStringLiteral("1203")));
        QSignalSpy loaded(window->dealView(), &DealView::dealLoaded);
        QVERIFY(loaded.wait(10000));
        auto *button = window->dealView()->findChild<QToolButton *>(QStringLiteral("dealOpenInCrm"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Open in HubSpot"));
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(opened,
                 QList<QUrl>{QUrl(QStringLiteral("https://app.hubspot.com/contacts/62515/record/0-3/1203"))});

        // A demo deal has no page in a CRM: the button says why it cannot.
        window->openDeal(dealId(cache, QStringLiteral("test"), QStringLiteral("demo-1")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(QStringLiteral("demo")));
        button->click();
        QCOMPARE(opened.size(), 1);
    }

    void openInHubSpotFromThePipelineMenu() {
        test::TempCache cache;
        fillLinkedCache(cache);
        const auto window = openWindow(cache.path());
        QList<QUrl> opened;
        window->crmLinks()->setOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        const auto crmAction = [](QMenu &menu) {
            for (QAction *action : menu.actions())
                if (action->objectName() == u"openInCrm")
                    return action;
            return static_cast<QAction *>(nullptr);
        };

        std::unique_ptr<QMenu> menu = window->pipelinePage()->contextMenu(
            pipelineIndex(*window, dealId(cache, QStringLiteral("hubspot"), QStringLiteral("1203"))));
        QVERIFY(menu);
        QAction *open = crmAction(*menu);
        QVERIFY(open && open->isEnabled());
        QCOMPARE(open->text(), QStringLiteral("Open in HubSpot"));
        open->trigger();
        QCOMPARE(opened,
                 QList<QUrl>{QUrl(QStringLiteral("https://app.hubspot.com/contacts/62515/record/0-3/1203"))});

        // A hostile id from the CRM: nothing is opened.
        menu = window->pipelinePage()->contextMenu(pipelineIndex(
            *window, dealId(cache, QStringLiteral("hubspot"), QStringLiteral("77/../../../evil?next=x"))));
        QVERIFY(menu);
        open = crmAction(*menu);
        QVERIFY(open && !open->isEnabled());
        QVERIFY(!open->toolTip().isEmpty());
        open->trigger();
        QCOMPARE(opened.size(), 1);

        // The demo deal: disabled, saying why.
        menu = window->pipelinePage()->contextMenu(
            pipelineIndex(*window, dealId(cache, QStringLiteral("test"), QStringLiteral("demo-1"))));
        open = crmAction(*menu);
        QVERIFY(open && !open->isEnabled());
        QVERIFY(open->toolTip().contains(QStringLiteral("demo")));

        // A hostile account id in the cache: no link for any deal.
        MetaStore(cache.db()).setValue(sync::kHubSpotPortalIdKey, QStringLiteral("1@evil.example"));
        menu = window->pipelinePage()->contextMenu(
            pipelineIndex(*window, dealId(cache, QStringLiteral("hubspot"), QStringLiteral("1203"))));
        open = crmAction(*menu);
        QVERIFY(open && !open->isEnabled());
        open->trigger();
        QCOMPARE(opened.size(), 1);
    }
};

QTEST_MAIN(TestWelcome)
#include "test_welcome.moc"
