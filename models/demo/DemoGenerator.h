// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes a deterministic demo pipeline into a cache through the same store API that CRM sync uses: teams
// and reps, buyer accounts and contacts, open and closed deals with their field history, and the emails,
// meetings, calls and notes around them, shaped so that every pattern the dashboard looks for shows up.

#include "domain/Clock.h"

#include <QtGlobal>
#include <functional>

namespace dp {

class Database;

struct DemoOptions {
    quint64 seed = 1;
    int deals = 600;
    Millis now = 0; // every instant in the demo is relative to this
};

struct DemoSummary {
    int teams = 0;
    int owners = 0;
    int accounts = 0;
    int contacts = 0;
    int deals = 0;
    int interactions = 0;
};

class DemoGenerator final {
public:
    DemoGenerator(Database &db, DemoOptions options);

    // progress(done, total) is called now and then with deals written so far; return false to cancel
    // (what was committed stays; the cache remains consistent). Returns what was written.
    DemoSummary run(const std::function<bool(int done, int total)> &progress = {});

private:
    Database &m_db;
    DemoOptions m_options;
};

} // namespace dp
