// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TeamConnection.h"

#include "cli/CacheArgument.h"
#include "cli/CliSecrets.h"
#include "team/TeamSettings.h"

#include <QCoreApplication>

namespace dp::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::cli", text);
}

QByteArray teamPassword(const QString &address) {
    if (qEnvironmentVariableIsSet("DEALPULSE_TEAM_PASSWORD"))
        return qgetenv("DEALPULSE_TEAM_PASSWORD");
    QString error;
    const std::unique_ptr<sync::SecretStore> secrets = openCliSecretStore();
    // No password at all is fine for a server that trusts this computer's socket (peer authentication).
    return secrets->read(team::teamPasswordKey(address), &error).value_or(QByteArray());
}

} // namespace

void addServerOption(QCommandLineParser &parser) {
    parser.addOption(
        {QStringLiteral("server"),
         tr("The team server: a PostgreSQL address, e.g. postgresql://ana%40example.com@db.example.com/"
            "dealpulse (the password comes from DEALPULSE_TEAM_PASSWORD or the keychain; a server "
            "not on this computer is reached with TLS and a verified certificate)."),
         QStringLiteral("URL")});
}

std::unique_ptr<team::PgConnection> openTeamServer(const QCommandLineParser &parser, const QString &verb,
                                                   int *exitCode) {
    const QString address = parser.value(QStringLiteral("server")).trimmed();
    if (address.isEmpty()) {
        *exitCode = fail(verb, tr("--server URL is required"), kExitUsage);
        return nullptr;
    }
    QString error;
    const std::optional<team::ConnectionParameters> parameters =
        team::connectionParameters(address, teamPassword(address), &error);
    if (!parameters) {
        *exitCode = fail(verb, error, kExitUsage);
        return nullptr;
    }
    try {
        return team::PgConnection::open(*parameters);
    } catch (const team::TeamError &failure) {
        *exitCode = fail(verb, failure.message(), kExitFailure);
        return nullptr;
    }
}

} // namespace dp::cli
