// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The directions of interactions that their addresses decided (domain/Records.h, DirectionRule), read and
// written again when "our email domains" change, and the deals such a change concerns.

#include "domain/Records.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace dp {

class Database;

// An interaction whose direction its addresses decided, with what deciding it again needs.
struct AddressDecided {
    qint64 interactionId = 0;
    std::optional<Direction> direction;
    std::optional<DirectionRule> rule;
    QString fromAddress;
    QStringList recipients; // to, then cc
    // Forwarded emails only: the sender is a buyer contact of one of the interaction's deals.
    bool senderIsDealContact = false;
};

class DirectionStore final {
public:
    explicit DirectionStore(Database &db)
        : m_db(db) {}

    // How many interactions forEachAddressDecided() visits.
    int addressDecidedCount();
    // Visits every interaction whose addresses decided its direction, until `visit` returns false. Writing
    // while visiting is not allowed: gather, then setDirections().
    void forEachAddressDecided(const std::function<bool(const AddressDecided &)> &visit);
    // Writes the new directions; the interactions' update trigger marks their deals for recompute.
    void setDirections(const QHash<qint64, Direction> &directions);
    // Marks for recompute the deals with an interaction on which a contact of one of `domains` (lower case)
    // appears. Returns how many deals were marked.
    int markDealsWithContactsOn(const QStringList &domains);

private:
    Database &m_db;
};

} // namespace dp
