// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Salesforce REST: User, Account, Contact, the Opportunity stage picklist, Opportunity, its contact roles and
// history (OpportunityHistory, OpportunityFieldHistory), and the activities Task (emails and calls), Event
// and EmailMessage with the EmailMessageRelations that name its buyer contacts; notes on opportunities, both
// Enhanced (ContentNote, attached through ContentDocumentLink, its body a blob) and classic (Note).
//
// Per object, queryAll (soft-deleted rows included, so deletions arrive with everything else) walks a
// keyset on (stamp, Id): each query asks for what lies after the last written position, ordered by
// (stamp, Id), with a LIMIT, and its batches are followed through the relative nextRecordsUrl. Every batch
// is written with its bookmark in one transaction; the bookmark never passes the sync's start, and each
// sync re-reads an overlap window before it (Salesforce commits can become visible with an earlier stamp).
// An opportunity's currency is its CurrencyIsoCode where the org has several (the Opportunity describe lists
// the field), else the org's DefaultCurrencyIsoCode. QUERY_TIMEOUT halves the time window a query covers;
// INVALID_QUERY_LOCATOR (a stale cursor) queries again from the last written position.
//
// Each keyset walk is split in three, as HubSpot's: a fetch step on a PagePrefetcher's thread (the query and
// its batches, window halving and restarts, and a ContentNote batch's links and bodies), for the activity
// objects a prepare step on a second thread that maps and scores the batch, and writePage, which writes a
// batch with its bookmark in one transaction on the sync's thread and settles what only the cache knows
// (superseded Tasks, an email's buyer contacts, pending links). The fetch step runs ahead of the writer, so
// it keeps its own keyset position: the position of the batches it fetched, which are all written, in
// order, before any error it meets reaches the writer. Network calls belong in the fetch step: while a
// prefetcher runs, the API client (and the instance address a token refresh may move) is its thread's alone.

#include "sync/engine/Connector.h"
#include "sync/engine/PagingCursor.h"
#include "sync/engine/SyncError.h"
#include "sync/http/ApiClient.h"
#include "sync/salesforce/SalesforceObjects.h"

#include <QJsonArray>
#include <QSet>
#include <optional>

namespace dp::sync {

inline const QString kSalesforceDefaultLoginUrl = QStringLiteral("https://login.salesforce.com");

struct SalesforceSettings {
    QString instanceUrl; // empty: the first token response names it
    QString apiVersion = QStringLiteral("v62.0");
    Millis overlap = 5 * 60 * 1000;
    int queryLimit = 2000;   // LIMIT of one keyset query; its batches may be smaller
    Millis minWindow = 1000; // QUERY_TIMEOUT halves windows down to this
};

// The Salesforce meanings of error bodies (JSON arrays of {message, errorCode}, or OAuth's {error}).
ErrorInterpreter salesforceErrorInterpreter();

class SalesforceConnector final : public Connector {
public:
    SalesforceConnector(ApiClient &api, SalesforceSettings settings = {});

    // What salesforceErrorInterpreter() returns (a member so its messages share this class's context).
    static ErrorInterpreter errorInterpreter();

    QString source() const override { return kSalesforceSource; }
    QStringList objects() const override;
    void syncObject(const QString &object, SyncRun &run) override;

    // Reads one User: proves the credentials and the instance (Settings → Test connection).
    void testConnection();
    // Every token response names the instance; requests, including a retry of the one that failed, go there.
    void setInstanceUrl(const QString &url);
    QString instanceUrl() const { return m_settings.instanceUrl; }

private:
    // One batch as the prefetch thread hands it to the writer: everything from the network it needs.
    struct FetchedBatch {
        QJsonArray records;
        // The highest (stamp, Id) of the batch, not its last row: a row repeated at the end must not move
        // the position back. Nothing when no stamp of the batch parses.
        std::optional<std::pair<Millis, QString>> position;
        std::optional<qint64> total; // what the query says matches
        SyncWarnings warnings;       // the fetch's and the prepare step's, added to the report by the writer
        SalesforceNotes notes; // ContentNote batches: what each note is attached to, and the bodies read
        // Activity objects: each record mapped and scored, in order (nothing for a Task that is no
        // interaction). What only the cache knows is settled when the batch is written.
        QList<std::optional<Interaction>> interactions;
    };
    // Where the fetch step is in the keyset walk: everything up to (from, afterId) is fetched.
    struct KeysetCursor {
        Millis from = 0;
        QString afterId;
        std::optional<Millis> window; // none: one query to the end
        int restarts = 0;
        bool querying = false;                                // a query's batches are being followed
        std::optional<Millis> before;                         // the running query's upper bound
        QString next;                                         // its next batch; empty once read to the end
        CursorHistory seen{QStringLiteral("Salesforce"), {}}; // the running query's batch addresses
        int inQuery = 0;                                      // records it returned so far
        bool finished = false;
        std::optional<SyncError> failure; // thrown after the batch it came with was handed out
    };

    void ensureInstance();
    QJsonObject get(const QString &path);
    QString soql(const SalesforceObject &object, const QStringList &fields, Millis from,
                 const QString &afterId, std::optional<Millis> before, int limit) const;
    QString queryAllPath(const QString &soqlText) const;
    std::optional<Millis> firstStamp(const SalesforceObject &object, Millis from, const QString &afterId);
    // A small query read whole through its batches (query, not queryAll).
    QList<QJsonObject> queryWhole(const QString &soqlText);
    void loadStages();
    void loadCurrency(SyncRun &run);
    void syncKeyset(const SalesforceObject &object, SyncRun &run);
    // The fetch step: the next batch of the keyset walk, nothing once it is done. Runs on a PagePrefetcher's
    // thread: it uses the API client and nothing of the database or the run but its start and cancel flag.
    std::optional<FetchedBatch> nextBatch(const SalesforceObject &object, const QStringList &fields,
                                          const SyncRun &run, KeysetCursor &cursor);
    // Reads what each note of a ContentNote batch is attached to, and the bodies of those on opportunities.
    void fetchNoteDetails(FetchedBatch &batch);
    // The prepare step of the activity objects: map and score, needing neither the network nor the cache.
    void prepareInteractions(const SalesforceObject &object, FetchedBatch &batch) const;
    void writePage(const SalesforceObject &object, const FetchedBatch &batch, SyncRun &run);

    ApiClient &m_api;
    SalesforceSettings m_settings;
    std::optional<SalesforceStages> m_stages;
    // Read once per sync: whether Opportunity has CurrencyIsoCode (multi-currency orgs only; querying it
    // elsewhere fails with INVALID_FIELD), and otherwise the org's one currency.
    std::optional<SalesforceCurrency> m_currency;
    Millis m_currencyRun = 0; // the startedAt of the sync that read m_currency
    // Built from the cache when an activity object starts (users are synced by then), before its batches
    // are fetched, since the prepare step scores them; only read while it does.
    InteractionScore m_score;
};

} // namespace dp::sync
