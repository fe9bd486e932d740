// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON snapshot document: its envelope, every deal field, and atomic writing.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "forecast/SnapshotJson.h"
#include "translations/Language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

QJsonObject readDocument(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "bad json:" << error.errorString();
    return document.object();
}

} // namespace

class TestSnapshotJson : public QObject {
    Q_OBJECT

private slots:
    // Exports speak plain English whatever the user's language, with proper plurals.
    void initTestCase() { installLanguage(QStringLiteral("en")); }

    void documentCarriesEveryField() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("b-dark"), kAsOf - 40 * kDay, std::nullopt)
            .email(QStringLiteral("b-dark"), kAsOf - 30 * kDay, 1)
            .email(QStringLiteral("b-dark"), kAsOf - 2 * kDay, 0)
            .deal(QStringLiteral("a-busy"), kAsOf - 10 * kDay, 25000.5)
            .email(QStringLiteral("a-busy"), kAsOf - 1 * kDay, 2)
            .closeDateChange(QStringLiteral("a-busy"), kAsOf - 5 * kDay, QStringLiteral("2026-12-01"),
                             QStringLiteral("2027-01-31"))
            .closedDeal(QStringLiteral("c-won"), kAsOf - 300 * kDay, true);

        const QString path = cache.dir() + QStringLiteral("/snapshot.json");
        SnapshotOptions options{kAsOf + 3600000, kAsOf, HealthSettings{21}};
        QString error;
        QCOMPARE(writeSnapshotJson(cache.db(), options, path, &error), 3);
        const QJsonObject document = readDocument(path);
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("dealpulse-snapshot"));
        QCOMPARE(document.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(document.value(QStringLiteral("taken_at")).toString(),
                 QStringLiteral("2026-11-28T13:00:00Z"));
        QCOMPARE(document.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-28T12:00:00Z"));
        QCOMPARE(document.value(QStringLiteral("going_dark_days")).toInt(), 21);

        const QJsonArray deals = document.value(QStringLiteral("deals")).toArray();
        QCOMPARE(deals.size(), 3);
        // Ordered by (source, remote id), so two exports of the same cache compare line by line.
        QCOMPARE(deals[0].toObject().value(QStringLiteral("remote_id")).toString(), QStringLiteral("a-busy"));

        const QJsonObject busy = deals[0].toObject();
        QCOMPARE(busy.value(QStringLiteral("source")).toString(), QStringLiteral("test"));
        QCOMPARE(busy.value(QStringLiteral("name")).toString(), QStringLiteral("Deal a-busy"));
        QCOMPARE(busy.value(QStringLiteral("account")).toString(), QStringLiteral("Acme"));
        QCOMPARE(busy.value(QStringLiteral("owner_email")).toString(), QStringLiteral("rep@seller.io"));
        QCOMPARE(busy.value(QStringLiteral("stage")).toString(), QStringLiteral("Proposal"));
        QCOMPARE(busy.value(QStringLiteral("forecast_category")).toString(), QStringLiteral("pipeline"));
        QCOMPARE(busy.value(QStringLiteral("amount")).toDouble(), 25000.5);
        QCOMPARE(busy.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(busy.value(QStringLiteral("close_date")).toString(), QStringLiteral("2027-01-31"));
        QCOMPARE(busy.value(QStringLiteral("is_closed")).toBool(), false);
        QCOMPARE(busy.value(QStringLiteral("is_won")).toBool(), false);
        QCOMPARE(busy.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-18T12:00:00Z"));
        QCOMPARE(busy.value(QStringLiteral("close_date_pushes")).toInt(), 1);
        QVERIFY(busy.value(QStringLiteral("sentiment")).isNull());
        const QJsonObject health = busy.value(QStringLiteral("health")).toObject();
        QCOMPARE(health.value(QStringLiteral("band")).toString(), QStringLiteral("healthy"));
        QVERIFY(health.value(QStringLiteral("score")).isDouble());
        QVERIFY(!health.value(QStringLiteral("reasons")).toArray().isEmpty());
        const QJsonObject activity = busy.value(QStringLiteral("activity")).toObject();
        QCOMPARE(activity.value(QStringLiteral("last_inbound_at")).toString(),
                 QStringLiteral("2026-11-27T12:00:00Z"));
        QVERIFY(activity.value(QStringLiteral("last_outbound_at")).isNull());
        QCOMPARE(activity.value(QStringLiteral("inbound_28d")).toInt(), 1);
        QCOMPARE(activity.value(QStringLiteral("outbound_28d")).toInt(), 0);
        QCOMPARE(activity.value(QStringLiteral("buyer_contacts_engaged_60d")).toInt(), 1);

        const QJsonObject dark = deals[1].toObject();
        QVERIFY(dark.value(QStringLiteral("amount")).isNull()); // null, never 0
        QCOMPARE(dark.value(QStringLiteral("health")).toObject().value(QStringLiteral("band")).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(dark.value(QStringLiteral("health"))
                     .toObject()
                     .value(QStringLiteral("reasons"))
                     .toArray()
                     .first(),
                 QJsonValue(QStringLiteral("No reply from the buyer in 30 days")));

        const QJsonObject won = deals[2].toObject();
        QCOMPARE(won.value(QStringLiteral("is_closed")).toBool(), true);
        QCOMPARE(won.value(QStringLiteral("is_won")).toBool(), true);
        QCOMPARE(won.value(QStringLiteral("health")).toObject().value(QStringLiteral("band")).toString(),
                 QStringLiteral("closed"));
    }

    void asOfBeforeADealWasCreatedLeavesItOut() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).deal(QStringLiteral("x"), kAsOf);
        const QString path = cache.dir() + QStringLiteral("/early.json");
        QString error;
        QCOMPARE(writeSnapshotJson(cache.db(), SnapshotOptions{kAsOf, kAsOf - 1, {}}, path, &error), 0);
        QVERIFY(readDocument(path).value(QStringLiteral("deals")).toArray().isEmpty());
    }

    void failedWriteLeavesNoFileAndExplains() {
        test::TempCache cache;
        const QString path = cache.dir() + QStringLiteral("/no/such/folder/out.json");
        QString error;
        QCOMPARE(writeSnapshotJson(cache.db(), SnapshotOptions{kAsOf, kAsOf, {}}, path, &error), -1);
        QVERIFY(error.contains(QLatin1String("Cannot write")));
        QVERIFY(!QFile::exists(path));
    }

    void existingFileIsReplacedWhole() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).deal(QStringLiteral("x"), kAsOf - kDay);
        const QString path = cache.dir() + QStringLiteral("/out.json");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
        old.close();
        QString error;
        QCOMPARE(writeSnapshotJson(cache.db(), SnapshotOptions{kAsOf, kAsOf, {}}, path, &error), 1);
        QCOMPARE(readDocument(path).value(QStringLiteral("deals")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotJson)
#include "test_snapshot_json.moc"
