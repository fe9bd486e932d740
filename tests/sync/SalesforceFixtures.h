// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the Salesforce sync tests: a realistic org on the test server and a sync run against it with
// fast retries (the cache dump to compare caches is SyncFixtures' dumpCache).

#include "SalesforceServer.h"
#include "SyncFixtures.h"

#include "sync/salesforce/SalesforceConnector.h"

namespace dp::test {

struct SalesforceShape {
    int users = 4; // the last one inactive, still owning deals
    int contacts = 12;
    int deals = 10;
    int activitiesPerDeal = 4; // an Enhanced Email (Task + EmailMessage), a call, a meeting, a logged email
};

// Ids: users sfId("005", 1..), accounts "001" 1..3, contacts "003" 1.., opportunities "006" 1..,
// contact roles "00K", history "008", tasks "00T", events "00U", email messages "02s" with their relations
// "0EM" (2n to the buyer contact, 2n+1 to the rep user), Enhanced Notes "069" (deals 1, 4, 7: linked through
// "06A" rows to the deal, its first buyer and a user), classic notes "002" (deals 3, 8). Stages: Prospecting,
// Qualification, Proposal/Price Quote, Closed Won, Closed Lost. The org's one currency is USD. Batches of 4.
void fillSalesforce(SalesforceServer &server, const SalesforceShape &shape = {});
// A large org for the benchmark: 12 users, deals / 2 contacts, `deals` opportunities (a history row and two
// contact roles each) with `perDeal` activities each that read like real mail and call notes: Enhanced
// Emails both ways (a Task, the EmailMessage with plain and HTML bodies, quoted replies and signatures, and
// its two relations), logged emails, calls and meetings with notes, and an Enhanced Note on every fifth
// deal. Batches of 500 (Salesforce returns fewer than its 2,000 when records carry long text).
void fillSalesforceVolume(SalesforceServer &server, int deals, int perDeal);
// Records of one object are stamped a minute apart (index 0 at kBaseStamp), so a dataset spans longer
// than the five-minute overlap and resuming from a bookmark really skips what was written.
inline constexpr Millis kSfStep = 60'000;
Millis sfStamp(int index);
QString sfDeal(int index);    // sfId("006", index + 1)
QString sfContact(int index); // sfId("003", index + 1)

// setup.pageSize is the connector's query LIMIT; setup.oauth signs in through the server's token endpoint
// (the instance then comes from the token response).
SyncOutcome syncSalesforce(Database &db, const SalesforceServer &server, const SyncSetup &setup = {});

} // namespace dp::test
