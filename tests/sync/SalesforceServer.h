// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An in-memory Salesforce org for the sync tests, speaking the documented REST wire format over real
// loopback HTTP: query and queryAll with SOQL parsed as far as the connector's own queries go (fields,
// object, a (stamp, Id) keyset, an upper stamp bound, an Id list, ORDER BY, LIMIT), sObject describes and
// blob fields (ContentNote bodies), server-side cursors behind relative
// nextRecordsUrl, JSON-array errors, the OAuth refresh-token grant (no expires_in; optional rotation; an
// instance that can move), and switches for the edge cases of shared/crm-api.md.

#include "AuthorizationCodes.h"
#include "LoopbackServer.h"

#include "domain/Clock.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace dp::test {

// An 18-character Salesforce id with the object's key prefix: sfId("006", 7) = "006000000000007AAA".
QString sfId(const char *prefix, qint64 number);
// Salesforce's own datetime format: 2024-05-02T10:11:12.000+0000.
QString sfInstant(Millis at);

class SalesforceServer final {
public:
    SalesforceServer();
    ~SalesforceServer();

    QString loginUrl() const { return m_server->baseUrl(); }
    // The HTTP side: request recording, busy time and latency, for the bench.
    LoopbackServer &http() { return *m_server; }
    QString instanceUrl() const; // where the org lives now (see moveInstanceOnNextRefresh)

    // --- data (thread safe) ---
    // Merges fields into the record and stamps it: SystemModstamp = at (CreatedDate too when new).
    void put(const QString &object, const QString &id, const QJsonObject &fields, Millis at);
    // Soft delete: queryAll still returns it, with IsDeleted = true.
    void remove(const QString &object, const QString &id, Millis at);
    // Contact merge: the loser is deleted with MasterRecordId; its roles, tasks, events and email relations
    // move to the master and are re-stamped, as Salesforce does.
    void mergeContacts(const QString &loserId, const QString &masterId, Millis at);
    std::optional<QJsonObject> record(const QString &object, const QString &id) const;
    QList<QJsonObject> records(const QString &object, bool withDeleted = false) const;

    // --- org settings ---
    // Multi-currency orgs have CurrencyIsoCode on Opportunity (and list it in the describe); elsewhere a
    // query naming it fails with INVALID_FIELD. The org's currency is Organization.DefaultCurrencyIsoCode.
    void setMultiCurrency(bool on);
    void setOrgCurrency(const QString &isoCode);
    // The object does not exist in this org: queries on it fail with INVALID_TYPE.
    void setUnsupportedObject(const QString &object);
    int describeCount() const;

    // --- authentication ---
    void setAccessToken(const QByteArray &token); // the bearer token accepted now ("" = none)
    void setOAuth(const QByteArray &clientId, const QByteArray &clientSecret, const QByteArray &refreshToken,
                  bool rotateRefreshToken);
    void expireAccessToken(); // the current token stops working (the next call gets INVALID_SESSION_ID)
    void revokeRefreshToken();
    // The next token response names http://localhost:<port> instead of 127.0.0.1; from then on requests to
    // the old host are refused with INVALID_SESSION_ID.
    void moveInstanceOnNextRefresh();
    QByteArray currentRefreshToken() const;
    int tokenRefreshes() const;
    // Browser sign-in: GET /services/oauth2/authorize answers as a signed-in user who allows access (or
    // refuses), and the token endpoint redeems the code (with the PKCE verifier, and the client secret when
    // the app has one) for a new refresh token and the instance_url.
    void setSignInDenied(bool denied);
    int signInsCompleted() const;
    QStringList requestedScopes() const;
    // Each session answers this many requests, then expires (0: never), as sessions do during a long first
    // sync: renewals then land on whichever of the sync's threads asks next.
    void setSessionLength(int requests);

    // --- edge cases ---
    using Fault = std::function<std::optional<ServerReply>(const ServerRequest &, int number)>;
    void setFault(Fault fault); // may replace any answer; number counts every request from 1
    int requestCount() const;
    QList<QByteArray> queries() const;     // every SOQL text received, in order
    void setBatchSize(int size);           // records per batch (Salesforce: 200–2000; default 2000)
    void setShortBatches(bool on);         // every other batch comes back empty, still with a cursor
    void setDuplicateFirstRecord(bool on); // each batch repeats its first record at its end
    // Queries whose records (after LIMIT) spread over more than this much time fail with QUERY_TIMEOUT.
    void setQueryTimeoutAbove(std::optional<Millis> span);
    void invalidateCursors(); // every open cursor answers INVALID_QUERY_LOCATOR
    // Called after the Nth batch (first ones included) is built; may change data or tokens.
    void setAfterBatch(std::function<void(int batchNumber)> hook);
    // Replaces every batch's nextRecordsUrl (one that leaves the instance, or repeats).
    void setNextRecordsUrlRewrite(std::function<QString(const QString &url)> rewrite);

private:
    struct Cursor {
        QString object;
        QStringList fields;
        QStringList ids;
        bool stale = false;
    };
    ServerReply handle(const ServerRequest &request);
    ServerReply route(const ServerRequest &request);
    ServerReply runQuery(const QString &soql, bool all);
    ServerReply batch(const QString &locator, int offset);
    ServerReply token(const ServerRequest &request);
    ServerReply redeemCode(const QUrlQuery &form);
    ServerReply describe(const QString &object);
    QJsonObject recordJson(const QString &object, const QJsonObject &record, const QStringList &fields) const;
    QString hostOf(const QString &url) const;

    mutable std::recursive_mutex m_mutex;
    std::map<QString, std::map<QString, QJsonObject>> m_objects;
    std::map<QString, Cursor> m_cursors;
    int m_cursorSerial = 0;
    QByteArray m_accessToken = "test-token";
    QByteArray m_clientId, m_clientSecret, m_refreshToken;
    bool m_rotate = false;
    AuthorizationCodes m_codes{"aPrxSF"};
    int m_sessionLength = 0;
    int m_sessionUses = 0;
    int m_refreshes = 0;
    int m_tokenSerial = 0;
    bool m_moveOnRefresh = false;
    bool m_moved = false;
    Fault m_fault;
    int m_requests = 0;
    QList<QByteArray> m_queries;
    int m_batchSize = 2000;
    bool m_shortBatches = false;
    bool m_duplicateFirst = false;
    std::optional<Millis> m_timeoutAbove;
    int m_batches = 0;
    std::function<void(int)> m_afterBatch;
    std::function<QString(const QString &)> m_nextRewrite;
    bool m_multiCurrency = false;
    QStringList m_unsupported;
    int m_describes = 0;
    std::unique_ptr<LoopbackServer> m_server;
};

} // namespace dp::test
