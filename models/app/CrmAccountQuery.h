// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CRM account the last sync left in the open cache (HubSpot portal, Salesforce address), from which
// links to a deal's page in its CRM are made.

#include "sync/CrmLinks.h"

namespace dp {

class CacheSession;

// Read from the session's GUI-thread connection each time, so a sync that just learnt the account counts at
// once. An empty account when no cache is open or its meta cannot be read (no link, as before a sync).
sync::CrmAccount crmAccountOf(const CacheSession *session);

} // namespace dp
