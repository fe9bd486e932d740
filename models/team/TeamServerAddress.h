// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The team server's address as the user gives it (a libpq URL or key=value string), turned into libpq's
// connection parameters with our rules applied: a server that is not on this computer is reached only with
// TLS and a verified certificate (sslmode=verify-full), and a connection attempt gives up after a while
// instead of hanging.

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace dp::team {

struct ConnectionParameters {
    // libpq keywords and values, in order; PQconnectdbParams reads them as given (expand_dbname off).
    QList<std::pair<QByteArray, QByteArray>> values;

    std::optional<QByteArray> value(const char *keyword) const;
    void set(const char *keyword, const QByteArray &value);
};

// True for a Unix socket path or a host name/address that means this computer.
bool isLocalHost(const QString &host);

// Parses the address; returns nothing and sets *error (one sentence) when it is malformed or asks for a
// remote server without certificate verification. password, when given and the address has none, is added.
std::optional<ConnectionParameters> connectionParameters(const QString &address, const QByteArray &password,
                                                         QString *error);

// The login role named in the address, or empty.
QString addressUser(const QString &address);

} // namespace dp::team
