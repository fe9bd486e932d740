// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's team server: its address and the user's login, kept in the settings (SettingsStore); the
// password is kept only in the keychain, under the key the CLI reads too (teamPasswordKey of the full
// address), so `dealpulse team sync --server ADDRESS` and the window share it.

#include <QString>

namespace dp::team {

struct TeamSettings {
    QString serverUrl; // a libpq URL or key=value string, as the user typed it
    QString user;      // the login (an email); empty when the address names it

    bool isConfigured() const { return !serverUrl.trimmed().isEmpty(); }
    // The address with the user in it (unless it names one already): what the CLI's --server takes.
    QString address() const;
};

// The keychain key of the password for a server address.
QString teamPasswordKey(const QString &address);

} // namespace dp::team
