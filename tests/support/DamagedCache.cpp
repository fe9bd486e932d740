// SPDX-License-Identifier: GPL-3.0-or-later
#include "DamagedCache.h"

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "store/DealStore.h"
#include "store/InteractionStore.h"

#include <QFile>

namespace dp::test {
namespace {

const Millis kAt = at("2026-11-02T09:00:00Z");

qint64 insert(Database &db, const char *sql, const QList<QVariant> &values) {
    Statement statement(db.handle(), sql);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull())
            statement.bindNull(i + 1);
        else if (value.typeId() == QMetaType::QString)
            statement.bind(i + 1, value.toString());
        else if (value.typeId() == QMetaType::Double)
            statement.bind(i + 1, value.toDouble());
        else
            statement.bind(i + 1, value.toLongLong());
    }
    statement.run();
    return db.lastInsertRowId();
}

qint64 dealId(Database &db, const QString &remoteId) {
    return *DealStore(db).dealId(PipelineBuilder::kSource, remoteId);
}

} // namespace

int PeoplesRows::total() const {
    return int(ratings.size() + notes.size() + snoozes.size() + seenDeals.size() + snapshots.size()) +
           snapshotDeals + int(versions.size()) + deltas + int(resets.size());
}

QByteArray fillerMarker(int n) {
    return "zzfiller" + QByteArray::number(n) + "zz";
}

QByteArray noteMarker(int n) {
    return "zznote" + QByteArray::number(n) + "zz";
}

QByteArray snapshotMarker(int n) {
    return "zzsnap" + QByteArray::number(n) + "zz";
}

PeoplesRows fillPeopleAndCrm(Database &db, int fillerEmails, int extraNotes, int extraSnapshotDeals) {
    PeoplesRows rows;
    Transaction transaction(db);
    PipelineBuilder(db)
        .deal(QStringLiteral("keep-1"), kAt - 30 * kMillisPerDay, 50000)
        .email(QStringLiteral("keep-1"), kAt - 3 * kMillisPerDay, 1)
        .email(QStringLiteral("keep-1"), kAt - 2 * kMillisPerDay, 2)
        .deal(QStringLiteral("keep-2"), kAt - 20 * kMillisPerDay, 20000)
        .deal(QStringLiteral("other"), kAt - 10 * kMillisPerDay, 7000);
    const qint64 keep1 = dealId(db, QStringLiteral("keep-1"));
    const qint64 keep2 = dealId(db, QStringLiteral("keep-2"));
    const qint64 rated = *InteractionStore(db).interactionId(PipelineBuilder::kSource, QStringLiteral("i1"));
    rows.keptDeals = {keep1, keep2};
    rows.keptInteractions = {rated};

    rows.ratings.append(insert(
        db, "INSERT INTO ratings(interaction_id, rater, value, note, rated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        {rated, QStringLiteral("maria"), 1, QStringLiteral("keen buyer"), kAt}));
    for (const qint64 deal : {keep1, keep2, keep1})
        rows.notes.append(
            insert(db,
                   "INSERT INTO coaching_notes(deal_id, author, body, created_at, updated_at)"
                   " VALUES (?1, ?2, ?3, ?4, ?4)",
                   {deal, QStringLiteral("maria"), QStringLiteral("Call the CFO before Friday"), kAt}));
    rows.snoozes.append(insert(db,
                               "INSERT INTO alert_snoozes(deal_id, band, reason, resume_on, snoozed_by,"
                               " snoozed_at) VALUES (?1, 'going_dark', ?2, '2026-12-20', 'maria', ?3)",
                               {keep2, QStringLiteral("Buyer on holiday"), kAt}));
    insert(db, "INSERT INTO alert_seen(deal_id, band, seen_at) VALUES (?1, 'watch', ?2)", {keep1, kAt});
    rows.seenDeals.append(keep1);
    const qint64 snapshot = insert(db,
                                   "INSERT INTO snapshots(taken_at, taken_by, label, as_of, going_dark_days)"
                                   " VALUES (?1, 'maria', ?2, ?1, 14)",
                                   {kAt, QStringLiteral("Q4 review")});
    rows.snapshots.append(snapshot);
    for (const QString &remoteId : {QStringLiteral("keep-1"), QStringLiteral("gone-from-crm")}) {
        insert(db,
               "INSERT INTO snapshot_deals(snapshot_id, deal_source, deal_remote_id, document)"
               " VALUES (?1, ?2, ?3, '{}')",
               {snapshot, PipelineBuilder::kSource, remoteId});
        ++rows.snapshotDeals;
    }
    const qint64 first =
        insert(db,
               "INSERT INTO lexicon_versions(created_at, language, cause, rating_id,"
               " interaction_id, rater, value) VALUES (?1, 'en', 'rated', ?2, ?3, 'maria', 1)",
               {kAt, rows.ratings.first(), rated});
    const qint64 undo = insert(db,
                               "INSERT INTO lexicon_versions(created_at, language, cause, undoes)"
                               " VALUES (?1, 'en', 'unrated', ?2)",
                               {kAt + 1000, first});
    rows.versions = {first, undo};
    for (const qint64 version : {first, undo}) {
        insert(db,
               "INSERT INTO lexicon_term_deltas(version_id, term, before, after) VALUES (?1, 'keen', ?2, ?3)",
               {version, 0.0, 0.5});
        ++rows.deltas;
    }
    rows.resets.append(insert(db,
                              "INSERT INTO lexicon_term_resets(language, term, through_rating_id, reset_at)"
                              " VALUES ('en', 'keen', ?1, ?2)",
                              {rows.ratings.first(), kAt}));
    insert(db, "INSERT INTO meta(key, value) VALUES ('our_email_domains', 'seller.io')", {});

    // What a sync leaves behind, which the rebuild must not keep.
    insert(
        db,
        "INSERT INTO sync_bookmarks(source, object, stamp, updated_at) VALUES ('hubspot', 'deals', ?1, ?1)",
        {kAt});
    insert(db,
           "INSERT INTO sync_list_progress(source, object, started_at, after_cursor)"
           " VALUES ('hubspot', 'emails', ?1, 'abc')",
           {kAt});
    insert(db,
           "INSERT INTO sync_pending_links(source, interaction_remote_id, target_kind, target_remote_id)"
           " VALUES ('hubspot', 'e1', 'deal', 'd404')",
           {});

    InteractionStore interactions(db);
    for (int n = 0; n < fillerEmails; ++n) {
        Interaction email;
        email.source = PipelineBuilder::kSource;
        email.remoteId = QStringLiteral("filler-%1").arg(n);
        email.occurredAt = kAt - n * 60000;
        email.subject = QStringLiteral("Newsletter %1").arg(n);
        email.bodyText = QString(600, QLatin1Char('t'));
        email.bodyHtml = QString::fromLatin1(fillerMarker(n)) + QString(600, QLatin1Char('h'));
        email.fromAddress = QStringLiteral("news@elsewhere.example");
        email.dealRemoteIds = {QStringLiteral("other")};
        interactions.upsert(email);
    }
    for (int n = 0; n < extraNotes; ++n)
        rows.notes.append(
            insert(db,
                   "INSERT INTO coaching_notes(deal_id, author, body, created_at, updated_at)"
                   " VALUES (?1, 'maria', ?2, ?3, ?3)",
                   {keep1, QString::fromLatin1(noteMarker(n)) + QString(900, QLatin1Char('n')), kAt}));
    for (int n = 0; n < extraSnapshotDeals; ++n) {
        // Remote ids in key order, so the marked rows lie in order in the snapshot's part of the b-tree.
        insert(db,
               "INSERT INTO snapshot_deals(snapshot_id, deal_source, deal_remote_id, document)"
               " VALUES (?1, 'test', ?2, ?3)",
               {snapshot, QStringLiteral("s%1").arg(n, 5, 10, QLatin1Char('0')),
                QString::fromLatin1(snapshotMarker(n)) + QString(900, QLatin1Char('d'))});
        ++rows.snapshotDeals;
    }
    transaction.commit();
    return rows;
}

bool damagePageHolding(const QString &path, const QByteArray &marker) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray bytes = file.readAll();
    const qint64 pageSize = (quint8(bytes.at(16)) << 8 | quint8(bytes.at(17))) == 1
                                ? 65536
                                : (quint8(bytes.at(16)) << 8 | quint8(bytes.at(17)));
    const qint64 offset = bytes.indexOf(marker);
    if (offset < 0 || bytes.indexOf(marker, offset + 1) >= 0)
        return false; // not there, or on two pages
    const qint64 page = offset / pageSize;
    if (page == 0)
        return false;
    file.seek(page * pageSize);
    file.write(QByteArray(int(pageSize), '\x5A'));
    return true;
}

QList<qint64> ids(Database &db, const char *sql) {
    Statement query(db.handle(), sql);
    return query.int64Column();
}

} // namespace dp::test
