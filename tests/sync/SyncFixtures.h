// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the sync tests and the bench: a realistic HubSpot dataset on the test server, a sync run
// against it with fast retries, and a canonical text dump of a cache to compare two caches exactly.

#include "HubSpotServer.h"

#include "store/Database.h"
#include "sync/engine/SyncEngine.h"
#include "sync/http/OAuthTokens.h"
#include "sync/hubspot/HubSpotConnector.h"

#include <QStringList>
#include <functional>

namespace dp::test {

inline constexpr Millis kBaseStamp = 1714521600000; // 2024-05-01T00:00:00Z

struct DatasetShape {
    int owners = 4;
    int contacts = 12;
    int deals = 10;
    int engagementsPerDeal = 4; // spread over emails, calls, meetings and notes
};

// Owners (one archived, owning a deal), one pipeline with an open, a won and a lost stage, contacts,
// deals (each with two contacts) and engagements associated with a deal and a contact. Ids: owners
// 100+, contacts 1000+, deals 5000+, engagements 20000+ (by type: emails, calls, meetings, notes).
void fillHubSpot(HubSpotServer &server, const DatasetShape &shape = {});
QJsonArray standardPipelines();

struct SyncOutcome {
    bool ok = false;
    sync::SyncError::Kind errorKind = sync::SyncError::Kind::Protocol;
    QString error;
    sync::SyncReport report;
    int requests = 0;
};

struct SyncSetup {
    QByteArray token = "test-token";
    std::optional<sync::OAuthClient> oauth;
    int pageSize = 3;     // small pages so a small dataset makes many pages
    Millis startedAt = 0; // 0: the system clock
    std::function<void(sync::SyncRun &)> prepare;
    sync::RetrySettings retry{3, std::chrono::milliseconds(1), std::chrono::milliseconds(5),
                              std::chrono::milliseconds(2000)};
    QStringList objects;
    // Short, so the stall tests run fast; the bench's large searches need longer.
    std::chrono::milliseconds stallTimeout{1500};
    // As the app groups pages; the fault tests also commit every page, for a fault point after each.
    int recordsPerCommit = sync::PageCommits::kDefaultRecordsPerCommit;
};

// Options for a sync that scores and recomputes as the app's do (analyticsSyncHooks, default settings).
sync::SyncOptions syncOptions(const QStringList &objects = {});

// Runs a whole sync with the setup's clock, objects and hooks; errors become the outcome.
SyncOutcome runConnector(Database &db, sync::Connector &connector, const sync::ApiClient &api,
                         const SyncSetup &setup);
SyncOutcome syncHubSpot(Database &db, const HubSpotServer &server, const SyncSetup &setup = {});

// Every synced fact the user can see (deleted deals and interactions left out, as the app leaves them out),
// one line each, sorted: two caches hold the same data exactly when their dumps are equal.
// withFigures adds each deal's stored health figures (deterministic only when syncs ran on a fixed clock).
// withHistory: field changes, which a cache that saw earlier values rightly has and a fresh one has not.
QStringList dumpCache(Database &db, bool withFigures = false, bool withHistory = true);

// What PRAGMA integrity_check says of the cache: "ok" when it is sound.
QString integrityCheck(Database &db);
// How a cache that went through interruptions differs from a fresh one (dumpCache without history: the
// interrupted cache saw values a fresh one never did): a few lines only in each; empty when they are equal.
QString cacheDifference(Database &interrupted, Database &fresh);

// The tests' own keychain (tests registered with KEYCHAIN run in tests/support/with-keyring.sh): false,
// with the reason, when this process is not in one, so a test never touches the user's keychain.
bool inTestKeychain(QString *why);
// A secret the app keeps in the keychain (service "Dealpulse"); empty when there is none.
QByteArray secretInKeychain(const QString &key);
void storeInKeychain(const QString &key, const QByteArray &secret);
// Forgets what earlier tests left in the keychain: the CRM secrets of the window and of the command line.
void clearKeychain();
// Every synced fact of the cache at path (dumpCache), for comparing caches the CLI wrote.
QStringList dumpCacheFile(const QString &path);

} // namespace dp::test
