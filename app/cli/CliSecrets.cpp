// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSecrets.h"

#include "settings/KeychainSecretStore.h"

#include <QCoreApplication>

namespace dp::cli {

std::unique_ptr<sync::SecretStore> openCliSecretStore() {
    return std::make_unique<KeychainSecretStore>();
}

QString secretStoreName() {
    return QCoreApplication::translate("dp::cli", "the system keychain");
}

} // namespace dp::cli
