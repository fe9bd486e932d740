// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/JsonWriter.h"

#include "domain/TimeFormat.h"
#include "forecast/SnapshotJson.h"

#include <QJsonDocument>

namespace dp {
namespace {

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Opens an object's text so more members can follow it: "{...}" → "{...,".
QByteArray reopened(const QJsonObject &object) {
    QByteArray text = compact(object);
    text.chop(1);
    return object.isEmpty() ? text : text + ',';
}

QJsonObject lineJson(const RollupLine &line) {
    return {{QStringLiteral("amount"), line.amount},
            {QStringLiteral("deals"), line.deals},
            {QStringLiteral("deals_without_amount"), line.withoutAmount}};
}

} // namespace

QJsonObject rollupsJson(const CurrencyRollups &rollups) {
    QJsonObject currencies;
    for (auto it = rollups.byCurrency().cbegin(); it != rollups.byCurrency().cend(); ++it) {
        QJsonObject categories;
        for (ForecastCategory category : kForecastCategories)
            categories.insert(toKey(category), lineJson(it->category(category)));
        QJsonObject cumulative;
        for (RollupKind kind : kRollupKinds)
            cumulative.insert(toKey(kind), lineJson(it->rollup(kind)));
        currencies.insert(it.key(), QJsonObject{{QStringLiteral("categories"), categories},
                                                {QStringLiteral("rollups"), cumulative}});
    }
    QJsonObject result{{QStringLiteral("currencies"), currencies}};
    if (rollups.period())
        result.insert(QStringLiteral("period"),
                      QJsonObject{{QStringLiteral("first"), rollups.period()->first.toString(Qt::ISODate)},
                                  {QStringLiteral("last"), rollups.period()->last.toString(Qt::ISODate)}});
    return result;
}

QJsonObject exportHeaderJson(const ExportContext &context, const QString &format) {
    const SnapshotHeader &header = context.header;
    QJsonObject head{{QStringLiteral("format"), format},
                     {QStringLiteral("version"), kSnapshotFormatVersion},
                     {QStringLiteral("taken_at"), isoUtc(header.takenAt)},
                     {QStringLiteral("as_of"), isoUtc(header.asOf)},
                     {QStringLiteral("going_dark_days"), header.goingDarkDays},
                     {QStringLiteral("filter"), header.filter.toJson()}};
    if (header.id)
        head.insert(QStringLiteral("snapshot_id"), *header.id);
    if (!header.label.isEmpty())
        head.insert(QStringLiteral("label"), header.label);
    if (!header.takenBy.isEmpty())
        head.insert(QStringLiteral("taken_by"), header.takenBy);
    if (!context.exportFilter.isEmpty())
        head.insert(QStringLiteral("export_filter"), context.exportFilter.toJson());
    return head;
}

QJsonObject exportSummaryJson(const ExportSummary &summary) {
    return {{QStringLiteral("deal_count"), summary.deals},
            {QStringLiteral("deal_rows_sha256"), summary.dealRowsSha256},
            {QStringLiteral("rollups"), rollupsJson(summary.rollups)}};
}

bool JsonWriter::open(const QString &path, const ExportContext &context, QString *error) {
    m_file = std::make_unique<AtomicFile>(path);
    if (!m_file->open()) {
        *error = m_file->error();
        return false;
    }
    const QJsonObject head = exportHeaderJson(context, QStringLiteral("dealpulse-snapshot"));
    // The header is written by hand so the deals can be streamed one line each, keeping memory flat on
    // large caches.
    m_file->write(reopened(head) + "\"deals\":[");
    return true;
}

void JsonWriter::write(const SnapshotDeal &deal) {
    m_file->write((m_written == 0 ? "\n" : ",\n") + snapshotDealLine(deal));
    ++m_written;
}

bool JsonWriter::finish(const ExportSummary &summary, QString *error) {
    // Summed up while the deals streamed, so these members follow them.
    QByteArray text = compact(exportSummaryJson(summary));
    text[0] = ',';
    m_file->write("\n]" + text + '\n');
    if (!m_file->commit()) {
        *error = m_file->error();
        return false;
    }
    return true;
}

} // namespace dp
