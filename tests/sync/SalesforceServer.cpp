// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesforceServer.h"

#include "domain/TimeFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace dp::test {
namespace {

const QString kApiPrefix = QStringLiteral("/services/data/v62.0");

ServerReply errorArray(int status, const char *code, const QString &message) {
    const QJsonArray body{QJsonObject{{QStringLiteral("message"), message},
                                      {QStringLiteral("errorCode"), QLatin1String(code)}}};
    return ServerReply::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ServerReply ok(const QJsonObject &body) {
    ServerReply reply = ServerReply::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    reply.headers.emplaceBack("Sforce-Limit-Info", "api-usage=10018/100000");
    return reply;
}

// A parsed query: only the shapes the connector sends.
struct Soql {
    QStringList fields;
    QString object;
    QString stampField;
    std::optional<Millis> from; // stamp >= from, or the strict keyset below
    QString afterId;            // with from: (stamp > from OR (stamp = from AND Id > afterId))
    std::optional<Millis> before;
    int limit = -1;
    QString inField; // with inValues: inField IN ('a', 'b')
    QStringList inValues;
};

std::optional<Soql> parseSoql(const QString &text) {
    static const QRegularExpression shape(QStringLiteral(
        R"(^SELECT (.+?) FROM (\w+)(?: WHERE (.+?))?(?: ORDER BY (\w+), Id)?(?: LIMIT (\d+))?$)"));
    static const QRegularExpression atLeast(QStringLiteral(R"(^(\w+) >= (\S+?)(?: AND|$))"));
    static const QRegularExpression keyset(
        QStringLiteral(R"(^\((\w+) > (\S+) OR \((\w+) = (\S+) AND Id > '([^']*)'\)\))"));
    static const QRegularExpression upper(QStringLiteral(R"( AND (\w+) < (\S+)$)"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    Soql soql;
    soql.fields = match.captured(1).split(QLatin1Char(','));
    for (QString &field : soql.fields)
        field = field.trimmed();
    soql.object = match.captured(2);
    soql.stampField = match.captured(4);
    if (!match.captured(5).isEmpty())
        soql.limit = match.captured(5).toInt();
    const QString where = match.captured(3);
    if (where.isEmpty())
        return soql;
    // Datetime literals are unquoted, in UTC.
    auto instant = [](const QString &literal) { return parseIsoInstant(literal); };
    static const QRegularExpression inList(QStringLiteral(R"(^(\w+) IN \(([^)]*)\)$)"));
    if (const auto m = inList.match(where); m.hasMatch()) {
        soql.inField = m.captured(1);
        for (QString value : m.captured(2).split(QLatin1Char(','))) {
            value = value.trimmed();
            if (value.size() < 2 || !value.startsWith(QLatin1Char('\'')) ||
                !value.endsWith(QLatin1Char('\'')))
                return std::nullopt;
            soql.inValues.append(value.mid(1, value.size() - 2));
        }
        return soql;
    }
    if (const auto m = atLeast.match(where); m.hasMatch()) {
        soql.stampField = m.captured(1);
        soql.from = instant(m.captured(2));
        if (!soql.from)
            return std::nullopt;
    } else if (const auto k = keyset.match(where); k.hasMatch()) {
        soql.stampField = k.captured(1);
        soql.from = instant(k.captured(2));
        soql.afterId = k.captured(5);
        if (!soql.from || k.captured(3) != k.captured(1) || k.captured(4) != k.captured(2))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (const auto u = upper.match(where); u.hasMatch()) {
        soql.before = instant(u.captured(2));
        if (!soql.before || u.captured(1) != soql.stampField)
            return std::nullopt;
    }
    return soql;
}

} // namespace

QString sfId(const char *prefix, qint64 number) {
    return QLatin1String(prefix) + QString::number(number).rightJustified(12, QLatin1Char('0')) +
           QStringLiteral("AAA");
}

QString sfInstant(Millis at) {
    return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("+0000");
}

SalesforceServer::SalesforceServer()
    : m_server(std::make_unique<LoopbackServer>([this](const ServerRequest &r) { return handle(r); })) {}

SalesforceServer::~SalesforceServer() {
    m_server.reset(); // joins the connection threads before the data goes away
}

QString SalesforceServer::instanceUrl() const {
    std::lock_guard lock(m_mutex);
    QString url = m_server->baseUrl();
    if (m_moved)
        url.replace(QLatin1String("127.0.0.1"), QLatin1String("localhost"));
    return url;
}

void SalesforceServer::put(const QString &object, const QString &id, const QJsonObject &fields, Millis at) {
    std::lock_guard lock(m_mutex);
    QJsonObject &record = m_objects[object][id];
    const bool isNew = record.isEmpty();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        record.insert(it.key(), it.value());
    record.insert(QStringLiteral("Id"), id);
    if (isNew && !record.contains(QStringLiteral("CreatedDate")))
        record.insert(QStringLiteral("CreatedDate"), sfInstant(at));
    if (!record.contains(QStringLiteral("IsDeleted")))
        record.insert(QStringLiteral("IsDeleted"), false);
    record.insert(QStringLiteral("SystemModstamp"), sfInstant(at));
    record.insert(QStringLiteral("LastModifiedDate"), sfInstant(at));
}

void SalesforceServer::remove(const QString &object, const QString &id, Millis at) {
    put(object, id, {{QStringLiteral("IsDeleted"), true}}, at);
}

void SalesforceServer::mergeContacts(const QString &loserId, const QString &masterId, Millis at) {
    std::lock_guard lock(m_mutex);
    put(QStringLiteral("Contact"), loserId,
        {{QStringLiteral("IsDeleted"), true}, {QStringLiteral("MasterRecordId"), masterId}}, at);
    auto reparent = [&](const QString &object, const char *field) {
        for (auto &[id, record] : m_objects[object])
            if (record.value(QLatin1String(field)).toString() == loserId)
                put(object, id, {{QLatin1String(field), masterId}}, at);
    };
    reparent(QStringLiteral("OpportunityContactRole"), "ContactId");
    reparent(QStringLiteral("Task"), "WhoId");
    reparent(QStringLiteral("Event"), "WhoId");
    reparent(QStringLiteral("EmailMessageRelation"), "RelationId");
}

std::optional<QJsonObject> SalesforceServer::record(const QString &object, const QString &id) const {
    std::lock_guard lock(m_mutex);
    const auto objects = m_objects.find(object);
    if (objects == m_objects.end() || !objects->second.count(id))
        return std::nullopt;
    return objects->second.at(id);
}

QList<QJsonObject> SalesforceServer::records(const QString &object, bool withDeleted) const {
    std::lock_guard lock(m_mutex);
    QList<QJsonObject> result;
    const auto objects = m_objects.find(object);
    if (objects != m_objects.end())
        for (const auto &[id, record] : objects->second)
            if (withDeleted || !record.value(QStringLiteral("IsDeleted")).toBool())
                result.append(record);
    return result;
}

void SalesforceServer::setMultiCurrency(bool on) {
    std::lock_guard lock(m_mutex);
    m_multiCurrency = on;
}

void SalesforceServer::setOrgCurrency(const QString &isoCode) {
    std::lock_guard lock(m_mutex);
    m_objects[QStringLiteral("Organization")][QStringLiteral("00D000000000001AAA")] =
        QJsonObject{{QStringLiteral("Id"), QStringLiteral("00D000000000001AAA")},
                    {QStringLiteral("DefaultCurrencyIsoCode"), isoCode}};
}

void SalesforceServer::setUnsupportedObject(const QString &object) {
    std::lock_guard lock(m_mutex);
    m_unsupported.append(object);
}

int SalesforceServer::describeCount() const {
    std::lock_guard lock(m_mutex);
    return m_describes;
}

void SalesforceServer::setAccessToken(const QByteArray &token) {
    std::lock_guard lock(m_mutex);
    m_accessToken = token;
}

void SalesforceServer::setOAuth(const QByteArray &clientId, const QByteArray &clientSecret,
                                const QByteArray &refreshToken, bool rotateRefreshToken) {
    std::lock_guard lock(m_mutex);
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_refreshToken = refreshToken;
    m_rotate = rotateRefreshToken;
    m_accessToken.clear();
}

void SalesforceServer::expireAccessToken() {
    std::lock_guard lock(m_mutex);
    m_accessToken = "expired-" + QByteArray::number(++m_tokenSerial);
}

void SalesforceServer::revokeRefreshToken() {
    std::lock_guard lock(m_mutex);
    m_refreshToken = "revoked-" + QByteArray::number(++m_tokenSerial);
}

void SalesforceServer::moveInstanceOnNextRefresh() {
    std::lock_guard lock(m_mutex);
    m_moveOnRefresh = true;
}

void SalesforceServer::setSessionLength(int requests) {
    std::lock_guard lock(m_mutex);
    m_sessionLength = requests;
    m_sessionUses = 0;
}

QByteArray SalesforceServer::currentRefreshToken() const {
    std::lock_guard lock(m_mutex);
    return m_refreshToken;
}

void SalesforceServer::setSignInDenied(bool denied) {
    std::lock_guard lock(m_mutex);
    m_codes.setDenied(denied);
}

int SalesforceServer::signInsCompleted() const {
    std::lock_guard lock(m_mutex);
    return m_codes.redeemed();
}

QStringList SalesforceServer::requestedScopes() const {
    std::lock_guard lock(m_mutex);
    return m_codes.lastScopes();
}

int SalesforceServer::tokenRefreshes() const {
    std::lock_guard lock(m_mutex);
    return m_refreshes;
}

void SalesforceServer::setFault(Fault fault) {
    std::lock_guard lock(m_mutex);
    m_fault = std::move(fault);
}

int SalesforceServer::requestCount() const {
    std::lock_guard lock(m_mutex);
    return m_requests;
}

QList<QByteArray> SalesforceServer::queries() const {
    std::lock_guard lock(m_mutex);
    return m_queries;
}

void SalesforceServer::setBatchSize(int size) {
    std::lock_guard lock(m_mutex);
    m_batchSize = size;
}

void SalesforceServer::setNextRecordsUrlRewrite(std::function<QString(const QString &)> rewrite) {
    std::lock_guard lock(m_mutex);
    m_nextRewrite = std::move(rewrite);
}

void SalesforceServer::setShortBatches(bool on) {
    std::lock_guard lock(m_mutex);
    m_shortBatches = on;
}

void SalesforceServer::setDuplicateFirstRecord(bool on) {
    std::lock_guard lock(m_mutex);
    m_duplicateFirst = on;
}

void SalesforceServer::setQueryTimeoutAbove(std::optional<Millis> span) {
    std::lock_guard lock(m_mutex);
    m_timeoutAbove = span;
}

void SalesforceServer::invalidateCursors() {
    std::lock_guard lock(m_mutex);
    for (auto &[locator, cursor] : m_cursors)
        cursor.stale = true;
}

void SalesforceServer::setAfterBatch(std::function<void(int)> hook) {
    std::lock_guard lock(m_mutex);
    m_afterBatch = std::move(hook);
}

QString SalesforceServer::hostOf(const QString &url) const {
    const QUrl parsed(url);
    return parsed.host() + QLatin1Char(':') + QString::number(parsed.port());
}

ServerReply SalesforceServer::handle(const ServerRequest &request) {
    std::lock_guard lock(m_mutex);
    ++m_requests;
    if (m_fault)
        if (auto reply = m_fault(request, m_requests))
            return *reply;
    return route(request);
}

ServerReply SalesforceServer::route(const ServerRequest &request) {
    const QString path = QString::fromUtf8(request.path);
    if (path == QLatin1String("/services/oauth2/token") && request.method == "POST")
        return token(request);
    if (path == QLatin1String("/services/oauth2/authorize") && request.method == "GET")
        return m_codes.authorize(request, m_clientId);
    const bool rightHost = QString::fromLatin1(request.header("host")) == hostOf(instanceUrl());
    if (m_accessToken.isEmpty() || request.header("authorization") != "Bearer " + m_accessToken || !rightHost)
        return errorArray(401, "INVALID_SESSION_ID", QStringLiteral("Session expired or invalid"));
    if (m_sessionLength > 0 && ++m_sessionUses > m_sessionLength) {
        m_accessToken = "expired-" + QByteArray::number(m_tokenSerial);
        return errorArray(401, "INVALID_SESSION_ID", QStringLiteral("Session expired or invalid"));
    }
    if (request.method != "GET")
        return errorArray(405, "METHOD_NOT_ALLOWED", QStringLiteral("HTTP Method not allowed"));
    if (path == kApiPrefix + QStringLiteral("/query") || path == kApiPrefix + QStringLiteral("/queryAll")) {
        const QString soql = request.query.value(QStringLiteral("q"));
        m_queries.append(soql.toUtf8());
        return runQuery(soql, path.endsWith(QLatin1String("queryAll")));
    }
    static const QRegularExpression describePath(
        QStringLiteral(R"(^/services/data/v62\.0/sobjects/(\w+)/describe/?$)"));
    if (const auto match = describePath.match(path); match.hasMatch())
        return describe(match.captured(1));
    static const QRegularExpression blob(
        QStringLiteral(R"(^/services/data/v62\.0/sobjects/ContentNote/(\w+)/Content$)"));
    if (const auto match = blob.match(path); match.hasMatch()) {
        const auto note = record(QStringLiteral("ContentNote"), match.captured(1));
        if (!note || note->value(QStringLiteral("IsDeleted")).toBool())
            return errorArray(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));
        ServerReply reply;
        reply.status = 200;
        reply.body = note->value(QStringLiteral("Content")).toString().toUtf8();
        reply.headers.emplaceBack("Content-Type", "application/octet-stream");
        return reply;
    }
    static const QRegularExpression next(
        QStringLiteral(R"(^/services/data/v62\.0/query/(01g\w+)-(\d+)(?:~\d+)?$)"));
    if (const auto match = next.match(path); match.hasMatch())
        return batch(match.captured(1), match.captured(2).toInt());
    return errorArray(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));
}

ServerReply SalesforceServer::runQuery(const QString &text, bool all) {
    const auto soql = parseSoql(text);
    if (!soql)
        return errorArray(400, "MALFORMED_QUERY", QStringLiteral("unexpected token in: ") + text.left(80));
    if (m_unsupported.contains(soql->object))
        return errorArray(400, "INVALID_TYPE",
                          QStringLiteral("sObject type '%1' is not supported.").arg(soql->object));
    if (!m_multiCurrency && soql->fields.contains(QStringLiteral("CurrencyIsoCode")))
        return errorArray(
            400, "INVALID_FIELD",
            QStringLiteral("No such column 'CurrencyIsoCode' on entity '%1'.").arg(soql->object));
    const QString stamp = soql->stampField.isEmpty() ? QStringLiteral("SystemModstamp") : soql->stampField;
    auto stampOf = [&](const QJsonObject &record) {
        return parseIsoInstant(record.value(stamp).toString()).value_or(0);
    };
    std::vector<std::pair<std::pair<Millis, QString>, QString>> hits;
    for (const auto &[id, record] : m_objects[soql->object]) {
        if (!all && record.value(QStringLiteral("IsDeleted")).toBool())
            continue;
        if (!soql->inField.isEmpty() && !soql->inValues.contains(record.value(soql->inField).toString()))
            continue;
        const Millis at = stampOf(record);
        if (soql->from) {
            const bool after = soql->afterId.isEmpty()
                                   ? at >= *soql->from
                                   : (at > *soql->from || (at == *soql->from && id > soql->afterId));
            if (!after)
                continue;
        }
        if (soql->before && at >= *soql->before)
            continue;
        hits.push_back({{at, id}, id});
    }
    std::sort(hits.begin(), hits.end());
    if (soql->limit >= 0 && qsizetype(hits.size()) > soql->limit)
        hits.resize(size_t(soql->limit));
    // A query times out when the records it must sort spread over too long a time.
    if (m_timeoutAbove && hits.size() >= 2 &&
        hits.back().first.first - hits.front().first.first > *m_timeoutAbove)
        return errorArray(400, "QUERY_TIMEOUT",
                          QStringLiteral("Your query request was running for too long."));
    Cursor cursor;
    cursor.object = soql->object;
    cursor.fields = soql->fields;
    for (const auto &hit : hits)
        cursor.ids.append(hit.second);
    const QString locator = QStringLiteral("01g%1").arg(++m_cursorSerial, 12, 10, QLatin1Char('0'));
    m_cursors[locator] = cursor;
    return batch(locator, 0);
}

ServerReply SalesforceServer::batch(const QString &locator, int offset) {
    const auto found = m_cursors.find(locator);
    if (found == m_cursors.end() || found->second.stale)
        return errorArray(400, "INVALID_QUERY_LOCATOR", QStringLiteral("invalid query locator"));
    Cursor &cursor = found->second;
    const int batchNumber = ++m_batches;
    // Every other batch empty: a client that stops on a short batch with a cursor loses the rest.
    const bool empty = m_shortBatches && batchNumber % 2 == 1;
    const int end = empty ? offset : std::min<int>(int(cursor.ids.size()), offset + m_batchSize);
    QJsonArray records;
    const auto &objects = m_objects[cursor.object];
    for (int i = offset; i < end; ++i) {
        const auto record = objects.find(cursor.ids[i]);
        if (record != objects.end())
            records.append(recordJson(cursor.object, record->second, cursor.fields));
    }
    if (m_duplicateFirst && !records.isEmpty())
        records.append(records.first());
    const bool done = end >= cursor.ids.size();
    QJsonObject body{{QStringLiteral("totalSize"), int(cursor.ids.size())},
                     {QStringLiteral("done"), done},
                     {QStringLiteral("records"), records}};
    if (!done) {
        // An empty batch names its position afresh (as Salesforce's cursors do): repeating the address just
        // read would be a cursor that loops, which the client rightly refuses.
        QString next = kApiPrefix + QStringLiteral("/query/%1-%2").arg(locator).arg(end);
        if (empty)
            next += QStringLiteral("~%1").arg(batchNumber);
        body.insert(QStringLiteral("nextRecordsUrl"), m_nextRewrite ? m_nextRewrite(next) : next);
    }
    const ServerReply reply = ok(body);
    if (m_afterBatch)
        m_afterBatch(batchNumber);
    return reply;
}

QJsonObject SalesforceServer::recordJson(const QString &object, const QJsonObject &record,
                                         const QStringList &fields) const {
    const QString id = record.value(QStringLiteral("Id")).toString();
    QJsonObject json{{QStringLiteral("attributes"),
                      QJsonObject{{QStringLiteral("type"), object},
                                  {QStringLiteral("url"),
                                   kApiPrefix + QStringLiteral("/sobjects/%1/%2").arg(object, id)}}}};
    for (const QString &field : fields)
        json.insert(field, record.contains(field) ? record.value(field) : QJsonValue(QJsonValue::Null));
    return json;
}

ServerReply SalesforceServer::describe(const QString &object) {
    ++m_describes;
    if (m_unsupported.contains(object))
        return errorArray(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));
    // The fields the org's records of this object carry, as the describe lists them.
    QStringList names{QStringLiteral("Id"), QStringLiteral("IsDeleted"), QStringLiteral("SystemModstamp")};
    for (const auto &[id, record] : m_objects[object])
        for (const QString &key : record.keys())
            if (!names.contains(key) && key != u"CurrencyIsoCode")
                names.append(key);
    if (m_multiCurrency)
        names.append(QStringLiteral("CurrencyIsoCode"));
    QJsonArray fields;
    for (const QString &name : std::as_const(names))
        fields.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("label"), name}});
    return ok(QJsonObject{{QStringLiteral("name"), object}, {QStringLiteral("fields"), fields}});
}

ServerReply SalesforceServer::token(const ServerRequest &request) {
    const QUrlQuery form(QString::fromUtf8(request.body));
    const auto field = [&](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).toUtf8();
    };
    if (field("grant_type") == "authorization_code")
        return redeemCode(form);
    if (field("grant_type") != "refresh_token" || field("client_id") != m_clientId ||
        field("client_secret") != m_clientSecret || m_refreshToken.isEmpty() ||
        field("refresh_token") != m_refreshToken)
        return ServerReply::json(
            400, R"({"error":"invalid_grant","error_description":"expired access/refresh token"})");
    ++m_refreshes;
    m_accessToken = "00Dsession!" + QByteArray::number(++m_tokenSerial);
    m_sessionUses = 0;
    if (m_moveOnRefresh) {
        m_moveOnRefresh = false;
        m_moved = true;
    }
    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(m_accessToken)},
                     {QStringLiteral("instance_url"), instanceUrl()},
                     {QStringLiteral("id"), QStringLiteral("https://login.salesforce.com/id/00D/005")},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("issued_at"), QStringLiteral("1714521600000")},
                     {QStringLiteral("signature"), QStringLiteral("c2lnbmF0dXJl")}};
    if (m_rotate) {
        m_refreshToken = "5Aep-rotated-" + QByteArray::number(m_tokenSerial);
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken));
    }
    return ok(body);
}

ServerReply SalesforceServer::redeemCode(const QUrlQuery &form) {
    QString refused = m_codes.redeem(form, m_clientId);
    const QByteArray secret =
        form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8();
    if (refused.isEmpty() && !m_clientSecret.isEmpty() && secret != m_clientSecret)
        refused = QStringLiteral("invalid client credentials");
    if (!refused.isEmpty())
        return ServerReply::json(
            400, QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                                           {QStringLiteral("error_description"), refused}})
                     .toJson(QJsonDocument::Compact));
    m_accessToken = "00Dsession!" + QByteArray::number(++m_tokenSerial);
    m_refreshToken = "5Aep-signed-in-" + QByteArray::number(m_tokenSerial);
    m_sessionUses = 0;
    return ok(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(m_accessToken)},
                          {QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)},
                          {QStringLiteral("instance_url"), instanceUrl()},
                          {QStringLiteral("id"), QStringLiteral("https://login.salesforce.com/id/00D/005")},
                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("scope"), QStringLiteral("api refresh_token")},
                          {QStringLiteral("issued_at"), QStringLiteral("1714521600000")},
                          {QStringLiteral("signature"), QStringLiteral("c2lnbmF0dXJl")}});
}

} // namespace dp::test
