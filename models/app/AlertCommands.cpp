// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AlertCommands.h"

#include "app/CacheSession.h"
#include "tasks/FailureText.h"

#include <QDateTime>

namespace dp {

AlertCommands::AlertCommands(CacheSession &session, std::shared_ptr<const Clock> clock, QString user)
    : m_session(session)
    , m_clock(std::move(clock))
    , m_user(std::move(user)) {}

QDate AlertCommands::today() const {
    return QDateTime::fromMSecsSinceEpoch(m_clock->now(), m_zone).date();
}

AlertLists AlertCommands::read(AlertStore &store) {
    AlertLists lists;
    lists.activeSnoozes = store.activeSnoozes(today());
    lists.snoozes = store.snoozes();
    lists.seenBands = store.seenBands();
    return lists;
}

namespace {

// Runs `write`, then reads the lists again; an exception becomes the outcome's error.
template <typename Write>
AlertOutcome attempt(AlertStore &store, Write write, const std::function<AlertLists(AlertStore &)> &read) {
    AlertOutcome outcome;
    try {
        write(outcome);
        outcome.lists = read(store);
    } catch (const std::exception &error) {
        outcome.error = failureText(error);
    } catch (...) {
        outcome.error = unknownFailureText();
    }
    return outcome;
}

} // namespace

AlertOutcome AlertCommands::snooze(qint64 dealId, HealthBand band, const QString &reason,
                                   const QDate &resumeOn) {
    AlertStore store(m_session.database());
    return attempt(
        store,
        [&](AlertOutcome &outcome) {
            AlertSnooze snooze;
            snooze.dealId = dealId;
            snooze.band = band;
            snooze.reason = reason;
            snooze.resumeOn = resumeOn;
            snooze.snoozedBy = m_user;
            snooze.snoozedAt = m_clock->now();
            outcome.snoozeId = store.snooze(snooze);
        },
        [this](AlertStore &s) { return read(s); });
}

AlertOutcome AlertCommands::undoSnooze(qint64 snoozeId) {
    AlertStore store(m_session.database());
    return attempt(
        store, [&](AlertOutcome &) { store.removeSnooze(snoozeId); },
        [this](AlertStore &s) { return read(s); });
}

AlertOutcome AlertCommands::markSeen(const QHash<qint64, HealthBand> &shown) {
    AlertStore store(m_session.database());
    return attempt(
        store,
        [&](AlertOutcome &outcome) {
            outcome.seenBefore = store.seen();
            store.markSeen(shown, m_clock->now());
        },
        [this](AlertStore &s) { return read(s); });
}

AlertOutcome AlertCommands::restoreSeen(const QList<qint64> &dealIds,
                                        const QHash<qint64, AlertSeen> &before) {
    AlertStore store(m_session.database());
    return attempt(
        store, [&](AlertOutcome &) { store.restoreSeen(dealIds, before); },
        [this](AlertStore &s) { return read(s); });
}

AlertOutcome AlertCommands::reload() {
    AlertStore store(m_session.database());
    return attempt(
        store, [](AlertOutcome &) {}, [this](AlertStore &s) { return read(s); });
}

} // namespace dp
