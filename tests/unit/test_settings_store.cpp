// SPDX-License-Identifier: GPL-3.0-or-later
// Every setting through SettingsStore, without a window: defaults, round trips, what an older or damaged
// file reads as, and the saved CRM connection with its secrets.

#include "settings/SavedCrmConnection.h"
#include "settings/SettingsStore.h"
#include "sync/CrmChoices.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dp;
using Source = sync::CrmConnection::Source;

class TestSettingsStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)); }

private slots:
    void anEmptyFileReadsAsTheDefaults() {
        const SettingsStore store(newFile());
        QCOMPARE(store.app(), AppSettings{});
        QCOMPARE(store.app(true).trayIcon, true); // unset: as the GUI says the desktop is
        QCOMPARE(store.forecast(), ForecastSettings{});
        QCOMPARE(store.team().serverUrl, QString());
        QCOMPARE(store.savedCrmSource(), Source::HubSpot);
        QVERIFY(!store.isCrmConfigured());
        QVERIFY(!store.crmConnection(Source::HubSpot).kind);
        QCOMPARE(store.crmConnection(Source::HubSpot).objects, sync::crmChoices());
        QCOMPARE(store.pipelineView(), PipelineViewMemory{});
        QVERIFY(store.windowGeometry().isEmpty());
        QVERIFY(store.userName().isEmpty());
    }

    void everySettingSurvivesARoundTrip() {
        const QString file = newFile();
        AppSettings app;
        app.goingDarkDays = 35;
        app.rhythmRule = false;
        app.ourEmailDomains = {QStringLiteral("example.com"), QStringLiteral("example.org")};
        app.timeZoneId = "Europe/Bucharest";
        app.language = QStringLiteral("ro");
        app.formats = QStringLiteral("ro_RO");
        app.cachePath = QStringLiteral("/tmp/cache.sqlite");
        app.reportingCurrency = QStringLiteral("EUR");
        app.exchangeRates = {{QStringLiteral("USD"), 0.92}};
        app.syncIntervalMinutes = 120;
        app.trayIcon = true;
        ForecastSettings forecast;
        forecast.categories.commitFrom = 0.8;
        forecast.categories.bestCaseFrom = 0.4;
        forecast.schedule = {false, Qt::Friday, 16};
        team::TeamSettings team{QStringLiteral("postgresql://db.example.com/dealpulse"),
                                QStringLiteral("Ana@Example.com")};
        CrmConnectionSettings crm{CrmConnectionKind::SalesforceOAuth,
                                  QStringLiteral("https://x.my.salesforce.com"),
                                  QStringLiteral("https://test.salesforce.com"),
                                  QStringLiteral("client"),
                                  {QStringLiteral("deals")},
                                  true};
        const PipelineViewMemory view{"header",
                                      {QStringLiteral("dark")},
                                      QStringLiteral("East"),
                                      QStringLiteral("Ana"),
                                      QStringLiteral("Proposal"),
                                      QStringLiteral("commit"),
                                      QStringLiteral("2026Q4"),
                                      QStringLiteral("acme")};
        {
            SettingsStore store(file);
            store.setApp(app);
            store.setForecast(forecast);
            store.setTeam(team);
            store.setCrmConnection(Source::Salesforce, crm);
            store.setPipelineView(view);
            store.setWindowGeometry("geometry");
            store.setSplitterState(QStringLiteral("dealSplitter"), "state");
        }
        const SettingsStore store(file); // another object, as the command line is another process
        QCOMPARE(store.app(), app);
        QCOMPARE(store.forecast(), forecast);
        QCOMPARE(store.team().serverUrl, team.serverUrl);
        QCOMPARE(store.team().user, QStringLiteral("ana@example.com")); // logins are kept lower case
        QCOMPARE(store.savedCrmSource(), Source::Salesforce);
        QVERIFY(store.isCrmConfigured());
        QCOMPARE(store.crmConnection(Source::Salesforce), crm);
        QVERIFY(!store.crmConnection(Source::HubSpot).kind);
        QCOMPARE(store.pipelineView(), view);
        QCOMPARE(store.windowGeometry(), QByteArray("geometry"));
        QCOMPARE(store.splitterState(QStringLiteral("dealSplitter")), QByteArray("state"));
        QVERIFY(store.splitterState(QStringLiteral("other")).isEmpty());
        // The figure settings the window and the command line both compute with.
        QCOMPARE(store.app().figures().health.goingDarkDays, 35);
        QCOMPARE(store.app().figures().health.rhythmRule, false);
        QCOMPARE(store.app().figures().ourDomains, app.ourEmailDomains);
    }

    void outOfRangeValuesFallBackOneByOne() {
        const QString file = newFile();
        {
            // A file edited by hand, or written by another version, under the keys of the first versions.
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("goingDarkDays"), 99);
            raw.setValue(QStringLiteral("sync/intervalMinutes"), -5);
            raw.setValue(QStringLiteral("exchangeRates"),
                         QVariantMap{{QStringLiteral("USD"), -1.0}, {QStringLiteral("GBP"), 1.17}});
            raw.setValue(QStringLiteral("forecast/commitFromProbability"), 0.2);
            raw.setValue(QStringLiteral("forecast/bestCaseFromProbability"), 0.6); // commit below best case
            raw.setValue(QStringLiteral("snapshots/weeklyDay"), 9);
            raw.setValue(QStringLiteral("snapshots/weeklyHour"), 13);
            raw.setValue(QStringLiteral("crm/hubspot/kind"), 7); // a kind this version does not know
        }
        const SettingsStore store(file);
        QCOMPARE(store.app().goingDarkDays, kMaxGoingDarkDays);
        QCOMPARE(store.app().syncIntervalMinutes, 0);
        QCOMPARE(store.app().exchangeRates, (QMap<QString, double>{{QStringLiteral("GBP"), 1.17}}));
        QCOMPARE(store.forecast().categories, CategoryThresholds{});
        QCOMPARE(store.forecast().schedule.day, Qt::Monday);
        QCOMPARE(store.forecast().schedule.hour, 13);
        QCOMPARE(store.crmConnection(Source::HubSpot).kind, std::optional(CrmConnectionKind::HubSpotToken));
    }

    void theSavedConnectionTakesItsSecretsFromTheSecretStore() {
        SettingsStore store(newFile());
        sync::MemorySecretStore secrets;
        QVERIFY(!loadSavedCrmConnection(store, secrets));
        CrmConnectionSettings hubSpot;
        hubSpot.kind = CrmConnectionKind::HubSpotOAuth;
        hubSpot.clientId = QStringLiteral("client");
        hubSpot.objects = {QStringLiteral("deals")};
        hubSpot.syncOnStart = true;
        store.setCrmConnection(Source::HubSpot, hubSpot);
        QVERIFY2(!loadSavedCrmConnection(store, secrets), "no secrets yet: not complete");
        QString error;
        QVERIFY(secrets.write(clientSecretKey(Source::HubSpot), "secret", &error));
        QVERIFY(secrets.write(refreshTokenKey(Source::HubSpot), "refresh", &error));
        const std::optional<SavedCrmConnection> saved = loadSavedCrmConnection(store, secrets, &error);
        QVERIFY(saved);
        QCOMPARE(saved->connection.source, Source::HubSpot);
        QCOMPARE(saved->connection.clientId, QByteArray("client"));
        QCOMPARE(saved->connection.clientSecret, QByteArray("secret"));
        QCOMPARE(saved->connection.refreshToken, QByteArray("refresh"));
        QVERIFY(saved->connection.accessToken.isEmpty());
        QCOMPARE(saved->objects, sync::objectsToSync(Source::HubSpot, {QStringLiteral("deals")}));
        QVERIFY(saved->syncOnStart);
        // Nothing secret went to the settings file.
        store.flush();
        const QSettings raw(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_files)),
                            QSettings::IniFormat);
        for (const QString &key : raw.allKeys())
            QVERIFY2(!raw.value(key).toString().contains(QStringLiteral("secret")) &&
                         !raw.value(key).toString().contains(QStringLiteral("refresh")),
                     qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "test_settings_store.moc"
