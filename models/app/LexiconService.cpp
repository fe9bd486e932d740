// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LexiconService.h"

#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/LexiconDigest.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "tasks/Task.h"

namespace dp {

LexiconService::LexiconService(sentiment::RatingService &ratings, QString cachePath)
    : m_ratings(ratings)
    , m_cachePath(std::move(cachePath)) {}

QString LexiconService::digest() const {
    return sentiment::lexiconDigest(m_ratings.learner());
}

Outcome<bool> LexiconService::reloadLearner() {
    return attempt<bool>([&] { return m_ratings.reload(); });
}

Outcome<QList<sentiment::LearnedTerm>> LexiconService::terms(sentiment::Language language) const {
    return attempt<QList<sentiment::LearnedTerm>>([&] { return m_ratings.learnedTerms(language); });
}

Outcome<QList<LexiconVersionRow>> LexiconService::versions(sentiment::Language language) const {
    return attempt<QList<LexiconVersionRow>>([&] {
        const QString code = sentiment::languageCode(language).toString();
        LexiconStore store(m_ratings.database());
        QList<LexiconVersionRow> rows;
        for (const LexiconVersion &version : store.versions())
            if (version.language == code)
                rows.append({version, int(store.deltas(version.id).size())});
        return rows;
    });
}

Outcome<QList<TermMove>> LexiconService::termHistory(sentiment::Language language,
                                                     const QString &term) const {
    return attempt<QList<TermMove>>([&] {
        return LexiconStore(m_ratings.database())
            .termHistory(sentiment::languageCode(language).toString(), term);
    });
}

Outcome<bool> LexiconService::rescoreOutstanding() const {
    return attempt<bool>([&] { return sentiment::rescoreOutstanding(m_ratings.database()); });
}

Outcome<sentiment::LexiconChange> LexiconService::resetTerm(sentiment::Language language,
                                                            const QString &term) {
    return attempt<sentiment::LexiconChange>([&] { return m_ratings.resetTerm(language, term); });
}

Outcome<sentiment::LexiconChange> LexiconService::undoVersion(qint64 versionId) {
    return attempt<sentiment::LexiconChange>([&] { return m_ratings.undoVersion(versionId); });
}

std::function<sentiment::RescoreJobResult(TaskControl &)>
LexiconService::rescoreWork(const HealthSettings &settings, const Clock *clock) const {
    // The learner is copied here, on the GUI thread: the worker scores with it as it is at the start.
    return [path = m_cachePath, learner = m_ratings.learner(), settings, clock](TaskControl &control) {
        OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
        if (!opened.ok())
            return sentiment::RescoreJobResult{{}, 0, opened.error};
        const SystemClock systemClock;
        return sentiment::rescoreAndRecompute(
            *opened.database, learner, clock ? *clock : systemClock, settings,
            [&control](int done, int total) { return control.progress(done, total); });
    };
}

} // namespace dp
