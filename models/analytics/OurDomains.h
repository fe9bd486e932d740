// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Applies the user's "our email domains" to a cache. The directions the addresses decided (emails HubSpot
// gave no direction, forwarded emails, the demo's mail) are decided again with the new domains, so a
// colleague on a domain the CRM did not know is no longer read as the buyer writing; the deals whose
// directions moved, or whose contacts changed side (buyer contacts engaged never counts our own people),
// are marked for recompute. Directions the CRM itself gave are left alone.

#include <QStringList>
#include <functional>
#include <optional>

namespace dp {

class Database;

struct OurDomainsChange {
    int examined = 0; // interactions whose direction the addresses decide
    int directionsChanged = 0;
    int dealsWithContactsMoved = 0; // deals with a contact on a domain that changed side
};

// True when `domains` differ from the ones the cache last applied.
bool ourDomainsDiffer(Database &db, const QStringList &domains);

// Stores `domains` in the cache and decides again as described above, inside the caller's transaction when
// one is open (the caller then recomputes the marked deals). `progress` (may be empty) is asked every few
// hundred interactions with (done, total); nothing is returned once it asked to stop, and the caller rolls
// back.
std::optional<OurDomainsChange> applyOurDomains(Database &db, const QStringList &domains,
                                                const std::function<bool(int done, int total)> &progress);

} // namespace dp
