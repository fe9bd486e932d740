// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DirectionStore.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dp {
namespace {

QStringList splitAddresses(const QString &text) {
    return text.split(QLatin1String(", "), Qt::SkipEmptyParts);
}

} // namespace

int DirectionStore::addressDecidedCount() {
    Query count = m_db.query("SELECT count(*) FROM interactions WHERE direction_rule <> ''");
    return int(count.singleInt64());
}

void DirectionStore::forEachAddressDecided(const std::function<bool(const AddressDecided &)> &visit) {
    Query scan = m_db.query(
        "SELECT i.id, i.direction, i.direction_rule, i.from_address, i.to_addresses, i.cc_addresses,"
        " CASE WHEN i.direction_rule = 'forwarded' THEN EXISTS (SELECT 1 FROM interaction_deals l"
        " JOIN deal_contacts dc ON dc.deal_id = l.deal_id JOIN contacts c ON c.id = dc.contact_id"
        " WHERE l.interaction_id = i.id AND c.email = i.from_address) ELSE 0 END"
        " FROM interactions i WHERE i.direction_rule <> ''");
    while (scan.step()) {
        const AddressDecided row{scan.int64(0),
                                 directionFromKey(scan.text(1)),
                                 directionRuleFromKey(scan.text(2)),
                                 scan.text(3),
                                 splitAddresses(scan.text(4)) + splitAddresses(scan.text(5)),
                                 scan.int64(6) != 0};
        if (!visit(row))
            return;
    }
}

void DirectionStore::setDirections(const QHash<qint64, Direction> &directions) {
    Statement &update = m_db.cached("UPDATE interactions SET direction = ?2 WHERE id = ?1");
    for (auto it = directions.cbegin(); it != directions.cend(); ++it)
        update.bind(1, it.key()).bind(2, toKey(it.value())).run();
}

int DirectionStore::markDealsWithContactsOn(const QStringList &domains) {
    if (domains.isEmpty())
        return 0;
    const QByteArray list = QJsonDocument(QJsonArray::fromStringList(domains)).toJson(QJsonDocument::Compact);
    m_db.cached("INSERT INTO dirty_deals(deal_id) SELECT DISTINCT l.deal_id FROM contacts c"
                " JOIN interaction_contacts ic ON ic.contact_id = c.id"
                " JOIN interaction_deals l ON l.interaction_id = ic.interaction_id"
                " WHERE instr(c.email, '@') > 0"
                " AND lower(substr(c.email, instr(c.email, '@') + 1)) IN (SELECT value FROM json_each(?1))"
                " AND NOT EXISTS (SELECT 1 FROM dirty_deals d WHERE d.deal_id = l.deal_id)")
        .bind(1, QString::fromUtf8(list))
        .run();
    return m_db.changes();
}

} // namespace dp
