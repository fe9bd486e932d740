// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HubSpot CRM v3: owners (archived included) and their teams, deal pipelines, contacts, deals and the
// engagements emails, calls, meetings and notes, with their associations.
//
// Per object: the first sync walks the list endpoint (its cursor and start instant saved with each page,
// so a killed listing resumes); later syncs use search, as a keyset on the modified stamp: each page asks
// again for "stamp >= the last page's highest stamp" rather than paging by offset, so a record modified
// between pages cannot shift another out of view and no query ever nears the 10,000-result cap. A page
// full of one stamp switches to an hs_object_id keyset within that stamp. Each sync re-reads an overlap
// window before its bookmark (search lag), never moves a bookmark past its own start, and lists archived
// records to take them out of the pipeline.
//
// Each paging loop is split in three: a fetch step (the page and its cursor or bookmark) that runs on a
// PagePrefetcher's thread a page or two ahead; for deals and engagements a prepare step on a second thread
// that reads the page's associations (and deal histories, call transcripts) over a connection of its own,
// then maps and scores engagements; and writePage, which writes a page with its bookmark on the sync's
// thread. List pages ask for their records' associations (associations=…), so only search pages and
// records with more associations than a listed record carries need the v4 batch endpoint. The listing's
// requests go through the fetch step's API client, the rest through the prepare step's: each client is its
// thread's alone while a prefetcher runs.

#include "sync/engine/Connector.h"
#include "sync/http/ApiClient.h"
#include "sync/hubspot/HubSpotMapping.h"

#include "store/BookmarkStore.h"

#include <QJsonArray>

namespace dp::sync {

inline const QString kHubSpotDefaultBaseUrl = QStringLiteral("https://api.hubapi.com");

struct HubSpotSettings {
    QString baseUrl = kHubSpotDefaultBaseUrl;
    Millis overlap = 5 * 60 * 1000;
    int listPageSize = 100;   // the list endpoints' maximum
    int searchPageSize = 200; // the search endpoint's maximum
};

// The HubSpot meanings of error bodies: DAILY quota, MISSING_SCOPES, invalid refresh tokens.
ErrorInterpreter hubSpotErrorInterpreter();

class HubSpotConnector final : public Connector {
public:
    HubSpotConnector(ApiClient &api, HubSpotSettings settings = {});

    QString source() const override { return kHubSpotSource; }
    QStringList objects() const override;
    void syncObject(const QString &name, SyncRun &run) override;

    // Reads one owner page: proves the credentials and the base URL (Settings → Test connection).
    void testConnection();

private:
    // A page's associations, and the details read beside the page (deal histories, call transcripts): read
    // by the prepare step.
    struct PageLinks {
        QHash<QString, QStringList> deals;
        QHash<QString, QStringList> contacts;
        QHash<QString, QJsonObject> histories;              // deal id → propertiesWithHistory
        QHash<QString, std::optional<QString>> transcripts; // call id → transcript text, if given
        SyncWarnings warnings;                              // added to the run's report by the writer
    };
    // One page as the prefetcher hands it to the writer: everything from the network it needs.
    struct FetchedPage {
        QJsonArray results;
        QByteArray body;                  // a list page as it came, until the prepare step parses it
        QString next;                     // list cursor; empty on the last page
        std::optional<Bookmark> bookmark; // where an incremental search got to with this page
        std::optional<qint64> total;      // what search says matches
        bool associationsListed = false; // the records carry their associations (list pages do, search's not)
        PageLinks links;
        // Engagement pages: the results mapped and scored, in order. What only the cache knows is settled
        // when the page is written: a forwarded email's direction, a transcript kept from an earlier sync.
        QList<Interaction> engagements;

        // A listed page's body into results, with Qt's parser (nothing for a search page, parsed already).
        void parseBody();
    };
    // Each object described once: how it is synced, what its pages carry and need read beside them, how the
    // prepare step readies a page, how the writer writes one and how an archived record is taken out.
    // Syncing another object is adding its description to described().
    struct HubSpotObject {
        QString name; // the API's object type, and its bookmark's name
        void (HubSpotConnector::*sync)(const HubSpotObject &, SyncRun &) = nullptr;
        bool pipelines = false;    // mapped with the deal pipelines, loaded first
        bool dealLinks = false;    // read its records' associated deals
        bool contactLinks = false; // read its records' associated contacts
        bool histories = false;    // read each record's propertiesWithHistory (deals)
        bool transcripts = false;  // read each call's transcript
        bool engagement = false;   // mapped and scored by the prepare step, with our side and a scorer
        // The prepare step, on the prefetcher's second thread (none: list pages are only parsed).
        void (HubSpotConnector::*prepare)(const HubSpotObject &, FetchedPage &) = nullptr;
        // Writes a page in the transaction the caller holds; returns how many records it counted.
        int (HubSpotConnector::*write)(const HubSpotObject &, const FetchedPage &, SyncRun &) = nullptr;
        // Takes an archived record out of the pipeline; true when the cache changed. None: no archived pass.
        bool (HubSpotConnector::*takeOut)(const HubSpotObject &, const QJsonObject &, SyncRun &) = nullptr;
    };
    static const QList<HubSpotObject> &described();
    // The association types a list request asks each record to carry ("deals,contacts"; empty: none).
    static QString listedLinkTypes(const HubSpotObject &object);

    // The incremental search's position: a keyset on the modified stamp, or an id keyset within one stamp.
    struct SearchCursor {
        Millis floor = 0;
        bool strict = false; // after an id keyset: continue strictly after that stamp
        int offset = 0;      // following the cursor of an empty page
        std::optional<Millis> keysetStamp;
        qint64 lastId = 0;
        bool done = false;
    };

    // The account (hub) id, into the cache's meta store.
    void storeAccount(SyncRun &run);
    void syncOwners(const HubSpotObject &object, SyncRun &run);
    void syncPipelines(const HubSpotObject &object, SyncRun &run);
    void loadPipelines();
    void syncRecords(const HubSpotObject &object, SyncRun &run);
    void fullList(const HubSpotObject &object, SyncRun &run);
    void incremental(const HubSpotObject &object, SyncRun &run, Millis from);
    void archivedPass(const HubSpotObject &object, SyncRun &run);
    bool takeOutDeal(const HubSpotObject &object, const QJsonObject &record, SyncRun &run);
    bool takeOutEngagement(const HubSpotObject &object, const QJsonObject &record, SyncRun &run);
    // The fetch steps below run on a PagePrefetcher's thread: they use m_api and nothing of the database or
    // the run but its start and its cancel flag.
    std::optional<FetchedPage> nextSearchPage(const QString &type, const SyncRun &run, SearchCursor &cursor);
    QJsonObject search(const QString &type, const QJsonArray &filters, const QString &sortBy, int after);
    // The prepare step, on the prefetcher's second thread: a deal or engagement page's links through
    // m_linksApi, then an engagement page's records mapped and scored, in order. It takes a listed page as
    // its body and parses it (engagement pages with simdjson), a search page as results. Nothing for other
    // objects.
    using PagePreparer = std::function<void(FetchedPage &)>;
    PagePreparer preparer(const HubSpotObject &object);
    void prepareDeals(const HubSpotObject &object, FetchedPage &page);
    void prepareEngagements(const HubSpotObject &object, FetchedPage &page);
    PageLinks fetchLinks(const HubSpotObject &object, const FetchedPage &page,
                         const HubSpotRecordPage &records);
    // The page's associations to `to`: as its records carry them, or read from the v4 batch endpoint for
    // search pages and for records with more than a listed page of them.
    QHash<QString, QStringList> pageAssociations(const QString &type, const QString &to,
                                                 const FetchedPage &page, const HubSpotRecordPage &records,
                                                 const QStringList &ids);
    void mapEngagements(const QString &type, FetchedPage &page, const HubSpotRecordPage &records) const;
    QHash<QString, QStringList> associations(const QString &from, const QString &to, const QStringList &ids);
    // Deal id → its propertiesWithHistory (close date, amount, stage), read in batches: the list and search
    // pages carry no history.
    QHash<QString, QJsonObject> dealHistories(const QStringList &ids);
    // Call id → its transcript's text, for the calls that point to one; nothing where HubSpot has none to
    // give (404, or the app lacks the transcripts scope), so the cached transcript stays.
    QHash<QString, std::optional<QString>> callTranscripts(const HubSpotRecordPage &calls,
                                                           SyncWarnings &warnings);
    // Writes one page and whatever must commit with it (bookmark, listing cursor) in one transaction.
    void writePage(const HubSpotObject &object, const FetchedPage &page, SyncRun &run,
                   const std::function<void()> &alsoInTransaction);
    int writeContacts(const HubSpotObject &object, const FetchedPage &page, SyncRun &run);
    int writeDeals(const HubSpotObject &object, const FetchedPage &page, SyncRun &run);
    int writeEngagements(const HubSpotObject &object, const FetchedPage &page, SyncRun &run);

    ApiClient &m_api;
    // The prepare step's connection and client, beside the listing's: the server answers the next page
    // while this one's associations are read.
    HttpClient m_linksHttp;
    std::optional<ApiClient> m_linksApi;
    HubSpotSettings m_settings;
    std::optional<HubSpotPipelines> m_pipelines;
    // Read from the cache when an engagement object starts (owners and contacts are synced by then), before
    // its pages are fetched, since they are mapped and scored by the prefetcher's prepare step; only read
    // while they are.
    std::optional<EmailParties> m_parties;
    InteractionScore m_score;
    bool m_transcriptsRefused = false; // 403 once: no more transcript requests this sync
};

} // namespace dp::sync
