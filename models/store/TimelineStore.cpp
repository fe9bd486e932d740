// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TimelineStore.h"

#include "store/Database.h"

namespace dp {
namespace {

QList<RatingRow> readRatings(Statement &query) {
    QList<RatingRow> rows;
    while (query.step()) {
        RatingRow row;
        row.id = query.int64(0);
        row.rating =
            Rating{query.int64(1), query.text(2), int(query.int64(3)), query.text(4), query.int64(5)};
        rows.append(row);
    }
    return rows;
}

} // namespace

QHash<QString, QString> TimelineStore::peopleNames(qint64 dealId) {
    Statement &query =
        m_db.cached("SELECT lower(email), trim(first_name || ' ' || last_name) FROM contacts"
                    " WHERE email IS NOT NULL AND email <> '' AND id IN ("
                    " SELECT c.contact_id FROM interaction_deals l"
                    " JOIN interaction_contacts c ON c.interaction_id = l.interaction_id WHERE l.deal_id = ?1"
                    " UNION SELECT contact_id FROM deal_contacts WHERE deal_id = ?1)"
                    " UNION ALL SELECT lower(email), name FROM owners WHERE email <> ''");
    query.bind(1, dealId);
    QHash<QString, QString> names;
    while (query.step()) {
        const QString name = query.text(1);
        if (!name.isEmpty())
            names.insert(query.text(0), name);
    }
    return names;
}

QList<RatingRow> TimelineStore::dealRatings(qint64 dealId, const QString &rater) {
    Statement &query =
        m_db.cached("SELECT r.id, r.interaction_id, r.rater, r.value, r.note, r.rated_at FROM ratings r"
                    " JOIN interaction_deals l ON l.interaction_id = r.interaction_id"
                    " WHERE l.deal_id = ?1 AND r.rater = ?2 ORDER BY r.rated_at, r.id");
    query.bind(1, dealId).bind(2, rater);
    return readRatings(query);
}

QList<RatingRow> TimelineStore::othersDealRatings(qint64 dealId, const QString &rater) {
    Statement &query =
        m_db.cached("SELECT r.id, r.interaction_id, r.rater, r.value, r.note, r.rated_at FROM ratings r"
                    " JOIN interaction_deals l ON l.interaction_id = r.interaction_id"
                    " WHERE l.deal_id = ?1 AND r.rater <> ?2 ORDER BY r.rated_at, r.id");
    query.bind(1, dealId).bind(2, rater);
    return readRatings(query);
}

QList<RatingRow> TimelineStore::interactionRatings(qint64 interactionId, const QString &rater) {
    Statement &query = m_db.cached("SELECT id, interaction_id, rater, value, note, rated_at FROM ratings"
                                   " WHERE interaction_id = ?1 AND rater = ?2 ORDER BY rated_at, id");
    query.bind(1, interactionId).bind(2, rater);
    return readRatings(query);
}

} // namespace dp
