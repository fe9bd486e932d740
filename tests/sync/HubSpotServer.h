// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An in-memory HubSpot CRM v3 for the sync tests, speaking the documented wire format over real loopback
// HTTP: owners, deal pipelines, the account's details, object list (with associations=…) and search endpoints
// (with the 10,000-result cap and the request limits), v4 association batch reads, OAuth refresh, and hooks
// that inject the edge cases of shared/crm-api.md.

#include "AuthorizationCodes.h"
#include "LoopbackServer.h"

#include "domain/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>

namespace dp::test {

class HubSpotServer final {
public:
    struct Version {
        QString value;
        Millis at = 0;
    };
    struct Record {
        qint64 id = 0;
        QMap<QString, QString> properties; // always strings, as HubSpot sends them
        Millis createdAt = 0;
        Millis updatedAt = 0;
        bool archived = false;
        QMap<QString, QList<Version>> history; // deals only: each value a property took, oldest first
    };

    HubSpotServer();
    ~HubSpotServer();

    QString baseUrl() const { return m_server->baseUrl(); }
    // The HTTP side: request recording, busy time and latency, for the bench.
    LoopbackServer &http() { return *m_server; }

    // --- data (thread safe) ---
    // Sets a record's properties (merged), its modified stamp and hs_object_id. Contacts use
    // lastmodifieddate, everything else hs_lastmodifieddate.
    void put(const QString &type, qint64 id, const QMap<QString, QString> &properties, Millis modifiedAt);
    void archive(const QString &type, qint64 id, Millis at);
    void associate(const QString &fromType, qint64 from, const QString &toType, qint64 to);
    void dissociate(const QString &fromType, qint64 from, const QString &toType, qint64 to);
    // Replaces a deal property's recorded versions (put() records one whenever a value changes).
    void setHistory(qint64 dealId, const QString &property, const QList<Version> &versions);
    // GET /crm/v3/extensions/calling/transcripts/{id}: utterances [{speaker:{id,name,email}, text,
    // startTimeMillis, endTimeMillis}] for call engagementId. Unknown ids answer 404.
    void putTranscript(const QString &transcriptId, qint64 callId, const QJsonArray &utterances);
    void addOwner(const QJsonObject &owner); // {id, email, firstName, lastName, teams, archived, userId}
    void setPipelines(const QJsonArray &pipelines);
    // GET /account-info/v3/details answers {portalId, ...}: the hub id, a number unless a test sets
    // otherwise.
    void setPortalId(const QJsonValue &portalId);
    std::optional<Record> record(const QString &type, qint64 id) const;
    QList<Record> records(const QString &type, bool archived = false) const;
    QList<qint64> associations(const QString &fromType, qint64 from, const QString &toType) const;

    // --- authentication ---
    void setAccessToken(const QByteArray &token); // the one bearer token accepted ("" = none)
    void setOAuth(const QByteArray &clientId, const QByteArray &clientSecret, const QByteArray &refreshToken,
                  bool rotateRefreshToken, int expiresInSeconds = 1800);
    QByteArray currentRefreshToken() const;
    int tokenRefreshes() const;
    // Browser sign-in: GET /oauth/authorize answers as a signed-in user who allows access (or refuses), and
    // the token endpoint redeems the code (with the PKCE verifier and the client secret) for a new refresh
    // token, which the refresh grant then accepts.
    void setSignInDenied(bool denied);
    int signInsCompleted() const;
    QStringList requestedScopes() const;
    // Each access token answers this many requests, then expires (0: only expires_in ends it), as sessions
    // do during a long first sync: renewals then land on whichever of the sync's threads asks next.
    void setSessionLength(int requests);

    // --- edge cases ---
    // Called for every request with its 1-based number; a reply replaces the normal answer.
    using Fault = std::function<std::optional<ServerReply>(const ServerRequest &, int number)>;
    void setFault(Fault fault);
    int requestCount() const;
    int requestCount(const QByteArray &pathPrefix) const;
    void setSearchHidden(const QSet<qint64> &ids); // search lag: listed, not yet searchable
    void setShortPages(bool on);                   // list pages of 3, then an empty page, each with a cursor
    void setDuplicateFirstRecord(bool on);         // each list/search page repeats its first record
    void setAssociationPageSize(int size); // v4 batch pages, and listed records' associations (at most 100)
    // Invoked after the Nth list/search page is built (record moves between pages).
    void setAfterPage(std::function<void(int pageNumber)> hook);
    // Batch reads answer without propertiesWithHistory (as for an object that keeps none).
    void setHistoryOmitted(bool on);
    // Transcript reads answer 403 MISSING_SCOPES (an app without crm.extensions_calling_transcripts.read).
    void setTranscriptsForbidden(bool on);
    // Replaces the "after" cursor of every object list page that has one (a server that repeats a cursor).
    void setListCursorRewrite(std::function<QString(const QString &after)> rewrite);

private:
    ServerReply handle(const ServerRequest &request);
    // Every request but the token refresh: reads only, under a shared lock. pageListed: a list or search
    // page was answered (for the after-page hook).
    ServerReply read(const ServerRequest &request, bool &pageListed) const;
    ServerReply listObjects(const QString &type, const ServerRequest &request) const;
    ServerReply searchObjects(const QString &type, const ServerRequest &request) const;
    ServerReply readAssociations(const QString &from, const QString &to, const ServerRequest &request) const;
    ServerReply batchRead(const QString &type, const ServerRequest &request) const;
    ServerReply transcript(const QString &id) const;
    ServerReply owners(const ServerRequest &request) const;
    ServerReply token(const ServerRequest &request);
    ServerReply redeemCode(const QUrlQuery &form);
    // Counts a request against its session; expires the token when the session is used up.
    void useSession(const ServerRequest &request);
    const std::map<qint64, Record> &objectsOf(const QString &type) const;
    const std::map<qint64, QList<qint64>> &associationsOf(const QString &from, const QString &to) const;
    QJsonObject recordJson(const QString &type, const Record &record, const QSet<QString> &properties) const;
    // What a list request with associations=a,b adds to a record: {a: {results: [{id, type}], paging?}}.
    QJsonObject inlineAssociations(const QString &type, qint64 id, const QStringList &toTypes) const;

    // Records, associations and settings: shared by the reads of concurrent requests.
    mutable std::shared_mutex m_mutex;
    std::map<QString, std::map<qint64, Record>> m_objects;
    std::map<std::pair<QString, QString>, std::map<qint64, QList<qint64>>> m_associations;
    QJsonArray m_owners;
    QJsonArray m_pipelines;
    QJsonValue m_portalId = 62515;
    QByteArray m_accessToken = "test-token";
    QByteArray m_clientId, m_clientSecret, m_refreshToken;
    bool m_rotate = false;
    AuthorizationCodes m_codes{"hs-code-"};
    int m_expiresIn = 1800;
    int m_sessionLength = 0;
    int m_sessionUses = 0;
    int m_refreshes = 0;
    int m_tokenSerial = 0;
    QSet<qint64> m_searchHidden;
    bool m_shortPages = false;
    std::function<QString(const QString &)> m_cursorRewrite;
    bool m_duplicateFirst = false;
    int m_associationPageSize = 500;
    bool m_historyOmitted = false;
    bool m_transcriptsForbidden = false;
    std::map<QString, QJsonObject> m_transcripts;

    // The tests' hooks and the request counts (recursive: a hook may ask for a count).
    mutable std::recursive_mutex m_hookMutex;
    Fault m_fault;
    int m_requests = 0;
    QMap<QByteArray, int> m_requestsByPath;
    int m_pages = 0; // list and search pages answered, for the after-page hook
    std::function<void(int)> m_afterPage;

    std::unique_ptr<LoopbackServer> m_server;
};

} // namespace dp::test
