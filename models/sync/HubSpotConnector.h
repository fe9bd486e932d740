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

#include "sync/ApiClient.h"
#include "sync/Connector.h"
#include "sync/HubSpotMapping.h"

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
    void syncObject(const QString &object, SyncRun &run) override;

    // Reads one owner page: proves the credentials and the base URL (Settings → Test connection).
    void testConnection();

private:
    void syncOwners(SyncRun &run);
    void loadPipelines();
    void syncRecords(const QString &type, SyncRun &run);
    void fullList(const QString &type, SyncRun &run);
    void incremental(const QString &type, SyncRun &run, Millis from);
    void idKeyset(const QString &type, SyncRun &run, Millis stamp);
    void archivedPass(const QString &type, SyncRun &run);
    QJsonObject search(const QString &type, const QJsonArray &filters, const QString &sortBy, int after);
    // Writes one page and whatever must commit with it (bookmark, listing cursor) in one transaction.
    void writePage(const QString &type, const QJsonArray &results, SyncRun &run,
                   const std::function<void()> &alsoInTransaction);
    QHash<QString, QStringList> associations(const QString &from, const QString &to, const QStringList &ids);
    // Deal id → its propertiesWithHistory (close date, amount, stage), read in batches: the list and search
    // pages carry no history.
    QHash<QString, QJsonObject> dealHistories(const QStringList &ids);
    // Call id → its transcript's text, for the calls that point to one; nothing where HubSpot has none to
    // give (404, or the app lacks the transcripts scope), so the cached transcript stays.
    QHash<QString, std::optional<QString>> callTranscripts(const QJsonArray &calls, SyncRun &run);

    ApiClient &m_api;
    HubSpotSettings m_settings;
    std::optional<HubSpotPipelines> m_pipelines;
    std::optional<EmailParties> m_parties; // read once per object, not per page
    bool m_transcriptsRefused = false;     // 403 once: no more transcript requests this sync
};

} // namespace dp::sync
