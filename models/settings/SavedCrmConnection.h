// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The connection saved in Settings → CRM with its secrets: what "Sync now", sync on start and `dealpulse
// sync` without credentials in the environment connect with.

#include "sync/CrmSession.h"
#include "sync/SecretStore.h"

#include <QStringList>
#include <optional>

namespace dp {

class SettingsStore;

struct SavedCrmConnection {
    sync::CrmConnection connection;
    QStringList objects; // in the connector's object names
    bool syncOnStart = false;
};

// The connection saved last, with its secrets; nothing when none is complete (error says why when the
// keychain failed).
std::optional<SavedCrmConnection>
loadSavedCrmConnection(const SettingsStore &settings, sync::SecretStore &secrets, QString *error = nullptr);

} // namespace dp
