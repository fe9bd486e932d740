// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubSpotServer.h"

#include "domain/TimeFormat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>
#include <algorithm>

namespace dp::test {
namespace {

constexpr int kSearchCap = 10000;
// A listed record carries at most this many associations of a type; "paging" says when it has more.
constexpr int kInlineAssociationLimit = 100;

QString stampProperty(const QString &type) {
    return type == QLatin1String("contacts") ? QStringLiteral("lastmodifieddate")
                                             : QStringLiteral("hs_lastmodifieddate");
}

QString isoMillis(Millis at) {
    return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs);
}

ServerReply error(int status, const char *category, const QString &message) {
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("error")},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("correlationId"), QStringLiteral("c0ffee00-test")},
                     {QStringLiteral("category"), QLatin1String(category)}};
    return ServerReply::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ServerReply ok(const QJsonObject &body, int status = 200) {
    return ServerReply::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// Filter values arrive as epoch milliseconds or ISO text.
std::optional<qint64> numericValue(const QJsonValue &value) {
    const QString text = value.isString() ? value.toString() : QString::number(value.toDouble(), 'f', 0);
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber)
        return number;
    return parseIsoInstant(text);
}

} // namespace

HubSpotServer::HubSpotServer()
    : m_server(std::make_unique<LoopbackServer>([this](const ServerRequest &r) { return handle(r); })) {}

HubSpotServer::~HubSpotServer() {
    m_server.reset(); // joins the connection threads before the data goes away
}

void HubSpotServer::put(const QString &type, qint64 id, const QMap<QString, QString> &properties,
                        Millis modifiedAt) {
    std::lock_guard lock(m_mutex);
    Record &record = m_objects[type][id];
    const bool isNew = record.id == 0;
    record.id = id;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        // HubSpot keeps every value a property took; kept here for deals, whose history the sync reads.
        if (type == QLatin1String("deals") &&
            (!record.properties.contains(it.key()) || record.properties.value(it.key()) != it.value()))
            record.history[it.key()].append({it.value(), modifiedAt});
        record.properties.insert(it.key(), it.value());
    }
    if (isNew)
        record.createdAt = modifiedAt;
    record.updatedAt = modifiedAt;
    record.archived = false;
    record.properties.insert(QStringLiteral("hs_object_id"), QString::number(id));
    record.properties.insert(stampProperty(type), isoMillis(modifiedAt));
    if (!record.properties.contains(QStringLiteral("createdate")))
        record.properties.insert(QStringLiteral("createdate"), isoMillis(record.createdAt));
}

void HubSpotServer::archive(const QString &type, qint64 id, Millis at) {
    std::lock_guard lock(m_mutex);
    Record &record = m_objects[type][id];
    record.archived = true;
    record.updatedAt = at;
}

void HubSpotServer::associate(const QString &fromType, qint64 from, const QString &toType, qint64 to) {
    std::lock_guard lock(m_mutex);
    QList<qint64> &forward = m_associations[{fromType, toType}][from];
    if (!forward.contains(to))
        forward.append(to);
    QList<qint64> &backward = m_associations[{toType, fromType}][to];
    if (!backward.contains(from))
        backward.append(from);
}

void HubSpotServer::dissociate(const QString &fromType, qint64 from, const QString &toType, qint64 to) {
    std::lock_guard lock(m_mutex);
    m_associations[{fromType, toType}][from].removeAll(to);
    m_associations[{toType, fromType}][to].removeAll(from);
}

void HubSpotServer::setHistory(qint64 dealId, const QString &property, const QList<Version> &versions) {
    std::lock_guard lock(m_mutex);
    m_objects[QStringLiteral("deals")][dealId].history[property] = versions;
}

void HubSpotServer::putTranscript(const QString &transcriptId, qint64 callId, const QJsonArray &utterances) {
    std::lock_guard lock(m_mutex);
    m_transcripts[transcriptId] = QJsonObject{{QStringLiteral("id"), transcriptId},
                                              {QStringLiteral("engagementId"), callId},
                                              {QStringLiteral("transcriptUtterances"), utterances}};
}

void HubSpotServer::setHistoryOmitted(bool on) {
    std::lock_guard lock(m_mutex);
    m_historyOmitted = on;
}

void HubSpotServer::setTranscriptsForbidden(bool on) {
    std::lock_guard lock(m_mutex);
    m_transcriptsForbidden = on;
}

void HubSpotServer::addOwner(const QJsonObject &owner) {
    std::lock_guard lock(m_mutex);
    m_owners.append(owner);
}

void HubSpotServer::setPipelines(const QJsonArray &pipelines) {
    std::lock_guard lock(m_mutex);
    m_pipelines = pipelines;
}

void HubSpotServer::setPortalId(const QJsonValue &portalId) {
    std::lock_guard lock(m_mutex);
    m_portalId = portalId;
}

std::optional<HubSpotServer::Record> HubSpotServer::record(const QString &type, qint64 id) const {
    std::shared_lock lock(m_mutex);
    const auto objects = m_objects.find(type);
    if (objects == m_objects.end())
        return std::nullopt;
    const auto found = objects->second.find(id);
    if (found == objects->second.end())
        return std::nullopt;
    return found->second;
}

QList<HubSpotServer::Record> HubSpotServer::records(const QString &type, bool archived) const {
    std::shared_lock lock(m_mutex);
    QList<Record> result;
    const auto objects = m_objects.find(type);
    if (objects != m_objects.end())
        for (const auto &[id, record] : objects->second)
            if (record.archived == archived)
                result.append(record);
    return result;
}

QList<qint64> HubSpotServer::associations(const QString &fromType, qint64 from, const QString &toType) const {
    std::shared_lock lock(m_mutex);
    const auto map = m_associations.find({fromType, toType});
    if (map == m_associations.end())
        return {};
    return map->second.count(from) ? map->second.at(from) : QList<qint64>();
}

void HubSpotServer::setAccessToken(const QByteArray &token) {
    std::lock_guard lock(m_mutex);
    m_accessToken = token;
}

void HubSpotServer::setOAuth(const QByteArray &clientId, const QByteArray &clientSecret,
                             const QByteArray &refreshToken, bool rotateRefreshToken, int expiresInSeconds) {
    std::lock_guard lock(m_mutex);
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_refreshToken = refreshToken;
    m_rotate = rotateRefreshToken;
    m_expiresIn = expiresInSeconds;
}

void HubSpotServer::setSessionLength(int requests) {
    std::lock_guard lock(m_mutex);
    m_sessionLength = requests;
    m_sessionUses = 0;
}

void HubSpotServer::useSession(const ServerRequest &request) {
    std::lock_guard lock(m_mutex);
    if (m_sessionLength <= 0 || request.header("authorization") != "Bearer " + m_accessToken)
        return;
    if (++m_sessionUses > m_sessionLength)
        m_accessToken = "expired-" + QByteArray::number(m_tokenSerial); // this request is refused already
}

QByteArray HubSpotServer::currentRefreshToken() const {
    std::shared_lock lock(m_mutex);
    return m_refreshToken;
}

void HubSpotServer::setSignInDenied(bool denied) {
    std::lock_guard lock(m_mutex);
    m_codes.setDenied(denied);
}

int HubSpotServer::signInsCompleted() const {
    std::shared_lock lock(m_mutex);
    return m_codes.redeemed();
}

QStringList HubSpotServer::requestedScopes() const {
    std::shared_lock lock(m_mutex);
    return m_codes.lastScopes();
}

int HubSpotServer::tokenRefreshes() const {
    std::shared_lock lock(m_mutex);
    return m_refreshes;
}

void HubSpotServer::setFault(Fault fault) {
    std::lock_guard lock(m_hookMutex);
    m_fault = std::move(fault);
}

int HubSpotServer::requestCount() const {
    std::lock_guard lock(m_hookMutex);
    return m_requests;
}

int HubSpotServer::requestCount(const QByteArray &pathPrefix) const {
    std::lock_guard lock(m_hookMutex);
    int count = 0;
    for (auto it = m_requestsByPath.begin(); it != m_requestsByPath.end(); ++it)
        if (it.key().startsWith(pathPrefix))
            count += it.value();
    return count;
}

void HubSpotServer::setSearchHidden(const QSet<qint64> &ids) {
    std::lock_guard lock(m_mutex);
    m_searchHidden = ids;
}

void HubSpotServer::setListCursorRewrite(std::function<QString(const QString &)> rewrite) {
    std::lock_guard lock(m_mutex);
    m_cursorRewrite = std::move(rewrite);
}

void HubSpotServer::setShortPages(bool on) {
    std::lock_guard lock(m_mutex);
    m_shortPages = on;
}

void HubSpotServer::setDuplicateFirstRecord(bool on) {
    std::lock_guard lock(m_mutex);
    m_duplicateFirst = on;
}

void HubSpotServer::setAssociationPageSize(int size) {
    std::lock_guard lock(m_mutex);
    m_associationPageSize = size;
}

void HubSpotServer::setAfterPage(std::function<void(int)> hook) {
    std::lock_guard lock(m_hookMutex);
    m_afterPage = std::move(hook);
}

const std::map<qint64, HubSpotServer::Record> &HubSpotServer::objectsOf(const QString &type) const {
    static const std::map<qint64, Record> none;
    const auto found = m_objects.find(type);
    return found == m_objects.end() ? none : found->second;
}

const std::map<qint64, QList<qint64>> &HubSpotServer::associationsOf(const QString &from,
                                                                     const QString &to) const {
    static const std::map<qint64, QList<qint64>> none;
    const auto found = m_associations.find({from, to});
    return found == m_associations.end() ? none : found->second;
}

ServerReply HubSpotServer::handle(const ServerRequest &request) {
    {
        // The tests' hooks see one request at a time, numbered in order of arrival.
        std::lock_guard hooks(m_hookMutex);
        ++m_requests;
        ++m_requestsByPath[request.path];
        if (m_fault)
            if (auto reply = m_fault(request, m_requests))
                return *reply;
    }
    if (request.path == "/oauth/v1/token" && request.method == "POST") {
        std::lock_guard lock(m_mutex);
        return token(request);
    }
    if (request.path == "/oauth/authorize" && request.method == "GET") {
        std::lock_guard lock(m_mutex);
        return m_codes.authorize(request, m_clientId);
    }
    useSession(request);
    ServerReply reply;
    bool pageListed = false;
    {
        // Reads on different connections are answered side by side, as HubSpot answers them.
        std::shared_lock lock(m_mutex);
        reply = read(request, pageListed);
    }
    if (pageListed) {
        // Outside the data lock: the hook changes records, which takes that lock for itself.
        std::lock_guard hooks(m_hookMutex);
        if (m_afterPage)
            m_afterPage(++m_pages);
    }
    return reply;
}

ServerReply HubSpotServer::read(const ServerRequest &request, bool &pageListed) const {
    const QString path = QString::fromUtf8(request.path);
    if (m_accessToken.isEmpty() || request.header("authorization") != "Bearer " + m_accessToken)
        return error(401, "EXPIRED_AUTHENTICATION",
                     QStringLiteral("The OAuth token used to make this call expired 2 minute(s) ago."));

    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (path == QLatin1String("/crm/v3/owners") || path == QLatin1String("/crm/v3/owners/"))
        return owners(request);
    if (path == QLatin1String("/crm/v3/pipelines/deals"))
        return ok({{QStringLiteral("results"), m_pipelines}});
    if (path == QLatin1String("/account-info/v3/details") && request.method == "GET")
        return ok({{QStringLiteral("portalId"), m_portalId},
                   {QStringLiteral("accountType"), QStringLiteral("STANDARD")},
                   {QStringLiteral("timeZone"), QStringLiteral("US/Eastern")},
                   {QStringLiteral("companyCurrency"), QStringLiteral("USD")},
                   {QStringLiteral("uiDomain"), QStringLiteral("app.hubspot.com")},
                   {QStringLiteral("dataHostingLocation"), QStringLiteral("na1")}});
    // crm v3 objects {type} [search]
    if (parts.size() == 4 && parts[0] == u"crm" && parts[1] == u"v3" && parts[2] == u"objects" &&
        request.method == "GET") {
        ServerReply reply = listObjects(parts[3], request);
        pageListed = reply.status == 200;
        return reply;
    }
    if (parts.size() == 5 && parts[2] == u"objects" && parts[4] == u"search" && request.method == "POST") {
        ServerReply reply = searchObjects(parts[3], request);
        pageListed = reply.status == 200;
        return reply;
    }
    if (parts.size() == 6 && parts[2] == u"objects" && parts[4] == u"batch" && parts[5] == u"read" &&
        request.method == "POST")
        return batchRead(parts[3], request);
    if (parts.size() == 6 && path.startsWith(QLatin1String("/crm/v3/extensions/calling/transcripts/")) &&
        request.method == "GET")
        return transcript(parts[5]);
    if (parts.size() == 7 && parts[1] == u"v4" && parts[2] == u"associations" && parts[5] == u"batch" &&
        parts[6] == u"read" && request.method == "POST")
        return readAssociations(parts[3], parts[4], request);
    return error(404, "OBJECT_NOT_FOUND", QStringLiteral("No route for ") + path);
}

QJsonObject HubSpotServer::recordJson(const QString &type, const Record &record,
                                      const QSet<QString> &properties) const {
    QJsonObject props;
    for (auto it = record.properties.begin(); it != record.properties.end(); ++it)
        if (properties.contains(it.key()) || it.key() == QLatin1String("hs_object_id") ||
            it.key() == stampProperty(type) || it.key() == QLatin1String("createdate"))
            props.insert(it.key(), it.value());
    return {{QStringLiteral("id"), QString::number(record.id)},
            {QStringLiteral("properties"), props},
            {QStringLiteral("createdAt"), isoMillis(record.createdAt)},
            {QStringLiteral("updatedAt"), isoMillis(record.updatedAt)},
            {QStringLiteral("archived"), record.archived}};
}

ServerReply HubSpotServer::listObjects(const QString &type, const ServerRequest &request) const {
    const int limit =
        std::clamp(request.query.value(QStringLiteral("limit"), QStringLiteral("10")).toInt(), 1, 100);
    const bool archived = request.query.value(QStringLiteral("archived")) == u"true";
    QString after = request.query.value(QStringLiteral("after"));
    const QSet<QString> properties = [&] {
        const QStringList list =
            request.query.value(QStringLiteral("properties")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        return QSet<QString>(list.begin(), list.end());
    }();
    const QStringList associationTypes =
        request.query.value(QStringLiteral("associations")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto &objects = objectsOf(type);

    QJsonArray results;
    QString next;
    if (m_shortPages && !after.endsWith(QLatin1Char('x'))) {
        // An empty page that still has a cursor: clients that stop on it lose the rest.
        next = after + QLatin1Char('x');
    } else {
        after.remove(QLatin1Char('x'));
        const int pageSize = m_shortPages ? std::min(limit, 3) : limit;
        auto it = objects.lower_bound(after.toLongLong());
        int taken = 0;
        for (; it != objects.end() && taken < pageSize; ++it) {
            if (it->second.archived != archived)
                continue;
            QJsonObject record = recordJson(type, it->second, properties);
            if (const QJsonObject links = inlineAssociations(type, it->first, associationTypes);
                !links.isEmpty())
                record.insert(QStringLiteral("associations"), links);
            results.append(record);
            ++taken;
        }
        while (it != objects.end() && it->second.archived != archived)
            ++it;
        if (it != objects.end())
            next = QString::number(it->first);
    }
    if (m_duplicateFirst && !results.isEmpty())
        results.append(results.first());
    QJsonObject body{{QStringLiteral("results"), results}};
    if (!next.isEmpty() && m_cursorRewrite)
        next = m_cursorRewrite(next);
    if (!next.isEmpty())
        body.insert(QStringLiteral("paging"),
                    QJsonObject{{QStringLiteral("next"),
                                 QJsonObject{{QStringLiteral("after"), next},
                                             {QStringLiteral("link"), QStringLiteral("?after=") + next}}}});
    return ok(body);
}

QJsonObject HubSpotServer::inlineAssociations(const QString &type, qint64 id,
                                              const QStringList &toTypes) const {
    QJsonObject byType;
    const int limit = std::min(kInlineAssociationLimit, m_associationPageSize);
    for (const QString &to : toTypes) {
        const auto &all = associationsOf(type, to);
        const auto links = all.find(id);
        if (links == all.end() || links->second.isEmpty())
            continue; // HubSpot leaves the type out
        QJsonArray targets;
        const QString label = type.chopped(1) + QStringLiteral("_to_") + to.chopped(1); // e.g. email_to_deal
        for (qsizetype i = 0; i < std::min<qsizetype>(limit, links->second.size()); ++i)
            targets.append(QJsonObject{{QStringLiteral("id"), QString::number(links->second[i])},
                                       {QStringLiteral("type"), label}});
        QJsonObject listed{{QStringLiteral("results"), targets}};
        if (links->second.size() > limit)
            listed.insert(
                QStringLiteral("paging"),
                QJsonObject{{QStringLiteral("next"),
                             QJsonObject{{QStringLiteral("after"), QString::number(limit)},
                                         {QStringLiteral("link"),
                                          QStringLiteral("/crm/v4/objects/%1/%2/associations/%3?after=%4")
                                              .arg(type)
                                              .arg(id)
                                              .arg(to)
                                              .arg(limit)}}}});
        byType.insert(to, listed);
    }
    return byType;
}

ServerReply HubSpotServer::searchObjects(const QString &type, const ServerRequest &request) const {
    if (request.body.size() > 3000)
        return error(400, "VALIDATION_ERROR", QStringLiteral("Request body exceeds 3000 characters"));
    const QJsonObject query = QJsonDocument::fromJson(request.body).object();
    const int limit = query.value(QStringLiteral("limit")).toInt(10);
    const int after = query.value(QStringLiteral("after")).toVariant().toInt();
    const QJsonArray groups = query.value(QStringLiteral("filterGroups")).toArray();
    const QJsonArray sorts = query.value(QStringLiteral("sorts")).toArray();
    if (limit < 1 || limit > 200)
        return error(400, "VALIDATION_ERROR", QStringLiteral("limit must be between 1 and 200"));
    if (groups.size() > 5 || sorts.size() > 1)
        return error(400, "VALIDATION_ERROR", QStringLiteral("too many filter groups or sorts"));
    for (const QJsonValue &group : groups)
        if (group.toObject().value(QStringLiteral("filters")).toArray().size() > 6)
            return error(400, "VALIDATION_ERROR", QStringLiteral("too many filters in a group"));
    if (after + limit > kSearchCap)
        return error(400, "VALIDATION_ERROR",
                     QStringLiteral("Paging past 10000 results is not supported for search"));

    const QString stamp = stampProperty(type);
    auto valueOf = [&](const Record &record, const QString &property) -> std::optional<qint64> {
        if (property == stamp)
            return record.updatedAt;
        if (property == QLatin1String("hs_object_id"))
            return record.id;
        return numericValue(record.properties.value(property));
    };
    auto matches = [&](const Record &record) {
        if (groups.isEmpty())
            return true;
        for (const QJsonValue &group : groups) {
            bool all = true;
            for (const QJsonValue &filterValue :
                 group.toObject().value(QStringLiteral("filters")).toArray()) {
                const QJsonObject filter = filterValue.toObject();
                const auto left = valueOf(record, filter.value(QStringLiteral("propertyName")).toString());
                const auto right = numericValue(filter.value(QStringLiteral("value")));
                const QString op = filter.value(QStringLiteral("operator")).toString();
                if (!left || !right) {
                    all = false;
                    break;
                }
                const bool holds = op == u"GTE"   ? *left >= *right
                                   : op == u"GT"  ? *left > *right
                                   : op == u"LTE" ? *left <= *right
                                   : op == u"LT"  ? *left < *right
                                   : op == u"EQ"  ? *left == *right
                                                  : false;
                if (!holds) {
                    all = false;
                    break;
                }
            }
            if (all)
                return true;
        }
        return false;
    };

    std::vector<const Record *> hits;
    for (const auto &[id, record] : objectsOf(type))
        if (!record.archived && !m_searchHidden.contains(id) && matches(record))
            hits.push_back(&record);
    const QJsonObject sort = sorts.isEmpty() ? QJsonObject() : sorts.first().toObject();
    const QString sortBy =
        sort.value(QStringLiteral("propertyName")).toString(QStringLiteral("hs_object_id"));
    const bool descending = sort.value(QStringLiteral("direction")).toString() == u"DESCENDING";
    std::stable_sort(hits.begin(), hits.end(), [&](const Record *a, const Record *b) {
        const qint64 va = valueOf(*a, sortBy).value_or(0), vb = valueOf(*b, sortBy).value_or(0);
        return descending ? va > vb : va < vb;
    });

    const QSet<QString> properties = [&] {
        QSet<QString> set;
        for (const QJsonValue &p : query.value(QStringLiteral("properties")).toArray())
            set.insert(p.toString());
        return set;
    }();
    QJsonArray results;
    const qsizetype end = std::min<qsizetype>(qsizetype(hits.size()), after + limit);
    for (qsizetype i = after; i < end; ++i)
        results.append(recordJson(type, *hits[size_t(i)], properties));
    if (m_duplicateFirst && !results.isEmpty())
        results.append(results.first());
    QJsonObject body{{QStringLiteral("total"), qint64(hits.size())}, {QStringLiteral("results"), results}};
    if (end < qsizetype(hits.size()))
        body.insert(QStringLiteral("paging"),
                    QJsonObject{{QStringLiteral("next"),
                                 QJsonObject{{QStringLiteral("after"), QString::number(end)}}}});
    return ok(body);
}

ServerReply HubSpotServer::readAssociations(const QString &from, const QString &to,
                                            const ServerRequest &request) const {
    const QJsonArray inputs =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("inputs")).toArray();
    const auto &links = associationsOf(from, to);
    QJsonArray results, errors;
    for (const QJsonValue &input : inputs) {
        const QString idText = input.toObject().value(QStringLiteral("id")).toString();
        const int start = input.toObject().value(QStringLiteral("after")).toString().toInt();
        const qint64 id = idText.toLongLong();
        const auto found = links.find(id);
        if (found == links.end() || found->second.isEmpty()) {
            errors.append(
                QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                            {QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND")},
                            {QStringLiteral("message"),
                             QStringLiteral("No %1 is associated with %2 %3.").arg(to, from, idText)}});
            continue;
        }
        QJsonArray targets;
        const qsizetype end = std::min<qsizetype>(found->second.size(), start + m_associationPageSize);
        for (qsizetype i = start; i < end; ++i) {
            const qint64 target = found->second[i];
            // HubSpot sends toObjectId as a number or as a string: the client must take both.
            const QJsonValue toId = target % 2 ? QJsonValue(QString::number(target)) : QJsonValue(target);
            targets.append(QJsonObject{
                {QStringLiteral("toObjectId"), toId},
                {QStringLiteral("associationTypes"),
                 QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("HUBSPOT_DEFINED")},
                                        {QStringLiteral("typeId"), 3},
                                        {QStringLiteral("label"), QJsonValue::Null}}}}});
        }
        QJsonObject result{{QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), idText}}},
                           {QStringLiteral("to"), targets}};
        if (end < found->second.size())
            result.insert(QStringLiteral("paging"),
                          QJsonObject{{QStringLiteral("next"),
                                       QJsonObject{{QStringLiteral("after"), QString::number(end)}}}});
        results.append(result);
    }
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                     {QStringLiteral("results"), results}};
    if (!errors.isEmpty()) {
        body.insert(QStringLiteral("errors"), errors);
        body.insert(QStringLiteral("numErrors"), errors.size());
    }
    return ok(body, errors.isEmpty() ? 200 : 207);
}

ServerReply HubSpotServer::batchRead(const QString &type, const ServerRequest &request) const {
    const QJsonObject query = QJsonDocument::fromJson(request.body).object();
    const QJsonArray inputs = query.value(QStringLiteral("inputs")).toArray();
    const QJsonArray withHistory = query.value(QStringLiteral("propertiesWithHistory")).toArray();
    // The documented limits: 100 inputs, 50 when history is asked for.
    if (inputs.size() > (withHistory.isEmpty() ? 100 : 50))
        return error(400, "VALIDATION_ERROR", QStringLiteral("Too many inputs for a batch read"));
    QSet<QString> properties;
    for (const QJsonValue &p : query.value(QStringLiteral("properties")).toArray())
        properties.insert(p.toString());
    const auto &objects = objectsOf(type);
    QJsonArray results, errors;
    for (const QJsonValue &input : inputs) {
        const qint64 id = input.toObject().value(QStringLiteral("id")).toString().toLongLong();
        const auto found = objects.find(id);
        if (found == objects.end() || found->second.archived) {
            errors.append(QJsonObject{
                {QStringLiteral("status"), QStringLiteral("error")},
                {QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND")},
                {QStringLiteral("message"), QStringLiteral("Could not get some %1 objects").arg(type)}});
            continue;
        }
        QJsonObject record = recordJson(type, found->second, properties);
        if (!withHistory.isEmpty() && !m_historyOmitted) {
            QJsonObject history;
            for (const QJsonValue &p : withHistory) {
                const QString property = p.toString();
                QJsonArray versions; // newest first, as HubSpot lists them
                const QList<Version> kept = found->second.history.value(property);
                for (auto it = kept.crbegin(); it != kept.crend(); ++it)
                    versions.append(QJsonObject{{QStringLiteral("value"), it->value},
                                                {QStringLiteral("timestamp"), isoMillis(it->at)},
                                                {QStringLiteral("sourceType"), QStringLiteral("CRM_UI")},
                                                {QStringLiteral("sourceId"), QStringLiteral("userId:9000")}});
                history.insert(property, versions);
            }
            record.insert(QStringLiteral("propertiesWithHistory"), history);
        }
        results.append(record);
    }
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                     {QStringLiteral("results"), results}};
    if (!errors.isEmpty()) {
        body.insert(QStringLiteral("errors"), errors);
        body.insert(QStringLiteral("numErrors"), errors.size());
    }
    return ok(body, errors.isEmpty() ? 200 : 207);
}

ServerReply HubSpotServer::transcript(const QString &id) const {
    if (m_transcriptsForbidden)
        return error(403, "MISSING_SCOPES",
                     QStringLiteral("This app has not been granted all required scopes to make this call."));
    const auto found = m_transcripts.find(id);
    if (found == m_transcripts.end())
        return error(404, "OBJECT_NOT_FOUND", QStringLiteral("Transcript %1 not found").arg(id));
    return ok(found->second);
}

ServerReply HubSpotServer::owners(const ServerRequest &request) const {
    const int limit =
        std::clamp(request.query.value(QStringLiteral("limit"), QStringLiteral("100")).toInt(), 1, 500);
    const bool archived = request.query.value(QStringLiteral("archived")) == u"true";
    const int after = request.query.value(QStringLiteral("after")).toInt();
    QJsonArray matching;
    for (const QJsonValue &owner : m_owners)
        if (owner.toObject().value(QStringLiteral("archived")).toBool() == archived)
            matching.append(owner);
    QJsonArray results;
    for (int i = after; i < matching.size() && i < after + limit; ++i)
        results.append(matching[i]);
    QJsonObject body{{QStringLiteral("results"), results}};
    if (after + limit < matching.size())
        body.insert(QStringLiteral("paging"),
                    QJsonObject{{QStringLiteral("next"),
                                 QJsonObject{{QStringLiteral("after"), QString::number(after + limit)}}}});
    return ok(body);
}

ServerReply HubSpotServer::token(const ServerRequest &request) {
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
            400,
            R"({"status":"BAD_REFRESH_TOKEN","error":"invalid_grant","message":"missing or unknown refresh token"})");
    ++m_refreshes;
    m_accessToken = "access-" + QByteArray::number(++m_tokenSerial);
    m_sessionUses = 0;
    if (m_rotate)
        m_refreshToken = "refresh-" + QByteArray::number(m_tokenSerial);
    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(m_accessToken)},
                     {QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)},
                     {QStringLiteral("token_type"), QStringLiteral("bearer")},
                     {QStringLiteral("expires_in"), m_expiresIn}};
    return ok(body);
}

ServerReply HubSpotServer::redeemCode(const QUrlQuery &form) {
    QString refused = m_codes.redeem(form, m_clientId);
    if (refused.isEmpty() &&
        form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8() != m_clientSecret)
        refused = QStringLiteral("client_secret does not match the app");
    if (!refused.isEmpty())
        return ServerReply::json(
            400, QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("BAD_AUTH_CODE")},
                                           {QStringLiteral("message"), refused}})
                     .toJson(QJsonDocument::Compact));
    m_accessToken = "access-" + QByteArray::number(++m_tokenSerial);
    m_refreshToken = "signed-in-refresh-" + QByteArray::number(m_tokenSerial);
    m_sessionUses = 0;
    return ok(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(m_accessToken)},
                          {QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)},
                          {QStringLiteral("token_type"), QStringLiteral("bearer")},
                          {QStringLiteral("expires_in"), m_expiresIn}});
}

} // namespace dp::test
