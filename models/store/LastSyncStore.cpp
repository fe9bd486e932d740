// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LastSyncStore.h"

#include "store/MetaStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dp {
namespace {

const QString kLastSyncKey = QStringLiteral("last_sync");
// Enough for the panel; a sync with thousands of junk values keeps the meta row small.
constexpr int kMaxStoredAlerts = 200;

} // namespace

void LastSyncStore::save(const SyncSummary &summary) {
    QJsonObject json;
    json[QLatin1String("ok")] = summary.ok;
    json[QLatin1String("cancelled")] = summary.cancelled;
    json[QLatin1String("message")] = summary.message;
    json[QLatin1String("finished_at")] = double(summary.finishedAt);
    json[QLatin1String("records")] = double(summary.records);
    json[QLatin1String("deals_recomputed")] = summary.dealsRecomputed;
    json[QLatin1String("seconds")] = summary.seconds;
    json[QLatin1String("warning_count")] = summary.warningCount;
    json[QLatin1String("warnings")] = QJsonArray::fromStringList(summary.warnings);
    QJsonArray alerts;
    for (const NewAlert &alert : summary.newAlerts.mid(0, kMaxStoredAlerts))
        alerts.append(QJsonObject{{QLatin1String("deal_id"), double(alert.dealId)},
                                  {QLatin1String("name"), alert.dealName},
                                  {QLatin1String("band"), toKey(alert.band)}});
    json[QLatin1String("new_alerts")] = alerts;
    MetaStore(m_db).setValue(kLastSyncKey,
                             QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

std::optional<SyncSummary> LastSyncStore::load() {
    const std::optional<QString> text = MetaStore(m_db).value(kLastSyncKey);
    if (!text)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject json = document.object();
    SyncSummary summary;
    summary.ok = json.value(QLatin1String("ok")).toBool();
    summary.cancelled = json.value(QLatin1String("cancelled")).toBool();
    summary.message = json.value(QLatin1String("message")).toString();
    summary.finishedAt = Millis(json.value(QLatin1String("finished_at")).toDouble());
    summary.records = qint64(json.value(QLatin1String("records")).toDouble());
    summary.dealsRecomputed = json.value(QLatin1String("deals_recomputed")).toInt();
    summary.seconds = json.value(QLatin1String("seconds")).toDouble();
    summary.warningCount = json.value(QLatin1String("warning_count")).toInt();
    for (const QJsonValue &warning : json.value(QLatin1String("warnings")).toArray())
        summary.warnings.append(warning.toString());
    for (const QJsonValue &value : json.value(QLatin1String("new_alerts")).toArray()) {
        const QJsonObject alert = value.toObject();
        const std::optional<HealthBand> band =
            healthBandFromKey(alert.value(QLatin1String("band")).toString());
        if (!band)
            continue;
        summary.newAlerts.append(NewAlert{qint64(alert.value(QLatin1String("deal_id")).toDouble()),
                                          alert.value(QLatin1String("name")).toString(), *band});
    }
    return summary;
}

} // namespace dp
