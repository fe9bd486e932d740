// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One deal with a story the deal page must tell: named buyer contacts, an inbound email with negative words,
// an outbound nudge, a meeting with a transcript, a note, an email whose HTML tries every way to load or run
// something, and a close date pushed twice. Written through the store API; scoring and analytics are left
// to the test.

#include "domain/Clock.h"
#include "store/Database.h"

namespace dp::test {

struct DealPageFixture {
    qint64 dealId = 0;
    Millis asOf = 0;
    // Interaction ids, newest first as the timeline shows them.
    qint64 hostileEmail = 0; // asOf − 5 days, inbound from Sam Lee
    qint64 note = 0;         // asOf − 10 days
    qint64 nudge = 0;        // asOf − 25 days, outbound to Dana
    qint64 freezeEmail = 0;  // asOf − 30 days, inbound from Dana, cc Sam: "budget freeze", "not a priority"
    qint64 meeting = 0;      // asOf − 40 days, completed, with a transcript

    static DealPageFixture write(Database &db, Millis asOf);
    // The HTML of the hostile email.
    static QString hostileHtml();
};

} // namespace dp::test
