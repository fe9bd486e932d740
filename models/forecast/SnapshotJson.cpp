// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/SnapshotJson.h"

#include "domain/TimeFormat.h"
#include "forecast/JsonWriter.h"
#include "forecast/SnapshotCapture.h"
#include "forecast/SnapshotExport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dp {
namespace {

QJsonValue optionalInstant(const std::optional<Millis> &at) {
    return at ? QJsonValue(isoUtc(*at)) : QJsonValue();
}

QJsonValue optionalNumber(const std::optional<double> &value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> numberOrNull(const QJsonValue &value) {
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<Millis> instantOrNull(const QJsonValue &value) {
    return value.isString() ? parseIsoInstant(value.toString()) : std::nullopt;
}

} // namespace

QJsonObject snapshotDealJson(const DealRow &row, const DealMetrics &metrics) {
    return toJson(captureDeal(row, metrics));
}

QJsonObject toJson(const SnapshotDeal &deal) {
    QJsonArray reasons;
    for (const QString &reason : deal.reasons)
        reasons.append(reason);
    const QJsonValue sentiment =
        deal.sentimentRecent
            ? QJsonValue(QJsonObject{{QStringLiteral("recent"), *deal.sentimentRecent},
                                     {QStringLiteral("trend"), optionalNumber(deal.sentimentTrend)}})
            : QJsonValue();
    return QJsonObject{
        {QStringLiteral("source"), deal.source},
        {QStringLiteral("remote_id"), deal.remoteId},
        {QStringLiteral("name"), deal.name},
        {QStringLiteral("account"), deal.account},
        {QStringLiteral("owner"), deal.ownerName},
        {QStringLiteral("owner_email"), deal.ownerEmail},
        {QStringLiteral("team"), deal.team},
        {QStringLiteral("stage"), deal.stage},
        {QStringLiteral("forecast_category"), toKey(deal.forecastCategory)},
        {QStringLiteral("amount"), optionalNumber(deal.amount)},
        {QStringLiteral("currency"), deal.currency},
        {QStringLiteral("close_date"),
         deal.closeDate.isValid() ? QJsonValue(deal.closeDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("is_closed"), deal.isClosed},
        {QStringLiteral("is_won"), deal.isWon},
        {QStringLiteral("created_at"), isoUtc(deal.createdAt)},
        {QStringLiteral("health"), QJsonObject{{QStringLiteral("band"), toKey(deal.band)},
                                               {QStringLiteral("score"), deal.score},
                                               {QStringLiteral("reasons"), reasons}}},
        {QStringLiteral("activity"),
         QJsonObject{{QStringLiteral("last_inbound_at"), optionalInstant(deal.lastInboundAt)},
                     {QStringLiteral("last_outbound_at"), optionalInstant(deal.lastOutboundAt)},
                     {QStringLiteral("inbound_28d"), deal.inbound28d},
                     {QStringLiteral("outbound_28d"), deal.outbound28d},
                     {QStringLiteral("buyer_contacts_engaged_60d"), deal.buyerContactsEngaged60d}}},
        {QStringLiteral("sentiment"), sentiment},
        {QStringLiteral("close_date_pushes"), deal.closeDatePushes},
    };
}

std::optional<SnapshotDeal> snapshotDealFromJson(const QJsonObject &object) {
    SnapshotDeal deal;
    deal.source = object.value(QStringLiteral("source")).toString();
    deal.remoteId = object.value(QStringLiteral("remote_id")).toString();
    const std::optional<ForecastCategory> category =
        forecastCategoryFromKey(object.value(QStringLiteral("forecast_category")).toString());
    const QJsonObject health = object.value(QStringLiteral("health")).toObject();
    const std::optional<HealthBand> band = healthBandFromKey(health.value(QStringLiteral("band")).toString());
    const std::optional<Millis> createdAt = instantOrNull(object.value(QStringLiteral("created_at")));
    if (deal.source.isEmpty() || deal.remoteId.isEmpty() || !category || !band || !createdAt)
        return std::nullopt;
    deal.name = object.value(QStringLiteral("name")).toString();
    deal.account = object.value(QStringLiteral("account")).toString();
    deal.ownerName = object.value(QStringLiteral("owner")).toString();
    deal.ownerEmail = object.value(QStringLiteral("owner_email")).toString();
    deal.team = object.value(QStringLiteral("team")).toString();
    deal.stage = object.value(QStringLiteral("stage")).toString();
    deal.forecastCategory = *category;
    deal.amount = numberOrNull(object.value(QStringLiteral("amount")));
    deal.currency = object.value(QStringLiteral("currency")).toString();
    deal.closeDate = QDate::fromString(object.value(QStringLiteral("close_date")).toString(), Qt::ISODate);
    deal.isClosed = object.value(QStringLiteral("is_closed")).toBool();
    deal.isWon = object.value(QStringLiteral("is_won")).toBool();
    deal.createdAt = *createdAt;
    deal.band = *band;
    deal.score = health.value(QStringLiteral("score")).toInt();
    for (const QJsonValue &reason : health.value(QStringLiteral("reasons")).toArray())
        deal.reasons.append(reason.toString());
    const QJsonObject activity = object.value(QStringLiteral("activity")).toObject();
    deal.lastInboundAt = instantOrNull(activity.value(QStringLiteral("last_inbound_at")));
    deal.lastOutboundAt = instantOrNull(activity.value(QStringLiteral("last_outbound_at")));
    deal.inbound28d = activity.value(QStringLiteral("inbound_28d")).toInt();
    deal.outbound28d = activity.value(QStringLiteral("outbound_28d")).toInt();
    deal.buyerContactsEngaged60d = activity.value(QStringLiteral("buyer_contacts_engaged_60d")).toInt();
    const QJsonObject sentiment = object.value(QStringLiteral("sentiment")).toObject();
    deal.sentimentRecent = numberOrNull(sentiment.value(QStringLiteral("recent")));
    deal.sentimentTrend = numberOrNull(sentiment.value(QStringLiteral("trend")));
    deal.closeDatePushes = object.value(QStringLiteral("close_date_pushes")).toInt();
    return deal;
}

QByteArray snapshotDealLine(const SnapshotDeal &deal) {
    return QJsonDocument(toJson(deal)).toJson(QJsonDocument::Compact);
}

int writeSnapshotJson(Database &db, const SnapshotOptions &options, const QString &path, QString *error) {
    LiveSnapshot live(db, CaptureOptions{options.asOf, options.health, {}});
    ExportContext context;
    context.header.takenAt = options.takenAt;
    context.header.asOf = options.asOf;
    context.header.goingDarkDays = options.health.goingDarkDays;
    JsonWriter writer;
    const std::optional<ExportSummary> summary = exportSnapshot(
        context, [&](const DealVisitor &visit) { live.forEach({}, visit); }, writer, path, error);
    return summary ? summary->deals : -1;
}

} // namespace dp
