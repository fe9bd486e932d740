// SPDX-License-Identifier: GPL-3.0-or-later
// What a sync tells the user reaches a Romanian window in Romanian: its warnings about the CRM's records,
// from a real sync against the HubSpot test server.

#include "HubSpotServer.h"
#include "SyncFixtures.h"
#include "TestSupport.h"
#include "translations/Language.h"

#include <QtTest>

using namespace dp;
using namespace dp::test;

class TestSyncLanguage : public QObject {
    Q_OBJECT

private slots:
    void cleanupTestCase() { installLanguage(QStringLiteral("en")); }

    void warningsAreInTheUsersLanguage() {
        QCOMPARE(installLanguage(QStringLiteral("ro")), QStringLiteral("ro"));
        HubSpotServer server;
        fillHubSpot(server, {2, 2, 0, 0});
        server.put(QStringLiteral("deals"), 1,
                   {{QStringLiteral("dealname"), QStringLiteral("Deal 1")},
                    {QStringLiteral("dealstage"), QStringLiteral("qualifiedtobuy")},
                    {QStringLiteral("pipeline"), QStringLiteral("default")},
                    {QStringLiteral("hubspot_owner_id"), QStringLiteral("100")},
                    {QStringLiteral("amount"), QStringLiteral("lots")}},
                   kBaseStamp);
        TempCache cache;
        const SyncOutcome outcome = syncHubSpot(cache.db(), server);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.report.warnings.count, 1);
        QCOMPARE(
            outcome.report.warnings.samples.value(0),
            QStringLiteral("oportunitatea 1: valoarea „lots” nu este un număr; nu s-a salvat nicio valoare"));

        installLanguage(QStringLiteral("en"));
        TempCache english;
        const SyncOutcome again = syncHubSpot(english.db(), server);
        QCOMPARE(again.report.warnings.samples.value(0),
                 QStringLiteral("deal 1: amount 'lots' is not a number; stored none"));
    }
};

QTEST_GUILESS_MAIN(TestSyncLanguage)
#include "test_sync_language.moc"
