// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <libpq-fe.h>

namespace dp::team {
namespace {

// Seconds libpq waits for a server before giving up (its default waits forever).
constexpr const char *kConnectTimeout = "10";

bool isLoopbackAddress(QStringView host) {
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return host == u"::1" || host == u"[::1]" || ipv4Loopback.match(host).hasMatch();
}

} // namespace

std::optional<QByteArray> ConnectionParameters::value(const char *keyword) const {
    for (const auto &[key, value] : values)
        if (key == keyword)
            return value;
    return std::nullopt;
}

void ConnectionParameters::set(const char *keyword, const QByteArray &value) {
    for (auto &entry : values) {
        if (entry.first == keyword) {
            entry.second = value;
            return;
        }
    }
    values.append({QByteArray(keyword), value});
}

bool isLocalHost(const QString &host) {
    // Empty means libpq's default socket; '/' and '@' start a socket path (the latter an abstract one).
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@')))
        return true;
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || isLoopbackAddress(host);
}

std::optional<ConnectionParameters> connectionParameters(const QString &address, const QByteArray &password,
                                                         QString *error) {
    if (address.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("dp::team", "The team server address is empty.");
        return std::nullopt;
    }
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(address.toUtf8().constData(), &parseError);
    if (!options) {
        *error = QCoreApplication::translate("dp::team", "The team server address cannot be read: %1")
                     .arg(parseError ? QString::fromUtf8(parseError).trimmed()
                                     : QCoreApplication::translate("dp::team", "out of memory"));
        PQfreemem(parseError);
        return std::nullopt;
    }
    ConnectionParameters parameters;
    for (PQconninfoOption *option = options; option->keyword; ++option)
        if (option->val)
            parameters.values.append({QByteArray(option->keyword), QByteArray(option->val)});
    PQconninfoFree(options);

    // host and hostaddr may each list several servers; every one must be local for TLS to be optional.
    QStringList hosts;
    for (const char *keyword : {"host", "hostaddr"})
        if (const auto list = parameters.value(keyword))
            hosts += QString::fromUtf8(*list).split(QLatin1Char(','));
    if (hosts.isEmpty()) {
        // Without host or hostaddr libpq falls back to PGHOST / PGHOSTADDR, then to the local socket.
        for (const char *variable : {"PGHOST", "PGHOSTADDR"})
            if (qEnvironmentVariableIsSet(variable))
                hosts += qEnvironmentVariable(variable).split(QLatin1Char(','));
    }
    QString remote;
    for (const QString &host : std::as_const(hosts))
        if (!isLocalHost(host.trimmed()))
            remote = host.trimmed();
    if (!remote.isEmpty()) {
        const std::optional<QByteArray> mode = parameters.value("sslmode");
        if (mode && *mode != "verify-full") {
            *error =
                QCoreApplication::translate(
                    "dp::team",
                    "The team server %1 is not on this computer, so its certificate must be verified: use "
                    "sslmode=verify-full, not %2.")
                    .arg(remote, QString::fromUtf8(*mode));
            return std::nullopt;
        }
        parameters.set("sslmode", "verify-full");
    }
    if (!parameters.value("connect_timeout"))
        parameters.set("connect_timeout", kConnectTimeout);
    if (!password.isEmpty() && !parameters.value("password"))
        parameters.set("password", password);
    parameters.set("application_name", "dealpulse");
    parameters.set("client_encoding", "UTF8");
    return parameters;
}

QString addressUser(const QString &address) {
    QString unused;
    const std::optional<ConnectionParameters> parameters = connectionParameters(address, {}, &unused);
    if (!parameters)
        return {};
    return QString::fromUtf8(parameters->value("user").value_or(QByteArray()));
}

} // namespace dp::team
