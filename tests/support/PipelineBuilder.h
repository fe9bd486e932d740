// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds small, exact pipelines for tests through the store API: one rep, one account, named deals and
// interactions at given instants.

#include "domain/Records.h"
#include "store/Database.h"

#include <optional>

namespace dp::test {

class PipelineBuilder final {
public:
    explicit PipelineBuilder(Database &db);

    // An open deal of the rep at the account, created at `createdAt`.
    PipelineBuilder &deal(const QString &remoteId, Millis createdAt, std::optional<double> amount = 10000.0);
    // A deal closed 60 days after `createdAt` (its close date), with no stage history.
    PipelineBuilder &closedDeal(const QString &remoteId, Millis createdAt, bool won);
    // An email from buyer contact `contact` (1..3), or from the rep when contact is 0.
    PipelineBuilder &email(const QString &dealRemoteId, Millis at, int contact);
    // The same with the given subject and body.
    PipelineBuilder &email(const QString &dealRemoteId, Millis at, int contact, const QString &subject,
                           const QString &body);
    PipelineBuilder &meeting(const QString &dealRemoteId, Millis at, const QString &outcome, int contact);
    PipelineBuilder &closeDateChange(const QString &dealRemoteId, Millis at, const QString &from,
                                     const QString &to);
    PipelineBuilder &stageChange(const QString &dealRemoteId, Millis at, const QString &from,
                                 const QString &to);
    // The deal "sour", whose buyer calls the plan "wobbly" in two emails (interactions i1 and i2, three and
    // two days before `now`): a word the base lexicon does not know, for what ratings teach the lexicon.
    PipelineBuilder &wobblyDeal(Millis now);

    static inline const QString kSource = QStringLiteral("test");

private:
    Database &m_db;
    int m_nextInteraction = 1;
};

} // namespace dp::test
