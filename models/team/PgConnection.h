// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII over one libpq connection to the team server: statements with bound parameters (every value is
// sent apart from the SQL text), results that free themselves, and transactions that roll back unless
// committed. libpq is used only in models/team.

#include "team/TeamError.h"
#include "team/TeamServerAddress.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace dp::team {

// A failed statement or connection, with the server's SQLSTATE when it gave one.
class PgError : public TeamError {
public:
    PgError(const QString &message, const QByteArray &sqlState, bool connectionLost)
        : TeamError(message)
        , m_sqlState(sqlState)
        , m_connectionLost(connectionLost) {}
    QByteArray sqlState() const { return m_sqlState; }
    // The connection broke (server gone, network down): whether the statement took effect is unknown.
    bool connectionLost() const { return m_connectionLost; }
    // SQLSTATE 42501: the server's permissions or row-level security refused the statement.
    bool refused() const { return m_sqlState == "42501"; }

private:
    QByteArray m_sqlState;
    bool m_connectionLost = false;
};

// Statement parameters, in $1, $2, … order; all are sent as text.
class PgParams final {
public:
    PgParams &add(const QString &value);
    PgParams &add(const QByteArray &value);
    PgParams &add(const char *value) { return add(QByteArray(value)); }
    PgParams &add(qint64 value);
    PgParams &add(int value) { return add(qint64(value)); }
    PgParams &add(bool value);
    PgParams &addNull();
    const QList<std::optional<QByteArray>> &values() const { return m_values; }

private:
    QList<std::optional<QByteArray>> m_values;
};

class PgResult final {
public:
    explicit PgResult(pg_result *result)
        : m_result(result) {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    PgResult &operator=(PgResult &&) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    // Values come from the server, so they are checked: a text longer than maxBytes, or a number that does
    // not parse, throws TeamError instead of being used.
    QString text(int row, int column, int maxBytes = 1 << 20) const;
    qint64 int64(int row, int column) const;
    bool boolean(int row, int column) const;

private:
    const char *raw(int row, int column) const;
    pg_result *m_result = nullptr;
};

// A NOTIFY the server delivered to a connection that LISTENs.
struct PgNotification {
    QByteArray channel;
    QByteArray payload;
};

class PgConnection final {
public:
    // Throws PgError when the server cannot be reached or refuses the login.
    static std::unique_ptr<PgConnection> open(const ConnectionParameters &parameters);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    PgResult exec(const char *sql, const PgParams &params = {});
    // COPY … TO STDOUT: the bytes the server sends, counted and dropped (a baseline for benchmarks).
    qint64 copyOutBytes(const char *sql);
    // Several statements without parameters (a migration), run with the simple query protocol.
    void execScript(const QByteArray &sql);

    QByteArray quoteIdentifier(const QString &identifier);
    QByteArray quoteLiteral(const QByteArray &literal);
    // The password's SCRAM verifier, so the plain password never reaches the server or its logs.
    QByteArray passwordVerifier(const QByteArray &password, const QString &role);
    // The login role this connection authenticated as.
    QString user() const;
    bool isLost() const;
    // The socket to watch for what the server sends (notifications, its closing), -1 when there is none.
    int socket() const;
    // Reads what the server has sent, without waiting, and returns the notifications in it. Throws PgError
    // (connection lost) when the server closed the connection or it broke.
    QList<PgNotification> takeNotifications();
    pg_conn *handle() const { return m_conn; }

private:
    explicit PgConnection(pg_conn *conn)
        : m_conn(conn) {}
    [[noreturn]] void throwError(pg_result *result);
    pg_conn *m_conn = nullptr;
};

// BEGIN on construction, ROLLBACK on destruction unless commit() ran.
class PgTransaction final {
public:
    enum class Isolation { ReadCommitted, RepeatableRead };
    explicit PgTransaction(PgConnection &connection, Isolation isolation = Isolation::ReadCommitted,
                           bool readOnly = false);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    void commit();

private:
    PgConnection &m_connection;
    bool m_done = false;
};

} // namespace dp::team
