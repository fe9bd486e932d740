// SPDX-License-Identifier: GPL-3.0-or-later
// The application services of the deal, Lexicon, Snapshots and Export pages, without a window, on a
// temporary cache: what they do is stored, and what the cache refuses comes back as an error, not a throw.

#include "DealPageFixture.h"
#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/RatingService.h"
#include "app/DealCommands.h"
#include "app/ExportService.h"
#include "app/LexiconService.h"
#include "app/SnapshotService.h"
#include "store/FeedbackStore.h"
#include "store/InteractionStore.h"
#include "tasks/TaskRunner.h"
#include "translations/Language.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace dp;

namespace {

const Millis kNow = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;
const QString kManager = QStringLiteral("Maria Manager");

void failInserts(Database &db, const char *table) {
    db.exec(QStringLiteral("CREATE TRIGGER fail_%1 BEFORE INSERT ON %1"
                           " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;")
                .arg(QLatin1String(table))
                .toUtf8()
                .constData());
}

} // namespace

class TestPageServices final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { installLanguage(QStringLiteral("en")); }

    void dealCommandsWriteNotesAndRatings() {
        test::TempCache cache;
        const test::DealPageFixture deal = test::DealPageFixture::write(cache.db(), kNow);
        const FixedClock clock(kNow);
        DealCommands commands(cache.db(), cache.path(), clock, kManager);

        const Outcome<bool> added = commands.addNote(deal.dealId, QStringLiteral("  Call the CFO.  "));
        QVERIFY(added.ok() && *added.value);
        QVERIFY(!*commands.addNote(deal.dealId, QStringLiteral("   ")).value); // empty text is refused
        const Outcome<QList<CoachingNote>> notes = commands.notes(deal.dealId);
        QVERIFY(notes.ok());
        QCOMPARE(notes.value->size(), 1);
        QCOMPARE(notes.value->first().body, QStringLiteral("Call the CFO."));
        const qint64 note = notes.value->first().id;
        QVERIFY(*commands.editNote(note, QStringLiteral("Call the CFO today.")).value);
        QCOMPARE(commands.notes(deal.dealId).value->first().body, QStringLiteral("Call the CFO today."));
        QVERIFY(*commands.deleteNote(note).value);
        QVERIFY(commands.notes(deal.dealId).value->isEmpty());

        QVERIFY(commands.rate(deal.hostileEmail, -1, QStringLiteral("polite no")).ok());
        QCOMPARE(FeedbackStore(cache.db()).ratings(deal.hostileEmail).value(0).note,
                 QStringLiteral("polite no"));
        QVERIFY(commands.rate(deal.hostileEmail, 0, QString()).ok());
        QVERIFY(FeedbackStore(cache.db()).ratings(deal.hostileEmail).isEmpty());

        // What the cache refuses is an error with its reason, and nothing is stored.
        failInserts(cache.db(), "coaching_notes");
        failInserts(cache.db(), "ratings");
        const Outcome<bool> refused = commands.addNote(deal.dealId, QStringLiteral("Again"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("database or disk is full")),
                 qPrintable(refused.error));
        const Outcome<bool> unrated = commands.rate(deal.hostileEmail, +1, QString());
        QVERIFY(!unrated.ok());
        QVERIFY(FeedbackStore(cache.db()).ratings(deal.hostileEmail).isEmpty());
    }

    void dealCommandsLoadOnAWorker() {
        test::TempCache cache;
        const test::DealPageFixture deal = test::DealPageFixture::write(cache.db(), kNow);
        const FixedClock clock(kNow);
        DealCommands commands(cache.db(), cache.path(), clock, kManager);
        DealRequest request;
        request.dealId = deal.dealId;
        request.user = kManager;
        TaskRunner runner;
        QObject receiver;
        std::optional<DealLoad> loaded;
        runner.run<DealLoad>(&receiver, commands.loader(request, true),
                             [&](DealLoad load) { loaded = load; });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY2(loaded->details, qPrintable(loaded->error));
        QCOMPARE(loaded->details->deal.id, deal.dealId);
        QVERIFY(loaded->scorer);
        QVERIFY(!loaded->details->timeline.isEmpty());

        request.dealId = deal.dealId + 1000;
        const DealLoad missing = DealCommands::load(cache.path(), request, clock, false);
        QVERIFY(!missing.details);
        QCOMPARE(missing.error, QStringLiteral("This deal is no longer in the cache."));
        const DealLoad unreadable =
            DealCommands::load(cache.dir() + QStringLiteral("/absent.sqlite"), request, clock, false);
        QVERIFY(!unreadable.details);
        QVERIFY(!unreadable.error.isEmpty());
    }

    void snapshotServiceTakesListsAndCompares() {
        test::TempCache cache;
        Database &db = cache.db();
        test::PipelineBuilder builder(db);
        builder.deal(QStringLiteral("a"), kNow - 200 * kDay, 40000);
        FixedClock clock(kNow);
        SnapshotService service(db, clock, HealthSettings{}, ForecastSettings{});
        const Outcome<TakenSnapshot> first =
            service.take(QStringLiteral("Week 47"), {}, QStringLiteral("maria"));
        QVERIFY(first.ok());
        QCOMPARE(first.value->deals, 1);
        builder.deal(QStringLiteral("b"), kNow - kDay);
        clock.advance(kDay);
        const Outcome<TakenSnapshot> second =
            service.take(QStringLiteral("Week 48"), {}, QStringLiteral("maria"));
        QVERIFY(second.ok());
        QCOMPARE(second.value->deals, 2);

        const Outcome<QList<SnapshotListing>> listed = service.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed.value->size(), 2);
        QCOMPARE(listed.value->first().header.label, QStringLiteral("Week 48"));

        // In order whatever the order given: the earlier as-of first.
        const auto compared = service.compareInOrder(second.value->id, first.value->id);
        QVERIFY(compared.ok() && *compared.value);
        QCOMPARE(compared.value->value().from.label, QStringLiteral("Week 47"));
        QCOMPARE(compared.value->value().to.label, QStringLiteral("Week 48"));
        QCOMPARE(compared.value->value().diff.changes.size(), 1);
        const auto asGiven = service.compare(second.value->id, first.value->id);
        QCOMPARE(asGiven.value->value().from.label, QStringLiteral("Week 48"));
        QVERIFY(!*service.compare(first.value->id, 9999).value);

        const auto forecast = service.healthAdjusted(second.value->id);
        QVERIFY(forecast.ok() && *forecast.value);
        QCOMPARE(forecast.value->value().forecast.earlierSnapshots, 1);
        QVERIFY(!*service.healthAdjusted(9999).value);
        QVERIFY(service.accuracyTrend().ok());

        failInserts(db, "snapshots");
        const Outcome<TakenSnapshot> refused = service.take(QStringLiteral("Week 49"), {}, QString());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(QStringLiteral("database or disk is full")));
        QCOMPARE(service.list().value->size(), 2);
    }

    void lexiconServiceResetsUndoesAndRescoresOnTheRunner() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).wobblyDeal(kNow);
        sentiment::rescoreCache(cache.db(), true);
        const FixedClock clock(kNow);
        sentiment::RatingService ratings(cache.db(), clock);
        for (int n : {1, 2})
            ratings.rate(*InteractionStore(cache.db())
                              .interactionId(test::PipelineBuilder::kSource, QStringLiteral("i%1").arg(n)),
                         QStringLiteral("Rita Rep"), -1);
        LexiconService service(ratings, cache.path());
        const auto english = sentiment::Language::English;
        QCOMPARE(service.digest().size(), 64);
        QVERIFY(*service.rescoreOutstanding().value);

        const auto reset = service.resetTerm(english, QStringLiteral("wobbly"));
        QVERIFY(reset.ok());
        QCOMPARE(service.versions(english).value->size(), 3);
        const auto terms = service.terms(english);
        QVERIFY(std::none_of(terms.value->cbegin(), terms.value->cend(), [](const sentiment::LearnedTerm &t) {
            return t.term == QLatin1String("wobbly");
        }));
        QVERIFY(service.undoVersion(service.versions(english).value->first().version.id).ok());
        QCOMPARE(service.termHistory(english, QStringLiteral("wobbly")).value->size(), 4);

        // The rescoring runs on the runner, reports its progress and leaves no rescoring outstanding.
        TaskRunner runner;
        QObject receiver;
        std::optional<sentiment::RescoreJobResult> result;
        Task *task = runner.run<sentiment::RescoreJobResult>(
            &receiver, QStringLiteral("rescore"), service.rescoreWork(HealthSettings{}, &clock),
            [&](sentiment::RescoreJobResult done) { result = done; });
        QSignalSpy progressed(task, &Task::progressed);
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
        QVERIFY(!result->summary.cancelled);
        QVERIFY(!*service.rescoreOutstanding().value);

        // A refused reset is an error; the term keeps its weight.
        failInserts(cache.db(), "lexicon_term_resets");
        const auto refused = service.resetTerm(english, QStringLiteral("wobbly"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(QStringLiteral("database or disk is full")));
    }

    void exportWritesAFileAndACancelLeavesNone() {
        test::TempCache cache;
        test::PipelineBuilder builder(cache.db());
        for (int i = 0; i < 300; ++i)
            builder.deal(QStringLiteral("d%1").arg(i), kNow - 20 * kDay);
        ExportRequest request;
        request.source.cachePath = cache.path();
        request.format = ExportFormat::Csv;
        request.csvSidecar = true;
        request.path = cache.dir() + QStringLiteral("/out.csv");
        int reported = 0;
        const ExportOutcome done = ExportService::run(request, [&](int written) {
            reported = written;
            return true;
        });
        QVERIFY2(done.ok(), qPrintable(done.error));
        QCOMPARE(done.deals, 300);
        QCOMPARE(done.dealRowsSha256.size(), 64);
        QVERIFY(reported > 0);
        QVERIFY(QFile::exists(request.path));
        QVERIFY(QFile::exists(request.path + QStringLiteral(".json")));

        request.format = ExportFormat::Json;
        request.path = cache.dir() + QStringLiteral("/cancelled.json");
        const ExportOutcome cancelled = ExportService::run(request, [](int) { return false; });
        QVERIFY(!cancelled.ok());
        QVERIFY(!QFile::exists(request.path));

        request.source.snapshot = 9999;
        const ExportOutcome missing = ExportService::run(request);
        QCOMPARE(missing.error, QStringLiteral("There is no snapshot 9999."));

        // On the runner, as the dialog runs it.
        request.source.snapshot.reset();
        request.path = cache.dir() + QStringLiteral("/runner.json");
        TaskRunner runner;
        QObject receiver;
        std::optional<ExportOutcome> result;
        runner.run<ExportOutcome>(&receiver, QStringLiteral("export"), ExportService::work(request),
                                  [&](ExportOutcome outcome) { result = outcome; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error));
        QVERIFY(QFile::exists(request.path));
    }
};

QTEST_MAIN(TestPageServices)
#include "test_page_services.moc"
