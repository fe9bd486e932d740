// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/RescoreJob.h"

#include "analytics/AnalyticsEngine.h"
#include "store/Database.h"

namespace dp::sentiment {

RescoreJobResult rescoreAndRecompute(Database &db, const Learner &learner, const Clock &clock,
                                     const HealthSettings &settings, const RescoreProgress &progress) {
    RescoreJobResult result;
    try {
        result.summary = rescoreCache(db, learner, true, progress);
        result.dealsRecomputed = AnalyticsEngine(db, clock).recomputeDirty(settings);
    } catch (const StoreError &error) {
        result.error = error.message();
    }
    return result;
}

RescoreJobResult RescoreJob::run(const Clock &clock) {
    OpenResult opened = Database::open(m_cachePath, Database::Mode::ReadWrite);
    if (!opened.ok())
        return RescoreJobResult{{}, 0, opened.error};
    return rescoreAndRecompute(*opened.database, m_learner, clock, m_settings, [this](int done, int total) {
        m_done = done;
        m_total = total;
        return !m_cancelled;
    });
}

} // namespace dp::sentiment
