// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/DealColumns.h"

#include <QCoreApplication>

namespace dp {

using Type = DealColumn::Type;

const std::array<DealColumn, 26> kDealColumns{{
    {"source", QT_TRANSLATE_NOOP("DealColumns", "Source"), Type::Text, 10},
    {"remote_id", QT_TRANSLATE_NOOP("DealColumns", "CRM id"), Type::Text, 12},
    {"name", QT_TRANSLATE_NOOP("DealColumns", "Deal"), Type::Text, 40},
    {"account", QT_TRANSLATE_NOOP("DealColumns", "Account"), Type::Text, 24},
    {"owner", QT_TRANSLATE_NOOP("DealColumns", "Owner"), Type::Text, 20},
    {"owner_email", QT_TRANSLATE_NOOP("DealColumns", "Owner email"), Type::Text, 26},
    {"team", QT_TRANSLATE_NOOP("DealColumns", "Team"), Type::Text, 14},
    {"stage", QT_TRANSLATE_NOOP("DealColumns", "Stage"), Type::Text, 14},
    {"forecast_category", QT_TRANSLATE_NOOP("DealColumns", "Forecast category"), Type::Text, 14},
    {"amount", QT_TRANSLATE_NOOP("DealColumns", "Amount"), Type::Money, 16},
    {"currency", QT_TRANSLATE_NOOP("DealColumns", "Currency"), Type::Text, 9},
    {"close_date", QT_TRANSLATE_NOOP("DealColumns", "Close date"), Type::Date, 12},
    {"is_closed", QT_TRANSLATE_NOOP("DealColumns", "Closed"), Type::Boolean, 8},
    {"is_won", QT_TRANSLATE_NOOP("DealColumns", "Won"), Type::Boolean, 8},
    {"created_at", QT_TRANSLATE_NOOP("DealColumns", "Created (UTC)"), Type::Instant, 17},
    {"health_band", QT_TRANSLATE_NOOP("DealColumns", "Health"), Type::Text, 10},
    {"health_score", QT_TRANSLATE_NOOP("DealColumns", "Health score"), Type::Integer, 8},
    {"health_reasons", QT_TRANSLATE_NOOP("DealColumns", "Reasons"), Type::Text, 50},
    {"last_inbound_at", QT_TRANSLATE_NOOP("DealColumns", "Last inbound (UTC)"), Type::Instant, 17},
    {"last_outbound_at", QT_TRANSLATE_NOOP("DealColumns", "Last outbound (UTC)"), Type::Instant, 17},
    {"inbound_28d", QT_TRANSLATE_NOOP("DealColumns", "Inbound 28d"), Type::Integer, 8},
    {"outbound_28d", QT_TRANSLATE_NOOP("DealColumns", "Outbound 28d"), Type::Integer, 8},
    {"buyer_contacts_engaged_60d", QT_TRANSLATE_NOOP("DealColumns", "Buyer contacts 60d"), Type::Integer, 8},
    {"sentiment_recent", QT_TRANSLATE_NOOP("DealColumns", "Sentiment"), Type::Number, 9},
    {"sentiment_trend", QT_TRANSLATE_NOOP("DealColumns", "Sentiment trend"), Type::Number, 9},
    {"close_date_pushes", QT_TRANSLATE_NOOP("DealColumns", "Close date pushes"), Type::Integer, 8},
}};

namespace {

QVariant optional(const std::optional<double> &value) {
    return value ? QVariant(*value) : QVariant();
}
QVariant optional(const std::optional<Millis> &value) {
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QVariant dealColumnValue(const SnapshotDeal &deal, std::size_t column) {
    switch (column) {
    case 0:
        return deal.source;
    case 1:
        return deal.remoteId;
    case 2:
        return deal.name;
    case 3:
        return deal.account;
    case 4:
        return deal.ownerName;
    case 5:
        return deal.ownerEmail;
    case 6:
        return deal.team;
    case 7:
        return deal.stage;
    case 8:
        return toKey(deal.forecastCategory);
    case 9:
        return optional(deal.amount);
    case 10:
        return deal.currency;
    case 11:
        return deal.closeDate.isValid() ? QVariant(deal.closeDate) : QVariant();
    case 12:
        return deal.isClosed;
    case 13:
        return deal.isWon;
    case 14:
        return QVariant(deal.createdAt);
    case 15:
        return toKey(deal.band);
    case 16:
        return deal.score;
    // One reason a line: a cell reads like the list a manager sees in the app.
    case 17:
        return deal.reasons.join(QLatin1Char('\n'));
    case 18:
        return optional(deal.lastInboundAt);
    case 19:
        return optional(deal.lastOutboundAt);
    case 20:
        return deal.inbound28d;
    case 21:
        return deal.outbound28d;
    case 22:
        return deal.buyerContactsEngaged60d;
    case 23:
        return optional(deal.sentimentRecent);
    case 24:
        return optional(deal.sentimentTrend);
    case 25:
        return deal.closeDatePushes;
    }
    return {};
}

QString dealColumnLabel(const DealColumn &column) {
    return QCoreApplication::translate("DealColumns", column.label);
}

} // namespace dp
