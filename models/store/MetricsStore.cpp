// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MetricsStore.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <vector>

namespace dp {
namespace {

// Written by hand rather than through QJsonDocument: it runs once per deal on every recompute, and codes
// and numbers never need escaping.
QString reasonsToJson(const QList<HealthReason> &reasons) {
    QString json = QStringLiteral("[");
    for (const HealthReason &reason : reasons) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QStringLiteral("{\"code\":\"%1\",\"value\":%2,\"other\":%3}")
                    .arg(reasonCodeName(reason.code))
                    .arg(reason.value)
                    .arg(reason.other);
    }
    return json + QLatin1Char(']');
}

QList<HealthReason> reasonsFromJsonDocument(QByteArrayView text) {
    QList<HealthReason> reasons;
    const QJsonArray array = QJsonDocument::fromJson(text.toByteArray()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        if (const auto code = reasonCodeFromName(object.value(QStringLiteral("code")).toString()))
            reasons.append(HealthReason{*code, object.value(QStringLiteral("value")).toInt(),
                                        object.value(QStringLiteral("other")).toInt()});
    }
    return reasons;
}

// Reads exactly what reasonsToJson writes, without building a JSON document: the pipeline reads 50,000 of
// these when a cache opens. Nothing when the text has any other shape (the caller then parses it fully).
std::optional<QList<HealthReason>> reasonsWrittenByUs(QByteArrayView text) {
    using Code = HealthReason::Code;
    // The codes' names as bytes, looked up once.
    static const std::vector<std::pair<QByteArray, Code>> codes = [] {
        std::vector<std::pair<QByteArray, Code>> list;
        for (int i = 0; i <= int(Code::ClosedLost); ++i)
            list.emplace_back(reasonCodeName(Code(i)).toLatin1(), Code(i));
        return list;
    }();
    QList<HealthReason> reasons;
    qsizetype at = 0;
    auto expect = [&](QByteArrayView what) {
        if (!text.sliced(at).startsWith(what))
            return false;
        at += what.size();
        return true;
    };
    auto number = [&](int *value) {
        const qsizetype start = at;
        if (at < text.size() && text[at] == '-')
            ++at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9')
            ++at;
        bool ok = false;
        *value = text.sliced(start, at - start).toInt(&ok);
        return ok;
    };
    if (!expect("["))
        return std::nullopt;
    while (!expect("]")) {
        if (!reasons.isEmpty() && !expect(","))
            return std::nullopt;
        if (!expect(R"({"code":")"))
            return std::nullopt;
        const qsizetype nameEnd = text.indexOf('"', at);
        if (nameEnd < 0)
            return std::nullopt;
        const QByteArrayView name = text.sliced(at, nameEnd - at);
        at = nameEnd;
        HealthReason reason;
        if (!expect(R"(","value":)") || !number(&reason.value) || !expect(R"(,"other":)") ||
            !number(&reason.other) || !expect("}"))
            return std::nullopt;
        const auto code = std::find_if(codes.cbegin(), codes.cend(), [&](const auto &entry) {
            return QByteArrayView(entry.first) == name;
        });
        if (code == codes.cend())
            return std::nullopt; // a code this version does not know: the document parser skips it
        reason.code = code->second;
        reasons.append(reason);
    }
    return at == text.size() ? std::optional(reasons) : std::nullopt;
}

constexpr const char *kSelectMetrics =
    "SELECT deal_id, as_of, going_dark_days, last_inbound_at, last_outbound_at, inbound_28d, outbound_28d,"
    " inbound_prev_28d, buyer_contacts_60d, close_date_pushes, days_in_stage, sentiment_recent,"
    " sentiment_trend, band, score, reasons_json FROM deal_metrics";

DealMetrics readMetrics(const Statement &row) {
    DealMetrics m;
    m.dealId = row.int64(0);
    m.asOf = row.int64(1);
    m.goingDarkDays = int(row.int64(2));
    m.lastInboundAt = row.optionalInt64(3);
    m.lastOutboundAt = row.optionalInt64(4);
    m.inbound28d = int(row.int64(5));
    m.outbound28d = int(row.int64(6));
    m.inboundPrevious28d = int(row.int64(7));
    m.buyerContactsEngaged60d = int(row.int64(8));
    m.closeDatePushes = int(row.int64(9));
    m.daysInStage = int(row.int64(10));
    m.sentimentRecent = row.optionalReal(11);
    m.sentimentTrend = row.optionalReal(12);
    m.band = healthBandFromKey(row.text(13)).value_or(HealthBand::Watch);
    m.score = int(row.int64(14));
    m.reasons = reasonsFromJson(row.blob(15));
    return m;
}

} // namespace

QList<HealthReason> reasonsFromJson(QByteArrayView json) {
    if (auto reasons = reasonsWrittenByUs(json))
        return *std::move(reasons);
    return reasonsFromJsonDocument(json);
}

int MetricsStore::dirtyCount() {
    return int(m_db.cached("SELECT count(*) FROM dirty_deals").singleInt64());
}

void MetricsStore::clearDirty() {
    m_db.exec("DELETE FROM dirty_deals");
}

void MetricsStore::markAllDirty() {
    m_db.exec("INSERT OR IGNORE INTO dirty_deals(deal_id) SELECT id FROM deals");
}

void MetricsStore::dropDeletedDeals() {
    m_db.exec("DELETE FROM deal_metrics WHERE deal_id IN (SELECT id FROM deals WHERE is_deleted = 1)");
}

void MetricsStore::write(const DealMetrics &m) {
    Statement &upsert = m_db.cached(
        "INSERT INTO deal_metrics(deal_id, as_of, going_dark_days, last_inbound_at, last_outbound_at,"
        " inbound_28d, outbound_28d, inbound_prev_28d, buyer_contacts_60d, close_date_pushes, days_in_stage,"
        " sentiment_recent, sentiment_trend, band, score, reasons_json)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
        // An update in place: REPLACE would delete and re-insert the row, two B-tree edits instead of one.
        " ON CONFLICT(deal_id) DO UPDATE SET as_of = excluded.as_of, going_dark_days = "
        "excluded.going_dark_days,"
        " last_inbound_at = excluded.last_inbound_at, last_outbound_at = excluded.last_outbound_at,"
        " inbound_28d = excluded.inbound_28d, outbound_28d = excluded.outbound_28d,"
        " inbound_prev_28d = excluded.inbound_prev_28d, buyer_contacts_60d = excluded.buyer_contacts_60d,"
        " close_date_pushes = excluded.close_date_pushes, days_in_stage = excluded.days_in_stage,"
        " sentiment_recent = excluded.sentiment_recent, sentiment_trend = excluded.sentiment_trend,"
        " band = excluded.band, score = excluded.score, reasons_json = excluded.reasons_json");
    upsert.bind(1, m.dealId).bind(2, m.asOf).bind(3, m.goingDarkDays).bind(4, m.lastInboundAt);
    upsert.bind(5, m.lastOutboundAt)
        .bind(6, m.inbound28d)
        .bind(7, m.outbound28d)
        .bind(8, m.inboundPrevious28d);
    upsert.bind(9, m.buyerContactsEngaged60d).bind(10, m.closeDatePushes).bind(11, m.daysInStage);
    upsert.bind(12, m.sentimentRecent).bind(13, m.sentimentTrend).bind(14, toKey(m.band)).bind(15, m.score);
    upsert.bind(16, reasonsToJson(m.reasons)).run();
}

std::optional<DealMetrics> MetricsStore::find(qint64 dealId) {
    static const std::string sql = std::string(kSelectMetrics) + " WHERE deal_id = ?1";
    Query query = m_db.query(sql.c_str());
    query.bind(1, dealId);
    std::optional<DealMetrics> result;
    if (query.step())
        result = readMetrics(query.row());
    return result;
}

void MetricsStore::forEach(const std::function<void(const DealMetrics &)> &visit) {
    Statement query(m_db.handle(), kSelectMetrics);
    while (query.step())
        visit(readMetrics(query));
}

QHash<qint64, HealthBand> MetricsStore::alertBands() {
    Query query = m_db.query("SELECT deal_id, band FROM deal_metrics WHERE band IN (?1, ?2)");
    query.bind(1, toKey(HealthBand::Dark)).bind(2, toKey(HealthBand::AtRisk));
    QHash<qint64, HealthBand> bands;
    while (query.step())
        bands.insert(query.int64(0), healthBandFromKey(query.text(1)).value_or(HealthBand::AtRisk));
    return bands;
}

} // namespace dp
