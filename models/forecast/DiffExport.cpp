// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/DiffExport.h"

#include "domain/TimeFormat.h"
#include "forecast/CsvWriter.h"

#include <QJsonArray>

namespace dp {
namespace {

QJsonValue number(const std::optional<double> &value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject headerJson(const SnapshotHeader &header) {
    QJsonObject object{{QStringLiteral("taken_at"), isoUtc(header.takenAt)},
                       {QStringLiteral("as_of"), isoUtc(header.asOf)},
                       {QStringLiteral("label"), header.label},
                       {QStringLiteral("filter"), header.filter.toJson()}};
    if (header.id)
        object.insert(QStringLiteral("snapshot_id"), *header.id);
    return object;
}

QJsonObject lineJson(const RollupLine &before, const RollupLine &after) {
    return {{QStringLiteral("before"), before.amount},
            {QStringLiteral("after"), after.amount},
            {QStringLiteral("deals_before"), before.deals},
            {QStringLiteral("deals_after"), after.deals}};
}

ForecastRollup rollupOf(const CurrencyRollups &rollups, const QString &currency) {
    return rollups.byCurrency().value(currency);
}

} // namespace

QJsonObject diffJson(const SnapshotDiff &diff) {
    QJsonArray changes;
    for (const DealChange &change : diff.changes)
        changes.append(QJsonObject{{QStringLiteral("change"), toKey(change.kind)},
                                   {QStringLiteral("source"), change.source},
                                   {QStringLiteral("remote_id"), change.remoteId},
                                   {QStringLiteral("name"), change.name},
                                   {QStringLiteral("owner_email"), change.ownerEmail},
                                   {QStringLiteral("currency"), change.currency},
                                   {QStringLiteral("before"), change.before},
                                   {QStringLiteral("after"), change.after},
                                   {QStringLiteral("amount_before"), number(change.amountBefore)},
                                   {QStringLiteral("amount_after"), number(change.amountAfter)}});
    QJsonObject totals;
    QJsonObject waterfalls;
    for (const QString &currency : diff.currencies()) {
        const ForecastRollup before = rollupOf(diff.before, currency);
        const ForecastRollup after = rollupOf(diff.after, currency);
        QJsonObject categories;
        for (ForecastCategory category : kForecastCategories)
            categories.insert(toKey(category), lineJson(before.category(category), after.category(category)));
        QJsonObject rollups;
        QJsonObject falls;
        for (RollupKind kind : kRollupKinds) {
            rollups.insert(toKey(kind), lineJson(before.rollup(kind), after.rollup(kind)));
            const Waterfall fall = diff.waterfalls.value(currency).value(kind);
            QJsonArray steps;
            for (const WaterfallStep &step : fall.steps)
                steps.append(QJsonObject{{QStringLiteral("cause"), toKey(step.cause)},
                                         {QStringLiteral("amount"), step.amount}});
            falls.insert(toKey(kind), QJsonObject{{QStringLiteral("before"), fall.before},
                                                  {QStringLiteral("steps"), steps},
                                                  {QStringLiteral("after"), fall.after}});
        }
        totals.insert(currency, QJsonObject{{QStringLiteral("categories"), categories},
                                            {QStringLiteral("rollups"), rollups}});
        waterfalls.insert(currency, falls);
    }
    return {{QStringLiteral("format"), QStringLiteral("dealpulse-snapshot-diff")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("from"), headerJson(diff.from)},
            {QStringLiteral("to"), headerJson(diff.to)},
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("first"), diff.period.first.toString(Qt::ISODate)},
                         {QStringLiteral("last"), diff.period.last.toString(Qt::ISODate)}}},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("totals"), totals},
            {QStringLiteral("waterfalls"), waterfalls}};
}

QByteArray diffCsv(const SnapshotDiff &diff) {
    const auto amount = [](const std::optional<double> &value) {
        return value ? csvNumber(*value) : QString();
    };
    QByteArray text =
        "\xEF\xBB\xBF" +
        csvRecord({QStringLiteral("change"), QStringLiteral("source"), QStringLiteral("remote_id"),
                   QStringLiteral("name"), QStringLiteral("owner_email"), QStringLiteral("currency"),
                   QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("amount_before"),
                   QStringLiteral("amount_after")});
    for (const DealChange &change : diff.changes) {
        QByteArray line = csvRecord({toKey(change.kind), change.source, change.remoteId, change.name,
                                     change.ownerEmail, change.currency, change.before, change.after});
        line.chop(2); // reopen the record for the amounts, which are numbers and so never guarded
        text += line + ',' + csvField(amount(change.amountBefore), false) + ',' +
                csvField(amount(change.amountAfter), false) + "\r\n";
    }
    return text;
}

} // namespace dp
