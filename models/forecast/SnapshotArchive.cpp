// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/SnapshotArchive.h"

#include "forecast/SnapshotCapture.h"
#include "forecast/SnapshotJson.h"
#include "store/Database.h"
#include "store/SnapshotStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace dp {
namespace {

Q_LOGGING_CATEGORY(lcForecast, "dealpulse.forecast")

SnapshotHeader headerOf(const SnapshotRecord &record) {
    SnapshotHeader header;
    header.id = record.id;
    header.takenAt = record.takenAt;
    header.takenBy = record.takenBy;
    header.label = record.label;
    header.filter = SnapshotFilter::fromJson(QJsonDocument::fromJson(record.filterJson.toUtf8()).object())
                        .value_or(SnapshotFilter{});
    header.asOf = record.asOf;
    header.goingDarkDays = record.goingDarkDays;
    return header;
}

} // namespace

TakenSnapshot takeSnapshot(Database &db, const TakeOptions &options) {
    LiveSnapshot live(db, CaptureOptions{options.asOf, options.health, options.categories});
    Transaction transaction(db);
    SnapshotStore store(db);
    SnapshotRecord record;
    record.takenAt = options.takenAt;
    record.takenBy = options.takenBy;
    record.label = options.label;
    record.filterJson =
        QString::fromUtf8(QJsonDocument(options.filter.toJson()).toJson(QJsonDocument::Compact));
    record.asOf = options.asOf;
    record.goingDarkDays = options.health.goingDarkDays;
    const qint64 id = store.insert(record);
    int deals = 0;
    live.forEach(options.filter, [&](const SnapshotDeal &deal) {
        store.addDeal(id, deal.source, deal.remoteId, QString::fromUtf8(snapshotDealLine(deal)));
        ++deals;
    });
    transaction.commit();
    return {id, deals};
}

QList<SnapshotListing> listSnapshots(Database &db) {
    QList<SnapshotListing> result;
    for (const SnapshotRecord &record : SnapshotStore(db).list())
        result.append(SnapshotListing{headerOf(record), record.dealCount});
    return result;
}

std::optional<StoredSnapshot> StoredSnapshot::open(Database &db, qint64 id) {
    const std::optional<SnapshotRecord> record = SnapshotStore(db).find(id);
    if (!record)
        return std::nullopt;
    return StoredSnapshot(db, headerOf(*record));
}

void StoredSnapshot::forEach(const SnapshotFilter &filter, const DealVisitor &visit) const {
    visitPass(false, filter, visit);
    visitPass(true, filter, visit);
}

QList<SnapshotDeal> StoredSnapshot::deals(const SnapshotFilter &filter) const {
    QList<SnapshotDeal> result;
    forEach(filter, [&](const SnapshotDeal &deal) { result.append(deal); });
    return result;
}

void StoredSnapshot::visitPass(bool closed, const SnapshotFilter &filter, const DealVisitor &visit) const {
    SnapshotStore(*m_db).forEachDeal(*m_header.id, [&](const QString &source, const QString &remoteId,
                                                       const QString &document) {
        const std::optional<SnapshotDeal> deal =
            snapshotDealFromJson(QJsonDocument::fromJson(document.toUtf8()).object());
        if (!deal) {
            // Written by this code, so only damage gets here; skipping keeps the rest readable.
            qCWarning(lcForecast) << "unreadable deal" << source << remoteId << "in snapshot" << *m_header.id;
            return;
        }
        if (deal->isClosed == closed && filter.matches(*deal))
            visit(*deal);
    });
}

} // namespace dp
