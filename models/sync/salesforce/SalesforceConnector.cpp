// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/salesforce/SalesforceConnector.h"

#include "sync/CrmLinks.h"
#include "sync/engine/PagePrefetcher.h"
#include "sync/engine/SyncLog.h"
#include "sync/salesforce/SalesforceObjects.h"

#include "domain/CheckedNumber.h"
#include "store/BookmarkStore.h"
#include "store/Database.h"
#include "store/MetaStore.h"
#include "store/SyncStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <algorithm>

namespace dp::sync {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::sync::SalesforceConnector", text);
}

// Give up on a query that keeps failing the same way without moving forward.
constexpr int kMaxRestartsWithoutProgress = 4;

// SOQL datetime literals are unquoted and whole seconds; flooring only ever re-reads a little.
QString soqlInstant(Millis at) {
    return QDateTime::fromMSecsSinceEpoch(at - ((at % 1000) + 1000) % 1000, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString soqlString(QString text) {
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// A ContentDocumentLink query must name its documents; a few hundred ids keep the URL short.
constexpr int kNoteIdsPerQuery = 200;

} // namespace

ErrorInterpreter salesforceErrorInterpreter() {
    return SalesforceConnector::errorInterpreter();
}

ErrorInterpreter SalesforceConnector::errorInterpreter() {
    return [](const HttpResult &result, const QJsonDocument &json) -> std::optional<SyncError> {
        // The token endpoint answers OAuth's {"error", "error_description"}.
        const QJsonObject oauth = json.object();
        const QString oauthError = oauth.value(QStringLiteral("error")).toString();
        if (oauthError == u"invalid_grant")
            return SyncError(
                SyncError::Kind::Credentials,
                tr("Salesforce no longer accepts the saved sign-in (the refresh token was revoked "
                   "or has expired). Reconnect Salesforce in Settings."));
        if (oauthError == u"invalid_client_id" || oauthError == u"invalid_client")
            return SyncError(
                SyncError::Kind::Credentials,
                tr("Salesforce does not know this connected app (client ID or secret). Check them "
                   "in Settings."));
        // The REST API answers a JSON array of {message, errorCode}.
        const QJsonObject first = json.array().first().toObject();
        const QString code = first.value(QStringLiteral("errorCode")).toString();
        const QString message = first.value(QStringLiteral("message")).toString().left(200);
        if (code == u"REQUEST_LIMIT_EXCEEDED")
            return SyncError(
                SyncError::Kind::Quota,
                tr("Salesforce's API request limit for this org is used up (%1). Sync again once "
                   "the 24-hour limit has room, or ask your Salesforce admin to raise it.")
                    .arg(message));
        if (code == u"QUERY_TIMEOUT")
            return SyncError(SyncError::Kind::QueryTimeout, message);
        if (code == u"INVALID_QUERY_LOCATOR")
            return SyncError(SyncError::Kind::StaleCursor, message);
        if (code == u"INVALID_SESSION_ID")
            return std::nullopt; // refresh once, then the generic "reconnect"
        if (code == u"API_DISABLED_FOR_ORG" || code == u"INSUFFICIENT_ACCESS" ||
            code == u"INSUFFICIENT_ACCESS_OR_READONLY" || code == u"API_CURRENTLY_DISABLED")
            return SyncError(SyncError::Kind::Scopes,
                             tr("Salesforce refused access (%1: %2). The user needs the \"API Enabled\" "
                                "permission and read access to opportunities and activities.")
                                 .arg(code, message));
        if (!code.isEmpty() && result.httpStatus >= 400 && result.httpStatus < 500 &&
            result.httpStatus != 429)
            return SyncError(SyncError::Kind::Protocol,
                             tr("Salesforce rejected a request (%1: %2).").arg(code, message))
                .withHttpStatus(result.httpStatus)
                .withVendorCode(code);
        return std::nullopt;
    };
}

SalesforceConnector::SalesforceConnector(ApiClient &api, SalesforceSettings settings)
    : m_api(api)
    , m_settings(std::move(settings)) {
    setInstanceUrl(m_settings.instanceUrl);
}

void SalesforceConnector::setInstanceUrl(const QString &url) {
    m_settings.instanceUrl = url.trimmed();
    while (m_settings.instanceUrl.endsWith(QLatin1Char('/')))
        m_settings.instanceUrl.chop(1);
}

QStringList SalesforceConnector::objects() const {
    QStringList names;
    for (const SalesforceObject &object : salesforceObjects())
        names.append(object.name);
    return names;
}

void SalesforceConnector::ensureInstance() {
    // OAuth without a configured instance: the first token response names it.
    if (m_settings.instanceUrl.isEmpty() && m_api.tokenSource())
        m_api.tokenSource()->token(m_api);
    if (m_settings.instanceUrl.isEmpty())
        throw SyncError(SyncError::Kind::Credentials,
                        tr("No Salesforce instance address is known: enter it (e.g. "
                           "https://yourcompany.my.salesforce.com) or sign in with OAuth."));
}

QJsonObject SalesforceConnector::get(const QString &path) {
    ApiCall call = ApiCall::get(m_settings.instanceUrl + path);
    call.resolveUrl = [this, path] { return m_settings.instanceUrl + path; };
    return m_api.call(call).object();
}

void SalesforceConnector::testConnection() {
    ensureInstance();
    get(QStringLiteral("/services/data/%1/query?q=").arg(m_settings.apiVersion) +
        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("SELECT Id FROM User LIMIT 1"))));
}

void SalesforceConnector::syncObject(const QString &name, SyncRun &run) {
    const SalesforceObject *object = salesforceObject(name);
    if (!object)
        throw SyncError(SyncError::Kind::Protocol, tr("Salesforce has no object %1 to sync.").arg(name));
    ensureInstance();
    // Where the org lives, for a deal's address in Salesforce ("Open in Salesforce"); checked when used.
    MetaStore meta(run.db);
    if (meta.value(kSalesforceInstanceUrlKey) != m_settings.instanceUrl)
        meta.setValue(kSalesforceInstanceUrlKey, m_settings.instanceUrl);
    if (object->stagePicklist) {
        loadStages();
        return;
    }
    try {
        syncKeyset(*object, run);
    } catch (const SyncError &error) {
        if (!object->optional || error.vendorCode() != u"INVALID_TYPE")
            throw;
        run.report.warnings.add(
            QCoreApplication::translate("SyncWarning", "%1 is not available in this org; skipped (%2)")
                .arg(name, error.message().left(200)));
    }
}

void SalesforceConnector::loadStages() {
    // A picklist of a few dozen rows: read whole each time, like HubSpot's pipelines.
    const SalesforceObject &object = *salesforceObject(QStringLiteral("OpportunityStage"));
    m_stages = salesforceStagesFromRecords(queryWhole(
        QStringLiteral("SELECT %1 FROM OpportunityStage").arg(object.fields.join(QLatin1Char(',')))));
}

QList<QJsonObject> SalesforceConnector::queryWhole(const QString &soqlText) {
    // Every batch up to done: a short or empty one with a cursor is not the end.
    QString next = QStringLiteral("/services/data/%1/query?q=").arg(m_settings.apiVersion) +
                   QString::fromLatin1(QUrl::toPercentEncoding(soqlText));
    QList<QJsonObject> records;
    CursorHistory cursors(QStringLiteral("Salesforce"), soqlText.section(QLatin1Char(' '), 3, 3));
    while (!next.isEmpty()) {
        const QJsonObject page = get(next);
        for (const QJsonValue &value : page.value(QStringLiteral("records")).toArray())
            records.append(value.toObject());
        next = page.value(QStringLiteral("done")).toBool(true)
                   ? QString()
                   : page.value(QStringLiteral("nextRecordsUrl")).toString();
        if (!next.isEmpty())
            checkNextRecordsUrl(next, soqlText.section(QLatin1Char(' '), 3, 3));
        cursors.advance(next);
    }
    return records;
}

void SalesforceConnector::loadCurrency(SyncRun &run) {
    // The describe names every field of the object; CurrencyIsoCode exists only with multi-currency.
    SalesforceCurrency currency;
    const QJsonObject describe =
        get(QStringLiteral("/services/data/%1/sobjects/Opportunity/describe").arg(m_settings.apiVersion));
    for (const QJsonValue &field : describe.value(QStringLiteral("fields")).toArray())
        if (field.toObject().value(QStringLiteral("name")).toString() == u"CurrencyIsoCode")
            currency.perRecord = true;
    if (!currency.perRecord) {
        const QList<QJsonObject> records =
            queryWhole(QStringLiteral("SELECT DefaultCurrencyIsoCode FROM Organization LIMIT 1"));
        if (!records.isEmpty())
            currency.orgDefault = sfText(records.first(), "DefaultCurrencyIsoCode").trimmed();
        if (currency.orgDefault.isEmpty())
            run.report.warnings.add(QCoreApplication::translate(
                "SyncWarning", "the org's default currency is unknown; opportunities stored without one"));
    }
    m_currency = currency;
    m_currencyRun = run.startedAt;
}

QString SalesforceConnector::soql(const SalesforceObject &object, const QStringList &fields, Millis from,
                                  const QString &afterId, std::optional<Millis> before, int limit) const {
    const QString &stamp = object.stampField;
    QString where = afterId.isEmpty() ? QStringLiteral("%1 >= %2").arg(stamp, soqlInstant(from))
                                      : QStringLiteral("(%1 > %2 OR (%1 = %2 AND Id > %3))")
                                            .arg(stamp, soqlInstant(from), soqlString(afterId));
    if (before)
        where += QStringLiteral(" AND %1 < %2").arg(stamp, soqlInstant(*before));
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4, Id LIMIT %5")
        .arg(fields.join(QLatin1Char(',')), object.name, where, stamp)
        .arg(limit);
}

QString SalesforceConnector::queryAllPath(const QString &soqlText) const {
    return QStringLiteral("/services/data/%1/queryAll?q=").arg(m_settings.apiVersion) +
           QString::fromLatin1(QUrl::toPercentEncoding(soqlText));
}

std::optional<Millis> SalesforceConnector::firstStamp(const SalesforceObject &object, Millis from,
                                                      const QString &afterId) {
    // One row on the stamp index: cheap even where the full query timed out.
    try {
        const QJsonObject page = get(queryAllPath(
            soql(object, {QStringLiteral("Id"), object.stampField}, from, afterId, std::nullopt, 1)));
        const QJsonArray records = page.value(QStringLiteral("records")).toArray();
        if (records.isEmpty())
            return std::nullopt;
        return salesforceStamp(object, records.first().toObject());
    } catch (const SyncError &error) {
        if (error.kind() != SyncError::Kind::QueryTimeout)
            throw;
        return std::nullopt;
    }
}

void SalesforceConnector::syncKeyset(const SalesforceObject &object, SyncRun &run) {
    QStringList fields = object.fields;
    if (object.needsStages) {
        if (!m_stages)
            loadStages();
        if (!m_currency || m_currencyRun != run.startedAt)
            loadCurrency(run);
        if (m_currency->perRecord)
            fields.append(QStringLiteral("CurrencyIsoCode"));
    }
    // Users may have changed since the last activity object: our side is read again.
    m_score = {};
    PagePrefetcher<FetchedBatch>::Prepare prepare;
    if (object.prepare) {
        m_score = run.interactionScorer();
        prepare = [this, &object](FetchedBatch &batch) { prepareInteractions(object, batch); };
    }
    const auto bookmark = BookmarkStore(run.db).get(kSalesforceSource, object.name);
    KeysetCursor start;
    start.from = bookmark ? std::max<Millis>(0, bookmark->stamp - m_settings.overlap) : 0;
    PagePrefetcher<FetchedBatch> batches(
        m_api.http(),
        [this, &object, fields, &run, cursor = start]() mutable {
            return nextBatch(object, fields, run, cursor);
        },
        prepare);
    while (const auto batch = batches.next())
        writePage(object, *batch, run);
}

std::optional<SalesforceConnector::FetchedBatch>
SalesforceConnector::nextBatch(const SalesforceObject &object, const QStringList &fields, const SyncRun &run,
                               KeysetCursor &cursor) {
    if (cursor.failure)
        throw *cursor.failure;
    while (true) {
        if (!cursor.querying) {
            if (cursor.finished)
                return std::nullopt;
            run.throwIfCancelled();
            cursor.before.reset();
            if (cursor.window && cursor.from + *cursor.window < run.startedAt)
                cursor.before = cursor.from + *cursor.window;
            cursor.next = queryAllPath(
                soql(object, fields, cursor.from, cursor.afterId, cursor.before, m_settings.queryLimit));
            cursor.inQuery = 0;
            cursor.querying = true;
            cursor.seen = CursorHistory(QStringLiteral("Salesforce"), object.name);
        }
        if (cursor.next.isEmpty()) {
            // The query is read to its end.
            cursor.querying = false;
            if (cursor.inQuery >= m_settings.queryLimit)
                continue; // the LIMIT was reached: more lie after the position
            if (!cursor.before) {
                cursor.finished = true;
                return std::nullopt;
            }
            cursor.from = *cursor.before; // the next window; nothing before it is left
            cursor.afterId.clear();
            *cursor.window *= 2; // it finished: try a wider one, so sparse years pass quickly
            continue;
        }
        try {
            run.throwIfCancelled();
            const QJsonObject page = get(cursor.next);
            FetchedBatch batch;
            if (page.contains(QStringLiteral("totalSize")))
                batch.total = toInt64Checked(page.value(QStringLiteral("totalSize")).toDouble());
            batch.records = page.value(QStringLiteral("records")).toArray();
            cursor.inQuery += int(batch.records.size());
            for (const QJsonValue &value : std::as_const(batch.records)) {
                const QJsonObject record = value.toObject();
                const auto at = salesforceStamp(object, record);
                if (!at) {
                    batch.warnings.add(QCoreApplication::translate("SyncWarning", "%1 %2: unreadable %3 '%4'")
                                           .arg(object.name, sfText(record, "Id"), object.stampField,
                                                record.value(object.stampField).toString().left(40)));
                    continue;
                }
                const std::pair<Millis, QString> here{*at, sfText(record, "Id")};
                if (!batch.position || here > *batch.position)
                    batch.position = here;
            }
            if (object.readsNotes)
                fetchNoteDetails(batch);
            // The batch will be written before anything fetched after it: its position is where a restart
            // queries from.
            if (batch.position && *batch.position > std::pair<Millis, QString>(cursor.from, cursor.afterId)) {
                std::tie(cursor.from, cursor.afterId) = *batch.position;
                cursor.restarts = 0;
            }
            // An empty or short batch with a cursor is not the end: only done is.
            const bool done = page.value(QStringLiteral("done")).toBool(true);
            cursor.next = done ? QString() : page.value(QStringLiteral("nextRecordsUrl")).toString();
            if (!cursor.next.isEmpty()) {
                // Kept for after this batch is handed out, like a missing address below.
                try {
                    checkNextRecordsUrl(cursor.next, object.name);
                    cursor.seen.advance(cursor.next);
                } catch (const SyncError &error) {
                    cursor.failure = error;
                }
            }
            if (!done && cursor.next.isEmpty())
                cursor.failure =
                    SyncError(SyncError::Kind::Protocol,
                              tr("Salesforce said more %1 records follow but gave no address for them.")
                                  .arg(object.name));
            return batch;
        } catch (const SyncError &error) {
            if (error.kind() != SyncError::Kind::QueryTimeout && error.kind() != SyncError::Kind::StaleCursor)
                throw;
            if (++cursor.restarts > kMaxRestartsWithoutProgress &&
                error.kind() == SyncError::Kind::StaleCursor)
                throw SyncError(SyncError::Kind::Unreachable,
                                tr("Salesforce kept dropping the %1 query's cursor (%2). Try again later.")
                                    .arg(object.name, error.message()));
            if (error.kind() == SyncError::Kind::QueryTimeout) {
                if (!cursor.window) {
                    // The first timeout: start the windows where the records start, not at 1970.
                    if (const auto first = firstStamp(object, cursor.from, cursor.afterId);
                        first && *first > cursor.from) {
                        cursor.from = *first;
                        cursor.afterId.clear();
                    }
                }
                // Ask for a narrower slice of time; the position keeps what was already fetched.
                const Millis current =
                    cursor.window ? *cursor.window : std::max<Millis>(run.startedAt - cursor.from, 0);
                if (current <= m_settings.minWindow)
                    throw SyncError(SyncError::Kind::Unreachable,
                                    tr("Salesforce timed out reading %1 even one second at a time (%2). Try "
                                       "again later.")
                                        .arg(object.name, error.message()));
                cursor.window = std::max(m_settings.minWindow, current / 2);
                qCInfo(lcSync) << "Salesforce QUERY_TIMEOUT on" << object.name << "; window now"
                               << *cursor.window << "ms";
            }
            cursor.querying = false; // again from the last fetched position
        }
    }
}

void SalesforceConnector::prepareInteractions(const SalesforceObject &object, FetchedBatch &batch) const {
    batch.interactions.reserve(batch.records.size());
    for (const QJsonValue &value : std::as_const(batch.records)) {
        std::optional<Interaction> mapped = object.prepare(value.toObject(), batch.notes, batch.warnings);
        // The score reads only the kind and the texts, which the cache does not change; a deleted row is
        // never scored.
        if (mapped && !mapped->isDeleted)
            mapped->sentiment = m_score(*mapped);
        batch.interactions.append(std::move(mapped));
    }
}

void SalesforceConnector::writePage(const SalesforceObject &object, const FetchedBatch &batch, SyncRun &run) {
    run.report.warnings.add(batch.warnings);
    if (!run.objectTotal && batch.total)
        run.objectTotal = batch.total;
    run.throwIfCancelled();
    run.beginPage();
    SalesforceWrite write{run, m_stages.value_or(SalesforceStages()),
                          m_currency.value_or(SalesforceCurrency()),
                          SyncStore(run.db).hasPendingLinks(kSalesforceSource)};
    // Activity batches come mapped and scored by the prepare step, one interaction (or none) per record.
    for (qsizetype i = 0; i < batch.records.size(); ++i)
        object.write(write, batch.records[i].toObject(),
                     object.prepare ? batch.interactions.at(i) : std::optional<Interaction>());
    if (object.settlesLinks)
        SyncStore(run.db).resolvePendingLinks(kSalesforceSource);
    if (const auto &position = batch.position)
        BookmarkStore(run.db).set(kSalesforceSource, object.name,
                                  Bookmark{std::min(position->first, run.startedAt), position->second},
                                  run.clock.now());
    run.pageWritten(int(batch.records.size()));
}

void SalesforceConnector::fetchNoteDetails(FetchedBatch &batch) {
    // What each note is attached to, then the bodies of the notes on opportunities (the only ones kept).
    QStringList ids;
    for (const QJsonValue &value : std::as_const(batch.records)) {
        const QJsonObject record = value.toObject();
        const QString id = sfText(record, "Id");
        if (!salesforceDeleted(record) && !id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    for (qsizetype start = 0; start < ids.size(); start += kNoteIdsPerQuery) {
        QStringList quoted;
        for (const QString &id : ids.mid(start, kNoteIdsPerQuery))
            quoted.append(soqlString(id));
        const QList<QJsonObject> links =
            queryWhole(QStringLiteral("SELECT ContentDocumentId,LinkedEntityId FROM ContentDocumentLink"
                                      " WHERE ContentDocumentId IN (%1)")
                           .arg(quoted.join(QLatin1Char(','))));
        for (const QJsonObject &link : links)
            batch.notes.links[sfText(link, "ContentDocumentId")].append(sfText(link, "LinkedEntityId"));
    }
    for (const QString &id : std::as_const(ids)) {
        const QStringList links = batch.notes.links.value(id);
        if (std::none_of(links.begin(), links.end(), isOpportunityId))
            continue;
        const QString path = QStringLiteral("/services/data/%1/sobjects/ContentNote/%2/Content")
                                 .arg(m_settings.apiVersion, id);
        ApiCall call = ApiCall::get(m_settings.instanceUrl + path);
        call.resolveUrl = [this, path] { return m_settings.instanceUrl + path; };
        QByteArray body;
        call.rawBody = &body;
        try {
            m_api.call(call);
            batch.notes.bodies.insert(id, body);
        } catch (const SyncError &error) {
            // Deleted between the query and now: keep the preview the query gave.
            if (error.kind() != SyncError::Kind::Protocol || error.httpStatus() != 404)
                throw;
        }
    }
}

} // namespace dp::sync
