// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Groups a sync's pages into fewer transactions. Each commit writes every database page it touched to the
// WAL again (the same index pages over and over) and flushes a new search-index segment that later merges
// rewrite; at one commit per page of 100 records that costs about a seventh of the writing thread's time.
// A page and its bookmark are still always written in the same transaction, so whatever stops a sync (an
// error, a cancel, a kill) loses at most the pages since the last commit, and the next sync reads them again
// from the bookmark that was committed with the pages before.

#include "store/Database.h"

#include <QElapsedTimer>
#include <chrono>
#include <optional>

namespace dp::sync {

class PageCommits final {
public:
    explicit PageCommits(Database &db)
        : m_db(db) {}
    ~PageCommits() = default; // an open transaction rolls back
    PageCommits(const PageCommits &) = delete;
    PageCommits &operator=(const PageCommits &) = delete;

    // How many records a transaction gathers before it commits (1: every page commits on its own).
    void setRecordsPerCommit(int records) { m_recordsPerCommit = std::max(1, records); }
    static constexpr int kDefaultRecordsPerCommit = 1000;
    // A transaction open for longer than this commits sooner, so the window shows progress and a cancel
    // loses little; nothing: only the record count decides (tests that count commits want that).
    void setMaxAge(std::optional<std::chrono::milliseconds> age) { m_maxAge = age; }

    // Opens a transaction unless one is open already.
    void beginPage();
    // Ends a page of this many records; true when that committed the transaction.
    bool pageWritten(int records);
    // Commits the open transaction, if any (at the end of an object, or before work that needs its own).
    bool commit();
    // Drops the pages written since the last commit (their bookmark goes with them).
    void rollback() { m_open.reset(); }

private:
    Database &m_db;
    std::optional<Transaction> m_open;
    QElapsedTimer m_openedAt;
    int m_records = 0;
    int m_recordsPerCommit = kDefaultRecordsPerCommit;
    std::optional<std::chrono::milliseconds> m_maxAge = std::chrono::milliseconds(1000);
};

} // namespace dp::sync
