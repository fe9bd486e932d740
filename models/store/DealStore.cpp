// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DealStore.h"

#include "store/Database.h"
#include "store/DirectoryStore.h"
#include "store/RemoteIds.h"

#include <QSet>
#include <algorithm>

namespace dp {
namespace {

constexpr const char *kSelectDealRow =
    "SELECT d.id, d.source, d.remote_id, d.name, a.remote_id, o.remote_id, d.pipeline, d.stage, "
    "d.stage_order,"
    " d.stage_probability, d.forecast_category, d.amount, d.currency, d.close_date, d.created_at, "
    "d.is_closed,"
    " d.is_won, d.is_deleted, coalesce(a.name, ''), coalesce(o.name, ''), coalesce(o.email, ''),"
    " coalesce(t.name, '')"
    " FROM deals d LEFT JOIN accounts a ON a.id = d.account_id LEFT JOIN owners o ON o.id = d.owner_id"
    " LEFT JOIN teams t ON t.id = o.team_id";

DealRow readDealRow(const Statement &row) {
    DealRow result;
    result.id = row.int64(0);
    Deal &deal = result.deal;
    deal.source = row.text(1);
    deal.remoteId = row.text(2);
    deal.name = row.text(3);
    deal.accountRemoteId = row.text(4);
    deal.ownerRemoteId = row.text(5);
    deal.pipeline = row.text(6);
    deal.stage = row.text(7);
    deal.stageOrder = int(row.int64(8));
    deal.stageProbability = row.optionalReal(9);
    deal.forecastCategory = row.text(10);
    deal.amount = row.optionalReal(11);
    deal.currency = row.text(12);
    deal.closeDate = QDate::fromString(row.text(13), Qt::ISODate);
    deal.createdAt = row.int64(14);
    deal.isClosed = row.int64(15) != 0;
    deal.isWon = row.int64(16) != 0;
    deal.isDeleted = row.int64(17) != 0;
    result.accountName = row.text(18);
    result.ownerName = row.text(19);
    result.ownerEmail = row.text(20);
    result.teamName = row.text(21);
    return result;
}

} // namespace

qint64 DealStore::upsert(const Deal &deal) {
    DirectoryStore directory(m_db);
    const auto account = deal.accountRemoteId.isEmpty()
                             ? std::nullopt
                             : directory.accountId(deal.source, deal.accountRemoteId);
    const auto owner =
        deal.ownerRemoteId.isEmpty() ? std::nullopt : directory.ownerId(deal.source, deal.ownerRemoteId);
    Statement &upsert = m_db.cached(
        "INSERT INTO deals(source, remote_id, name, account_id, owner_id, pipeline, stage, stage_order,"
        " stage_probability, forecast_category, amount, currency, close_date, created_at, is_closed, is_won,"
        " is_deleted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"
        " ON CONFLICT(source, remote_id) DO UPDATE SET name = excluded.name, account_id = "
        "excluded.account_id,"
        " owner_id = excluded.owner_id, pipeline = excluded.pipeline, stage = excluded.stage,"
        " stage_order = excluded.stage_order, stage_probability = excluded.stage_probability,"
        " forecast_category = excluded.forecast_category, amount = excluded.amount,"
        " currency = excluded.currency, close_date = excluded.close_date, created_at = excluded.created_at,"
        " is_closed = excluded.is_closed, is_won = excluded.is_won, is_deleted = excluded.is_deleted"
        // Rewriting an unchanged deal must not mark it dirty, so only real changes update.
        " WHERE (name, account_id, owner_id, pipeline, stage, stage_order, stage_probability, "
        "forecast_category,"
        " amount, currency, close_date, created_at, is_closed, is_won, is_deleted) IS NOT (excluded.name,"
        " excluded.account_id, excluded.owner_id, excluded.pipeline, excluded.stage, excluded.stage_order,"
        " excluded.stage_probability, excluded.forecast_category, excluded.amount, excluded.currency,"
        " excluded.close_date, excluded.created_at, excluded.is_closed, excluded.is_won, "
        "excluded.is_deleted)");
    upsert.bind(1, deal.source).bind(2, deal.remoteId).bind(3, deal.name).bind(4, account).bind(5, owner);
    upsert.bind(6, deal.pipeline).bind(7, deal.stage).bind(8, deal.stageOrder).bind(9, deal.stageProbability);
    upsert.bind(10, deal.forecastCategory).bind(11, deal.amount).bind(12, deal.currency);
    upsert.bind(13, deal.closeDate.isValid() ? std::optional<QString>(deal.closeDate.toString(Qt::ISODate))
                                             : std::nullopt);
    upsert.bind(14, deal.createdAt).bind(15, deal.isClosed).bind(16, deal.isWon).bind(17, deal.isDeleted);
    upsert.run();
    return *dealId(deal.source, deal.remoteId);
}

bool DealStore::setContactRole(const QString &source, const DealContactRole &role) {
    const auto deal = dealId(source, role.dealRemoteId);
    const auto contact = DirectoryStore(m_db).contactId(source, role.contactRemoteId);
    if (!deal || !contact)
        return false;
    Statement &upsert =
        m_db.cached("INSERT INTO deal_contacts(deal_id, contact_id, role, is_primary) VALUES (?1, ?2, ?3, ?4)"
                    " ON CONFLICT(deal_id, contact_id) DO UPDATE SET role = excluded.role, is_primary = "
                    "excluded.is_primary"
                    " WHERE (role, is_primary) IS NOT (excluded.role, excluded.is_primary)");
    upsert.bind(1, *deal).bind(2, *contact).bind(3, role.role).bind(4, role.isPrimary).run();
    return true;
}

QStringList DealStore::replaceContacts(const QString &source, const QString &dealRemoteId,
                                       const QStringList &contactRemoteIds) {
    QStringList unresolved;
    const auto deal = dealId(source, dealRemoteId);
    if (!deal)
        return unresolved;
    DirectoryStore directory(m_db);
    QSet<qint64> wanted;
    for (const QString &remote : contactRemoteIds) {
        if (const auto contact = directory.contactId(source, remote))
            wanted.insert(*contact);
        else if (!unresolved.contains(remote))
            unresolved.append(remote);
    }
    QSet<qint64> current;
    Query query = m_db.query("SELECT contact_id FROM deal_contacts WHERE deal_id = ?1");
    query.bind(1, *deal);
    while (query.step())
        current.insert(query.int64(0));
    Statement &drop = m_db.cached("DELETE FROM deal_contacts WHERE deal_id = ?1 AND contact_id = ?2");
    for (const qint64 contact : current - wanted)
        drop.bind(1, *deal).bind(2, contact).run();
    Statement &add = m_db.cached("INSERT INTO deal_contacts(deal_id, contact_id) VALUES (?1, ?2)");
    for (const qint64 contact : wanted - current)
        add.bind(1, *deal).bind(2, contact).run();
    return unresolved;
}

bool DealStore::recordChange(const QString &source, const FieldChange &change) {
    const auto deal = dealId(source, change.dealRemoteId);
    if (!deal)
        return false;
    Statement &insert = m_db.cached("INSERT OR IGNORE INTO deal_field_history(deal_id, field, old_value,"
                                    " new_value, changed_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, *deal).bind(2, toKey(change.field)).bind(3, change.oldValue).bind(4, change.newValue);
    insert.bind(5, change.changedAt).run();
    return true;
}

bool DealStore::replaceHistory(const QString &source, const QString &dealRemoteId, DealField field,
                               QList<FieldChange> changes) {
    const auto deal = dealId(source, dealRemoteId);
    if (!deal || changes.isEmpty())
        return false;
    const Millis from = changes.first().changedAt;
    const QString key = toKey(field);
    if (changes.first().oldValue.isEmpty()) {
        Query before = m_db.query("SELECT coalesce(new_value, '') FROM deal_field_history WHERE deal_id = ?1"
                                  " AND field = ?2 AND changed_at < ?3 ORDER BY changed_at DESC, id DESC"
                                  " LIMIT 1");
        before.bind(1, *deal).bind(2, key).bind(3, from);
        if (before.step())
            changes.first().oldValue = before.text(0);
    }
    struct Row {
        qint64 id = 0;
        QString oldValue;
        QString newValue;
        Millis changedAt = 0;
    };
    QList<Row> recorded;
    Query query =
        m_db.query("SELECT id, coalesce(old_value, ''), coalesce(new_value, ''), changed_at"
                   " FROM deal_field_history WHERE deal_id = ?1 AND field = ?2 AND changed_at >= ?3");
    query.bind(1, *deal).bind(2, key).bind(3, from);
    while (query.step())
        recorded.append({query.int64(0), query.text(1), query.text(2), query.int64(3)});
    auto same = [](const Row &row, const FieldChange &change) {
        return row.changedAt == change.changedAt && row.newValue == change.newValue &&
               row.oldValue == change.oldValue;
    };
    bool changed = false;
    Statement &drop = m_db.cached("DELETE FROM deal_field_history WHERE id = ?1");
    for (const Row &row : std::as_const(recorded)) {
        if (std::none_of(changes.cbegin(), changes.cend(),
                         [&](const FieldChange &c) { return same(row, c); })) {
            drop.bind(1, row.id).run();
            changed = true;
        }
    }
    for (const FieldChange &change : std::as_const(changes)) {
        if (std::any_of(recorded.cbegin(), recorded.cend(),
                        [&](const Row &row) { return same(row, change); }))
            continue;
        FieldChange row = change;
        row.dealRemoteId = dealRemoteId;
        row.field = field;
        recordChange(source, row);
        changed = true;
    }
    return changed;
}

std::optional<qint64> DealStore::dealId(const QString &source, const QString &remoteId) {
    return lookupId(m_db.cached("SELECT id FROM deals WHERE source = ?1 AND remote_id = ?2"), source,
                    remoteId);
}

std::optional<DealRow> DealStore::find(qint64 dealId) {
    static const std::string sql = std::string(kSelectDealRow) + " WHERE d.id = ?1";
    Query query = m_db.query(sql.c_str());
    query.bind(1, dealId);
    std::optional<DealRow> row;
    if (query.step())
        row = readDealRow(query.row());
    return row;
}

void DealStore::forEach(const std::function<void(const DealRow &)> &visit) {
    static const std::string sql =
        std::string(kSelectDealRow) + " WHERE d.is_deleted = 0 ORDER BY d.source, d.remote_id";
    Statement query(m_db.handle(), sql);
    while (query.step())
        visit(readDealRow(query));
}

int DealStore::count() {
    return int(m_db.cached("SELECT count(*) FROM deals WHERE is_deleted = 0").singleInt64());
}

QList<FieldChangeRow> DealStore::history(qint64 dealId) {
    Query query = m_db.query("SELECT field, old_value, new_value, changed_at FROM deal_field_history"
                             " WHERE deal_id = ?1 ORDER BY changed_at, id");
    query.bind(1, dealId);
    QList<FieldChangeRow> rows;
    while (query.step()) {
        FieldChangeRow row;
        row.field = dealFieldFromKey(query.text(0)).value_or(DealField::Stage);
        row.oldValue = query.text(1);
        row.newValue = query.text(2);
        row.changedAt = query.int64(3);
        rows.append(row);
    }
    return rows;
}

} // namespace dp
