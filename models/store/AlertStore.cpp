// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AlertStore.h"

#include "store/Database.h"

namespace dp {
namespace {

AlertSnooze readSnooze(const Statement &row) {
    AlertSnooze s;
    s.id = row.int64(0);
    s.dealId = row.int64(1);
    s.band = healthBandFromKey(row.text(2)).value_or(HealthBand::Dark);
    s.reason = row.text(3);
    s.resumeOn = QDate::fromString(row.text(4), Qt::ISODate);
    s.snoozedBy = row.text(5);
    s.snoozedAt = row.int64(6);
    s.dealName = row.text(7);
    return s;
}

} // namespace

qint64 AlertStore::snooze(const AlertSnooze &snooze) {
    m_db.cached("INSERT INTO alert_snoozes(deal_id, band, reason, resume_on, snoozed_by, snoozed_at)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, snooze.dealId)
        .bind(2, toKey(snooze.band))
        .bind(3, snooze.reason)
        .bind(4, snooze.resumeOn.toString(Qt::ISODate))
        .bind(5, snooze.snoozedBy)
        .bind(6, snooze.snoozedAt)
        .run();
    return m_db.lastInsertRowId();
}

QList<AlertSnooze> AlertStore::snoozes() {
    Query query = m_db.query(
        "SELECT s.id, s.deal_id, s.band, s.reason, s.resume_on, s.snoozed_by, s.snoozed_at, d.name"
        " FROM alert_snoozes s JOIN deals d ON d.id = s.deal_id ORDER BY s.snoozed_at DESC, s.id DESC");
    QList<AlertSnooze> result;
    while (query.step())
        result.append(readSnooze(query.row()));
    return result;
}

QHash<qint64, AlertSnooze> AlertStore::activeSnoozes(const QDate &today) {
    // ISO dates compare as text, so the resume date needs no parsing in SQL.
    Query query =
        m_db.query("SELECT s.id, s.deal_id, s.band, s.reason, s.resume_on, s.snoozed_by, s.snoozed_at, d.name"
                   " FROM alert_snoozes s JOIN deals d ON d.id = s.deal_id WHERE s.resume_on > ?1"
                   " ORDER BY s.snoozed_at, s.id");
    query.bind(1, today.toString(Qt::ISODate));
    QHash<qint64, AlertSnooze> result;
    while (query.step()) {
        const AlertSnooze s = readSnooze(query.row());
        result.insert(s.dealId, s); // ordered oldest first, so the latest snooze of a deal wins
    }
    return result;
}

void AlertStore::removeSnooze(qint64 snoozeId) {
    m_db.cached("DELETE FROM alert_snoozes WHERE id = ?1").bind(1, snoozeId).run();
}

void AlertStore::markSeen(const QHash<qint64, HealthBand> &bands, Millis now) {
    Transaction transaction(m_db, Transaction::JoinOuter);
    Statement &upsert = m_db.cached("INSERT INTO alert_seen(deal_id, band, seen_at) VALUES (?1, ?2, ?3)"
                                    " ON CONFLICT(deal_id) DO UPDATE SET band = excluded.band,"
                                    " seen_at = excluded.seen_at");
    for (auto it = bands.constBegin(); it != bands.constEnd(); ++it)
        upsert.bind(1, it.key()).bind(2, toKey(it.value())).bind(3, now).run();
    transaction.commit();
}

QHash<qint64, HealthBand> AlertStore::seenBands() {
    Query query = m_db.query("SELECT deal_id, band FROM alert_seen");
    QHash<qint64, HealthBand> result;
    while (query.step())
        if (const auto band = healthBandFromKey(query.text(1)))
            result.insert(query.int64(0), *band);
    return result;
}

QHash<qint64, AlertSeen> AlertStore::seen() {
    Query query = m_db.query("SELECT deal_id, band, seen_at FROM alert_seen");
    QHash<qint64, AlertSeen> result;
    while (query.step())
        if (const auto band = healthBandFromKey(query.text(1)))
            result.insert(query.int64(0), AlertSeen{*band, query.int64(2)});
    return result;
}

void AlertStore::restoreSeen(const QList<qint64> &dealIds, const QHash<qint64, AlertSeen> &before) {
    // One transaction: the undo puts back every deal's record or none.
    Transaction transaction(m_db, Transaction::JoinOuter);
    Statement &upsert = m_db.cached("INSERT INTO alert_seen(deal_id, band, seen_at) VALUES (?1, ?2, ?3)"
                                    " ON CONFLICT(deal_id) DO UPDATE SET band = excluded.band,"
                                    " seen_at = excluded.seen_at");
    Statement &remove = m_db.cached("DELETE FROM alert_seen WHERE deal_id = ?1");
    for (const qint64 dealId : dealIds) {
        if (const auto it = before.constFind(dealId); it != before.constEnd())
            upsert.bind(1, dealId).bind(2, toKey(it->band)).bind(3, it->seenAt).run();
        else
            remove.bind(1, dealId).run();
    }
    transaction.commit();
}

} // namespace dp
