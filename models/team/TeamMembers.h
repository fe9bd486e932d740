// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The people on the team server: each has a PostgreSQL login role named by their email, a member of
// dealpulse_rep, dealpulse_manager or dealpulse_admin, and a row in members saying which team they are on.

#include <QByteArray>
#include <QString>
#include <optional>

namespace dp::team {

class PgConnection;

enum class MemberRole { Rep, Manager, Admin };

QString memberRoleKey(MemberRole role); // "rep", "manager", "admin"
std::optional<MemberRole> memberRoleFromKey(const QString &key);

struct NewMember {
    QString email; // lowercased before use
    MemberRole role = MemberRole::Rep;
    QString team;
    QByteArray password;
};

// A password to print once: 24 characters from the system's random source.
QByteArray generatePassword();

// One sentence when the email cannot name a login role (PostgreSQL role names hold 63 bytes), else empty.
QString emailProblem(const QString &email);

// Creates the login role and the members row in one transaction. Needs a connection allowed to create
// roles (an admin, or the superuser who ran team init). Throws TeamError (PgError) with the reason.
void addMember(PgConnection &connection, const NewMember &member);

struct MemberInfo {
    QString email;
    MemberRole role = MemberRole::Rep;
    QString team;
};

// The connection's own row in members; nothing when the login role is not a member.
std::optional<MemberInfo> currentMember(PgConnection &connection);

} // namespace dp::team
