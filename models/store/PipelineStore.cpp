// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PipelineStore.h"

#include "store/Database.h"
#include "store/MetricsStore.h"

#include <QHash>

namespace dp {
namespace {

// The same columns as DealStore's and MetricsStore's readers, joined.
#define DP_PIPELINE_COLUMNS                                                                                  \
    "SELECT d.id, d.source, d.remote_id, d.name, a.remote_id, o.remote_id, d.pipeline, d.stage,"             \
    " d.stage_order, d.stage_probability, d.forecast_category, d.amount, d.currency, d.close_date,"          \
    " d.created_at, d.is_closed, d.is_won, d.is_deleted, coalesce(a.name, ''), coalesce(o.name, ''),"        \
    " coalesce(o.email, ''), coalesce(t.name, ''),"                                                          \
    " m.as_of, m.going_dark_days, m.last_inbound_at, m.last_outbound_at, m.inbound_28d, m.outbound_28d,"     \
    " m.inbound_prev_28d, m.buyer_contacts_60d, m.close_date_pushes, m.days_in_stage, m.sentiment_recent,"   \
    " m.sentiment_trend, m.band, m.score, m.reasons_json, d.account_id, d.owner_id"
#define DP_PIPELINE_NAMES                                                                                    \
    " LEFT JOIN accounts a ON a.id = d.account_id LEFT JOIN owners o ON o.id = d.owner_id"                   \
    " LEFT JOIN teams t ON t.id = o.team_id"

constexpr const char *kSelectPipeline =
    DP_PIPELINE_COLUMNS " FROM deals d JOIN deal_metrics m ON m.deal_id = d.id" DP_PIPELINE_NAMES
                        " WHERE d.is_deleted = 0 ORDER BY d.source, d.remote_id";

// The lowest scores first (the pipeline's opening order), ties by deal id. The few figures rows are picked
// from deal_metrics alone before anything is joined, so this reads a page, not the pipeline. ?1…?5: the
// bands shown (repeated when fewer), ?6: how many.
constexpr const char *kSelectLowestScores = DP_PIPELINE_COLUMNS
    " FROM (SELECT deal_id, score FROM deal_metrics WHERE band IN (?1, ?2, ?3, ?4, ?5)"
    " ORDER BY score, deal_id LIMIT ?6) lowest"
    " JOIN deals d ON d.id = lowest.deal_id JOIN deal_metrics m ON m.deal_id = "
    "lowest.deal_id" DP_PIPELINE_NAMES " WHERE d.is_deleted = 0 ORDER BY lowest.score, lowest.deal_id";

#undef DP_PIPELINE_COLUMNS
#undef DP_PIPELINE_NAMES

// One shared copy per distinct value of a column with few of them (stages, currencies, close dates): a
// small table per column, so a look-up stays in the CPU cache.
template <typename Value> class Pool {
public:
    template <typename Make> const Value &get(QByteArrayView bytes, Make make) {
        // A key over the row's own bytes for the look-up; copied only when the value is new.
        const auto it = m_values.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (it != m_values.constEnd())
            return *it;
        return *m_values.insert(bytes.toByteArray(), make(bytes));
    }

private:
    QHash<QByteArray, Value> m_values;
};

// The account's and owner's names, made once per account and owner and found by their row id.
struct AccountNames {
    QString remoteId;
    QString name;
};
struct OwnerNames {
    QString remoteId;
    QString name;
    QString email;
    QString team;
};

QString fromUtf8(QByteArrayView bytes) {
    return QString::fromUtf8(bytes);
}

} // namespace

int PipelineStore::countUpperBound() {
    // A statement of its own, finished here: a cached one left on its last row would hold a read lock.
    Statement query(m_db.handle(), "SELECT count(*) FROM deal_metrics");
    return query.step() ? int(query.int64(0)) : 0;
}

void PipelineStore::forEach(const std::function<void(DealRow &&, DealMetrics &&)> &visit) {
    Statement query(m_db.handle(), kSelectPipeline);
    read(query, visit);
}

void PipelineStore::forEachLowestScore(const QList<HealthBand> &bands, int limit,
                                       const std::function<void(DealRow &&, DealMetrics &&)> &visit) {
    Statement query(m_db.handle(), kSelectLowestScores);
    const QList<HealthBand> all{HealthBand::Healthy, HealthBand::Watch, HealthBand::AtRisk, HealthBand::Dark,
                                HealthBand::Closed};
    const QList<HealthBand> &shown = bands.isEmpty() ? all : bands;
    for (int i = 0; i < 5; ++i)
        query.bind(i + 1, toKey(shown.at(std::min(i, int(shown.size()) - 1))));
    query.bind(6, limit);
    read(query, visit);
}

void PipelineStore::read(Statement &query, const std::function<void(DealRow &&, DealMetrics &&)> &visit) {
    Pool<QString> sources, pipelines, stages, categories, currencies;
    Pool<QDate> dates;
    Pool<HealthBand> bands;
    QHash<qint64, AccountNames> accounts;
    QHash<qint64, OwnerNames> owners;
    while (query.step()) {
        DealRow row;
        row.id = query.int64(0);
        Deal &deal = row.deal;
        deal.source = sources.get(query.blob(1), fromUtf8);
        deal.remoteId = query.text(2);
        deal.name = query.text(3);
        deal.pipeline = pipelines.get(query.blob(6), fromUtf8);
        deal.stage = stages.get(query.blob(7), fromUtf8);
        deal.stageOrder = int(query.int64(8));
        deal.stageProbability = query.optionalReal(9);
        deal.forecastCategory = categories.get(query.blob(10), fromUtf8);
        deal.amount = query.optionalReal(11);
        deal.currency = currencies.get(query.blob(12), fromUtf8);
        deal.closeDate = dates.get(query.blob(13), [](QByteArrayView bytes) {
            return QDate::fromString(QString::fromUtf8(bytes), Qt::ISODate);
        });
        deal.createdAt = query.int64(14);
        deal.isClosed = query.int64(15) != 0;
        deal.isWon = query.int64(16) != 0;
        deal.isDeleted = query.int64(17) != 0;
        // NULL ids (no account, no owner) share the empty names under a key no row has.
        const qint64 accountId = query.isNull(37) ? -1 : query.int64(37);
        auto account = accounts.constFind(accountId);
        if (account == accounts.constEnd())
            account = accounts.insert(accountId, AccountNames{query.text(4), query.text(18)});
        deal.accountRemoteId = account->remoteId;
        row.accountName = account->name;
        const qint64 ownerId = query.isNull(38) ? -1 : query.int64(38);
        auto owner = owners.constFind(ownerId);
        if (owner == owners.constEnd())
            owner = owners.insert(ownerId,
                                  OwnerNames{query.text(5), query.text(19), query.text(20), query.text(21)});
        deal.ownerRemoteId = owner->remoteId;
        row.ownerName = owner->name;
        row.ownerEmail = owner->email;
        row.teamName = owner->team;

        DealMetrics m;
        m.dealId = row.id;
        m.asOf = query.int64(22);
        m.goingDarkDays = int(query.int64(23));
        m.lastInboundAt = query.optionalInt64(24);
        m.lastOutboundAt = query.optionalInt64(25);
        m.inbound28d = int(query.int64(26));
        m.outbound28d = int(query.int64(27));
        m.inboundPrevious28d = int(query.int64(28));
        m.buyerContactsEngaged60d = int(query.int64(29));
        m.closeDatePushes = int(query.int64(30));
        m.daysInStage = int(query.int64(31));
        m.sentimentRecent = query.optionalReal(32);
        m.sentimentTrend = query.optionalReal(33);
        m.band = bands.get(query.blob(34), [](QByteArrayView bytes) {
            return healthBandFromKey(QString::fromUtf8(bytes)).value_or(HealthBand::Watch);
        });
        m.score = int(query.int64(35));
        m.reasons = reasonsFromJson(query.blob(36));
        visit(std::move(row), std::move(m));
    }
}

} // namespace dp
