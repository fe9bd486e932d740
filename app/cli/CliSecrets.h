// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The secret store of command-line syncs: the OS keychain, as in the app (the same entries, so a connection
// saved in the window's Settings → CRM serves `dealpulse sync` too).

#include "sync/SecretStore.h"

#include <memory>

namespace dp::cli {

std::unique_ptr<sync::SecretStore> openCliSecretStore();
// How the notice names where a secret went.
QString secretStoreName();

} // namespace dp::cli
