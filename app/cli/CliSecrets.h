// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The secret store of command-line syncs: the OS keychain, as in the app. Debug builds (the tests) may name a
// file in DEALPULSE_TEST_SECRET_FILE instead, so CLI tests need no keychain; release builds ignore it.

#include "sync/SecretStore.h"

#include <memory>

namespace dp::cli {

std::unique_ptr<sync::SecretStore> openCliSecretStore();
// How the notice names where a secret went: "the keychain" (or the test file).
QString secretStoreName();

} // namespace dp::cli
