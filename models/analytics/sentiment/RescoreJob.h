// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rescoring after a lexicon change as one job that can run on a worker thread: it opens its own connection
// to the cache, rescores every interaction with the given learner (writing only the scores that changed, so
// only the deals concerned are marked dirty), then recomputes those deals' figures. Progress and cancel are
// atomics, so the GUI can poll them from its thread and the command line can ignore them.

#include "analytics/HealthRules.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/Learner.h"
#include "domain/Clock.h"

#include <QString>
#include <atomic>

namespace dp::sentiment {

struct RescoreJobResult {
    RescoreSummary summary;
    int dealsRecomputed = 0;
    QString error; // not empty when the cache could not be opened or written
};

// Rescores every interaction of an open cache and recomputes the dirty deals; the deals are recomputed
// even after a cancel, for the scores already written.
RescoreJobResult rescoreAndRecompute(Database &db, const Learner &learner, const Clock &clock,
                                     const HealthSettings &settings, const RescoreProgress &progress = {});

class RescoreJob final {
public:
    RescoreJob(QString cachePath, Learner learner, HealthSettings settings = {})
        : m_cachePath(std::move(cachePath))
        , m_learner(std::move(learner))
        , m_settings(settings) {}

    // Runs to the end or to a cancel, on the calling thread.
    RescoreJobResult run(const Clock &clock);
    // Thread-safe.
    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled; }
    int done() const { return m_done; }
    int total() const { return m_total; }

private:
    QString m_cachePath;
    Learner m_learner;
    HealthSettings m_settings;
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::atomic<bool> m_cancelled{false};
};

} // namespace dp::sentiment
