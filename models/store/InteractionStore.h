// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Emails, meetings, calls and notes, and which deals and buyer contacts each concerns.

#include "domain/Records.h"

#include <QHash>
#include <QList>
#include <optional>

namespace dp {

class Database;

struct InteractionRow {
    qint64 id = 0;
    Interaction interaction;
    std::optional<double> sentiment;
};

struct UpsertOutcome {
    qint64 id = 0;
    bool created = false;
    bool changed = false; // created, or an existing row's fields or links changed
    // Remote ids of the linked deals and contacts not (yet) in the cache.
    QStringList unresolvedDeals;
    QStringList unresolvedContacts;
};

// Deal and contact ids resolved for links are remembered for the life of the object (a page of a sync links
// dozens of interactions to the same few deals): keep one for a transaction or a run that deletes no deals.
class InteractionStore final {
public:
    explicit InteractionStore(Database &db)
        : m_db(db) {}

    // Idempotent by (source, remote id). The interaction's links become exactly the ones given that resolve.
    // A changed subject, body or transcript clears the stored sentiment, so the next scoring reads the new
    // text.
    UpsertOutcome upsert(const Interaction &interaction);

    std::optional<qint64> interactionId(const QString &source, const QString &remoteId);
    // The stored transcript ("" when none or not cached).
    QString transcript(const QString &source, const QString &remoteId);
    // Newest first, deleted ones left out.
    QList<InteractionRow> timeline(qint64 dealId, int limit = -1);
    int count();

private:
    // Fills outcome's unresolved ids; true when a link was added or dropped.
    bool replaceLinks(qint64 interactionId, bool isNew, const Interaction &interaction,
                      UpsertOutcome &outcome);

    Database &m_db;
    QHash<QString, qint64> m_dealIds;    // "source\x1fremote id" → row id
    QHash<QString, qint64> m_contactIds; // likewise
};

} // namespace dp
