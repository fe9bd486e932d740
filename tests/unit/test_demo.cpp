// SPDX-License-Identifier: GPL-3.0-or-later
// The demo pipeline: deterministic for a seed and "now", the expected shape at the default size, direction
// consistent with the rules, every pattern the dashboard must catch present, nothing in the future except
// booked meetings, and a cancel that stops early and leaves a consistent cache.

#include "TestSupport.h"
#include "analytics/HealthRules.h"
#include "analytics/InboundRhythm.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/LanguageDetector.h"
#include "demo/DemoCast.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoPhrases.h"
#include "demo/DemoStory.h"
#include "domain/Direction.h"
#include "domain/TimeFormat.h"
#include "store/ActivityStore.h"
#include "store/DirectoryStore.h"
#include "store/MetaStore.h"

#include <QCryptographicHash>
#include <QtTest>

#include <map>
#include <set>

using namespace dp;

namespace {

constexpr Millis kDay = kMillisPerDay;

Millis demoNow() {
    return test::at("2026-11-28T07:39:45Z");
}

qint64 scalar(Database &db, const std::string &sql, std::initializer_list<qint64> binds = {}) {
    Statement query(db.handle(), sql);
    int index = 0;
    for (qint64 value : binds)
        query.bind(++index, value);
    return query.step() ? query.int64(0) : 0;
}

// Every table's rows, primary key order, in one digest: equal digests mean equal caches.
QByteArray cacheDigest(Database &db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement tables(db.handle(),
                     "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                     " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name");
    while (tables.step()) {
        const QString table = tables.text(0);
        QStringList columns;
        QStringList keys;
        Statement info(db.handle(), "SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid");
        info.bind(1, table);
        std::map<qint64, QString> keyOrder;
        while (info.step()) {
            columns << QStringLiteral("quote(\"%1\")").arg(info.text(0));
            if (info.int64(1) > 0)
                keyOrder[info.int64(1)] = QStringLiteral("\"%1\"").arg(info.text(0));
        }
        for (const auto &[position, key] : keyOrder)
            keys << key;
        if (keys.isEmpty())
            keys << QStringLiteral("1");
        const QString sql =
            QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                .arg(columns.join(QLatin1String(" || '|' || ")), table, keys.join(QLatin1String(", ")));
        hash.addData(table.toUtf8());
        Statement rows(db.handle(), sql.toStdString());
        while (rows.step())
            hash.addData(rows.text(0).toUtf8());
    }
    return hash.result();
}

DemoSummary generate(Database &db, quint64 seed, int deals, Millis now) {
    return DemoGenerator(db, {seed, deals, now}).run();
}

// The phrase files as compiled into the application.
demo::PhraseTexts builtinTexts() {
    demo::PhraseTexts texts;
    for (const QString &name : demo::DemoPhrases::fileNames()) {
        QFile file(QStringLiteral(":/demo/") + name);
        if (file.open(QIODevice::ReadOnly))
            texts[name] = QString::fromUtf8(file.readAll());
    }
    return texts;
}

// Buyer engagement per open deal, as the dashboard derives it.
constexpr const char *kLastInbound = "SELECT d.id, (SELECT max(i.occurred_at) FROM interaction_deals l JOIN "
                                     "interactions i ON i.id = l.interaction_id"
                                     " WHERE l.deal_id = d.id AND i.direction = 'inbound' AND i.occurred_at "
                                     "<= ?1) FROM deals d WHERE d.is_closed = 0";

// The interactions of the Romanian team's deals (every fifth deal, on accounts numbered apart).
constexpr const char *kRomanianInteractions =
    "SELECT i.id, i.kind, i.subject, i.body_text, i.transcript, i.direction FROM interactions i JOIN"
    " interaction_deals l ON l.interaction_id = i.id JOIN deals d ON d.id = l.deal_id JOIN accounts a ON"
    " a.id = d.account_id WHERE a.remote_id LIKE 'account-ro-%' ORDER BY i.id";

} // namespace

// The digests below are those of a gcc build (the dev preset and the package). A clang build makes another
// demo, stable from run to run: the generator's output depends on something C++ leaves to the compiler
// (most likely two random draws within one expression). Until that is traced, clang checks stability only.
#ifdef __clang__
constexpr bool kDigestsRecordedForThisCompiler = false;
#else
constexpr bool kDigestsRecordedForThisCompiler = true;
#endif

class TestDemo : public QObject {
    Q_OBJECT

private:
    // The invariants every demo cache keeps, whatever its size, seed or "now".
    void checkInvariants(Database &db, Millis now, const DemoSummary &summary) {
        QCOMPARE(scalar(db, "SELECT count(*) FROM teams"), qint64(summary.teams));
        QCOMPARE(scalar(db, "SELECT count(*) FROM owners"), qint64(summary.owners));
        QCOMPARE(scalar(db, "SELECT count(*) FROM accounts"), qint64(summary.accounts));
        QCOMPARE(scalar(db, "SELECT count(*) FROM contacts"), qint64(summary.contacts));
        QCOMPARE(scalar(db, "SELECT count(*) FROM deals"), qint64(summary.deals));
        QCOMPARE(scalar(db, "SELECT count(*) FROM interactions"), qint64(summary.interactions));

        // Nothing after now except meetings booked for the coming three weeks, and those only.
        QCOMPARE(scalar(db,
                        "SELECT count(*) FROM interactions WHERE occurred_at > ?1 AND NOT (kind = 'meeting'"
                        " AND status = 'scheduled')",
                        {now}),
                 0);
        QCOMPARE(scalar(db,
                        "SELECT count(*) FROM interactions WHERE status = 'scheduled' AND (occurred_at <= ?1"
                        " OR occurred_at > ?1 + ?2 OR kind <> 'meeting')",
                        {now, 21 * kDay}),
                 0);

        // Every interaction concerns exactly one deal; every buyer-facing one names its buyer contacts.
        QCOMPARE(scalar(db,
                        "SELECT count(*) FROM interactions i WHERE (SELECT count(*) FROM interaction_deals l"
                        " WHERE l.interaction_id = i.id) <> 1"),
                 0);
        QCOMPARE(scalar(db,
                        "SELECT count(*) FROM interactions i WHERE i.direction <> 'internal' AND NOT EXISTS"
                        " (SELECT 1 FROM interaction_contacts c WHERE c.interaction_id = i.id)"),
                 0);

        // No slot left unfilled in any text.
        QCOMPARE(
            scalar(db,
                   "SELECT count(*) FROM interactions WHERE subject LIKE '%{_}%' OR body_text LIKE '%{_}%'"
                   " OR transcript LIKE '%{_}%' OR body_html LIKE '%{_}%'"),
            0);

        // Field history agrees with the deal: the last change of each field is the deal's value.
        QCOMPARE(
            scalar(
                db,
                "SELECT count(*) FROM deals d WHERE d.stage <> (SELECT h.new_value FROM deal_field_history h"
                " WHERE h.deal_id = d.id AND h.field = 'stage' ORDER BY h.changed_at DESC LIMIT 1)"),
            0);
        QCOMPARE(
            scalar(
                db,
                "SELECT count(*) FROM deals d WHERE EXISTS (SELECT 1 FROM deal_field_history h WHERE"
                " h.deal_id = d.id AND h.field = 'close_date') AND d.close_date <> (SELECT h.new_value FROM"
                " deal_field_history h WHERE h.deal_id = d.id AND h.field = 'close_date' ORDER BY"
                " h.changed_at DESC LIMIT 1)"),
            0);
        QCOMPARE(
            scalar(
                db,
                "SELECT count(*) FROM deals d WHERE EXISTS (SELECT 1 FROM deal_field_history h WHERE"
                " h.deal_id = d.id AND h.field = 'amount') AND d.amount <> (SELECT CAST(h.new_value AS REAL)"
                " FROM deal_field_history h WHERE h.deal_id = d.id AND h.field = 'amount' ORDER BY"
                " h.changed_at DESC LIMIT 1)"),
            0);
        // Stage history starts when the deal was created, from nothing.
        QCOMPARE(
            scalar(db,
                   "SELECT count(*) FROM deals d WHERE NOT EXISTS (SELECT 1 FROM deal_field_history h WHERE"
                   " h.deal_id = d.id AND h.field = 'stage' AND coalesce(h.old_value, '') = '' AND "
                   "h.changed_at ="
                   " d.created_at)"),
            0);
        // Close-date changes are pushes to a later date, and none happens after now.
        QCOMPARE(scalar(db,
                        "SELECT count(*) FROM deal_field_history WHERE field = 'close_date' AND new_value <="
                        " old_value"),
                 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM deal_field_history WHERE changed_at > ?1", {now}), 0);
        checkDirections(db);
    }

    // Recomputes every interaction's direction with the rules in Direction.h from its stored facts.
    void checkDirections(Database &db) {
        DirectoryStore directory(db);
        const EmailParties parties(directory.buyerAddresses(), directory.ourDomains());
        Statement rows(
            db.handle(),
            "SELECT kind, direction, status, from_address, to_addresses, cc_addresses FROM interactions");
        int mismatches = 0;
        std::map<QString, int> seen;
        while (rows.step()) {
            const QString kind = rows.text(0);
            const QString stored = rows.text(1);
            const QString status = rows.text(2);
            const QString from = rows.text(3);
            QStringList recipients = rows.text(4).split(QLatin1String(", "), Qt::SkipEmptyParts);
            recipients += rows.text(5).split(QLatin1String(", "), Qt::SkipEmptyParts);
            Direction expected = Direction::Internal;
            if (kind == QLatin1String("email")) {
                expected = emailDirection(parties, from, recipients);
            } else if (kind == QLatin1String("meeting")) {
                bool buyerInvited = false;
                for (const QString &address : recipients)
                    buyerInvited = buyerInvited || parties.isBuyer(address);
                expected = meetingDirection(status, buyerInvited);
            } else if (kind == QLatin1String("call")) {
                expected = callDirection(status, parties.isBuyer(from));
            }
            if (toKey(expected) != stored)
                ++mismatches;
            ++seen[kind + QLatin1Char('/') + stored];
        }
        QCOMPARE(mismatches, 0);
        // Both sides of the rules are exercised.
        for (const char *combination :
             {"email/inbound", "email/outbound", "email/internal", "meeting/inbound", "meeting/outbound",
              "call/inbound", "call/outbound", "note/internal"})
            QVERIFY2(seen[QLatin1String(combination)] > 0, combination);
    }

    // Open deals whose last buyer inbound lies between lo and hi days before now.
    int openDealsLastInboundBetween(Database &db, Millis now, int lo, int hi) {
        Statement rows(db.handle(), kLastInbound);
        rows.bind(1, now);
        int count = 0;
        while (rows.step()) {
            if (rows.isNull(1))
                continue;
            const Millis age = now - rows.int64(1);
            count += age >= lo * kDay && age <= hi * kDay ? 1 : 0;
        }
        return count;
    }

    test::TempCache m_cache;
    DemoSummary m_summary;
    QList<QPair<int, int>> m_progress;

private slots:
    void initTestCase() {
        DemoOptions options;
        options.now = demoNow();
        m_summary = DemoGenerator(m_cache.db(), options).run([this](int done, int total) {
            m_progress.append({done, total});
            return true;
        });
    }

    void defaultDemoIsTheRecordedOne() {
        // The demo is what screenshots, documentation and the benchmark show: the same seed and "now" must
        // give the same cache, byte for byte, in every build. A change to the phrase files, the story or the
        // schema changes this digest on purpose; record the new one in the same commit and say why there.
        if (!kDigestsRecordedForThisCompiler)
            QSKIP("The recorded digests are a gcc build's; this compiler makes another (stable) demo.");
        QCOMPARE(cacheDigest(m_cache.db()).toHex(),
                 QByteArray("5c991cf560defcab3be94fad11f975cb8218f34fc9c99e7091cae8f9c21a999c"));
    }

    void defaultSizeHasTheExpectedShape() {
        Database &db = m_cache.db();
        QCOMPARE(m_summary.deals, 600);
        QCOMPARE(m_summary.teams, 4);   // three English-speaking teams and the Romanian one
        QCOMPARE(m_summary.owners, 19); // 12 + 3 reps and a manager per team
        QVERIFY2(m_summary.interactions >= 32000 && m_summary.interactions <= 48000,
                 qPrintable(QString::number(m_summary.interactions)));
        QVERIFY(m_summary.accounts >= 380 && m_summary.accounts <= 560);
        QVERIFY(m_summary.contacts >= m_summary.accounts * 2 && m_summary.contacts <= m_summary.accounts * 6);
        checkInvariants(db, demoNow(), m_summary);

        // Each team has a manager who is an owner in that team and carries no deals.
        QCOMPARE(scalar(db, "SELECT count(*) FROM teams t JOIN owners o ON o.id = t.manager_owner_id AND "
                            "o.team_id = t.id"),
                 4);
        QCOMPARE(scalar(db, "SELECT count(*) FROM deals d JOIN teams t ON t.manager_owner_id = d.owner_id"),
                 0);
        QCOMPARE(scalar(db, "SELECT count(DISTINCT owner_id) FROM deals"), 15);

        // Open pipeline plus four quarters of history.
        const qint64 open = scalar(db, "SELECT count(*) FROM deals WHERE is_closed = 0");
        const qint64 won = scalar(db, "SELECT count(*) FROM deals WHERE is_won = 1");
        QVERIFY(open >= 220 && open <= 330);
        QVERIFY(won >= 100 && won <= 180);
        QCOMPARE(
            scalar(
                db,
                "SELECT count(*) FROM deals WHERE is_closed = 1 AND NOT ((is_won = 1 AND stage = 'Closed Won'"
                " AND forecast_category = 'closed' AND stage_probability = 1.0) OR (is_won = 0 AND stage ="
                " 'Closed Lost' AND forecast_category = 'omitted' AND stage_probability = 0.0))"),
            0);
        QCOMPARE(
            scalar(db,
                   "SELECT count(*) FROM deals WHERE is_closed = 0 AND forecast_category NOT IN ('pipeline',"
                   " 'best_case', 'commit')"),
            0);
        for (const char *category : {"pipeline", "best_case", "commit"})
            QVERIFY(
                scalar(db, std::string(
                               "SELECT count(*) FROM deals WHERE is_closed = 0 AND forecast_category = '") +
                               category + "'") >= 20);
        QCOMPARE(scalar(db, "SELECT count(DISTINCT stage) FROM deals WHERE is_closed = 0"), 5);

        // Interactions vary a lot per deal around about 65.
        Statement perDeal(db.handle(),
                          "SELECT min(n), max(n), avg(n) FROM (SELECT count(*) AS n FROM interaction_deals"
                          " GROUP BY deal_id)");
        QVERIFY(perDeal.step());
        QVERIFY2(perDeal.int64(0) <= 15 && perDeal.int64(1) >= 150, "too little variation per deal");
        QVERIFY(perDeal.real(2) >= 55 && perDeal.real(2) <= 80);
    }

    void amountsCurrenciesAndCloseDates() {
        Database &db = m_cache.db();
        const qint64 deals = scalar(db, "SELECT count(*) FROM deals");
        // The English-speaking teams sell mostly in dollars, the Romanian one in lei.
        const qint64 romanian =
            scalar(db, "SELECT count(*) FROM deals d JOIN accounts a ON a.id = d.account_id"
                       " WHERE a.remote_id LIKE 'account-ro-%'");
        QCOMPARE(romanian, deals / 5);
        QVERIFY(scalar(db, "SELECT count(*) FROM deals WHERE currency = 'USD'") > (deals - romanian) * 3 / 4);
        QVERIFY(scalar(db, "SELECT count(*) FROM deals WHERE currency = 'RON'") > romanian / 2);
        QVERIFY(scalar(db, "SELECT count(*) FROM deals WHERE currency = 'EUR'") > 0);
        QVERIFY(scalar(db, "SELECT count(*) FROM deals WHERE currency = 'GBP'") > 0);
        const qint64 missing = scalar(db, "SELECT count(*) FROM deals WHERE amount IS NULL");
        QVERIFY(missing > 0 && missing < deals / 10);
        QVERIFY(scalar(db, "SELECT count(*) FROM deals WHERE amount BETWEEN 5000 AND 250000") >
                deals * 3 / 4);
        QVERIFY(scalar(db, "SELECT count(*) FROM deals WHERE amount > 250000") > 0);
        QVERIFY(scalar(db, "SELECT count(*) FROM deal_field_history WHERE field = 'amount'") > 20);
        QVERIFY(scalar(db, "SELECT count(*) FROM deal_field_history WHERE field = 'forecast_category'") >
                100);

        // Open deals close this quarter or within the next two; some are overdue.
        QVERIFY(scalar(db, "SELECT count(*) FROM deals WHERE is_closed = 0 AND close_date < '2026-11-28'") >=
                5);
        QCOMPARE(scalar(db, "SELECT count(*) FROM deals WHERE is_closed = 0 AND (close_date < '2026-10-01' OR"
                            " close_date > '2027-06-30')"),
                 0);
    }

    void goingDarkAtSeveralAges() {
        Database &db = m_cache.db();
        QVERIFY(openDealsLastInboundBetween(db, demoNow(), 11, 19) >= 5); // about 15 days
        QVERIFY(openDealsLastInboundBetween(db, demoNow(), 21, 29) >= 5); // about 25
        QVERIFY(openDealsLastInboundBetween(db, demoNow(), 30, 45) >= 5); // about 35
        QVERIFY(openDealsLastInboundBetween(db, demoNow(), 50, 70) >= 5); // about 60
    }

    void goingDarkAgainstTheBuyersRhythm() {
        // Both sides of the rhythm rule: fast responders gone quiet, flagged before the fixed rule sees them,
        // and slow, steady buyers whom only the fixed rule flags.
        int fixedRule = 0;
        int rhythmRule = 0;
        int rhythmOnly = 0;
        int fixedOnly = 0;
        int fixedOnlyWithinRhythm = 0; // enough history to judge, and silent no longer than usual
        for (const DealActivityFacts &facts :
             ActivityStore(m_cache.db()).facts(demoNow(), ActivityStore::Scope::AllDeals)) {
            if (facts.isClosed)
                continue;
            const bool dark = isGoingDark(facts, demoNow(), kDefaultGoingDarkDays);
            const std::optional<InboundRhythm> rhythm =
                facts.lastInboundAt ? inboundRhythm(facts.latestInbound) : std::nullopt;
            const bool beyond = rhythm && silentBeyondRhythm(*rhythm, *facts.lastInboundAt, demoNow());
            fixedRule += dark;
            rhythmRule += beyond;
            rhythmOnly += beyond && !dark;
            fixedOnly += dark && !beyond;
            fixedOnlyWithinRhythm += dark && rhythm && !beyond;
        }
        qInfo("open deals flagged: fixed 21-day rule %d, rhythm rule %d; only the rhythm rule %d, only the "
              "fixed rule %d (%d of them with enough history, within their rhythm)",
              fixedRule, rhythmRule, rhythmOnly, fixedOnly, fixedOnlyWithinRhythm);
        QVERIFY(rhythmOnly >= 5);
        QVERIFY(fixedOnlyWithinRhythm >= 3);
    }

    void dealsWithNoInboundEver() {
        Statement rows(m_cache.db().handle(), kLastInbound);
        rows.bind(1, demoNow());
        int never = 0;
        while (rows.step())
            never += rows.isNull(1) ? 1 : 0;
        QVERIFY(never >= 5);
        // ...and the rep did try.
        QCOMPARE(scalar(m_cache.db(),
                        "SELECT count(*) FROM deals d WHERE d.is_closed = 0 AND NOT EXISTS (SELECT 1 FROM"
                        " interaction_deals l JOIN interactions i ON i.id = l.interaction_id WHERE"
                        " l.deal_id = d.id AND i.direction = 'outbound')"),
                 0);
    }

    void outboundOnlyStretches() {
        // A buyer who used to answer, and four weeks of rep emails with no reply.
        const qint64 chasing = scalar(
            m_cache.db(),
            "SELECT count(*) FROM deals d WHERE d.is_closed = 0 AND (SELECT count(*) FROM interaction_deals "
            "l JOIN"
            " interactions i ON i.id = l.interaction_id WHERE l.deal_id = d.id AND i.kind = 'email' AND "
            "i.direction ="
            " 'outbound' AND i.occurred_at > ?1 - ?2 AND i.occurred_at <= ?1) >= 4 AND NOT EXISTS (SELECT 1 "
            "FROM"
            " interaction_deals l JOIN interactions i ON i.id = l.interaction_id WHERE l.deal_id = d.id AND"
            " i.direction = 'inbound' AND i.occurred_at > ?1 - ?2 AND i.occurred_at <= ?1) AND EXISTS "
            "(SELECT 1 FROM"
            " interaction_deals l JOIN interactions i ON i.id = l.interaction_id WHERE l.deal_id = d.id AND"
            " i.direction = 'inbound')",
            {demoNow(), 28 * kDay});
        QVERIFY2(chasing >= 5, qPrintable(QString::number(chasing)));
        // The nudges read like nudges.
        QVERIFY(scalar(m_cache.db(),
                       "SELECT count(*) FROM interactions WHERE direction = 'outbound' AND body_text LIKE"
                       " '%bumping this up%'") > 0);
    }

    void singleThreadedDeals() {
        const qint64 single =
            scalar(m_cache.db(),
                   "SELECT count(*) FROM deals d WHERE d.is_closed = 0 AND (SELECT count(DISTINCT"
                   " c.contact_id) FROM interaction_deals l JOIN interactions i ON i.id ="
                   " l.interaction_id JOIN interaction_contacts c ON c.interaction_id = i.id WHERE"
                   " l.deal_id = d.id AND i.direction = 'inbound') = 1 AND (SELECT count(*) FROM"
                   " interaction_deals l JOIN interactions i ON i.id = l.interaction_id WHERE"
                   " l.deal_id = d.id AND i.direction = 'inbound' AND i.occurred_at > ?1 - ?2) >= 3",
                   {demoNow(), 30 * kDay});
        QVERIFY(single >= 5);
    }

    void closeDatesPushedOnceAndSeveralTimes() {
        Database &db = m_cache.db();
        const std::string pushes =
            "SELECT count(*) FROM deals d WHERE d.is_closed = 0 AND (SELECT count(*) FROM"
            " deal_field_history h WHERE h.deal_id = d.id AND h.field = 'close_date')";
        QVERIFY(scalar(db, pushes + " = 1") >= 5);
        QVERIFY(scalar(db, pushes + " >= 2") >= 5);
        QVERIFY(scalar(db, pushes + " >= 3") >= 1);
        QVERIFY(
            scalar(
                db,
                "SELECT count(*) FROM interactions WHERE kind = 'note' AND body_text LIKE '%close date%'") >
            0);
    }

    void dealsStalledInStage() {
        // Stuck in the stage for two months or more while the buyer still answers now and then.
        const qint64 stalled =
            scalar(m_cache.db(),
                   "SELECT count(*) FROM deals d WHERE d.is_closed = 0 AND (SELECT max(changed_at) FROM"
                   " deal_field_history h WHERE h.deal_id = d.id AND h.field = 'stage') < ?1 - ?2 AND"
                   " EXISTS (SELECT 1 FROM interaction_deals l JOIN interactions i ON i.id ="
                   " l.interaction_id WHERE l.deal_id = d.id AND i.direction = 'inbound' AND"
                   " i.occurred_at > ?1 - ?3 AND i.occurred_at <= ?1)",
                   {demoNow(), 60 * kDay, 21 * kDay});
        QVERIFY(stalled >= 5);
    }

    void sentimentTurnsNegative() {
        // Recent buyer mails with negative wording, in deals whose earlier buyer mails were not.
        const qint64 souring = scalar(m_cache.db(),
                                      "WITH buyer AS (SELECT l.deal_id, i.occurred_at, (i.body_text LIKE "
                                      "'%disappointed%' OR i.body_text LIKE"
                                      " '%frustrat%' OR i.body_text LIKE '%nfortunately%' OR i.body_text "
                                      "LIKE '%doubts%' OR i.body_text LIKE"
                                      " '%is a problem%' OR i.body_text LIKE '%still a problem%' OR "
                                      "i.body_text LIKE '%confidence on our side%' OR"
                                      " i.body_text LIKE '%worried%' OR i.body_text LIKE '%a real problem%') "
                                      "AS negative FROM interaction_deals l"
                                      " JOIN interactions i ON i.id = l.interaction_id WHERE i.kind = "
                                      "'email' AND i.direction = 'inbound')"
                                      " SELECT count(*) FROM deals d WHERE d.is_closed = 0"
                                      " AND (SELECT count(*) FROM buyer b WHERE b.deal_id = d.id AND "
                                      "b.negative AND b.occurred_at > ?1 - ?2) >= 3"
                                      " AND (SELECT count(*) FROM buyer b WHERE b.deal_id = d.id AND NOT "
                                      "b.negative AND b.occurred_at <= ?1 - ?2) >= 3",
                                      {demoNow(), 28 * kDay});
        QVERIFY(souring >= 5);
    }

    // Buyer sentiment comes from the buyer's words only: every score that counts as the buyer's (inbound
    // mail, calls, meetings) was read from text the buyer wrote, never from our rep's notes, our side of a
    // transcript, or our mail quoted in a reply.
    void buyerSentimentIsTheBuyersWordsOnly() {
        test::TempCache cache;
        generate(cache.db(), 7, 120, demoNow());
        Database &db = cache.db();
        sentiment::rescoreCache(db, false);
        const sentiment::OurSide ours = sentiment::ourSide(db);
        QSet<QString> ourSentences; // long enough to be ours alone
        Statement outbound(db.handle(), "SELECT body_text FROM interactions"
                                        " WHERE direction = 'outbound' AND kind = 'email'");
        while (outbound.step()) {
            const QString text = outbound.text(0);
            for (const sentiment::TextSpan &sentence : sentiment::splitSentences(text)) {
                const QString words = text.mid(sentence.begin, sentence.length).trimmed();
                if (words.size() >= 40)
                    ourSentences.insert(words);
            }
        }
        QVERIFY(ourSentences.size() > 20);
        const sentiment::SalesScorer scorer;
        Statement buyerSide(db.handle(), "SELECT id, kind, subject, body_text, transcript FROM interactions"
                                         " WHERE sentiment IS NOT NULL AND is_deleted = 0"
                                         " AND (direction = 'inbound' OR kind IN ('call', 'meeting'))");
        int scored = 0;
        int spoken = 0;
        while (buyerSide.step()) {
            const InteractionText text{buyerSide.int64(0), buyerSide.text(1), buyerSide.text(2),
                                       buyerSide.text(3), buyerSide.text(4)};
            const bool isCall = text.kind != QLatin1String("email");
            if (isCall) {
                QVERIFY2(!text.transcript.trimmed().isEmpty(), qPrintable(text.bodyText));
                ++spoken;
                for (const sentiment::Utterance &utterance :
                     sentiment::transcriptUtterances(text.transcript, ours))
                    QVERIFY2(!utterance.buyer || !ours.names.contains(utterance.speaker.toLower()),
                             qPrintable(utterance.speaker));
            }
            const sentiment::InteractionAnalysis analysis = sentiment::analyseInteraction(scorer, text, ours);
            for (const QString &sentence : std::as_const(ourSentences))
                QVERIFY2(!analysis.learnerText.contains(sentence), qPrintable(sentence));
            ++scored;
        }
        qInfo("%d buyer-side scores checked, %d of them calls or meetings with a transcript", scored, spoken);
        QVERIFY(scored > 100);
        // The rep's notes of calls and meetings without a transcript carry no score at all.
        QCOMPARE(scalar(db, "SELECT count(*) FROM interactions WHERE kind IN ('call', 'meeting')"
                            " AND trim(transcript) = '' AND sentiment IS NOT NULL"),
                 qint64(0));
    }

    void theRomanianTeamSellsInRomanian() {
        Database &db = m_cache.db();
        // A team of its own: a manager and three reps, who carry every fifth deal.
        QCOMPARE(scalar(db, "SELECT count(*) FROM owners o JOIN teams t ON t.id = o.team_id"
                            " WHERE t.name = 'Vânzări România'"),
                 4);
        QCOMPARE(scalar(db,
                        "SELECT count(DISTINCT d.owner_id) FROM deals d JOIN owners o ON o.id = d.owner_id"
                        " JOIN teams t ON t.id = o.team_id WHERE t.name = 'Vânzări România'"),
                 3);
        QCOMPARE(scalar(db, "SELECT count(*) FROM deals d JOIN owners o ON o.id = d.owner_id JOIN teams t ON"
                            " t.id = o.team_id JOIN accounts a ON a.id = d.account_id WHERE"
                            " (t.name = 'Vânzări România') <> (a.remote_id LIKE 'account-ro-%')"),
                 0);
        // Romanian companies and people, on .ro addresses.
        const qint64 contacts = scalar(db, "SELECT count(*) FROM contacts c JOIN accounts a ON a.id ="
                                           " c.account_id WHERE a.remote_id LIKE 'account-ro-%'");
        QVERIFY(contacts >= 100);
        QCOMPARE(scalar(db, "SELECT count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE"
                            " a.remote_id LIKE 'account-ro-%' AND c.email NOT LIKE '%.ro'"),
                 0);
        QVERIFY(scalar(db, "SELECT count(*) FROM contacts WHERE last_name IN ('Popescu', 'Ionescu',"
                           " 'Mureșan', 'Stănescu', 'Rădulescu', 'Șerban')") > 10);
    }

    // The Romanian buyers' mail is Romanian, as they type it (with diacritics, the old cedilla letters or
    // none), answers quote our mail below as Romanian mail clients do, and the intents of what the buyer
    // wrote show on its card, scored already by the intents alone.
    void romanianBuyerMailShowsIntents() {
        Database &db = m_cache.db();
        const sentiment::OurSide ours = sentiment::ourSide(db);
        const sentiment::SalesScorer scorer;
        Statement rows(db.handle(), kRomanianInteractions);
        int inbound = 0;
        int withIntents = 0;
        int counted = 0;
        int quoted = 0;
        int withoutDiacritics = 0;
        int cedilla = 0;
        int transcripts = 0;
        int transcriptsWithIntents = 0;
        std::set<sentiment::IntentFamily> families;
        static const QRegularExpression diacritics(QStringLiteral("[ăâîșțşţĂÂÎȘȚŞŢ]"));
        while (rows.step()) {
            const InteractionText text{rows.int64(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4)};
            const bool spoken = text.kind != QLatin1String("email") && !text.transcript.trimmed().isEmpty();
            if (!spoken && (text.kind != QLatin1String("email") || rows.text(5) != QLatin1String("inbound")))
                continue;
            const sentiment::InteractionAnalysis analysis = sentiment::analyseInteraction(scorer, text, ours);
            QVERIFY2(!analysis.learnerText.isEmpty(), qPrintable(text.bodyText));
            QVERIFY2(sentiment::detectLanguage(analysis.learnerText) == sentiment::Language::Romanian,
                     qPrintable(analysis.learnerText));
            QCOMPARE(analysis.score.language, sentiment::Language::Romanian);
            for (const sentiment::IntentMatch &intent : analysis.score.intents)
                families.insert(intent.family);
            if (sentiment::hasCountedIntent(analysis.score)) {
                // A sentence with a counted intent always bears on the score. The mail as a whole may still
                // come out at 0: a next step after a complaint averages +0.36 and -0.36.
                for (const sentiment::SentenceScore &sentence : analysis.score.sentences)
                    QVERIFY2(
                        std::none_of(sentence.intents.begin(), sentence.intents.end(), sentiment::counts) ||
                            sentence.compound != 0.0,
                        qPrintable(analysis.learnerText));
                ++counted;
            }
            if (spoken) {
                ++transcripts;
                transcriptsWithIntents += analysis.score.intents.isEmpty() ? 0 : 1;
                continue;
            }
            ++inbound;
            withIntents += analysis.score.intents.isEmpty() ? 0 : 1;
            // The quoted history is never read as the buyer's.
            const bool quotes = text.bodyText.contains(QLatin1String(" a scris:\n")) ||
                                text.bodyText.contains(QLatin1String("\nDe la: "));
            quoted += quotes ? 1 : 0;
            QVERIFY2(!analysis.learnerText.contains(QLatin1String("a scris:")) &&
                         !analysis.learnerText.contains(QLatin1String("De la:")),
                     qPrintable(analysis.learnerText));
            const QString own = analysis.learnerText;
            withoutDiacritics += own.contains(diacritics) ? 0 : 1;
            cedilla += own.contains(QChar(u'ş')) || own.contains(QChar(u'ţ')) ? 1 : 0;
        }
        qInfo("Romanian team: %d inbound mails, %d with intents, %d quoting our mail, %d without diacritics,"
              " %d with cedilla letters; %d transcripts, %d with intents; %d counted intents; %d families",
              inbound, withIntents, quoted, withoutDiacritics, cedilla, transcripts, transcriptsWithIntents,
              counted, int(families.size()));
        QVERIFY(inbound >= 1000);
        QVERIFY2(withIntents * 4 >= inbound, "a good share of the buyers' mails carry an intent");
        QVERIFY(quoted * 3 >= inbound);
        // Subjects are mostly ours ("Re: Ofertă…"), so a mail counts as typed without diacritics only when
        // its subject has none either: about 5 % of them, in gcc's demo and in clang's alike.
        QVERIFY(withoutDiacritics * 30 >= inbound);
        QVERIFY(cedilla > 20);
        QVERIFY(transcriptsWithIntents * 5 >= transcripts);
        QCOMPARE(int(families.size()), sentiment::kIntentFamilies);

        // And the English-speaking teams' buyers write English.
        Statement english(
            db.handle(),
            "SELECT i.body_text FROM interactions i JOIN interaction_deals l ON l.interaction_id ="
            " i.id JOIN deals d ON d.id = l.deal_id JOIN accounts a ON a.id = d.account_id"
            " WHERE a.remote_id NOT LIKE 'account-ro-%' AND i.kind = 'email' AND i.direction ="
            " 'inbound' LIMIT 2000");
        while (english.step())
            QVERIFY2(sentiment::detectLanguage(english.text(0)) == sentiment::Language::English,
                     qPrintable(english.text(0)));
    }

    void dealsWithSeveralWarningSignsAtOnce() {
        // Not dark yet, but quiet for over a week, one contact left, pushed twice or more, stuck in the
        // stage.
        const qint64 slipping =
            scalar(m_cache.db(),
                   "WITH inbound AS (SELECT l.deal_id, i.id, i.occurred_at FROM interaction_deals l JOIN "
                   "interactions i ON"
                   " i.id = l.interaction_id WHERE i.direction = 'inbound' AND i.occurred_at <= ?1)"
                   " SELECT count(*) FROM deals d WHERE d.is_closed = 0"
                   " AND (SELECT max(occurred_at) FROM inbound b WHERE b.deal_id = d.id) BETWEEN ?1 - 20 * "
                   "?2 AND ?1 - 8 * ?2"
                   " AND (SELECT count(DISTINCT c.contact_id) FROM inbound b JOIN interaction_contacts c ON "
                   "c.interaction_id ="
                   " b.id WHERE b.deal_id = d.id AND b.occurred_at > ?1 - 60 * ?2) = 1"
                   " AND (SELECT count(*) FROM deal_field_history h WHERE h.deal_id = d.id AND h.field = "
                   "'close_date') >= 2"
                   " AND (SELECT max(changed_at) FROM deal_field_history h WHERE h.deal_id = d.id AND "
                   "h.field = 'stage') <"
                   " ?1 - 40 * ?2",
                   {demoNow(), kDay});
        QVERIFY2(slipping >= 5, qPrintable(QString::number(slipping)));
    }

    void healthyDealsAreEngagedAndMoving() {
        const qint64 healthy =
            scalar(m_cache.db(),
                   "SELECT count(*) FROM deals d WHERE d.is_closed = 0 AND (SELECT count(DISTINCT"
                   " c.contact_id) FROM interaction_deals l JOIN interactions i ON i.id ="
                   " l.interaction_id JOIN interaction_contacts c ON c.interaction_id = i.id WHERE"
                   " l.deal_id = d.id AND i.direction = 'inbound' AND i.occurred_at > ?1 - ?2 AND"
                   " i.occurred_at <= ?1) >= 2 AND EXISTS (SELECT 1 FROM deal_field_history h WHERE"
                   " h.deal_id = d.id AND h.field = 'stage' AND coalesce(h.old_value, '') <> '' AND"
                   " h.changed_at > ?1 - ?3)",
                   {demoNow(), 14 * kDay, 30 * kDay});
        QVERIFY(healthy >= 20);
        // Some of them have the next meeting booked.
        QVERIFY(scalar(m_cache.db(), "SELECT count(*) FROM interactions WHERE status = 'scheduled'") >= 10);
    }

    void closedDealsSpreadOverFourQuarters() {
        Database &db = m_cache.db();
        for (const char *quarter : {"2025-10", "2026-01", "2026-04", "2026-07"}) {
            const std::string range = std::string("close_date >= '") + quarter +
                                      "-01' AND close_date < date('" + quarter + "-01', '+3 months')";
            QVERIFY2(scalar(db, "SELECT count(*) FROM deals WHERE is_won = 1 AND " + range) >= 10, quarter);
            QVERIFY2(scalar(db, "SELECT count(*) FROM deals WHERE is_closed = 1 AND is_won = 0 AND " +
                                    range) >= 10,
                     quarter);
        }
        // Won deals end with signatures and purchase orders, lost ones with the reason.
        const std::string lastWords =
            "SELECT count(*) FROM deals d WHERE %1 AND EXISTS (SELECT 1 FROM interaction_deals l"
            " JOIN interactions i ON i.id = l.interaction_id WHERE l.deal_id = d.id AND"
            " i.direction = 'inbound' AND (%2))";
        auto query = [&](const char *deals, const char *words) {
            return QString::fromStdString(lastWords)
                .arg(QLatin1String(deals), QLatin1String(words))
                .toStdString();
        };
        const qint64 won = scalar(db, "SELECT count(*) FROM deals WHERE is_won = 1");
        QVERIFY(scalar(db, query("d.is_won = 1",
                                 "i.body_text LIKE '%PO is on its way%' OR i.body_text LIKE '%signed%'"
                                 " OR i.body_text LIKE '%DocuSign%' OR i.body_text LIKE '%semnat%'")) >=
                won * 9 / 10);
        const qint64 lost = scalar(db, "SELECT count(*) FROM deals WHERE is_closed = 1 AND is_won = 0");
        QVERIFY(
            scalar(
                db,
                query(
                    "d.is_closed = 1 AND d.is_won = 0",
                    "i.body_text LIKE '%another vendor%' OR i.body_text LIKE '%go with%' OR i.body_text LIKE"
                    " '%budget freeze%' OR i.body_text LIKE '%circle back next quarter%' OR i.body_text LIKE"
                    " '%budgets were cut%' OR i.body_text LIKE '%lost the budget%' OR i.body_text LIKE"
                    " '%not to move forward%' OR i.body_text LIKE '%no longer on our roadmap%'")) >=
            lost / 2);
        // Nothing of a lost deal happens after it closed.
        QCOMPARE(
            scalar(
                db,
                "SELECT count(*) FROM deals d JOIN interaction_deals l ON l.deal_id = d.id JOIN interactions"
                " i ON i.id = l.interaction_id WHERE d.is_closed = 1 AND d.is_won = 0 AND i.occurred_at >"
                " (SELECT max(changed_at) FROM deal_field_history h WHERE h.deal_id = d.id)"),
            0);
    }

    void contentReadsLikeARealPipeline() {
        Database &db = m_cache.db();
        // Threads with replies, some HTML mail, agendas, transcripts with speaker turns, durations.
        QVERIFY(
            scalar(db, "SELECT count(*) FROM interactions WHERE kind = 'email' AND subject LIKE 'Re: %'") >
            5000);
        QVERIFY(scalar(db, "SELECT count(*) FROM interactions WHERE body_html LIKE '<p>%</p>'") > 3000);
        QCOMPARE(
            scalar(
                db,
                "SELECT count(*) FROM interactions WHERE body_html <> '' AND body_html NOT LIKE '<p>%</p>'"),
            0);
        QCOMPARE(
            scalar(
                db,
                "SELECT count(*) FROM interactions WHERE kind = 'meeting' AND body_text NOT LIKE 'Agenda:%'"),
            0);
        QCOMPARE(
            scalar(db, "SELECT count(*) FROM interactions WHERE kind = 'meeting' AND status = 'completed' AND"
                       " (transcript NOT LIKE '%(Brightlane): %' OR duration_seconds IS NULL)"),
            0);
        QCOMPARE(
            scalar(db,
                   "SELECT count(*) FROM interactions WHERE kind = 'call' AND (duration_seconds IS NULL OR"
                   " status NOT IN ('completed', 'no_answer', 'busy', 'voicemail'))"),
            0);
        QCOMPARE(
            scalar(db,
                   "SELECT count(*) FROM interactions WHERE kind = 'meeting' AND status NOT IN ('completed',"
                   " 'no_show', 'canceled', 'scheduled')"),
            0);
        // Addresses: ours on one domain, buyers on their companies' domains.
        QCOMPARE(scalar(db, "SELECT count(*) FROM owners WHERE email NOT LIKE '%@brightlane.io'"), 0);
        QCOMPARE(
            scalar(db,
                   "SELECT count(*) FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM account_domains a WHERE"
                   " a.account_id = c.account_id AND c.email LIKE '%@' || a.domain)"),
            0);
        QCOMPARE(scalar(db, "SELECT count(*) - count(DISTINCT email) FROM contacts"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) - count(DISTINCT name) FROM accounts"), 0);
        // Text varies: many distinct bodies, not a handful of copies.
        const qint64 emails = scalar(db, "SELECT count(*) FROM interactions WHERE kind = 'email'");
        QVERIFY(scalar(db, "SELECT count(DISTINCT body_text) FROM interactions WHERE kind = 'email'") >
                emails * 6 / 10);
        QVERIFY(scalar(db, "SELECT count(DISTINCT title) FROM contacts") >= 20);
    }

    void metaRecordsNowAndSeed() {
        MetaStore meta(m_cache.db());
        QCOMPARE(meta.value(QStringLiteral("demo_now")).value_or(QString()), isoUtc(demoNow()));
        QCOMPARE(meta.value(QStringLiteral("demo_seed")).value_or(QString()), QStringLiteral("1"));
    }

    void progressIsReportedUpToTheTotal() {
        QVERIFY(m_progress.size() >= 10);
        QCOMPARE(m_progress.first(), qMakePair(0, 600));
        QCOMPARE(m_progress.last(), qMakePair(600, 600));
        for (qsizetype i = 1; i < m_progress.size(); ++i)
            QVERIFY(m_progress[i].first > m_progress[i - 1].first);
    }

    void sameOptionsGiveTheSameCache() {
        test::TempCache first;
        test::TempCache second;
        generate(first.db(), 7, 120, demoNow());
        generate(second.db(), 7, 120, demoNow());
        QCOMPARE(cacheDigest(first.db()), cacheDigest(second.db()));
        if (kDigestsRecordedForThisCompiler)
            QCOMPARE(cacheDigest(first.db()).toHex(),
                     QByteArray("ef90103d99c14fefd14978235753e51e0ccad6aca1faed5b92cd67b96ac412b8"));

        test::TempCache otherSeed;
        generate(otherSeed.db(), 8, 120, demoNow());
        QVERIFY(cacheDigest(first.db()) != cacheDigest(otherSeed.db()));
    }

    void invariantsHoldAtAQuarterBoundary() {
        // "Now" an hour before a quarter ends: no room left this quarter, yet every rule still holds.
        test::TempCache cache;
        const Millis now = test::at("2026-12-31T23:00:00Z");
        const DemoSummary summary = generate(cache.db(), 3, 120, now);
        QCOMPARE(summary.deals, 120);
        checkInvariants(cache.db(), now, summary);
        QCOMPARE(scalar(cache.db(),
                        "SELECT count(*) FROM deals WHERE is_closed = 0 AND close_date > '2027-06-30'"),
                 0);
    }

    void cancelStopsEarlyAndLeavesAConsistentCache() {
        test::TempCache cache;
        int calls = 0;
        int callsAfterCancel = 0;
        bool cancelled = false;
        const DemoSummary summary = DemoGenerator(cache.db(), {1, 120, demoNow()}).run([&](int done, int) {
            ++calls;
            if (cancelled)
                ++callsAfterCancel;
            cancelled = done > 0;
            return !cancelled;
        });
        QVERIFY(cancelled);
        QCOMPARE(callsAfterCancel, 0);
        QVERIFY(summary.deals > 0 && summary.deals <= 40);
        QVERIFY(summary.interactions > 0);
        QCOMPARE(scalar(cache.db(), "SELECT count(*) FROM deals"), qint64(summary.deals));
        QCOMPARE(scalar(cache.db(), "SELECT count(*) FROM interactions"), qint64(summary.interactions));
        QCOMPARE(scalar(cache.db(),
                        "SELECT count(*) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM deals d WHERE"
                        " d.account_id = a.id)"),
                 0);
        QCOMPARE(scalar(cache.db(), "SELECT count(*) FROM pragma_foreign_key_check"), 0);

        test::TempCache untouched;
        const DemoSummary none =
            DemoGenerator(untouched.db(), {1, 120, demoNow()}).run([](int, int) { return false; });
        QCOMPARE(none.deals, 0);
        QCOMPARE(scalar(untouched.db(), "SELECT count(*) FROM deals"), 0);
        QCOMPARE(scalar(untouched.db(), "SELECT count(*) FROM owners"), 0);
    }

    void builtinPhraseTablesReadWithoutProblems() {
        QStringList problems;
        const std::optional<demo::DemoPhrases> phrases =
            demo::DemoPhrases::fromTexts(builtinTexts(), problems);
        QVERIFY2(phrases, qPrintable(problems.join(u'\n')));
        QVERIFY(problems.isEmpty());
        QCOMPARE(phrases->topic(demo::Topic::Outreach).opener, demo::Side::Ours);
        QCOMPARE(phrases->topic(demo::Topic::Inquiry).opener, demo::Side::Buyer);
        QVERIFY(phrases->topic(demo::Topic::InternalDiscount).internal);
        QVERIFY(!phrases->topic(demo::Topic::Won).internal);
        QCOMPARE(phrases->topic(demo::Topic::Outreach).subjects.size(), 8);
        QCOMPARE(phrases->firstNames.at(phrases->firstNames.size() - 4), QStringLiteral("Søren"));
        QCOMPARE(phrases->lastNames.at(phrases->lastNames.size() - 1), QStringLiteral("Núñez"));
        demo::Fill fill;
        fill.set(demo::Slot::RepFirst, QStringLiteral("Ana"));
        QCOMPARE(phrases->repSignoffs.at(0).expand(fill), QStringLiteral("Best,\nAna"));
    }

    void brokenPhraseTablesAreReported_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("problem");
        const QString calls = QStringLiteral("calls-and-notes.txt");
        QTest::newRow("misspelt table") << calls << "[callBusy]"
                                        << "[callBusyy]"
                                        << "calls-and-notes.txt: table [callBusy] is missing";
        QTest::newRow("unknown table")
            << calls << "[callBusy]"
            << "[callBusyy]"
            << "calls-and-notes.txt:57: table [callBusyy] is not one the demo reads";
        QTest::newRow("empty table") << calls
                                     << "Line busy, will retry later.\nBusy signal, trying again tomorrow.\n"
                                     << ""
                                     << "calls-and-notes.txt:57: table [callBusy] has no entry";
        QTest::newRow("table twice") << calls << "[noteSubjects]"
                                     << "[callBusy]\nRinging.\n\n[noteSubjects]"
                                     << "table [callBusy] already started on line 57";
        QTest::newRow("unknown slot")
            << calls << "Tried {b}, no answer."
            << "Tried {z}, no answer."
            << "[callNoAnswer]: \"Tried {z}, no answer.\": the brace at column 7 is not "
               "part of a known slot";
        QTest::newRow("stray brace") << calls << "Called {b}'s mobile"
                                     << "Called {b's mobile"
                                     << "the brace at column 8 is not part of a known slot";
        QTest::newRow("slot in a word") << "names.txt"
                                        << "\nDana\n"
                                        << "\n{b}\n"
                                        << "words take no slots";
        QTest::newRow("unknown escape") << "email-parts.txt"
                                        << "Best,\\n{r}"
                                        << "Best,\\t{r}"
                                        << "a backslash other than \\n or \\\\";
        QTest::newRow("entry outside a table")
            << calls << "# The demo's call logs"
            << "Ringing.\n# The demo's call logs"
            << "calls-and-notes.txt:1: an entry before the first table header";
        QTest::newRow("spaces at an end") << "email-parts.txt"
                                          << "\nHi all,\n"
                                          << "\nHi all, \n"
                                          << "an entry has spaces at one end";
        QTest::newRow("header not closed") << calls << "[callBusy]"
                                           << "[callBusy"
                                           << "a table header is written";
        QTest::newRow("unknown table in an overlay")
            << "calls-and-notes_ro.txt"
            << "[callBusy]"
            << "[callBusyy]"
            << "calls-and-notes_ro.txt:43: table [callBusyy] is not one the demo reads";
        QTest::newRow("unknown slot in an overlay") << "calls-and-notes_ro.txt"
                                                    << "Nu a răspuns. Încerc din nou {d}."
                                                    << "Nu a răspuns. Încerc din nou {z}."
                                                    << "[callNoAnswer]: \"Nu a răspuns. Încerc din nou "
                                                       "{z}.\": the brace at column 30 is not part of a"
                                                       " known slot";
        QTest::newRow("unknown opener") << "email-threads.txt"
                                        << "[won.opener]\nbuyer"
                                        << "[won.opener]\nthem"
                                        << "[won.opener]: one entry: ours, buyer or internal";
    }

    void brokenPhraseTablesAreReported() {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, problem);
        demo::PhraseTexts texts = builtinTexts();
        QCOMPARE(texts[file].count(from), 1);
        texts[file].replace(from, to);
        QStringList problems;
        QVERIFY(!demo::DemoPhrases::fromTexts(texts, problems));
        QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
    }

    void anOverlayLeavesOutWhatItDoesNotTranslate() {
        // A table an overlay does not have is the English one; the English tables stay as they are.
        demo::PhraseTexts texts = builtinTexts();
        QString &romanian = texts[QStringLiteral("calls-and-notes_ro.txt")];
        const QString busy =
            QStringLiteral("[callBusy]\nOcupat, revin mai târziu.\nTon de ocupat, încerc mâine.\n");
        QCOMPARE(romanian.count(busy), 1);
        romanian.remove(busy);
        QStringList problems;
        const std::optional<demo::DemoPhrases> phrases = demo::DemoPhrases::fromTexts(texts, problems);
        QVERIFY2(phrases, qPrintable(problems.join(u'\n')));
        const demo::DemoPhrases &ro = phrases->in(demo::Language::Romanian);
        const demo::Fill fill;
        QCOMPARE(ro.callBusy.size(), phrases->callBusy.size());
        QCOMPARE(ro.callBusy.at(0).expand(fill), QStringLiteral("Line busy, will retry later."));
        QCOMPARE(ro.callNoAnswer.at(0).expand(fill).left(13), QStringLiteral("Nu a răspuns."));
        QCOMPARE(phrases->callNoAnswer.at(0).expand(fill).left(10), QStringLiteral("No answer."));
        QCOMPARE(&phrases->in(demo::Language::English), &*phrases);
    }

    void aMissingOrUnknownPhraseFileIsReported() {
        demo::PhraseTexts texts = builtinTexts();
        texts.erase(QStringLiteral("names.txt"));
        texts.erase(QStringLiteral("meetings_ro.txt"));
        texts[QStringLiteral("extra.txt")] = QStringLiteral("[greetings]\nHi {b},\n");
        QStringList problems;
        QVERIFY(!demo::DemoPhrases::fromTexts(texts, problems));
        QVERIFY(problems.contains(QStringLiteral("names.txt: missing")));
        QVERIFY(problems.contains(QStringLiteral("meetings_ro.txt: missing")));
        QVERIFY(problems.contains(QStringLiteral("names.txt: table [firstNames] is missing")));
        QVERIFY(problems.contains(QStringLiteral("extra.txt: not a file the demo reads")));
    }

    void largePipelinesScaleTheSameShape() {
        // 50,000 deals: the cast scales (a rep per ~50 deals, teams of four to six), and the stories keep
        // their size. Writing them all is for the benchmark; a slice shows the shape.
        const demo::DemoPhrases &phrases = demo::DemoPhrases::builtin();
        const demo::DemoCast cast = demo::buildCast(phrases, 1, 50000);
        QCOMPARE(int(cast.deals.size()), 50000);
        int reps = 0;
        std::map<int, int> teamSizes;
        for (const demo::PersonInfo &person : cast.reps) {
            if (!person.isManager) {
                ++reps;
                ++teamSizes[person.team];
            }
        }
        // A rep per ~50 deals in the English-speaking teams, and a quarter as many in the Romanian ones,
        // which take every fifth deal.
        int romanianReps = 0;
        for (const demo::PersonInfo &person : cast.reps)
            romanianReps += !person.isManager &&
                            cast.teams[std::size_t(person.team)].language == demo::Language::Romanian;
        QCOMPARE(romanianReps, 250);
        QVERIFY(reps - romanianReps >= 900 && reps - romanianReps <= 1100);
        QCOMPARE(int(teamSizes.size()), int(cast.teams.size()));
        for (const auto &[team, size] : teamSizes)
            QVERIFY2(size >= 4 && size <= 6, qPrintable(QString::number(size)));
        int romanianAccounts = 0;
        for (const demo::AccountInfo &account : cast.accounts)
            romanianAccounts += account.language == demo::Language::Romanian ? 1 : 0;
        const int englishAccounts = int(cast.accounts.size()) - romanianAccounts;
        QVERIFY(englishAccounts >= 35000 && englishAccounts <= 45000);
        QVERIFY(romanianAccounts >= 7000 && romanianAccounts <= 9000);

        const demo::StoryWriter writer(cast, phrases, 1, demoNow());
        qint64 interactions = 0;
        const int sample = 300;
        for (int i = 0; i < sample; ++i)
            interactions += qint64(writer.write(cast.deals[std::size_t(i * 97)]).interactions.size());
        const double perDeal = double(interactions) / sample;
        QVERIFY2(perDeal >= 50 && perDeal <= 80, qPrintable(QString::number(perDeal)));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
