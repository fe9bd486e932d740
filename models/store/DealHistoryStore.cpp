// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DealHistoryStore.h"

#include "store/Database.h"

namespace dp {

QHash<qint64, QList<FieldChangeRow>> DealHistoryStore::changesAfter(Millis at) {
    Statement query(m_db.handle(), "SELECT deal_id, field, old_value, new_value, changed_at"
                                   " FROM deal_field_history WHERE changed_at > ?1"
                                   " ORDER BY deal_id, changed_at, id");
    query.bind(1, at);
    QHash<qint64, QList<FieldChangeRow>> result;
    while (query.step()) {
        const std::optional<DealField> field = dealFieldFromKey(query.text(1));
        if (!field)
            continue;
        result[query.int64(0)].append(FieldChangeRow{*field, query.text(2), query.text(3), query.int64(4)});
    }
    return result;
}

QSet<qint64> DealHistoryStore::stageRecordedBy(Millis at) {
    Statement query(m_db.handle(), "SELECT DISTINCT deal_id FROM deal_field_history"
                                   " WHERE field = 'stage' AND changed_at <= ?1");
    query.bind(1, at);
    QSet<qint64> result;
    while (query.step())
        result.insert(query.int64(0));
    return result;
}

QHash<QString, double> DealHistoryStore::stageProbabilities() {
    Statement query(m_db.handle(), "SELECT pipeline, stage, avg(stage_probability) FROM deals"
                                   " WHERE stage_probability IS NOT NULL AND is_deleted = 0"
                                   " GROUP BY pipeline, stage");
    QHash<QString, double> result;
    while (query.step())
        result.insert(query.text(0) + QLatin1Char('\x1f') + query.text(1), query.optionalReal(2).value_or(0));
    return result;
}

} // namespace dp
