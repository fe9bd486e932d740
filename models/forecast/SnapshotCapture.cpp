// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/SnapshotCapture.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/HealthText.h"
#include "store/DealStore.h"

namespace dp {

DealFields currentFields(const Deal &deal) {
    DealFields fields;
    fields.pipeline = deal.pipeline;
    fields.stage = deal.stage;
    fields.stageProbability = deal.stageProbability;
    fields.crmCategory = deal.forecastCategory;
    fields.amount = deal.amount;
    fields.closeDate = deal.closeDate;
    fields.isClosed = deal.isClosed;
    fields.isWon = deal.isWon;
    return fields;
}

SnapshotDeal captureDeal(const DealRow &row, const DealMetrics &metrics, const DealFields &fields,
                         const CategoryThresholds &categories) {
    const Deal &deal = row.deal;
    SnapshotDeal result;
    result.source = deal.source;
    result.remoteId = deal.remoteId;
    result.name = deal.name;
    result.account = row.accountName;
    result.ownerName = row.ownerName;
    result.ownerEmail = row.ownerEmail;
    result.team = row.teamName;
    result.stage = fields.stage;
    result.forecastCategory = forecastCategoryOf(fields.isClosed, fields.isWon, fields.crmCategory,
                                                 fields.stageProbability, categories);
    result.amount = fields.amount;
    result.currency = deal.currency;
    result.closeDate = fields.closeDate;
    result.isClosed = fields.isClosed;
    result.isWon = fields.isWon;
    result.createdAt = deal.createdAt;
    result.band = metrics.band;
    result.score = metrics.score;
    result.reasons = describeInEnglish(metrics.reasons);
    result.lastInboundAt = metrics.lastInboundAt;
    result.lastOutboundAt = metrics.lastOutboundAt;
    result.inbound28d = metrics.inbound28d;
    result.outbound28d = metrics.outbound28d;
    result.buyerContactsEngaged60d = metrics.buyerContactsEngaged60d;
    result.sentimentRecent = metrics.sentimentRecent;
    result.sentimentTrend = metrics.sentimentTrend;
    result.closeDatePushes = metrics.closeDatePushes;
    return result;
}

namespace {

// evaluate() takes "now" from a clock only for stored figures, which a snapshot never writes.
class AtClock final : public Clock {
public:
    explicit AtClock(Millis at)
        : m_at(at) {}
    Millis now() const override { return m_at; }

private:
    Millis m_at;
};

} // namespace

LiveSnapshot::LiveSnapshot(Database &db, const CaptureOptions &options)
    : m_db(db)
    , m_categories(options.categories)
    , m_history(db, options.asOf) {
    const AtClock clock(options.asOf);
    AnalyticsEngine engine(db, clock);
    for (DealMetrics &deal : engine.evaluate(options.asOf, options.health))
        m_metrics.insert(deal.dealId, std::move(deal));
}

void LiveSnapshot::forEach(const SnapshotFilter &filter, const DealVisitor &visit) {
    // Two passes keep closed deals grouped after the open ones without holding either group in memory.
    visitPass(false, filter, visit);
    visitPass(true, filter, visit);
}

void LiveSnapshot::visitPass(bool closed, const SnapshotFilter &filter, const DealVisitor &visit) {
    DealStore(m_db).forEach([&](const DealRow &row) {
        const auto it = m_metrics.constFind(row.id);
        if (it == m_metrics.constEnd())
            return; // created after asOf
        const DealFields fields = m_history.fieldsOf(row.id, currentFields(row.deal));
        if (fields.isClosed != closed)
            return;
        const SnapshotDeal deal = captureDeal(row, *it, fields, m_categories);
        if (filter.matches(deal))
            visit(deal);
    });
}

} // namespace dp
