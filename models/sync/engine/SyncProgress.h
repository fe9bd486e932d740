// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a running sync tells the UI and the CLI, and what it reports when it ends.

#include <QString>
#include <QStringList>
#include <optional>

namespace dp::sync {

struct SyncProgress {
    QString object;      // e.g. "deals"
    int objectIndex = 0; // 1-based
    int objectCount = 0;
    qint64 records = 0; // records written so far, all objects
    qint64 pages = 0;
    double recordsPerSecond = 0;
    std::optional<qint64> objectTotal; // when the service says how many there are
    qint64 objectRecords = 0;
    std::optional<int> etaSeconds;
};

// Data that was stored as faithfully as possible but is worth a look (junk amounts, unknown stages, ...).
struct SyncWarnings {
    int count = 0;
    QStringList samples; // the first few, for the log and the CLI

    void add(const QString &text) {
        ++count;
        if (samples.size() < 10)
            samples.append(text);
    }
    // Another thread's warnings (a prefetched page's), counted in.
    void add(const SyncWarnings &other) {
        count += other.count;
        for (const QString &text : other.samples)
            if (samples.size() < 10)
                samples.append(text);
    }
};

struct SyncReport {
    qint64 records = 0;
    qint64 pages = 0;
    qint64 deletions = 0;
    int requests = 0;
    int dealsRecomputed = 0;
    int interactionsScored = 0; // new or changed interactions given a sentiment score
    int pendingLinks = 0;       // links to records the service has not returned (yet)
    SyncWarnings warnings;
    double seconds = 0;
    double recomputeSeconds = 0; // of which the analytics recompute at the end
};

} // namespace dp::sync
