// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hubspot/HubSpotConnector.h"

#include "sync/CrmLinks.h"
#include "sync/engine/PagePrefetcher.h"
#include "sync/engine/PagingCursor.h"
#include "sync/engine/SyncLog.h"

#include "domain/CheckedNumber.h"
#include "store/BookmarkStore.h"
#include "store/Database.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/InteractionStore.h"
#include "store/MetaStore.h"
#include "store/SyncStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>
#include <map>

namespace dp::sync {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::sync", text);
}

// A call that points to a transcript HubSpot did not give this time keeps the one cached earlier.
bool keepsCachedTranscript(const QHash<QString, std::optional<QString>> &transcripts, const QString &callId) {
    const auto transcript = transcripts.constFind(callId);
    return transcript != transcripts.constEnd() && !transcript->has_value();
}

// The search walks by offset and by stamp rather than by an opaque cursor; a page that moves neither is a
// repeated cursor all the same.
SyncError repeatedCursor(const QString &type) {
    return repeatedCursorError(QStringLiteral("HubSpot"), type);
}

QString nextAfter(const QJsonObject &page) {
    return hubSpotIdText(page.value(QStringLiteral("paging"))
                             .toObject()
                             .value(QStringLiteral("next"))
                             .toObject()
                             .value(QStringLiteral("after")));
}

// How many pages may wait at each step of a listing's prefetcher. The writing thread commits every 1,000
// records (ten pages) and is away for a while each time; eight pages ahead keep the listing fetching through
// that pause (fewer leave it waiting behind every commit, more do not help). At 100 records a page that is a
// few megabytes, more only when emails carry very large HTML bodies.
constexpr int kPagesAhead = 8;

// A list page's records, from the answer the fetch step checked.
QJsonArray parsedResults(const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument page = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) // the check and Qt's parser disagree: not seen so far
        throw SyncError(SyncError::Kind::Protocol,
                        tr("HubSpot sent a page that cannot be read (%1).").arg(error.errorString()));
    return page.object().value(QStringLiteral("results")).toArray();
}

// A listed page's associations to `to`, as each record carries them. A record with more than one page of
// them (HubSpot lists 100) is left out and named in `truncated`, to be read in full from the v4 endpoint.
QHash<QString, QStringList> listedAssociations(const HubSpotRecordPage &page, const QString &to,
                                               QStringList &truncated) {
    QHash<QString, QStringList> links;
    const QByteArray toName = to.toLatin1();
    for (const auto &record : page.records()) {
        bool complete = true;
        // One id can come once per association label: associatedIds gives it once.
        const QStringList targets = record->associatedIds(QLatin1String(toName), complete);
        const QString id = record->id();
        if (!complete) {
            if (!truncated.contains(id))
                truncated.append(id);
        } else if (!targets.isEmpty()) {
            links.insert(id, targets);
        }
    }
    return links;
}

// A list page's records, from the answer the fetch step checked.
HubSpotRecordPage parsedRecords(const QByteArray &body) {
    QString error;
    std::optional<HubSpotRecordPage> records = HubSpotRecordPage::parse(body, error);
    if (!records) // the check and the parsers disagree: not seen so far
        throw SyncError(SyncError::Kind::Protocol,
                        tr("HubSpot sent a page that cannot be read (%1).").arg(error));
    return std::move(*records);
}

QJsonObject filter(const QString &property, const char *op, const QString &value) {
    return {{QStringLiteral("propertyName"), property},
            {QStringLiteral("operator"), QLatin1String(op)},
            {QStringLiteral("value"), value}};
}

// Changes of the tracked fields since the previous sync, for the fields HubSpot gave no history of: the
// cached value against the new one, at the record's modified stamp. Read before the deal is written.
QList<FieldChange> derivedChanges(DealStore &deals, const Deal &next, Millis changedAt,
                                  const std::map<DealField, QList<FieldChange>> &withHistory) {
    QList<FieldChange> changes;
    const auto id = deals.dealId(next.source, next.remoteId);
    if (!id)
        return changes;
    const auto previous = deals.find(*id);
    if (!previous)
        return changes;
    const Deal &old = previous->deal;
    auto record = [&](DealField field, const QString &before, const QString &after) {
        if (before != after && !withHistory.count(field))
            changes.append(FieldChange{next.remoteId, field, before, after, changedAt});
    };
    record(DealField::Stage, old.stage, next.stage);
    auto amountText = [](const std::optional<double> &amount) {
        return amount ? QString::number(*amount, 'f', 2) : QString();
    };
    record(DealField::Amount, amountText(old.amount), amountText(next.amount));
    record(DealField::CloseDate, old.closeDate.toString(Qt::ISODate), next.closeDate.toString(Qt::ISODate));
    return changes;
}

// The deal's changes as HubSpot recorded them, per field it gave versions of.
std::map<DealField, QList<FieldChange>> crmHistory(const QJsonObject &propertiesWithHistory,
                                                   const HubSpotPipelines &pipelines) {
    std::map<DealField, QList<FieldChange>> history;
    for (const HubSpotHistoryProperty &tracked : kHubSpotHistoryProperties) {
        const QJsonArray versions = propertiesWithHistory.value(QLatin1String(tracked.property)).toArray();
        QList<FieldChange> changes = hubSpotFieldHistory(tracked.field, versions, pipelines);
        if (!changes.isEmpty())
            history.emplace(tracked.field, std::move(changes));
    }
    return history;
}

} // namespace

ErrorInterpreter hubSpotErrorInterpreter() {
    return [](const HttpResult &result, const QJsonDocument &json) -> std::optional<SyncError> {
        const QJsonObject body = json.object();
        if (result.httpStatus == 429 && body.value(QStringLiteral("policyName")).toString() == u"DAILY")
            return SyncError(SyncError::Kind::Quota,
                             tr("HubSpot's daily API limit for this account is used up. Sync again after "
                                "midnight (HubSpot's time), or raise the limit in HubSpot."));
        if (body.value(QStringLiteral("category")).toString() == u"MISSING_SCOPES")
            return SyncError(SyncError::Kind::Scopes,
                             tr("The HubSpot app lacks a permission this sync needs (%1). Add the CRM read "
                                "scopes to the app in HubSpot, then reconnect.")
                                 .arg(body.value(QStringLiteral("message")).toString().left(200)));
        if (body.value(QStringLiteral("error")).toString() == u"invalid_grant" ||
            body.value(QStringLiteral("status")).toString() == u"BAD_REFRESH_TOKEN")
            return SyncError(SyncError::Kind::Credentials,
                             tr("HubSpot no longer accepts the saved sign-in (the refresh token was revoked "
                                "or has expired). Reconnect HubSpot in Settings."));
        return std::nullopt;
    };
}

HubSpotConnector::HubSpotConnector(ApiClient &api, HubSpotSettings settings)
    : m_api(api)
    , m_linksHttp(api.http().options(), api.http().cancelFlag())
    , m_settings(std::move(settings)) {
    while (m_settings.baseUrl.endsWith(QLatin1Char('/')))
        m_settings.baseUrl.chop(1);
}

const QList<HubSpotConnector::HubSpotObject> &HubSpotConnector::described() {
    // An engagement: listed with its deals and contacts, which search pages read per page; mapped and
    // scored by the prepare step; taken out when archived.
    auto engagement = [](const char *name, bool transcripts = false) {
        return HubSpotObject{.name = QLatin1String(name),
                             .sync = &HubSpotConnector::syncRecords,
                             .dealLinks = true,
                             .contactLinks = true,
                             .transcripts = transcripts,
                             .engagement = true,
                             .prepare = &HubSpotConnector::prepareEngagements,
                             .write = &HubSpotConnector::writeEngagements,
                             .takeOut = &HubSpotConnector::takeOutEngagement};
    };
    // In sync order: owners and pipelines before the deals that name them, contacts and deals before the
    // engagements that link to them.
    static const QList<HubSpotObject> objects{
        {.name = QStringLiteral("owners"), .sync = &HubSpotConnector::syncOwners},
        {.name = QStringLiteral("pipelines"), .sync = &HubSpotConnector::syncPipelines},
        {.name = QStringLiteral("contacts"),
         .sync = &HubSpotConnector::syncRecords,
         .write = &HubSpotConnector::writeContacts},
        {.name = QStringLiteral("deals"),
         .sync = &HubSpotConnector::syncRecords,
         .pipelines = true,
         .contactLinks = true,
         .histories = true,
         .prepare = &HubSpotConnector::prepareDeals,
         .write = &HubSpotConnector::writeDeals,
         .takeOut = &HubSpotConnector::takeOutDeal},
        engagement("emails"),
        engagement("calls", true),
        engagement("meetings"),
        engagement("notes"),
    };
    return objects;
}

// What a list request asks to have carried on each record: the links the prepare step would otherwise read
// with a v4 batch request per type and page (empty: none).
QString HubSpotConnector::listedLinkTypes(const HubSpotObject &object) {
    QStringList types;
    if (object.dealLinks)
        types.append(QStringLiteral("deals"));
    if (object.contactLinks)
        types.append(QStringLiteral("contacts"));
    return types.join(QLatin1Char(','));
}

QStringList HubSpotConnector::objects() const {
    QStringList names;
    for (const HubSpotObject &object : described())
        names.append(object.name);
    return names;
}

void HubSpotConnector::syncObject(const QString &name, SyncRun &run) {
    for (const HubSpotObject &object : described())
        if (object.name == name)
            return (this->*object.sync)(object, run);
    throw SyncError(SyncError::Kind::Protocol,
                    QCoreApplication::translate("dp::sync", "HubSpot has no object %1 to sync.").arg(name));
}

void HubSpotConnector::testConnection() {
    m_api.call(ApiCall::get(m_settings.baseUrl + QStringLiteral("/crm/v3/owners?limit=1")));
}

void HubSpotConnector::storeAccount(SyncRun &run) {
    // The hub id makes a deal's address in HubSpot ("Open in HubSpot"). Owners are synced every time, so it
    // is read with them; an app that may not read it still syncs, without the link.
    QString portalId;
    try {
        const QJsonValue value =
            m_api.call(ApiCall::get(m_settings.baseUrl + QStringLiteral("/account-info/v3/details")))
                .object()
                .value(QStringLiteral("portalId"));
        portalId = value.isString() ? value.toString() : QString::number(value.toInteger(-1));
    } catch (const SyncError &error) {
        if (error.kind() != SyncError::Kind::Scopes && error.httpStatus() != 403 && error.httpStatus() != 404)
            throw;
        run.report.warnings.add(
            QCoreApplication::translate("SyncWarning", "The HubSpot account id could not be read (%1)")
                .arg(error.message().left(200)));
        return;
    }
    if (!isHubSpotId(portalId)) {
        run.report.warnings.add(
            QCoreApplication::translate("SyncWarning", "HubSpot sent an account id that is not a number"));
        return;
    }
    MetaStore(run.db).setValue(kHubSpotPortalIdKey, portalId);
}

void HubSpotConnector::syncPipelines(const HubSpotObject &, SyncRun &) {
    loadPipelines();
}

void HubSpotConnector::syncOwners(const HubSpotObject &, SyncRun &run) {
    storeAccount(run);
    // Archived owners too: a deal whose rep left keeps its owner's name and email.
    for (const bool archived : {false, true}) {
        QString after;
        CursorHistory cursors(QStringLiteral("HubSpot"), QStringLiteral("owners"));
        do {
            run.throwIfCancelled();
            QString url = m_settings.baseUrl + QStringLiteral("/crm/v3/owners?limit=100&archived=") +
                          (archived ? QStringLiteral("true") : QStringLiteral("false"));
            if (!after.isEmpty())
                url += QStringLiteral("&after=") + QString::fromUtf8(QUrl::toPercentEncoding(after));
            const QJsonObject page = m_api.call(ApiCall::get(url)).object();
            const QJsonArray results = page.value(QStringLiteral("results")).toArray();
            run.beginPage();
            DirectoryStore directory(run.db);
            for (const QJsonValue &value : results) {
                const HubSpotOwner mapped = mapHubSpotOwner(value.toObject());
                for (const Team &team : mapped.teams)
                    directory.upsertTeam(team);
                directory.upsertOwner(mapped.owner);
            }
            run.pageWritten(int(results.size()));
            after = nextAfter(page);
            cursors.advance(after);
        } while (!after.isEmpty());
    }
}

void HubSpotConnector::loadPipelines() {
    m_pipelines = HubSpotPipelines::fromJson(
        m_api.call(ApiCall::get(m_settings.baseUrl + QStringLiteral("/crm/v3/pipelines/deals"))).object());
}

void HubSpotConnector::syncRecords(const HubSpotObject &object, SyncRun &run) {
    const QString &type = object.name;
    if (object.pipelines && !m_pipelines)
        loadPipelines();
    // Contacts and owners may have changed since the last object.
    m_parties.reset();
    m_score = {};
    if (object.engagement) {
        DirectoryStore directory(run.db);
        m_parties.emplace(directory.buyerAddresses(), directory.ourDomains());
        m_score = run.interactionScorer();
    }
    m_transcriptsRefused = false;
    // Made again for each object: it takes the API client's token source as it is now.
    m_linksApi.emplace(m_linksHttp, m_api);
    const auto bookmark = BookmarkStore(run.db).get(kHubSpotSource, type);
    if (!bookmark || SyncStore(run.db).listProgress(kHubSpotSource, type)) {
        fullList(object, run);
        // Records changed while the listing ran (or since an interrupted listing began) were passed by its
        // cursor: read them now, so this sync ends current rather than the next one.
        const auto listed = BookmarkStore(run.db).get(kHubSpotSource, type);
        incremental(object, run, std::max<Millis>(0, listed->stamp - m_settings.overlap));
    } else
        incremental(object, run, std::max<Millis>(0, bookmark->stamp - m_settings.overlap));
    if (object.takeOut)
        archivedPass(object, run);
}

void HubSpotConnector::fullList(const HubSpotObject &object, SyncRun &run) {
    const QString &type = object.name;
    const ListProgress progress =
        SyncStore(run.db).listProgress(kHubSpotSource, type).value_or(ListProgress{run.startedAt, {}});
    const QString properties = hubSpotProperties(type).join(QLatin1Char(','));
    // The page carries its records' associations: one request a page instead of one per link type too.
    const QString linkTypes = listedLinkTypes(object);
    CursorHistory cursors(QStringLiteral("HubSpot"), type);
    cursors.advance(progress.afterCursor);
    auto fetch = [&, after = progress.afterCursor, done = false]() mutable -> std::optional<FetchedPage> {
        if (done)
            return std::nullopt;
        run.throwIfCancelled();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.listPageSize));
        query.addQueryItem(QStringLiteral("archived"), QStringLiteral("false"));
        query.addQueryItem(QStringLiteral("properties"), properties);
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("after"), after);
        if (!linkTypes.isEmpty())
            query.addQueryItem(QStringLiteral("associations"), linkTypes);
        const QString url = m_settings.baseUrl + QStringLiteral("/crm/v3/objects/") + type +
                            QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
        FetchedPage fetched;
        ApiCall call = ApiCall::get(url);
        // Only the cursor is read here; the prepare step parses the records, while the next page downloads.
        call.rawBody = &fetched.body;
        call.rawJsonMember = "paging";
        fetched.next = nextAfter(m_api.call(call).object());
        cursors.advance(fetched.next);
        fetched.associationsListed = !linkTypes.isEmpty();
        // An empty or short page with a cursor is not the end: only a missing cursor is.
        done = fetched.next.isEmpty();
        after = fetched.next;
        return fetched;
    };
    // An object's preparer parses the body itself; without one, it is only parsed.
    PagePreparer prepare = preparer(object);
    if (!prepare)
        prepare = [](FetchedPage &page) { page.parseBody(); };
    PagePrefetcher<FetchedPage> pages(m_api.http(), fetch, prepare, &m_linksHttp, kPagesAhead);
    while (const auto page = pages.next()) {
        writePage(object, *page, run, [&] {
            SyncStore store(run.db);
            if (!page->next.isEmpty()) {
                store.setListProgress(kHubSpotSource, type, {progress.startedAt, page->next});
            } else {
                // Everything modified before the listing began is now cached.
                store.clearListProgress(kHubSpotSource, type);
                BookmarkStore(run.db).set(kHubSpotSource, type, {progress.startedAt, {}}, run.clock.now());
            }
        });
    }
}

void HubSpotConnector::FetchedPage::parseBody() {
    if (body.isEmpty())
        return;
    results = parsedResults(body);
    body.clear();
}

QJsonObject HubSpotConnector::search(const QString &type, const QJsonArray &filters, const QString &sortBy,
                                     int after) {
    QJsonArray properties;
    for (const QString &property : hubSpotProperties(type))
        properties.append(property);
    const QJsonObject body{
        {QStringLiteral("filterGroups"), QJsonArray{QJsonObject{{QStringLiteral("filters"), filters}}}},
        {QStringLiteral("sorts"),
         QJsonArray{QJsonObject{{QStringLiteral("propertyName"), sortBy},
                                {QStringLiteral("direction"), QStringLiteral("ASCENDING")}}}},
        {QStringLiteral("properties"), properties},
        {QStringLiteral("limit"), m_settings.searchPageSize},
        {QStringLiteral("after"), QString::number(after)}};
    return m_api
        .call(ApiCall::postJson(m_settings.baseUrl + QStringLiteral("/crm/v3/objects/") + type +
                                    QStringLiteral("/search"),
                                QJsonDocument(body).toJson(QJsonDocument::Compact)))
        .object();
}

void HubSpotConnector::incremental(const HubSpotObject &object, SyncRun &run, Millis from) {
    const QString &type = object.name;
    SearchCursor start;
    start.floor = from;
    PagePrefetcher<FetchedPage> pages(
        m_api.http(),
        [this, &type, &run, cursor = start]() mutable { return nextSearchPage(type, run, cursor); },
        preparer(object), &m_linksHttp, kPagesAhead);
    while (const auto page = pages.next()) {
        if (!run.objectTotal && page->total)
            run.objectTotal = page->total;
        writePage(object, *page, run,
                  [&] { BookmarkStore(run.db).set(kHubSpotSource, type, *page->bookmark, run.clock.now()); });
    }
}

std::optional<HubSpotConnector::FetchedPage>
HubSpotConnector::nextSearchPage(const QString &type, const SyncRun &run, SearchCursor &cursor) {
    const QString stamp = hubSpotStampProperty(type);
    while (!cursor.done) {
        run.throwIfCancelled();
        FetchedPage fetched;
        if (cursor.keysetStamp) {
            // More records share this stamp than a page holds: walk them by id, then move past the stamp.
            const QJsonObject page =
                search(type,
                       {filter(stamp, "EQ", QString::number(*cursor.keysetStamp)),
                        filter(QStringLiteral("hs_object_id"), "GT", QString::number(cursor.lastId))},
                       QStringLiteral("hs_object_id"), 0);
            fetched.results = page.value(QStringLiteral("results")).toArray();
            const Millis keysetStamp = *cursor.keysetStamp;
            if (fetched.results.isEmpty() || nextAfter(page).isEmpty()) {
                cursor.keysetStamp.reset();
                cursor.strict = true;
            }
            if (fetched.results.isEmpty())
                continue;
            const qint64 lastIdBefore = cursor.lastId;
            for (const QJsonValue &value : std::as_const(fetched.results))
                cursor.lastId = std::max(
                    cursor.lastId, value.toObject().value(QStringLiteral("id")).toString().toLongLong());
            // More to come, yet no id past the last one: the same query would bring the same page forever.
            if (cursor.keysetStamp && cursor.lastId <= lastIdBefore)
                throw repeatedCursor(type);
            fetched.bookmark = Bookmark{std::min(keysetStamp, run.startedAt), QString::number(cursor.lastId)};
            return fetched;
        }
        const QJsonObject page =
            search(type, {filter(stamp, cursor.strict ? "GT" : "GTE", QString::number(cursor.floor))}, stamp,
                   cursor.offset);
        fetched.results = page.value(QStringLiteral("results")).toArray();
        fetched.total = toInt64Checked(page.value(QStringLiteral("total")).toDouble());
        const bool hasMore = !nextAfter(page).isEmpty();
        if (fetched.results.isEmpty()) {
            cursor.done = !hasMore;
            // An empty page that still has a cursor: follow it rather than stop early. Search cursors are
            // offsets: one that does not move forward would ask for the same empty page forever.
            const int next = hasMore ? nextAfter(page).toInt() : 0;
            if (hasMore && next <= cursor.offset)
                throw repeatedCursor(type);
            cursor.offset = next;
            continue;
        }
        cursor.offset = 0;
        Millis highest = cursor.floor;
        QString highestId;
        bool allAtFloor = true;
        for (const QJsonValue &value : std::as_const(fetched.results)) {
            const Millis at = hubSpotModifiedAt(type, value.toObject()).value_or(cursor.floor);
            if (at != cursor.floor)
                allAtFloor = false;
            if (at >= highest) {
                highest = at;
                highestId = value.toObject().value(QStringLiteral("id")).toString();
            }
        }
        if (hasMore && allAtFloor && !cursor.strict) {
            cursor.keysetStamp = cursor.floor;
            cursor.lastId = 0;
            continue;
        }
        // A page from "at or after the floor" that does not move it (records older than the floor, which a
        // sane search never returns) would be asked for again and again. (After a strict "after the floor"
        // query the next one is not strict, and is checked then.)
        if (hasMore && !cursor.strict && highest <= cursor.floor)
            throw repeatedCursor(type);
        fetched.bookmark = Bookmark{std::min(highest, run.startedAt), highestId};
        cursor.done = !hasMore;
        cursor.floor = highest;
        cursor.strict = false;
        return fetched;
    }
    return std::nullopt;
}

void HubSpotConnector::archivedPass(const HubSpotObject &object, SyncRun &run) {
    const QString &type = object.name;
    const QString properties = hubSpotProperties(type).join(QLatin1Char(','));
    CursorHistory cursors(QStringLiteral("HubSpot"), type);
    auto fetch = [&, after = QString(), done = false]() mutable -> std::optional<FetchedPage> {
        if (done)
            return std::nullopt;
        run.throwIfCancelled();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.listPageSize));
        query.addQueryItem(QStringLiteral("archived"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("properties"), properties);
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("after"), after);
        const QJsonObject page =
            m_api
                .call(ApiCall::get(m_settings.baseUrl + QStringLiteral("/crm/v3/objects/") + type +
                                   QLatin1Char('?') + query.toString(QUrl::FullyEncoded)))
                .object();
        FetchedPage fetched;
        fetched.results = page.value(QStringLiteral("results")).toArray();
        after = nextAfter(page);
        cursors.advance(after);
        done = after.isEmpty();
        return fetched;
    };
    PagePrefetcher<FetchedPage> pages(m_api.http(), fetch);
    while (const auto page = pages.next()) {
        run.throwIfCancelled();
        run.beginPage();
        int deleted = 0;
        for (const QJsonValue &value : std::as_const(page->results)) {
            QJsonObject record = value.toObject();
            record.insert(QStringLiteral("archived"), true);
            if ((this->*object.takeOut)(object, record, run))
                ++deleted;
        }
        run.report.deletions += deleted;
        run.pageWritten(0);
    }
}

bool HubSpotConnector::takeOutDeal(const HubSpotObject &, const QJsonObject &record, SyncRun &run) {
    DealStore deals(run.db);
    const auto existing = deals.dealId(kHubSpotSource, record.value(QStringLiteral("id")).toString());
    if (!existing || deals.find(*existing).value_or(DealRow{}).deal.isDeleted)
        return false;
    SyncWarnings ignored;
    deals.upsert(mapHubSpotDeal(record, *m_pipelines, ignored));
    return true;
}

bool HubSpotConnector::takeOutEngagement(const HubSpotObject &object, const QJsonObject &record,
                                         SyncRun &run) {
    InteractionStore interactions(run.db);
    if (!interactions.interactionId(kHubSpotSource, record.value(QStringLiteral("id")).toString()))
        return false;
    // Links are dropped with it, so the deals it concerned are recomputed without it.
    SyncWarnings ignored;
    return interactions.upsert(mapHubSpotEngagement(object.name, JsonHubSpotRecord(record), {}, ignored))
        .changed;
}

QHash<QString, QStringList> HubSpotConnector::associations(const QString &from, const QString &to,
                                                           const QStringList &ids) {
    QHash<QString, QStringList> links;
    QJsonArray inputs;
    for (const QString &id : ids)
        inputs.append(QJsonObject{{QStringLiteral("id"), id}});
    // One listing per record: a cursor may repeat across records, not within one.
    std::map<QString, CursorHistory> cursors;
    while (!inputs.isEmpty()) {
        const QJsonObject page =
            m_linksApi
                ->call(ApiCall::postJson(
                    m_settings.baseUrl +
                        QStringLiteral("/crm/v4/associations/%1/%2/batch/read").arg(from, to),
                    QJsonDocument(QJsonObject{{QStringLiteral("inputs"), inputs}})
                        .toJson(QJsonDocument::Compact)))
                .object();
        inputs = {};
        for (const QJsonValue &resultValue : page.value(QStringLiteral("results")).toArray()) {
            const QJsonObject result = resultValue.toObject();
            const QString fromId =
                hubSpotIdText(result.value(QStringLiteral("from")).toObject().value(QStringLiteral("id")));
            QStringList &targets = links[fromId];
            for (const QJsonValue &target : result.value(QStringLiteral("to")).toArray()) {
                const QString toId = hubSpotIdText(target.toObject().value(QStringLiteral("toObjectId")));
                if (!targets.contains(toId))
                    targets.append(toId);
            }
            // More associations than one page: ask again for this input from its cursor.
            const QString after = nextAfter(result);
            if (!after.isEmpty())
                cursors
                    .try_emplace(fromId, QStringLiteral("HubSpot"),
                                 QStringLiteral("%1-%2 associations").arg(from, to))
                    .first->second.advance(after);
            if (!after.isEmpty())
                inputs.append(QJsonObject{{QStringLiteral("id"), fromId}, {QStringLiteral("after"), after}});
        }
    }
    return links;
}

QHash<QString, QJsonObject> HubSpotConnector::dealHistories(const QStringList &ids) {
    QHash<QString, QJsonObject> histories;
    QJsonArray properties{QStringLiteral("hs_object_id")}, withHistory;
    for (const HubSpotHistoryProperty &tracked : kHubSpotHistoryProperties)
        withHistory.append(QLatin1String(tracked.property));
    constexpr qsizetype kBatch = 50; // HubSpot reads at most 50 records a call when history is asked for
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        QJsonArray inputs;
        for (const QString &id : ids.mid(from, kBatch))
            inputs.append(QJsonObject{{QStringLiteral("id"), id}});
        const QJsonObject body{{QStringLiteral("properties"), properties},
                               {QStringLiteral("propertiesWithHistory"), withHistory},
                               {QStringLiteral("inputs"), inputs}};
        const QJsonObject page =
            m_linksApi
                ->call(
                    ApiCall::postJson(m_settings.baseUrl + QStringLiteral("/crm/v3/objects/deals/batch/read"),
                                      QJsonDocument(body).toJson(QJsonDocument::Compact)))
                .object();
        for (const QJsonValue &value : page.value(QStringLiteral("results")).toArray()) {
            const QJsonObject record = value.toObject();
            histories.insert(hubSpotIdText(record.value(QStringLiteral("id"))),
                             record.value(QStringLiteral("propertiesWithHistory")).toObject());
        }
    }
    return histories;
}

QHash<QString, std::optional<QString>> HubSpotConnector::callTranscripts(const HubSpotRecordPage &calls,
                                                                         SyncWarnings &warnings) {
    QHash<QString, std::optional<QString>> transcripts;
    for (const auto &call : calls.records()) {
        const QString callId = call->id();
        const QString transcriptId = hubSpotTranscriptId(*call);
        if (transcriptId.isEmpty() || transcripts.contains(callId))
            continue;
        transcripts.insert(callId, std::nullopt);
        if (m_transcriptsRefused)
            continue;
        try {
            const QJsonObject transcript =
                m_linksApi
                    ->call(ApiCall::get(m_settings.baseUrl +
                                        QStringLiteral("/crm/v3/extensions/calling/transcripts/") +
                                        QString::fromUtf8(QUrl::toPercentEncoding(transcriptId))))
                    .object();
            transcripts.insert(callId, hubSpotTranscriptText(transcript));
        } catch (const SyncError &error) {
            // A transcript is extra: a call whose transcript is gone or not readable is still synced.
            if (error.kind() == SyncError::Kind::Protocol && error.httpStatus() == 404) {
                warnings.add(QCoreApplication::translate(
                                 "SyncWarning", "call %1: transcript %2 not found; kept the call without it")
                                 .arg(callId, transcriptId.left(40)));
            } else if (error.kind() == SyncError::Kind::Scopes) {
                m_transcriptsRefused = true;
                warnings.add(QCoreApplication::translate(
                    "SyncWarning", "call transcripts are not readable with this HubSpot app "
                                   "(crm.extensions_calling_transcripts.read); synced calls "
                                   "without them"));
            } else {
                throw;
            }
        }
    }
    return transcripts;
}

QHash<QString, QStringList> HubSpotConnector::pageAssociations(const QString &type, const QString &to,
                                                               const FetchedPage &page,
                                                               const HubSpotRecordPage &records,
                                                               const QStringList &ids) {
    if (!page.associationsListed)
        return associations(type, to, ids);
    QStringList truncated;
    QHash<QString, QStringList> links = listedAssociations(records, to, truncated);
    links.insert(associations(type, to, truncated));
    return links;
}

HubSpotConnector::PageLinks HubSpotConnector::fetchLinks(const HubSpotObject &object, const FetchedPage &page,
                                                         const HubSpotRecordPage &records) {
    const QString &type = object.name;
    QStringList ids;
    QSet<QString> seen;
    for (const auto &record : records.records()) {
        const QString id = record->id();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    PageLinks links;
    if (ids.isEmpty())
        return links;
    if (object.dealLinks)
        links.deals = pageAssociations(type, QStringLiteral("deals"), page, records, ids);
    if (object.contactLinks)
        links.contacts = pageAssociations(type, QStringLiteral("contacts"), page, records, ids);
    if (object.histories)
        links.histories = dealHistories(ids);
    if (object.transcripts)
        links.transcripts = callTranscripts(records, links.warnings);
    return links;
}

HubSpotConnector::PagePreparer HubSpotConnector::preparer(const HubSpotObject &object) {
    if (!object.prepare)
        return {};
    return [this, &object](FetchedPage &page) { (this->*object.prepare)(object, page); };
}

void HubSpotConnector::prepareDeals(const HubSpotObject &object, FetchedPage &page) {
    page.parseBody();
    page.links = fetchLinks(object, page, HubSpotRecordPage::fromResults(page.results));
}

void HubSpotConnector::prepareEngagements(const HubSpotObject &object, FetchedPage &page) {
    // A list page comes as its body, a search page parsed (its cursor needed reading).
    const HubSpotRecordPage records =
        page.body.isEmpty() ? HubSpotRecordPage::fromResults(page.results) : parsedRecords(page.body);
    page.links = fetchLinks(object, page, records);
    mapEngagements(object.name, page, records);
    // Mapped: freed here rather than on the writing thread, the busiest one.
    page.results = {};
    page.body = {};
}

void HubSpotConnector::mapEngagements(const QString &type, FetchedPage &page,
                                      const HubSpotRecordPage &records) const {
    page.engagements.reserve(qsizetype(records.records().size()));
    for (const auto &record : records.records()) {
        const QString id = record->id();
        EngagementContext context;
        context.dealRemoteIds = page.links.deals.value(id);
        context.contactRemoteIds = page.links.contacts.value(id);
        context.parties = &*m_parties;
        context.transcript = page.links.transcripts.value(id).value_or(QString());
        Interaction mapped = mapHubSpotEngagement(type, *record, context, page.links.warnings);
        // A transcript kept from an earlier sync is read, and the call scored, when the page is written.
        if (!keepsCachedTranscript(page.links.transcripts, id))
            mapped.sentiment = m_score(mapped);
        page.engagements.append(std::move(mapped));
    }
}

void HubSpotConnector::writePage(const HubSpotObject &object, const FetchedPage &page, SyncRun &run,
                                 const std::function<void()> &alsoInTransaction) {
    run.report.warnings.add(page.links.warnings);
    run.throwIfCancelled();

    run.beginPage();
    const int written = (this->*object.write)(object, page, run);
    alsoInTransaction();
    run.pageWritten(written);
}

int HubSpotConnector::writeContacts(const HubSpotObject &, const FetchedPage &page, SyncRun &run) {
    DirectoryStore directory(run.db);
    for (const QJsonValue &value : page.results)
        directory.upsertContact(mapHubSpotContact(value.toObject()));
    SyncStore(run.db).resolvePendingLinks(kHubSpotSource);
    return int(page.results.size());
}

int HubSpotConnector::writeDeals(const HubSpotObject &object, const FetchedPage &page, SyncRun &run) {
    SyncStore syncStore(run.db);
    DealStore deals(run.db);
    for (const QJsonValue &value : page.results) {
        const QJsonObject record = value.toObject();
        const Deal deal = mapHubSpotDeal(record, *m_pipelines, run.report.warnings);
        const auto history = crmHistory(page.links.histories.value(deal.remoteId), *m_pipelines);
        const QList<FieldChange> derived = derivedChanges(
            deals, deal, hubSpotModifiedAt(object.name, record).value_or(run.clock.now()), history);
        deals.upsert(deal);
        for (const FieldChange &change : derived)
            deals.recordChange(kHubSpotSource, change);
        for (const auto &[field, changes] : history)
            deals.replaceHistory(kHubSpotSource, deal.remoteId, field, changes);
        // The buyer contacts become exactly the associated ones: a link HubSpot no longer lists is gone.
        syncStore.setPendingDealContacts(
            kHubSpotSource, deal.remoteId,
            deals.replaceContacts(kHubSpotSource, deal.remoteId, page.links.contacts.value(deal.remoteId)));
    }
    syncStore.resolvePendingLinks(kHubSpotSource);
    return int(page.results.size());
}

int HubSpotConnector::writeEngagements(const HubSpotObject &, const FetchedPage &page, SyncRun &run) {
    SyncStore syncStore(run.db);
    InteractionStore interactions(run.db);
    // Most pages have no waiting links at all: then only rows that add some need the pending-link table.
    bool anyPending = syncStore.hasPendingLinks(kHubSpotSource);
    for (Interaction in : page.engagements) {
        const QString &id = in.remoteId;
        if (keepsCachedTranscript(page.links.transcripts, id)) {
            in.transcript = interactions.transcript(kHubSpotSource, id);
            in.sentiment = m_score(in);
        }
        // Only a forwarded email's direction depends on its deals' buyers, which only the cache knows.
        if (in.directionRule == DirectionRule::Forwarded)
            in.direction =
                hubSpotForwardedDirection(in.fromAddress, &*m_parties,
                                          syncStore.buyerAddressesOfDeals(kHubSpotSource, in.dealRemoteIds));
        const UpsertOutcome outcome = interactions.upsert(in);
        if (outcome.changed && in.sentiment)
            ++run.report.interactionsScored;
        syncStore.keepUnresolvedLinks(kHubSpotSource, id, outcome, anyPending);
    }
    return int(page.engagements.size());
}

} // namespace dp::sync
