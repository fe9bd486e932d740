// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamCheck.h"

#include "team/PgConnection.h"
#include "team/TeamMembers.h"
#include "team/TeamSchema.h"

#include <QCoreApplication>

namespace dp::team {

TeamCheckResult checkTeamServer(const QString &address, const QByteArray &password) {
    TeamCheckResult result;
    QString error;
    const std::optional<ConnectionParameters> parameters = connectionParameters(address, password, &error);
    if (!parameters) {
        result.error = error;
        return result;
    }
    try {
        const std::unique_ptr<PgConnection> connection = PgConnection::open(*parameters);
        TeamSchema::requireCompatible(*connection);
        result.schemaVersion = TeamSchema::serverVersion(*connection);
        const std::optional<MemberInfo> member = currentMember(*connection);
        if (!member) {
            result.error =
                QCoreApplication::translate(
                    "dp::team", "Signed in as %1, who is not a member of the team; ask an administrator to "
                                "add them with dealpulse team add-user.")
                    .arg(connection->user());
            return result;
        }
        result.role = memberRoleKey(member->role);
        result.team = member->team;
    } catch (const TeamError &failure) {
        result.error = failure.message();
    }
    return result;
}

} // namespace dp::team
