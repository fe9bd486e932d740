// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the user chooses to sync in Settings → CRM (contacts, deals, emails, calls, meetings, notes), in each
// connector's own object names, with the objects the others need always included.

#include "sync/CrmSession.h"

namespace dp::sync {

// The choices a user may turn off, in the order Settings shows them.
const QStringList &crmChoices();

// HubSpot: owners, pipelines, then the chosen types. Salesforce: User, Account and the stage picklist, then
// the objects behind each choice (emails and calls both come from Task; emails bring the relations naming
// their buyer contacts; notes are Enhanced Notes and classic notes).
QStringList objectsToSync(CrmConnection::Source source, const QStringList &choices);

} // namespace dp::sync
