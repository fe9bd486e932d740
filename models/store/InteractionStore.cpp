// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/InteractionStore.h"

#include "store/Database.h"
#include "store/RemoteIds.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace dp {
namespace {

// Addresses are stored as one comma-separated column: they are shown and searched, never joined on.
QString joinAddresses(const QStringList &addresses) {
    return addresses.join(QLatin1String(", "));
}

QStringList splitAddresses(const QString &text) {
    return text.isEmpty() ? QStringList() : text.split(QLatin1String(", "), Qt::SkipEmptyParts);
}

// The stored fields from kind to direction_rule, in the column order both the insert and the update list
// them, as the 14 parameters from `first` on.
void bindStoredFields(Statement &statement, int first, const Interaction &in) {
    statement.bind(first, toKey(in.kind)).bind(first + 1, toKey(in.direction));
    statement.bind(first + 2, in.occurredAt).bind(first + 3, in.subject).bind(first + 4, in.bodyText);
    statement.bind(first + 5, in.bodyHtml).bind(first + 6, in.fromAddress);
    statement.bind(first + 7, joinAddresses(in.toAddresses)).bind(first + 8, joinAddresses(in.ccAddresses));
    statement.bind(first + 9, in.durationSeconds ? std::optional<qint64>(*in.durationSeconds) : std::nullopt);
    statement.bind(first + 10, in.status).bind(first + 11, in.transcript).bind(first + 12, in.isDeleted);
    statement.bind(first + 13, toKey(in.directionRule));
}

// Sorted and each once, so two lists compare as sets; a handful of ids, kept off the heap.
using LinkIds = QVarLengthArray<qint64, 8>;

void sortUnique(LinkIds &ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

bool contains(const LinkIds &sorted, qint64 id) {
    return std::binary_search(sorted.cbegin(), sorted.cend(), id);
}

LinkIds resolve(Statement &lookup, QHash<QString, qint64> &known, const QString &source,
                const QStringList &remoteIds, QStringList &unresolved) {
    LinkIds ids;
    for (const QString &remoteId : remoteIds) {
        const QString key = source + QChar(0x1f) + remoteId;
        if (const auto found = known.constFind(key); found != known.cend()) {
            ids.append(*found);
        } else if (const auto id = lookupId(lookup, source, remoteId)) {
            known.insert(key, *id);
            ids.append(*id);
        } else {
            unresolved.append(remoteId);
        }
    }
    sortUnique(ids);
    return ids;
}

// add and drop take the interaction's id as ?1 and the linked row's as ?2.
void applyLinkChanges(Statement &add, Statement &drop, qint64 interactionId, const LinkIds &wanted,
                      const LinkIds &current) {
    for (qint64 other : wanted)
        if (!contains(current, other))
            add.bind(1, interactionId).bind(2, other).run();
    for (qint64 other : current)
        if (!contains(wanted, other))
            drop.bind(1, interactionId).bind(2, other).run();
}

LinkIds currentLinks(Statement &query, qint64 interactionId) {
    LinkIds ids;
    query.bind(1, interactionId);
    while (query.step())
        ids.append(query.int64(0));
    sortUnique(ids);
    return ids;
}

} // namespace

UpsertOutcome InteractionStore::upsert(const Interaction &in) {
    UpsertOutcome outcome;
    // Inserted unless the row exists: a first sync writes millions of new rows, and asking first whether
    // each exists cost as much as the unique index's own check.
    Statement &insert = m_db.cached(
        "INSERT INTO interactions(source, remote_id, kind, direction, occurred_at, subject, body_text,"
        " body_html, from_address, to_addresses, cc_addresses, duration_seconds, status, transcript,"
        " is_deleted, direction_rule, sentiment) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
        " ?12, ?13, ?14, ?15, ?16, ?17) ON CONFLICT(source, remote_id) DO NOTHING");
    insert.bind(1, in.source).bind(2, in.remoteId);
    bindStoredFields(insert, 3, in);
    insert.bind(17, in.sentiment).run();
    if (m_db.changes() > 0) {
        outcome.id = m_db.lastInsertRowId();
        outcome.created = true;
        outcome.changed = true;
    } else {
        outcome.id = interactionId(in.source, in.remoteId).value();
        Statement &update = m_db.cached(
            "UPDATE interactions SET kind = ?2, direction = ?3, occurred_at = ?4, subject = ?5, body_text = "
            "?6,"
            " body_html = ?7, from_address = ?8, to_addresses = ?9, cc_addresses = ?10, duration_seconds = "
            "?11,"
            " status = ?12, transcript = ?13, is_deleted = ?14, direction_rule = ?15,"
            // A new text takes the new score, or none until it is scored; the same text keeps its own.
            " sentiment = CASE WHEN (subject, body_text, transcript) IS (?5, ?6, ?13)"
            " THEN coalesce(sentiment, ?16) ELSE ?16 END"
            " WHERE id = ?1 AND (kind, direction, occurred_at, subject, body_text, body_html, from_address,"
            " to_addresses, cc_addresses, duration_seconds, status, transcript, is_deleted, direction_rule)"
            " IS NOT (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        update.bind(1, outcome.id);
        bindStoredFields(update, 2, in);
        update.bind(16, in.sentiment).run();
        outcome.changed = m_db.changes() > 0;
    }
    if (replaceLinks(outcome.id, outcome.created, in, outcome))
        outcome.changed = true;
    return outcome;
}

bool InteractionStore::replaceLinks(qint64 id, bool isNew, const Interaction &in, UpsertOutcome &outcome) {
    const LinkIds deals = resolve(m_db.cached("SELECT id FROM deals WHERE source = ?1 AND remote_id = ?2"),
                                  m_dealIds, in.source, in.dealRemoteIds, outcome.unresolvedDeals);
    const LinkIds contacts =
        resolve(m_db.cached("SELECT id FROM contacts WHERE source = ?1 AND remote_id = ?2"), m_contactIds,
                in.source, in.contactRemoteIds, outcome.unresolvedContacts);
    // A row just inserted has no links yet (a sync writes two million of them: two reads each add up).
    const LinkIds oldDeals =
        isNew ? LinkIds()
              : currentLinks(m_db.cached("SELECT deal_id FROM interaction_deals WHERE interaction_id = ?1"),
                             id);
    const LinkIds oldContacts =
        isNew ? LinkIds()
              : currentLinks(
                    m_db.cached("SELECT contact_id FROM interaction_contacts WHERE interaction_id = ?1"), id);
    if (deals == oldDeals && contacts == oldContacts)
        return false;

    applyLinkChanges(
        m_db.cached("INSERT INTO interaction_contacts(interaction_id, contact_id) VALUES (?1, ?2)"),
        m_db.cached("DELETE FROM interaction_contacts WHERE interaction_id = ?1 AND contact_id = ?2"), id,
        contacts, oldContacts);
    applyLinkChanges(m_db.cached("INSERT INTO interaction_deals(interaction_id, deal_id) VALUES (?1, ?2)"),
                     m_db.cached("DELETE FROM interaction_deals WHERE interaction_id = ?1 AND deal_id = ?2"),
                     id, deals, oldDeals);
    // A deal's figures count its interactions and their buyer contacts: every deal the interaction now
    // concerns is out of date (one it no longer concerns is marked by the deleted link's trigger). Marked
    // here rather than by a trigger per link row, which costs a fifth of a first sync's writing (schema step
    // 13).
    Statement &markDirty =
        m_db.cached("INSERT INTO dirty_deals(deal_id) VALUES (?1) ON CONFLICT(deal_id) DO NOTHING");
    for (qint64 deal : deals)
        markDirty.bind(1, deal).run();
    return true;
}

std::optional<qint64> InteractionStore::interactionId(const QString &source, const QString &remoteId) {
    return lookupId(m_db.cached("SELECT id FROM interactions WHERE source = ?1 AND remote_id = ?2"), source,
                    remoteId);
}

QString InteractionStore::transcript(const QString &source, const QString &remoteId) {
    Query query = m_db.query("SELECT transcript FROM interactions WHERE source = ?1 AND remote_id = ?2");
    query.bind(1, source).bind(2, remoteId);
    const QString text = query.step() ? query.text(0) : QString();
    return text;
}

QList<InteractionRow> InteractionStore::timeline(qint64 dealId, int limit) {
    Query query = m_db.query(
        "SELECT i.id, i.source, i.remote_id, i.kind, i.direction, i.occurred_at, i.subject, i.body_text,"
        " i.body_html, i.from_address, i.to_addresses, i.cc_addresses, i.duration_seconds, i.status,"
        " i.transcript, i.sentiment"
        " FROM interaction_deals l JOIN interactions i ON i.id = l.interaction_id"
        " WHERE l.deal_id = ?1 AND i.is_deleted = 0 ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?2");
    query.bind(1, dealId).bind(2, qint64(limit));
    QList<InteractionRow> rows;
    while (query.step()) {
        InteractionRow row;
        row.id = query.int64(0);
        Interaction &i = row.interaction;
        i.source = query.text(1);
        i.remoteId = query.text(2);
        i.kind = interactionKindFromKey(query.text(3)).value_or(InteractionKind::Note);
        i.direction = directionFromKey(query.text(4)).value_or(Direction::Internal);
        i.occurredAt = query.int64(5);
        i.subject = query.text(6);
        i.bodyText = query.text(7);
        i.bodyHtml = query.text(8);
        i.fromAddress = query.text(9);
        i.toAddresses = splitAddresses(query.text(10));
        i.ccAddresses = splitAddresses(query.text(11));
        if (const auto duration = query.optionalInt64(12))
            i.durationSeconds = int(*duration);
        i.status = query.text(13);
        i.transcript = query.text(14);
        row.sentiment = query.optionalReal(15);
        rows.append(row);
    }
    return rows;
}

int InteractionStore::count() {
    return int(m_db.cached("SELECT count(*) FROM interactions WHERE is_deleted = 0").singleInt64());
}

} // namespace dp
