#include "forecast/SnapshotJson.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/HealthText.h"
#include "domain/TimeFormat.h"
#include "forecast/AtomicFile.h"
#include "store/DealStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dp {
namespace {

QJsonValue optionalInstant(const std::optional<Millis> &at) { return at ? QJsonValue(isoUtc(*at)) : QJsonValue(); }

QJsonValue optionalNumber(const std::optional<double> &value) { return value ? QJsonValue(*value) : QJsonValue(); }

QByteArray compact(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

// Fixed clock for evaluate(): the engine only needs "now" for stored figures, which we do not write here.
class AtClock final : public Clock {
public:
    explicit AtClock(Millis at) : m_at(at) {}
    Millis now() const override { return m_at; }

private:
    Millis m_at;
};

} // namespace

QJsonObject snapshotDealJson(const DealRow &row, const DealMetrics &metrics)
{
    const Deal &deal = row.deal;
    QJsonArray reasons;
    for (const QString &reason : describe(metrics.reasons))
        reasons.append(reason);
    const QJsonValue sentiment =
        metrics.sentimentRecent ? QJsonValue(QJsonObject{{QStringLiteral("recent"), *metrics.sentimentRecent},
                                                         {QStringLiteral("trend"), optionalNumber(metrics.sentimentTrend)}})
                                : QJsonValue();
    return QJsonObject{
        {QStringLiteral("source"), deal.source},
        {QStringLiteral("remote_id"), deal.remoteId},
        {QStringLiteral("name"), deal.name},
        {QStringLiteral("account"), row.accountName},
        {QStringLiteral("owner_email"), row.ownerEmail},
        {QStringLiteral("stage"), deal.stage},
        {QStringLiteral("forecast_category"), deal.forecastCategory},
        {QStringLiteral("amount"), optionalNumber(deal.amount)},
        {QStringLiteral("currency"), deal.currency},
        {QStringLiteral("close_date"),
         deal.closeDate.isValid() ? QJsonValue(deal.closeDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("is_closed"), deal.isClosed},
        {QStringLiteral("is_won"), deal.isWon},
        {QStringLiteral("created_at"), isoUtc(deal.createdAt)},
        {QStringLiteral("health"), QJsonObject{{QStringLiteral("band"), toKey(metrics.band)},
                                               {QStringLiteral("score"), metrics.score},
                                               {QStringLiteral("reasons"), reasons}}},
        {QStringLiteral("activity"),
         QJsonObject{{QStringLiteral("last_inbound_at"), optionalInstant(metrics.lastInboundAt)},
                     {QStringLiteral("last_outbound_at"), optionalInstant(metrics.lastOutboundAt)},
                     {QStringLiteral("inbound_28d"), metrics.inbound28d},
                     {QStringLiteral("outbound_28d"), metrics.outbound28d},
                     {QStringLiteral("buyer_contacts_engaged_60d"), metrics.buyerContactsEngaged60d}}},
        {QStringLiteral("sentiment"), sentiment},
        {QStringLiteral("close_date_pushes"), metrics.closeDatePushes},
    };
}

int writeSnapshotJson(Database &db, const SnapshotOptions &options, const QString &path, QString *error)
{
    const AtClock clock(options.asOf);
    AnalyticsEngine engine(db, clock);
    QHash<qint64, DealMetrics> metrics;
    for (DealMetrics &deal : engine.evaluate(options.asOf, options.health))
        metrics.insert(deal.dealId, std::move(deal));

    AtomicFile file(path);
    if (!file.open()) {
        *error = file.error();
        return -1;
    }
    // The header is written by hand so the deals can be streamed one line each, keeping memory flat on
    // large caches.
    const QJsonObject header{{QStringLiteral("format"), QStringLiteral("dealpulse-snapshot")},
                             {QStringLiteral("version"), kSnapshotFormatVersion},
                             {QStringLiteral("taken_at"), isoUtc(options.takenAt)},
                             {QStringLiteral("as_of"), isoUtc(options.asOf)},
                             {QStringLiteral("going_dark_days"), options.health.goingDarkDays}};
    QByteArray head = compact(header);
    head.chop(1); // reopen the object to append "deals"
    file.write(head + ",\"deals\":[");

    int written = 0;
    DealStore(db).forEach([&](const DealRow &row) {
        const auto it = metrics.constFind(row.id);
        if (it == metrics.constEnd())
            return; // created after asOf
        file.write((written == 0 ? "\n" : ",\n") + compact(snapshotDealJson(row, *it)));
        ++written;
    });
    file.write("\n]}\n");
    if (!file.commit()) {
        *error = file.error();
        return -1;
    }
    return written;
}

} // namespace dp
