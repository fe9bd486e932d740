// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Test connection" for the team server: log in, read the schema version and the user's role. Blocking
// (libpq): run it off the GUI thread.

#include <QByteArray>
#include <QString>

namespace dp::team {

struct TeamCheckResult {
    int schemaVersion = 0;
    QString role; // "rep", "manager" or "admin"
    QString team;
    QString error; // one sentence for the user; empty on success

    bool ok() const { return error.isEmpty(); }
};

TeamCheckResult checkTeamServer(const QString &address, const QByteArray &password);

} // namespace dp::team
