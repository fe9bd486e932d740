// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DealCommands.h"

#include "analytics/sentiment/Learner.h"
#include "analytics/sentiment/SalesScorer.h"
#include "items/DealActions.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace dp {

DealCommands::DealCommands(Database &db, QString cachePath, const Clock &clock, QString user,
                           sentiment::RatingService *ratings)
    : m_cachePath(std::move(cachePath))
    , m_clock(clock)
    , m_user(std::move(user))
    , m_actions(std::make_unique<DealActions>(db, clock, m_user, ratings)) {}

DealCommands::~DealCommands() = default;

DealLoad DealCommands::load(const QString &cachePath, const DealRequest &request, const Clock &clock,
                            bool withScorer) {
    DealLoad result;
    try {
        OpenResult opened = Database::open(cachePath, Database::Mode::ReadWrite);
        if (!opened.ok()) {
            result.error = opened.error;
        } else if (auto details = loadDealDetails(*opened.database, request, clock)) {
            result.details = std::make_shared<const DealDetails>(std::move(*details));
        } else {
            result.error = QCoreApplication::translate("DealLoader", "This deal is no longer in the cache.");
        }
        if (withScorer)
            result.scorer = std::make_shared<const sentiment::SalesScorer>();
    } catch (const std::exception &error) {
        result = {};
        result.error = failureText(error);
    } catch (...) {
        result = {};
        result.error = unknownFailureText();
    }
    return result;
}

std::function<DealLoad()> DealCommands::loader(const DealRequest &request, bool withScorer) const {
    return [path = m_cachePath, request, clock = &m_clock, withScorer] {
        return load(path, request, *clock, withScorer);
    };
}

Outcome<bool> DealCommands::rate(qint64 interactionId, int value, const QString &note) {
    return attempt<bool>([&] {
        bool rescoreNeeded = false;
        m_actions->rate(interactionId, value, note, &rescoreNeeded);
        return rescoreNeeded;
    });
}

std::shared_ptr<const sentiment::Learner> DealCommands::learner() {
    const Outcome<std::shared_ptr<const sentiment::Learner>> copy =
        attempt<std::shared_ptr<const sentiment::Learner>>(
            [&] { return std::make_shared<const sentiment::Learner>(m_actions->learner()); });
    return copy.ok() ? *copy.value : nullptr;
}

Outcome<bool> DealCommands::addNote(qint64 dealId, const QString &text) {
    return attempt<bool>([&] { return m_actions->addNote(dealId, text) != 0; });
}

Outcome<bool> DealCommands::editNote(qint64 noteId, const QString &text) {
    return attempt<bool>([&] { return m_actions->editNote(noteId, text); });
}

Outcome<bool> DealCommands::deleteNote(qint64 noteId) {
    return attempt<bool>([&] { return m_actions->deleteNote(noteId); });
}

Outcome<QList<CoachingNote>> DealCommands::notes(qint64 dealId) {
    return attempt<QList<CoachingNote>>([&] { return m_actions->notes(dealId); });
}

} // namespace dp
