// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ActivityStore.h"

#include "store/ActivityAggregate.h"
#include "store/Database.h"
#include "store/DirectoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QHash>
#include <QSet>

namespace dp {
namespace {

constexpr Millis k28Days = 28 * kMillisPerDay;
constexpr Millis k60Days = 60 * kMillisPerDay;

const char *scopeFilter(ActivityStore::Scope scope) {
    return scope == ActivityStore::Scope::DirtyDeals ? " AND d.id IN (SELECT deal_id FROM dirty_deals)" : "";
}

// Contacts whose address is on our side (a rep or colleague entered as a contact, on a domain our reps
// write from or the user named as ours): they are on interactions, but they are not the buyer engaging.
QSet<qint64> ourContactIds(Database &db) {
    const QSet<QString> domains = DirectoryStore(db).ourDomains();
    QSet<qint64> ids;
    if (domains.isEmpty())
        return ids;
    const QByteArray list =
        QJsonDocument(QJsonArray::fromStringList(QStringList(domains.cbegin(), domains.cend())))
            .toJson(QJsonDocument::Compact);
    Query query =
        db.query("SELECT id FROM contacts WHERE instr(email, '@') > 0 AND"
                 " lower(substr(email, instr(email, '@') + 1)) IN (SELECT value FROM json_each(?1))");
    query.bind(1, QString::fromUtf8(list));
    while (query.step())
        ids.insert(query.int64(0));
    return ids;
}

} // namespace

QList<DealActivityFacts> ActivityStore::facts(Millis asOf, Scope scope) {
    return *facts(asOf, scope, ReadProgress());
}

std::optional<QList<DealActivityFacts>> ActivityStore::facts(Millis asOf, Scope scope,
                                                             const ReadProgress &progress) {
    // How many deals are read between two questions to `progress`: often enough for a responsive Cancel,
    // rarely enough to cost nothing.
    constexpr qsizetype kProgressStep = 256;
    QList<DealActivityFacts> result;
    QHash<qint64, qsizetype> index;

    const std::string dealsSql =
        std::string("SELECT d.id, d.created_at, d.is_closed, d.is_won, d.stage, d.close_date"
                    " FROM deals d WHERE d.is_deleted = 0 AND d.created_at <= ?1") +
        scopeFilter(scope) + " ORDER BY d.id";
    Statement deals(m_db.handle(), dealsSql);
    deals.bind(1, asOf);
    while (deals.step()) {
        DealActivityFacts facts;
        facts.dealId = deals.int64(0);
        facts.createdAt = deals.int64(1);
        facts.isClosed = deals.int64(2) != 0;
        facts.isWon = deals.int64(3) != 0;
        facts.stage = deals.text(4);
        facts.closeDate = QDate::fromString(deals.text(5), Qt::ISODate);
        index.insert(facts.dealId, result.size());
        result.append(facts);
    }
    if (result.isEmpty())
        return result;

    // One pass over each deal's interactions: the links' primary key is ordered by deal, so SQLite streams
    // the groups without sorting, and dp_deal_activity adds up each row in one call, gathering the buyer-side
    // sentiment scores on the way. The buyer contacts of the last 60 days' inbound interactions come along
    // in the same pass (the subquery runs only for those rows) and are counted distinct here.
    const std::string activitySql =
        std::string(
            "SELECT l.deal_id, dp_deal_activity(i.occurred_at, i.direction, i.kind, i.sentiment, ?2, ?3, ?5),"
            " group_concat(CASE WHEN i.occurred_at > ?4 AND i.direction = 'inbound' THEN"
            " (SELECT group_concat(c.contact_id) FROM interaction_contacts c WHERE c.interaction_id = i.id)"
            " END)"
            " FROM interaction_deals l JOIN interactions i ON i.id = l.interaction_id"
            " WHERE i.occurred_at <= ?1 AND i.is_deleted = 0") +
        (scope == Scope::DirtyDeals ? " AND l.deal_id IN (SELECT deal_id FROM dirty_deals)" : "") +
        " GROUP BY l.deal_id";
    Statement activity(m_db.handle(), activitySql);
    activity.bind(1, asOf).bind(2, asOf - k28Days).bind(3, asOf - 2 * k28Days).bind(4, asOf - k60Days);
    activity.bind(5, asOf - kSentimentHistory);
    QSet<qint64> engaged;
    const QSet<qint64> ourContacts = ourContactIds(m_db);
    qsizetype groups = 0;
    if (progress && !progress(0, result.size()))
        return std::nullopt;
    while (activity.step()) {
        if (progress && ++groups % kProgressStep == 0 && !progress(groups, result.size()))
            return std::nullopt;
        const auto it = index.constFind(activity.int64(0));
        if (it == index.constEnd())
            continue;
        DealActivityFacts &facts = result[*it];
        const ActivityTotals totals = activityTotals(activity, 1, &facts.buyerSentiment);
        if (totals.hasInbound)
            facts.lastInboundAt = totals.lastInboundAt;
        if (totals.hasOutbound)
            facts.lastOutboundAt = totals.lastOutboundAt;
        facts.latestInbound =
            QList<Millis>(totals.latestInbound, totals.latestInbound + totals.latestInboundCount);
        facts.inbound28d = totals.inboundRecent;
        facts.outbound28d = totals.outboundRecent;
        facts.inboundPrevious28d = totals.inboundPrevious;
        engaged.clear();
        const QString contactIds = activity.text(2);
        for (const QStringView id : QStringView(contactIds).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const qint64 contact = id.toLongLong(); !ourContacts.contains(contact))
                engaged.insert(contact);
        facts.buyerContactsEngaged60d = int(engaged.size());
    }

    // Close dates are YYYY-MM-DD, so text order is date order; a first value (empty old) is no push.
    Statement history(
        m_db.handle(),
        "SELECT deal_id,"
        " sum(field = 'close_date' AND coalesce(old_value, '') <> '' AND new_value > old_value),"
        " max(CASE WHEN field = 'stage' THEN changed_at END)"
        " FROM deal_field_history WHERE changed_at <= ?1 GROUP BY deal_id");
    history.bind(1, asOf);
    while (history.step()) {
        const auto it = index.constFind(history.int64(0));
        if (it == index.constEnd())
            continue;
        result[*it].closeDatePushes = int(history.int64(1));
        result[*it].stageEnteredAt = history.optionalInt64(2);
    }
    return result;
}

QList<StageStay> ActivityStore::completedStageStays(Millis asOf) {
    // Two plain scans joined here instead of a SQL join: the history is read in the order of its unique
    // index (field is fixed, so that is deal, then time), which spares SQLite a sort of the whole table.
    QHash<qint64, Millis> createdAt;
    Statement deals(m_db.handle(), "SELECT id, created_at FROM deals WHERE is_deleted = 0");
    while (deals.step())
        createdAt.insert(deals.int64(0), deals.int64(1));

    QList<StageStay> stays;
    Statement query(
        m_db.handle(),
        "SELECT deal_id, old_value, changed_at FROM deal_field_history"
        " WHERE field = 'stage' AND changed_at <= ?1 ORDER BY deal_id, field, changed_at, new_value");
    query.bind(1, asOf);
    qint64 currentDeal = -1;
    Millis enteredAt = 0;
    bool dealKnown = false;
    while (query.step()) {
        const qint64 deal = query.int64(0);
        if (deal != currentDeal) {
            currentDeal = deal;
            const auto created = createdAt.constFind(deal);
            dealKnown = created != createdAt.constEnd();
            enteredAt = dealKnown ? *created : 0;
        }
        const Millis changedAt = query.int64(2);
        const QString leftStage = query.text(1);
        if (dealKnown && !leftStage.isEmpty())
            stays.append(StageStay{leftStage, changedAt - enteredAt});
        enteredAt = changedAt;
    }
    return stays;
}

namespace {

QList<ActivityEvent> readEvents(Statement &query, qint64 id, Millis from, Millis to) {
    query.bind(1, id).bind(2, from).bind(3, to);
    QList<ActivityEvent> events;
    while (query.step())
        events.append(ActivityEvent{query.int64(0), query.int64(1) != 0});
    return events;
}

} // namespace

QList<ActivityEvent> ActivityStore::dealEvents(qint64 dealId, Millis from, Millis to) {
    return readEvents(
        m_db.cached("SELECT i.occurred_at, i.direction = 'inbound'"
                    " FROM interaction_deals l JOIN interactions i ON i.id = l.interaction_id"
                    " WHERE l.deal_id = ?1 AND i.occurred_at BETWEEN ?2 AND ?3"
                    " AND i.direction <> 'internal' AND i.is_deleted = 0 ORDER BY i.occurred_at"),
        dealId, from, to);
}

QList<ActivityEvent> ActivityStore::ownerEvents(qint64 ownerId, Millis from, Millis to) {
    return readEvents(m_db.cached("SELECT i.occurred_at, i.direction = 'inbound' FROM interactions i"
                                  " WHERE i.occurred_at BETWEEN ?2 AND ?3 AND i.direction <> 'internal'"
                                  " AND i.is_deleted = 0 AND EXISTS (SELECT 1 FROM interaction_deals l"
                                  " JOIN deals d ON d.id = l.deal_id WHERE l.interaction_id = i.id"
                                  " AND d.owner_id = ?1 AND d.is_deleted = 0) ORDER BY i.occurred_at"),
                      ownerId, from, to);
}

QList<ActivityEvent> ActivityStore::teamEvents(qint64 teamId, Millis from, Millis to) {
    return readEvents(m_db.cached("SELECT i.occurred_at, i.direction = 'inbound' FROM interactions i"
                                  " WHERE i.occurred_at BETWEEN ?2 AND ?3 AND i.direction <> 'internal'"
                                  " AND i.is_deleted = 0 AND EXISTS (SELECT 1 FROM interaction_deals l"
                                  " JOIN deals d ON d.id = l.deal_id JOIN owners o ON o.id = d.owner_id"
                                  " WHERE l.interaction_id = i.id AND o.team_id = ?1 AND d.is_deleted = 0)"
                                  " ORDER BY i.occurred_at"),
                      teamId, from, to);
}

} // namespace dp
