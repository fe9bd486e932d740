// SPDX-License-Identifier: GPL-3.0-or-later
// "Our email domains" from the settings decide which side an address is on: emails whose direction their
// addresses decided (and forwarded ones) are decided again, buyer contacts engaged stops counting our own
// people, directions the CRM gave stay, and a cancelled refresh leaves the cache exactly as it was.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/FigureRefresh.h"
#include "analytics/OurDomains.h"
#include "domain/Direction.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/InteractionStore.h"
#include "store/MetricsStore.h"

#include <QtTest>

using namespace dp;
using test::PipelineBuilder;

namespace {

const Millis kNow = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;
const QString kColleague = QStringLiteral("se@seller-labs.com"); // our solutions engineer, a CRM contact

} // namespace

class TestOurDomains : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempCache> m_cache;
    FixedClock m_clock{kNow};

    Database &db() { return m_cache->db(); }

    void addEmail(const QString &id, const QString &deal, Millis at, const QString &from,
                  const QStringList &to, const QStringList &contacts, DirectionRule rule,
                  std::optional<Direction> fromSource = {}) {
        DirectoryStore directory(db());
        const EmailParties parties(directory.buyerAddresses(), directory.ourDomains());
        Interaction email;
        email.source = PipelineBuilder::kSource;
        email.remoteId = id;
        email.kind = InteractionKind::Email;
        email.occurredAt = at;
        email.subject = QStringLiteral("Re: rollout");
        email.fromAddress = from;
        email.toAddresses = to;
        email.directionRule = rule;
        email.direction = fromSource                         ? *fromSource
                          : rule == DirectionRule::Forwarded ? forwardedEmailDirection(parties, from, true)
                                                             : emailDirection(parties, from, to);
        email.dealRemoteIds = {deal};
        email.contactRemoteIds = contacts;
        InteractionStore(db()).upsert(email);
    }

    Direction directionOf(const QString &remoteId) {
        Statement query(db().handle(), "SELECT direction FROM interactions WHERE remote_id = ?1");
        query.bind(1, remoteId);
        return query.step() ? directionFromKey(query.text(0)).value_or(Direction::Internal)
                            : Direction::Internal;
    }

    DealMetrics metricsOf(const QString &deal) {
        const qint64 id = *DealStore(db()).dealId(PipelineBuilder::kSource, deal);
        return *MetricsStore(db()).find(id);
    }

    std::optional<FigureRefreshOutcome> apply(const QStringList &domains) {
        return refreshFigures(db(), m_clock, FigureSettings{HealthSettings{}, domains}, {});
    }

private slots:
    void init() {
        m_cache = std::make_unique<test::TempCache>();
        PipelineBuilder(db())
            .deal(QStringLiteral("d"), kNow - 90 * kDay)
            .email(QStringLiteral("d"), kNow - 30 * kDay, 1) // the buyer's last own word
            .deal(QStringLiteral("crm"), kNow - 90 * kDay);
        DirectoryStore(db()).upsertContact({PipelineBuilder::kSource, QStringLiteral("se"),
                                            QStringLiteral("acme"), QStringLiteral("Sam"),
                                            QStringLiteral("Engineer"), kColleague, QString()});
        DealStore(db()).setContactRole(PipelineBuilder::kSource,
                                       DealContactRole{QStringLiteral("d"), QStringLiteral("se"), {}, false});
        // Our engineer writes to the buyer: while seller-labs.com is not known as ours, the addresses read
        // it as the buyer writing.
        addEmail(QStringLiteral("se-mail"), QStringLiteral("d"), kNow - 2 * kDay, kColleague,
                 {QStringLiteral("buyer1@acme.com")}, {QStringLiteral("se"), QStringLiteral("c1")},
                 DirectionRule::Addresses);
        // He forwards a thread into the CRM: as a contact of the deal he passes for the buyer.
        addEmail(QStringLiteral("se-forward"), QStringLiteral("d"), kNow - 3 * kDay, kColleague,
                 {QStringLiteral("rep@seller.io")}, {QStringLiteral("se")}, DirectionRule::Forwarded);
        // HubSpot itself said this one came in: the CRM's word stands.
        addEmail(QStringLiteral("crm-mail"), QStringLiteral("crm"), kNow - 1 * kDay, kColleague,
                 {QStringLiteral("rep@seller.io")}, {QStringLiteral("se")}, DirectionRule::Source,
                 Direction::Inbound);
        AnalyticsEngine(db(), m_clock).recomputeAll({});
    }

    void ourColleagueReadsAsTheBuyerUntilTheDomainIsOurs() {
        QCOMPARE(directionOf(QStringLiteral("se-mail")), Direction::Inbound);
        QCOMPARE(directionOf(QStringLiteral("se-forward")), Direction::Inbound);
        const DealMetrics before = metricsOf(QStringLiteral("d"));
        QCOMPARE(before.band, HealthBand::Healthy);
        QCOMPARE(before.buyerContactsEngaged60d, 2);

        const std::optional<FigureRefreshOutcome> outcome = apply({QStringLiteral(" Seller-Labs.com ")});
        QVERIFY(outcome);
        QVERIFY(outcome->domainsApplied);
        QCOMPARE(outcome->directionsChanged, 2);
        QCOMPARE(DirectoryStore(db()).configuredOurDomains(), QStringList{QStringLiteral("seller-labs.com")});
        QCOMPARE(directionOf(QStringLiteral("se-mail")), Direction::Outbound);    // we wrote to the buyer
        QCOMPARE(directionOf(QStringLiteral("se-forward")), Direction::Outbound); // we forwarded it
        QCOMPARE(directionOf(QStringLiteral("crm-mail")), Direction::Inbound);    // the CRM's word

        const DealMetrics after = metricsOf(QStringLiteral("d"));
        QCOMPARE(after.lastInboundAt, std::optional<Millis>(kNow - 30 * kDay));
        QCOMPARE(after.band, HealthBand::Dark);
        QCOMPARE(after.buyerContactsEngaged60d, 1); // buyer 1 only, not our engineer
        // On the deal whose direction the CRM gave, our engineer no longer counts as a buyer contact.
        QCOMPARE(metricsOf(QStringLiteral("crm")).buyerContactsEngaged60d, 0);

        // Taking the domain back restores the first reading.
        QVERIFY(apply({}));
        QCOMPARE(directionOf(QStringLiteral("se-mail")), Direction::Inbound);
        QCOMPARE(metricsOf(QStringLiteral("d")).band, HealthBand::Healthy);
        QCOMPARE(metricsOf(QStringLiteral("crm")).buyerContactsEngaged60d, 1);
    }

    void sameDomainsChangeNothing() {
        QVERIFY(apply({QStringLiteral("seller-labs.com")}));
        QVERIFY(!ourDomainsDiffer(db(), {QStringLiteral("SELLER-LABS.COM")}));
        const std::optional<FigureRefreshOutcome> again = apply({QStringLiteral("seller-labs.com")});
        QVERIFY(again);
        QVERIFY(!again->domainsApplied);
        QCOMPARE(again->directionsChanged, 0);
    }

    void cancellingLeavesTheCacheAsItWas() {
        const DealMetrics before = metricsOf(QStringLiteral("d"));
        for (int stopAt : {0, 1, 2}) {
            int calls = 0;
            const std::optional<FigureRefreshOutcome> outcome = refreshFigures(
                db(), m_clock, FigureSettings{HealthSettings{}, {QStringLiteral("seller-labs.com")}},
                [&calls, stopAt](int, int) { return calls++ < stopAt; });
            QVERIFY(!outcome);
            QVERIFY(DirectoryStore(db()).configuredOurDomains().isEmpty());
            QCOMPARE(directionOf(QStringLiteral("se-mail")), Direction::Inbound);
            const DealMetrics after = metricsOf(QStringLiteral("d"));
            QCOMPARE(after.band, before.band);
            QCOMPARE(after.lastInboundAt, before.lastInboundAt);
            QCOMPARE(after.buyerContactsEngaged60d, before.buyerContactsEngaged60d);
        }
    }

    void cancellingARecomputeWritesNoFigure() {
        // A recompute for another going-dark setting, stopped half-way through writing: all old figures.
        PipelineBuilder builder(db());
        for (int i = 0; i < 600; ++i)
            builder.deal(QStringLiteral("bulk%1").arg(i), kNow - 40 * kDay);
        AnalyticsEngine engine(db(), m_clock);
        engine.recomputeAll({});
        int lastDone = 0;
        const std::optional<int> stopped =
            engine.recomputeAll(HealthSettings{42}, [&lastDone](int done, int total) {
                lastDone = done;
                return done < total * 3 / 4; // into the writing half
            });
        QVERIFY(!stopped);
        QVERIFY(lastDone > 0);
        int oldSetting = 0, total = 0;
        MetricsStore(db()).forEach([&](const DealMetrics &m) {
            ++total;
            oldSetting += m.goingDarkDays == 21 ? 1 : 0;
        });
        QCOMPARE(oldSetting, total);
        QVERIFY(engine.storedFiguresStale(HealthSettings{42}));
        QVERIFY(!engine.storedFiguresStale(HealthSettings{21}));
    }
};

QTEST_GUILESS_MAIN(TestOurDomains)
#include "test_our_domains.moc"
