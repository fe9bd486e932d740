// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DesktopIdentity.h"

#include "settings/SettingsStore.h"
#include "team/TeamServerAddress.h"
#include "team/TeamSettings.h"

namespace dp {

DesktopIdentity::DesktopIdentity(const team::TeamSettings &team, const QString &configuredName,
                                 const QString &osAccount) {
    if (team.isConfigured()) {
        // As TeamSettings::address() logs in: the login lower-cased, unless the address names its own.
        QString login = team::addressUser(team.serverUrl.trimmed()).trimmed();
        if (login.isEmpty())
            login = team.user.trimmed().toLower();
        if (!login.isEmpty()) {
            m_name = login;
            m_source = Source::TeamLogin;
            return;
        }
    }
    if (const QString configured = configuredName.trimmed(); !configured.isEmpty()) {
        m_name = configured;
        m_source = Source::ConfiguredName;
        return;
    }
    if (const QString account = osAccount.trimmed(); !account.isEmpty()) {
        m_name = account;
        m_source = Source::OsAccount;
    }
}

DesktopIdentity DesktopIdentity::of(const SettingsStore &settings) {
    return DesktopIdentity(settings.team(), settings.userName(), osAccount());
}

QString DesktopIdentity::osAccount() {
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

bool DesktopIdentity::isSelf(const QString &who) const {
    return !m_name.isEmpty() && QString::compare(who.trimmed(), m_name, Qt::CaseInsensitive) == 0;
}

} // namespace dp
