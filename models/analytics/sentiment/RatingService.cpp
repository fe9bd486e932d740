// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/RatingService.h"

#include "store/Database.h"
#include "store/FeedbackStore.h"
#include "store/SentimentStore.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace dp::sentiment {
namespace {

// Moves smaller than this are not recorded as a term's history: they would show as 0.000.
constexpr double kRecordedMove = 1e-4;

Language languageFromCode(QStringView code) {
    return code == u"ro" ? Language::Romanian : Language::English;
}

// The examples of the stored ratings, each with the terms reset after it.
QList<LearnerExample> storedExamples(Database &db, const SalesScorer &scorer, const OurSide &ours) {
    LexiconStore store(db);
    const QList<TermReset> resets = store.resets();
    QList<LearnerExample> examples;
    for (const RatedInteraction &rated : store.ratedInteractions()) {
        std::optional<LearnerExample> example =
            learnerExample(analyseInteraction(scorer, rated.text, ours), rated.rating.value > 0);
        if (!example)
            continue;
        for (const TermReset &reset : resets) {
            if (rated.ratingId <= reset.throughRatingId &&
                languageFromCode(reset.language) == example->language)
                example->forgotten.append(reset.term);
        }
        examples.append(*example);
    }
    return examples;
}

} // namespace

Learner storedLearner(Database &db, const LearnerOptions &options) {
    const SalesScorer scorer;
    Learner learner(options);
    learner.refit(storedExamples(db, scorer, ourSide(db)));
    return learner;
}

RatingService::RatingService(Database &db, const Clock &clock, const LearnerOptions &options)
    : m_db(db)
    , m_clock(clock)
    , m_options(options)
    , m_learner(options)
    , m_ours(ourSide(db)) {
    m_learner.refit(examples());
}

QList<LearnerExample> RatingService::examples() {
    return storedExamples(m_db, m_scorer, m_ours);
}

Language RatingService::interactionLanguage(qint64 interactionId) {
    const std::optional<InteractionText> text = SentimentStore(m_db).text(interactionId);
    if (!text)
        throw StoreError(QCoreApplication::translate("RatingService", "The interaction no longer exists."));
    return analyseInteraction(m_scorer, *text, m_ours).score.language;
}

RatingResult RatingService::rate(qint64 interactionId, const QString &rater, int value, const QString &note) {
    const Language language = interactionLanguage(interactionId);
    Transaction transaction(m_db);
    const Rating rating{interactionId, rater, value > 0 ? 1 : -1, note, m_clock.now()};
    const qint64 ratingId = LexiconStore(m_db).addRating(rating);
    LexiconVersion version;
    version.cause = LexiconVersion::Cause::Rated;
    version.ratingId = ratingId;
    version.interactionId = interactionId;
    version.rater = rating.rater;
    version.value = rating.value;
    version.note = rating.note;
    version.ratedAt = rating.ratedAt;
    RatingResult result{ratingId, refitAndRecord(version, language)};
    transaction.commit();
    return result;
}

LexiconChange RatingService::removeRating(qint64 ratingId) {
    LexiconStore store(m_db);
    const std::optional<RatedInteraction> rated = store.ratedInteraction(ratingId);
    if (!rated)
        return {};
    const Language language = interactionLanguage(rated->rating.interactionId);
    Transaction transaction(m_db);
    FeedbackStore(m_db).removeRating(ratingId);
    LexiconVersion version;
    version.cause = LexiconVersion::Cause::Unrated;
    version.ratingId = ratingId;
    version.interactionId = rated->rating.interactionId;
    version.rater = rated->rating.rater;
    version.value = rated->rating.value;
    version.note = rated->rating.note;
    version.ratedAt = rated->rating.ratedAt;
    LexiconChange change = refitAndRecord(version, language);
    transaction.commit();
    return change;
}

LexiconChange RatingService::resetTerm(Language language, const QString &term) {
    Transaction transaction(m_db);
    LexiconStore store(m_db);
    const Millis now = m_clock.now();
    const qint64 through = store.lastRatingId();
    const qint64 resetId = store.addReset(languageCode(language).toString(), term, through, now);
    LexiconVersion version;
    version.cause = LexiconVersion::Cause::Reset;
    version.resetId = resetId;
    version.term = term;
    version.throughRatingId = through;
    version.resetAt = now;
    LexiconChange change = refitAndRecord(version, language);
    transaction.commit();
    return change;
}

LexiconChange RatingService::undoVersion(qint64 versionId) {
    LexiconStore store(m_db);
    const std::optional<LexiconVersion> undone = store.version(versionId);
    if (!undone || undone->undone)
        return {};
    const Language language = languageFromCode(undone->language);
    Transaction transaction(m_db);
    LexiconVersion version = *undone;
    version.undoes = versionId;
    switch (undone->cause) {
    case LexiconVersion::Cause::Rated:
        if (!undone->ratingId || !store.ratedInteraction(*undone->ratingId))
            return {};
        FeedbackStore(m_db).removeRating(*undone->ratingId);
        version.cause = LexiconVersion::Cause::Unrated;
        break;
    case LexiconVersion::Cause::Unrated:
        if (!undone->ratingId || !undone->interactionId || store.ratedInteraction(*undone->ratingId))
            return {};
        store.restoreRating(*undone->ratingId, Rating{*undone->interactionId, undone->rater, undone->value,
                                                      undone->note, undone->ratedAt.value_or(0)});
        version.cause = LexiconVersion::Cause::Rated;
        break;
    case LexiconVersion::Cause::Reset:
        if (!undone->resetId)
            return {};
        store.removeReset(*undone->resetId);
        version.cause = LexiconVersion::Cause::Unreset;
        break;
    case LexiconVersion::Cause::Unreset:
        if (!undone->resetId || !undone->throughRatingId || store.reset(*undone->resetId))
            return {};
        store.restoreReset(TermReset{*undone->resetId, undone->language, undone->term,
                                     *undone->throughRatingId, undone->resetAt.value_or(0)});
        version.cause = LexiconVersion::Cause::Reset;
        break;
    }
    LexiconChange change = refitAndRecord(version, language);
    transaction.commit();
    return change;
}

LexiconChange RatingService::refitAndRecord(LexiconVersion version, Language language) {
    const Learner before = m_learner;
    m_learner.refit(examples());

    LexiconChange change;
    change.language = language;
    const QHash<QString, double> &old = before.weights(language);
    const QHash<QString, double> &now = m_learner.weights(language);
    bool moved = before.slope(language) != m_learner.slope(language) ||
                 before.bias(language) != m_learner.bias(language) ||
                 before.adaptiveActive(language) != m_learner.adaptiveActive(language);
    QStringList terms = old.keys() + now.keys();
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    for (const QString &term : std::as_const(terms)) {
        const double a = old.value(term);
        const double b = now.value(term);
        moved = moved || a != b;
        if (std::abs(b - a) >= kRecordedMove)
            change.deltas.append({term, a, b});
    }
    std::stable_sort(change.deltas.begin(), change.deltas.end(), [](const TermDelta &x, const TermDelta &y) {
        return std::abs(x.after - x.before) > std::abs(y.after - y.before);
    });
    if (!moved)
        return change;
    change.rescoreNeeded = before.adaptiveActive(language) || m_learner.adaptiveActive(language);
    version.createdAt = m_clock.now();
    version.language = languageCode(language).toString();
    change.versionId = LexiconStore(m_db).addVersion(version, change.deltas);
    return change;
}

bool RatingService::reload() {
    const Learner before = m_learner;
    m_learner.refit(examples());
    for (const Language language : {Language::English, Language::Romanian}) {
        const bool moved = before.slope(language) != m_learner.slope(language) ||
                           before.bias(language) != m_learner.bias(language) ||
                           before.adaptiveActive(language) != m_learner.adaptiveActive(language) ||
                           before.weights(language) != m_learner.weights(language);
        if (moved && (before.adaptiveActive(language) || m_learner.adaptiveActive(language)))
            return true;
    }
    return false;
}

QList<LearnedTerm> RatingService::learnedTerms(Language language) const {
    QList<LearnedTerm> terms;
    const QHash<QString, double> &weights = m_learner.weights(language);
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        if (std::abs(it.value()) >= kShownWeight)
            terms.append({it.key(), it.value()});
    }
    std::sort(terms.begin(), terms.end(), [](const LearnedTerm &x, const LearnedTerm &y) {
        const double ax = std::abs(x.weight), ay = std::abs(y.weight);
        return ax != ay ? ax > ay : x.term < y.term;
    });
    return terms;
}

} // namespace dp::sentiment
