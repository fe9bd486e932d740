// SPDX-License-Identifier: GPL-3.0-or-later
// A deal's address in its CRM: built from checked ids only, so nothing a CRM sends makes us open anything
// but the CRM's own deal page over http(s).

#include "sync/CrmLinks.h"

#include <QtTest>

using namespace dp::sync;

class TestCrmLinks : public QObject {
    Q_OBJECT

private slots:
    void hubSpotDealPage() {
        CrmAccount account;
        account.hubSpotPortalId = QStringLiteral("62515");
        const std::optional<QUrl> url =
            crmDealUrl(QStringLiteral("hubspot"), QStringLiteral("1203"), account);
        QVERIFY(url);
        QCOMPARE(url->toString(), QStringLiteral("https://app.hubspot.com/contacts/62515/record/0-3/1203"));
    }

    void salesforceDealPage() {
        CrmAccount account;
        account.salesforceInstanceUrl = QStringLiteral("https://acme.my.salesforce.com/");
        for (const QString &id : {QStringLiteral("006Dn00000AbCdE"), QStringLiteral("006Dn00000AbCdEIAV")}) {
            const std::optional<QUrl> url = crmDealUrl(QStringLiteral("salesforce"), id, account);
            QVERIFY(url);
            QCOMPARE(
                url->toString(),
                QStringLiteral("https://acme.my.salesforce.com/lightning/r/Opportunity/%1/view").arg(id));
        }
        // A test server or a proxy on a port of its own keeps it.
        account.salesforceInstanceUrl = QStringLiteral("http://127.0.0.1:8443");
        QCOMPARE(
            crmDealUrl(QStringLiteral("salesforce"), QStringLiteral("006Dn00000AbCdE"), account)->toString(),
            QStringLiteral("http://127.0.0.1:8443/lightning/r/Opportunity/006Dn00000AbCdE/view"));
    }

    void hostileIdsAreRefused_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("remoteId");
        QTest::addColumn<QString>("portalId");
        QTest::addColumn<QString>("instanceUrl");
        const QString portal = QStringLiteral("62515");
        const QString instance = QStringLiteral("https://acme.my.salesforce.com");
        const QString hubspot = QStringLiteral("hubspot");
        const QString salesforce = QStringLiteral("salesforce");
        QTest::newRow("demo deal") << QStringLiteral("demo") << QStringLiteral("12") << portal << instance;
        QTest::newRow("no portal") << hubspot << QStringLiteral("12") << QString() << instance;
        QTest::newRow("portal path") << hubspot << QStringLiteral("12") << QStringLiteral("1/../../x")
                                     << instance;
        QTest::newRow("portal sign") << hubspot << QStringLiteral("12") << QStringLiteral("-5") << instance;
        QTest::newRow("portal digits elsewhere")
            << hubspot << QStringLiteral("12") << QStringLiteral("١٢٣") << instance;
        QTest::newRow("deal path") << hubspot << QStringLiteral("12/../../../evil") << portal << instance;
        QTest::newRow("deal query") << hubspot << QStringLiteral("12?next=evil") << portal << instance;
        QTest::newRow("deal space") << hubspot << QStringLiteral(" 12") << portal << instance;
        QTest::newRow("deal empty") << hubspot << QString() << portal << instance;
        QTest::newRow("deal huge") << hubspot << QString(40, QLatin1Char('9')) << portal << instance;
        QTest::newRow("sf id short") << salesforce << QStringLiteral("006Dn0000") << portal << instance;
        QTest::newRow("sf id slash") << salesforce << QStringLiteral("006Dn00000Ab/dE") << portal << instance;
        QTest::newRow("sf id 16") << salesforce << QStringLiteral("006Dn00000AbCdEX") << portal << instance;
        QTest::newRow("sf no instance")
            << salesforce << QStringLiteral("006Dn00000AbCdE") << portal << QString();
        QTest::newRow("sf file") << salesforce << QStringLiteral("006Dn00000AbCdE") << portal
                                 << QStringLiteral("file:///etc");
        QTest::newRow("sf javascript") << salesforce << QStringLiteral("006Dn00000AbCdE") << portal
                                       << QStringLiteral("javascript:alert(1)");
        QTest::newRow("sf user info") << salesforce << QStringLiteral("006Dn00000AbCdE") << portal
                                      << QStringLiteral("https://acme.my.salesforce.com@evil.example");
        QTest::newRow("sf path") << salesforce << QStringLiteral("006Dn00000AbCdE") << portal
                                 << QStringLiteral("https://evil.example/redirect?to=");
        QTest::newRow("sf query") << salesforce << QStringLiteral("006Dn00000AbCdE") << portal
                                  << QStringLiteral("https://acme.my.salesforce.com?x=1");
        QTest::newRow("sf no host") << salesforce << QStringLiteral("006Dn00000AbCdE") << portal
                                    << QStringLiteral("https:///path");
        QTest::newRow("sf relative") << salesforce << QStringLiteral("006Dn00000AbCdE") << portal
                                     << QStringLiteral("acme.my.salesforce.com");
    }

    void hostileIdsAreRefused() {
        QFETCH(QString, source);
        QFETCH(QString, remoteId);
        QFETCH(QString, portalId);
        QFETCH(QString, instanceUrl);
        CrmAccount account;
        account.hubSpotPortalId = portalId;
        account.salesforceInstanceUrl = instanceUrl;
        const std::optional<QUrl> url = crmDealUrl(source, remoteId, account);
        QVERIFY2(!url, url ? qPrintable(url->toString()) : "");
    }
};

QTEST_GUILESS_MAIN(TestCrmLinks)
#include "test_crm_links.moc"
