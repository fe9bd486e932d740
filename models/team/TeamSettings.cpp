// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamSettings.h"

#include "team/TeamServerAddress.h"

#include <QUrl>

namespace dp::team {

QString TeamSettings::address() const {
    const QString url = serverUrl.trimmed();
    const QString login = user.trimmed().toLower();
    if (login.isEmpty() || !addressUser(url).isEmpty())
        return url;
    if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        QUrl parsed(url);
        parsed.setUserName(login);
        return parsed.toString(QUrl::FullyEncoded);
    }
    // key=value form: a quoted value, with libpq's escapes for a quote and a backslash.
    QString quoted = login;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return url + QStringLiteral(" user='") + quoted + QLatin1Char('\'');
}

QString teamPasswordKey(const QString &address) {
    return QStringLiteral("team-server/") + address;
}

} // namespace dp::team
