// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsEngine.h"

#include "analytics/DealAsOf.h"
#include "analytics/DealSentiment.h"
#include "analytics/StageMedians.h"
#include "domain/TimeFormat.h"
#include "store/Database.h"
#include "store/MetaStore.h"
#include "store/MetricsStore.h"

#include <QDateTime>
#include <QTimeZone>

namespace dp {
namespace {

const QString kMetricsAsOfKey = QStringLiteral("metrics_as_of");
const QString kMetricsDarkDaysKey = QStringLiteral("metrics_going_dark_days");
// Absent in caches computed before the rhythm rule existed: those are stale once, and recomputed with it.
const QString kMetricsRhythmKey = QStringLiteral("metrics_rhythm_rule");

QString rhythmValue(const HealthSettings &settings) {
    return settings.rhythmRule ? QStringLiteral("on") : QStringLiteral("off");
}

std::optional<QList<DealMetrics>> evaluateAll(ActivityStore &activity, Millis asOf,
                                              ActivityStore::Scope scope, const HealthSettings &settings,
                                              const DealHistoryAsOf *history = nullptr,
                                              const ActivityStore::ReadProgress &progress = {}) {
    const StageMedians medians(activity.completedStageStays(asOf));
    QList<DealMetrics> result;
    std::optional<QList<DealActivityFacts>> read = activity.facts(asOf, scope, progress);
    if (!read)
        return std::nullopt;
    QList<DealActivityFacts> &facts = *read;
    result.reserve(facts.size());
    for (DealActivityFacts &deal : facts) {
        fillDealSentiment(deal, asOf);
        if (history) {
            // The facts carry today's stage, close date and closing; a past instant needs its own.
            DealFields today;
            today.stage = deal.stage;
            today.closeDate = deal.closeDate;
            today.isClosed = deal.isClosed;
            today.isWon = deal.isWon;
            const DealFields then = history->fieldsOf(deal.dealId, today);
            deal.stage = then.stage;
            deal.closeDate = then.closeDate;
            deal.isClosed = then.isClosed;
            deal.isWon = then.isWon;
        }
        result.append(evaluateHealth(deal, asOf, settings, medians.median(deal.stage)));
    }
    return result;
}

} // namespace

int AnalyticsEngine::recomputeDirty(const HealthSettings &settings) {
    return *recompute(ActivityStore::Scope::DirtyDeals, settings, {});
}

int AnalyticsEngine::recomputeAll(const HealthSettings &settings) {
    return *recompute(ActivityStore::Scope::AllDeals, settings, {});
}

std::optional<int> AnalyticsEngine::recomputeAll(const HealthSettings &settings, const Progress &progress) {
    return recompute(ActivityStore::Scope::AllDeals, settings, progress);
}

std::optional<int> AnalyticsEngine::recomputeDirty(const HealthSettings &settings, const Progress &progress) {
    return recompute(ActivityStore::Scope::DirtyDeals, settings, progress);
}

bool AnalyticsEngine::storedFiguresStale(const HealthSettings &settings) {
    MetaStore meta(m_db);
    const std::optional<QString> asOfText = meta.value(kMetricsAsOfKey);
    const std::optional<Millis> asOf = asOfText ? parseIsoInstant(*asOfText) : std::nullopt;
    if (!asOf || meta.value(kMetricsDarkDaysKey) != QString::number(settings.goingDarkDays) ||
        meta.value(kMetricsRhythmKey) != rhythmValue(settings))
        return true;
    const auto utcDate = [](Millis at) {
        return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).date();
    };
    return utcDate(*asOf) != utcDate(m_clock.now());
}

QList<DealMetrics> AnalyticsEngine::evaluate(Millis asOf, const HealthSettings &settings) {
    ActivityStore activity(m_db);
    const DealHistoryAsOf history(m_db, asOf);
    return *evaluateAll(activity, asOf, ActivityStore::Scope::AllDeals, settings, &history);
}

std::optional<int> AnalyticsEngine::recompute(ActivityStore::Scope scope, const HealthSettings &settings,
                                              const Progress &progress) {
    // Work units: reading each deal's facts, then writing its figures (the two take about as long).
    constexpr qsizetype kProgressStep = 256;
    const Millis now = m_clock.now();
    // Rolled back on every early return: a cancelled recompute leaves no half-written set of figures. Inside
    // a caller's transaction (FigureRefresh), that one decides.
    Transaction transaction(m_db, Transaction::JoinOuter);
    ActivityStore activity(m_db);
    ActivityStore::ReadProgress reading;
    if (progress)
        reading = [&progress](qsizetype done, qsizetype total) {
            return progress(int(done), int(2 * total));
        };
    const std::optional<QList<DealMetrics>> evaluated =
        evaluateAll(activity, now, scope, settings, nullptr, reading);
    if (!evaluated)
        return std::nullopt;
    const QList<DealMetrics> &metrics = *evaluated;
    const int total = int(2 * metrics.size());
    MetricsStore store(m_db);
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        if (progress && i % kProgressStep == 0 && !progress(int(metrics.size() + i), total))
            return std::nullopt;
        store.write(metrics.at(i));
    }
    if (progress && !progress(total, total))
        return std::nullopt;
    store.clearDirty();
    store.dropDeletedDeals();
    if (scope == ActivityStore::Scope::AllDeals) {
        MetaStore meta(m_db);
        meta.setValue(kMetricsAsOfKey, isoUtc(now));
        meta.setValue(kMetricsDarkDaysKey, QString::number(settings.goingDarkDays));
        meta.setValue(kMetricsRhythmKey, rhythmValue(settings));
    }
    transaction.commit();
    return int(metrics.size());
}

} // namespace dp
