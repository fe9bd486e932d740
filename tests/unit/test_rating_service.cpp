// SPDX-License-Identifier: GPL-3.0-or-later
// Ratings feeding the learner through the cache: a rating moves its terms' weights the right way and is
// recorded as a lexicon version; deleting it, resetting a term and undoing a version restore the weights
// exactly; Romanian starts from its base lexicon; rescoring after a change moves the affected deals'
// sentiment and health, and can be cancelled; a deal's sentiment is the recency-weighted mean of its buyer's
// scores.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/DealSentiment.h"
#include "analytics/sentiment/RatingService.h"
#include "analytics/sentiment/RescoreJob.h"
#include "store/DealStore.h"
#include "store/FeedbackStore.h"
#include "store/InteractionStore.h"
#include "store/LexiconStore.h"
#include "store/MetricsStore.h"

#include <QtTest>

#include <cmath>

using namespace dp;
using namespace dp::sentiment;

namespace {

const Millis kNow = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

struct Snapshot {
    double a = 0;
    double b = 0;
    QHash<QString, double> w;
    bool active = false;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const Learner &learner, Language language) {
    return {learner.slope(language), learner.bias(language), learner.weights(language),
            learner.adaptiveActive(language)};
}

qint64 interactionId(Database &db, int n) {
    return *InteractionStore(db).interactionId(test::PipelineBuilder::kSource, QStringLiteral("i%1").arg(n));
}

qint64 dealId(Database &db, const QString &remoteId) {
    return *DealStore(db).dealId(test::PipelineBuilder::kSource, remoteId);
}

bool listed(const QList<LearnedTerm> &terms, const QString &term) {
    return std::any_of(terms.cbegin(), terms.cend(), [&](const LearnedTerm &t) { return t.term == term; });
}

} // namespace

class TestRatingService final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempCache> m_cache;
    FixedClock m_clock{kNow};

    Database &db() { return m_cache->db(); }

private slots:
    void init() {
        m_cache = std::make_unique<test::TempCache>();
        // i1..i3: "wobbly" mails from the buyer of deal "sour", which the lexicons find neutral or mildly
        // positive; i4: a neutral one in deal "calm"; i5: Romanian.
        test::PipelineBuilder(db())
            .deal(QStringLiteral("sour"), kNow - 90 * kDay)
            .email(QStringLiteral("sour"), kNow - 3 * kDay, 1, QStringLiteral("Rollout"),
                   QStringLiteral("The rollout plan looks wobbly to our team."))
            .email(QStringLiteral("sour"), kNow - 2 * kDay, 2, QStringLiteral("Timeline"),
                   QStringLiteral("Honestly the timeline feels wobbly, we will review it."))
            .email(QStringLiteral("sour"), kNow - 1 * kDay, 1, QStringLiteral("Pricing"),
                   QStringLiteral("The pricing model is wobbly and we want to review options."))
            .deal(QStringLiteral("calm"), kNow - 90 * kDay)
            .email(QStringLiteral("calm"), kNow - 1 * kDay, 1, QStringLiteral("Agenda"),
                   QStringLiteral("Please find the agenda for Thursday attached."))
            .email(QStringLiteral("calm"), kNow - 1 * kDay, 2, QStringLiteral("Ofertă"),
                   QStringLiteral("Mulțumim pentru ofertă, este foarte bună și suntem de acord cu prețul."));
        rescoreCache(db(), true);
        AnalyticsEngine(db(), m_clock).recomputeAll({});
    }

    void cleanup() { m_cache.reset(); }

    void ratingMovesTheTermsWeightTheRightWay() {
        RatingService service(db(), m_clock);
        QCOMPARE(service.learner().weight(Language::English, QStringLiteral("wobbly")), 0.0);
        service.rate(interactionId(db(), 1), QStringLiteral("Rita"), -1);
        const double once = service.learner().weight(Language::English, QStringLiteral("wobbly"));
        QVERIFY2(once < 0, qPrintable(QString::number(once)));
        service.rate(interactionId(db(), 2), QStringLiteral("Max"), -1);
        QVERIFY(service.learner().weight(Language::English, QStringLiteral("wobbly")) < once);
        QVERIFY(listed(service.learnedTerms(Language::English), QStringLiteral("wobbly")));

        // A positive rating pushes the terms of its text up.
        service.rate(interactionId(db(), 4), QStringLiteral("Rita"), +1);
        QVERIFY(service.learner().weight(Language::English, QStringLiteral("agenda")) > 0);
    }

    // A team sync writes ratings through another connection: reload() learns them, as the rater's desktop
    // did, without recording a version of its own.
    void reloadLearnsRatingsWrittenElsewhere() {
        RatingService shown(db(), m_clock);
        RatingService elsewhere(db(), m_clock);
        const RatingResult rated = elsewhere.rate(interactionId(db(), 1), QStringLiteral("Rita"), -1);
        QCOMPARE(shown.learner().weight(Language::English, QStringLiteral("wobbly")), 0.0);
        const qsizetype versions = LexiconStore(db()).versions().size();
        QCOMPARE(shown.reload(), rated.change.rescoreNeeded);
        QCOMPARE(snapshot(shown.learner(), Language::English),
                 snapshot(elsewhere.learner(), Language::English));
        QVERIFY(shown.learner().weight(Language::English, QStringLiteral("wobbly")) < 0);
        QCOMPARE(LexiconStore(db()).versions().size(), versions);
        QVERIFY(!shown.reload()); // nothing moved since
    }

    void ratingIsRecordedAsAVersion() {
        RatingService service(db(), m_clock);
        const RatingResult result = service.rate(interactionId(db(), 1), QStringLiteral("Rita"), -1,
                                                 QStringLiteral("they are stalling"));
        QVERIFY(result.change.versionId);
        LexiconStore store(db());
        const LexiconVersion version = *store.version(*result.change.versionId);
        QCOMPARE(version.cause, LexiconVersion::Cause::Rated);
        QCOMPARE(version.language, QStringLiteral("en"));
        QCOMPARE(version.rater, QStringLiteral("Rita"));
        QCOMPARE(version.value, -1);
        QCOMPARE(version.note, QStringLiteral("they are stalling"));
        QCOMPARE(version.interactionSubject, QStringLiteral("Rollout"));
        QCOMPARE(version.ratingId, result.ratingId);

        const QList<TermMove> history = store.termHistory(QStringLiteral("en"), QStringLiteral("wobbly"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.front().version.id, *result.change.versionId);
        QCOMPARE(history.front().delta.before, 0.0);
        QCOMPARE(history.front().delta.after,
                 service.learner().weight(Language::English, QStringLiteral("wobbly")));
        // The stored rating is the one the feedback store sees.
        QCOMPARE(FeedbackStore(db()).ratings(interactionId(db(), 1)).size(), 1);
    }

    void deletingARatingRestoresTheWeightsExactly() {
        RatingService service(db(), m_clock);
        service.rate(interactionId(db(), 1), QStringLiteral("Rita"), -1);
        const Snapshot before = snapshot(service.learner(), Language::English);
        const RatingResult second = service.rate(interactionId(db(), 2), QStringLiteral("Max"), -1);
        QVERIFY(!(snapshot(service.learner(), Language::English) == before));
        const LexiconChange removed = service.removeRating(second.ratingId);
        QVERIFY(removed.versionId);
        QVERIFY(snapshot(service.learner(), Language::English) == before);
        QCOMPARE(LexiconStore(db()).version(*removed.versionId)->cause, LexiconVersion::Cause::Unrated);
        // The rating's own version is no longer in effect, so it offers no undo.
        QVERIFY(LexiconStore(db()).version(*second.change.versionId)->undone);
        QVERIFY(!service.undoVersion(*second.change.versionId).versionId);
        // A later run of the app refits the same weights from the cache.
        QVERIFY(snapshot(storedLearner(db()), Language::English) == before);
    }

    void undoingVersionsRestoresExactly() {
        RatingService service(db(), m_clock);
        service.rate(interactionId(db(), 1), QStringLiteral("Rita"), -1);
        const Snapshot one = snapshot(service.learner(), Language::English);
        const RatingResult second = service.rate(interactionId(db(), 2), QStringLiteral("Max"), -1);
        const Snapshot two = snapshot(service.learner(), Language::English);

        const LexiconChange undo = service.undoVersion(*second.change.versionId);
        QVERIFY(undo.versionId);
        QVERIFY(snapshot(service.learner(), Language::English) == one);
        QVERIFY(FeedbackStore(db()).ratings(interactionId(db(), 2)).isEmpty());
        QVERIFY(LexiconStore(db()).version(*second.change.versionId)->undone);
        QVERIFY(!service.undoVersion(*second.change.versionId).versionId); // only once

        // Undoing the undo puts the rating back with its id.
        service.undoVersion(*undo.versionId);
        QVERIFY(snapshot(service.learner(), Language::English) == two);
        QCOMPARE(LexiconStore(db()).ratedInteraction(second.ratingId)->rating.rater, QStringLiteral("Max"));
    }

    void resetTermForgetsItUntilRatedAgain() {
        RatingService service(db(), m_clock);
        service.rate(interactionId(db(), 1), QStringLiteral("Rita"), -1);
        service.rate(interactionId(db(), 2), QStringLiteral("Max"), -1);
        QVERIFY(listed(service.learnedTerms(Language::English), QStringLiteral("wobbly")));

        const LexiconChange reset = service.resetTerm(Language::English, QStringLiteral("wobbly"));
        QVERIFY(reset.versionId);
        QCOMPARE(service.learner().weight(Language::English, QStringLiteral("wobbly")), 0.0);
        QVERIFY(!listed(service.learnedTerms(Language::English), QStringLiteral("wobbly")));
        QCOMPARE(LexiconStore(db()).version(*reset.versionId)->term, QStringLiteral("wobbly"));
        // The reset survives a restart.
        QCOMPARE(storedLearner(db()).weight(Language::English, QStringLiteral("wobbly")), 0.0);

        // A later rating teaches it again.
        service.rate(interactionId(db(), 3), QStringLiteral("Rita"), -1);
        QVERIFY(service.learner().weight(Language::English, QStringLiteral("wobbly")) < 0);

        // Undoing the reset gives back what all three ratings teach.
        RatingService fresh(db(), m_clock);
        fresh.undoVersion(*reset.versionId);
        RatingService plain(db(), m_clock);
        QVERIFY(snapshot(fresh.learner(), Language::English) == snapshot(plain.learner(), Language::English));
        QVERIFY(fresh.learner().weight(Language::English, QStringLiteral("wobbly")) <
                service.learner().weight(Language::English, QStringLiteral("wobbly")));
    }

    void romanianStartsFromItsLexiconAndLearnsAlone() {
        RatingService service(db(), m_clock);
        const qint64 romanian = interactionId(db(), 5);
        QCOMPARE(service.interactionLanguage(romanian), Language::Romanian);
        QCOMPARE(service.learner().slope(Language::Romanian), 3.0);
        QCOMPARE(service.learner().decision(u"Mulțumim, este foarte bună", 0.5, Language::Romanian), 1.5);

        const Snapshot english = snapshot(service.learner(), Language::English);
        const RatingResult result = service.rate(romanian, QStringLiteral("Ana"), +1);
        QVERIFY(result.change.versionId);
        QCOMPARE(result.change.language, Language::Romanian);
        QCOMPARE(LexiconStore(db()).version(*result.change.versionId)->language, QStringLiteral("ro"));
        QVERIFY(service.learner().weight(Language::Romanian, QStringLiteral("bună")) > 0);
        QVERIFY(listed(service.learnedTerms(Language::Romanian), QStringLiteral("bună")));
        QVERIFY(snapshot(service.learner(), Language::English) == english); // English untouched
        QVERIFY(!listed(service.learnedTerms(Language::English), QStringLiteral("bună")));
    }

    void romanianIsScoredBeforeAnyRating() {
        const std::optional<double> stored = [&] {
            Statement query(db().handle(), "SELECT sentiment FROM interactions WHERE id = ?1");
            query.bind(1, interactionId(db(), 5));
            query.step();
            return query.optionalReal(0);
        }();
        // "foarte bună": the Romanian base lexicon with a booster.
        QVERIFY(stored);
        QVERIFY(*stored >= kNeutralBand);
    }

    void rescoringMovesTheAffectedDealsSentimentAndHealth() {
        const auto metrics = [&](const char *deal) {
            return *MetricsStore(db()).find(dealId(db(), QString::fromLatin1(deal)));
        };
        const DealMetrics sourBefore = metrics("sour");
        const DealMetrics calmBefore = metrics("calm");
        QVERIFY(sourBefore.sentimentRecent);
        QVERIFY(*sourBefore.sentimentRecent > -0.05); // the lexicons see nothing wrong

        RatingService service(db(), m_clock);
        for (int n = 1; n <= 3; ++n)
            service.rate(interactionId(db(), n), QStringLiteral("Rita"), -1);
        QVERIFY(service.learner().adaptiveActive(Language::English));

        RescoreJob job(m_cache->path(), service.learner());
        const RescoreJobResult result = job.run(m_clock);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.summary.cancelled);
        QCOMPARE(job.total(), 5);
        QCOMPARE(job.done(), 5);
        QVERIFY(result.summary.changed >= 3);
        QVERIFY(result.dealsRecomputed >= 1);

        const DealMetrics sourAfter = metrics("sour");
        QVERIFY2(*sourAfter.sentimentRecent < -0.05, qPrintable(QString::number(*sourAfter.sentimentRecent)));
        QVERIFY(sourAfter.score < sourBefore.score);
        QVERIFY(std::any_of(sourAfter.reasons.cbegin(), sourAfter.reasons.cend(), [](const HealthReason &r) {
            return r.code == HealthReason::Code::NegativeSentiment;
        }));
        // The neutral deal's figures move only as far as its own mail's score did.
        QVERIFY(std::abs(*metrics("calm").sentimentRecent - *calmBefore.sentimentRecent) < 0.5);
        QCOMPARE(scoredLexiconVersion(db()), *LexiconStore(db()).latestVersionId());
    }

    void rescoringCanBeCancelled() {
        RatingService service(db(), m_clock);
        for (int n = 1; n <= 3; ++n)
            service.rate(interactionId(db(), n), QStringLiteral("Rita"), -1);
        RescoreJob job(m_cache->path(), service.learner());
        job.cancel();
        const RescoreJobResult result = job.run(m_clock);
        QVERIFY(result.summary.cancelled);
        QCOMPARE(result.summary.changed, 0);
        QCOMPARE(scoredLexiconVersion(db()), 0);
        QVERIFY(*MetricsStore(db()).find(dealId(db(), QStringLiteral("sour")))->sentimentRecent > -0.05);
    }

    void dealSentimentIsRecencyWeighted() {
        const QList<SentimentPoint> points{{kNow - 60 * kDay, -1.0}, // outside the window
                                           {kNow - 29 * kDay, 1.0},
                                           {kNow - 1 * kDay, -1.0}};
        const double recent = std::exp2(-1.0 / 14), older = std::exp2(-29.0 / 14);
        QCOMPARE(*recencyWeightedSentiment(points, kNow), (older - recent) / (older + recent));
        QVERIFY(!recencyWeightedSentiment(points, kNow - 200 * kDay));
        DealActivityFacts facts;
        facts.buyerSentiment = points;
        fillDealSentiment(facts, kNow);
        QVERIFY(*facts.sentimentPrevious > 0); // as of 28 days ago, only the +1 of day −29 and −1 of day −60
        QVERIFY(*facts.sentimentRecent < 0);
    }

    void drivingTermsCarryTheirSpansInTheirField() {
        const InteractionText text{
            0, QStringLiteral("email"), QStringLiteral("Great news"),
            QStringLiteral("The rollout looks wobbly.\n\nOn Mon, Rita wrote:\n> terrible"), QString()};
        const Learner fresh;
        QList<DrivingTerm> terms = drivingTerms(text, {}, fresh);
        QCOMPARE(terms.size(), 1); // "great"; the quoted "terrible" is not the sender's
        QCOMPARE(terms[0].field, DrivingTerm::Field::Subject);
        QCOMPARE(text.subject.mid(terms[0].begin, terms[0].length), QStringLiteral("Great"));
        QVERIFY(terms[0].valence > 0 && !terms[0].learned);

        // Once ratings taught "wobbly" and the guard trusts the learner, it is a driving term of the body.
        RatingService service(db(), m_clock);
        for (int n = 1; n <= 3; ++n)
            service.rate(interactionId(db(), n), QStringLiteral("Rita"), -1);
        terms = drivingTerms(text, {}, service.learner());
        const auto wobbly = std::find_if(terms.cbegin(), terms.cend(), [](const DrivingTerm &t) {
            return t.learned && t.term == QStringLiteral("wobbly");
        });
        QVERIFY(wobbly != terms.cend());
        QCOMPARE(wobbly->field, DrivingTerm::Field::Body);
        QCOMPARE(text.bodyText.mid(wobbly->begin, wobbly->length), QStringLiteral("wobbly"));
        QVERIFY(wobbly->valence < 0);
        for (const DrivingTerm &t : std::as_const(terms)) {
            const QString &field = t.field == DrivingTerm::Field::Subject ? text.subject : text.bodyText;
            QVERIFY(t.begin >= 0 && t.begin + t.length <= field.size());
            QVERIFY(!field.mid(t.begin, t.length).contains(QStringLiteral("terrible")));
        }
    }

    void outboundMailDoesNotCountAsTheBuyers() {
        test::PipelineBuilder(db()).email(QStringLiteral("calm"), kNow - 1 * kDay, 0, QStringLiteral("Awful"),
                                          QStringLiteral("This is terrible, horrible and awful news."));
        rescoreCache(db(), false);
        const double before = *MetricsStore(db()).find(dealId(db(), QStringLiteral("calm")))->sentimentRecent;
        AnalyticsEngine(db(), m_clock).recomputeDirty({});
        QCOMPARE(*MetricsStore(db()).find(dealId(db(), QStringLiteral("calm")))->sentimentRecent, before);
    }
};

QTEST_GUILESS_MAIN(TestRatingService)
#include "test_rating_service.moc"
