// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamMembers.h"

#include "team/PgConnection.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace dp::team {
namespace {

// PostgreSQL's NAMEDATALEN - 1: a longer role name would be cut silently.
constexpr int kMaxRoleNameBytes = 63;

QByteArray groupRole(MemberRole role) {
    switch (role) {
    case MemberRole::Rep:
        return "dealpulse_rep";
    case MemberRole::Manager:
        return "dealpulse_manager";
    case MemberRole::Admin:
        return "dealpulse_admin";
    }
    return "dealpulse_rep";
}

} // namespace

QString memberRoleKey(MemberRole role) {
    switch (role) {
    case MemberRole::Rep:
        return QStringLiteral("rep");
    case MemberRole::Manager:
        return QStringLiteral("manager");
    case MemberRole::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("rep");
}

std::optional<MemberRole> memberRoleFromKey(const QString &key) {
    for (MemberRole role : {MemberRole::Rep, MemberRole::Manager, MemberRole::Admin})
        if (memberRoleKey(role) == key)
            return role;
    return std::nullopt;
}

QByteArray generatePassword() {
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString emailProblem(const QString &email) {
    static const QRegularExpression shape(QStringLiteral("^[^@\\s\"]+@[^@\\s\"]+$"));
    if (!shape.match(email).hasMatch())
        return QCoreApplication::translate("dp::team", "'%1' is not an email address.").arg(email);
    if (email.toUtf8().size() > kMaxRoleNameBytes)
        return QCoreApplication::translate(
                   "dp::team", "The email %1 is longer than the %2 bytes a team server login can have.")
            .arg(email)
            .arg(kMaxRoleNameBytes);
    return {};
}

void addMember(PgConnection &connection, const NewMember &member) {
    const QString email = member.email.trimmed().toLower();
    if (const QString problem = emailProblem(email); !problem.isEmpty())
        throw TeamError(problem);
    if (member.password.size() < 8)
        throw TeamError(
            QCoreApplication::translate("dp::team", "A team server password has at least 8 characters."));
    PgTransaction transaction(connection);
    if (connection.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", PgParams().add(email)).rows() > 0)
        throw TeamError(
            QCoreApplication::translate("dp::team", "%1 already has a login on the team server.").arg(email));
    // Role statements take no parameters, so the name and the verifier are quoted by libpq.
    QByteArray sql = "CREATE ROLE " + connection.quoteIdentifier(email) + " LOGIN";
    // CREATEROLE is an attribute, not inherited through dealpulse_admin: an admin needs it to add people.
    if (member.role == MemberRole::Admin)
        sql += " CREATEROLE";
    sql += " PASSWORD " + connection.quoteLiteral(connection.passwordVerifier(member.password, email));
    sql += " IN ROLE " + groupRole(member.role);
    connection.exec(sql.constData());
    connection.exec("INSERT INTO members(email, role, team) VALUES ($1, $2, $3)",
                    PgParams().add(email).add(memberRoleKey(member.role)).add(member.team.trimmed()));
    transaction.commit();
}

std::optional<MemberInfo> currentMember(PgConnection &connection) {
    const PgResult result =
        connection.exec("SELECT email, role, team FROM members WHERE email = current_user");
    if (result.rows() == 0)
        return std::nullopt;
    const std::optional<MemberRole> role = memberRoleFromKey(result.text(0, 1, 16));
    if (!role)
        throw TeamError(
            QCoreApplication::translate("dp::team", "The team server gave an unknown role for %1.")
                .arg(result.text(0, 0, 320)));
    return MemberInfo{result.text(0, 0, 320), *role, result.text(0, 2, 1000)};
}

} // namespace dp::team
