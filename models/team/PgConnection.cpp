// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/PgConnection.h"

#include <QCoreApplication>
#include <libpq-fe.h>
#include <vector>

namespace dp::team {
namespace {

QString serverMessage(const char *message) {
    QString text = QString::fromUtf8(message ? message : "").trimmed();
    // libpq prefixes the severity ("ERROR:  "); the user needs the sentence.
    for (const char *prefix : {"ERROR:", "FATAL:"})
        if (text.startsWith(QLatin1String(prefix)))
            text = text.mid(int(qstrlen(prefix))).trimmed();
    // A hostile or broken server could send anything; a message is one bounded line.
    text = text.left(500);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.isEmpty() ? QCoreApplication::translate("dp::team", "no reason given") : text;
}

} // namespace

PgParams &PgParams::add(const QString &value) {
    QByteArray bytes = value.toUtf8();
    if (bytes.isNull())
        bytes = QByteArray("");
    m_values.append(bytes);
    return *this;
}

PgParams &PgParams::add(const QByteArray &value) {
    m_values.append(value.isNull() ? QByteArray("") : value);
    return *this;
}

PgParams &PgParams::add(qint64 value) {
    m_values.append(QByteArray::number(value));
    return *this;
}

PgParams &PgParams::add(bool value) {
    m_values.append(QByteArray(value ? "true" : "false"));
    return *this;
}

PgParams &PgParams::addNull() {
    m_values.append(std::nullopt);
    return *this;
}

PgResult::~PgResult() {
    PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(other.m_result) {
    other.m_result = nullptr;
}

int PgResult::rows() const {
    return PQntuples(m_result);
}

int PgResult::columns() const {
    return PQnfields(m_result);
}

bool PgResult::isNull(int row, int column) const {
    return row >= rows() || column >= columns() || PQgetisnull(m_result, row, column);
}

const char *PgResult::raw(int row, int column) const {
    if (row < 0 || row >= rows() || column < 0 || column >= columns())
        throw TeamError(
            QCoreApplication::translate("dp::team", "The team server's answer is missing a value."));
    return PQgetvalue(m_result, row, column);
}

QString PgResult::text(int row, int column, int maxBytes) const {
    const char *value = raw(row, column);
    const int length = PQgetlength(m_result, row, column);
    if (length > maxBytes)
        throw TeamError(
            QCoreApplication::translate(
                "dp::team", "The team server sent a value of %1 bytes where at most %2 are expected.")
                .arg(length)
                .arg(maxBytes));
    return QString::fromUtf8(value, length);
}

qint64 PgResult::int64(int row, int column) const {
    bool ok = false;
    const qint64 value = QByteArray(raw(row, column)).toLongLong(&ok);
    if (!ok)
        throw TeamError(QCoreApplication::translate(
                            "dp::team", "The team server sent '%1' where a whole number is expected.")
                            .arg(text(row, column, 64)));
    return value;
}

bool PgResult::boolean(int row, int column) const {
    const QByteArray value(raw(row, column));
    if (value != "t" && value != "f")
        throw TeamError(QCoreApplication::translate(
                            "dp::team", "The team server sent '%1' where true or false is expected.")
                            .arg(text(row, column, 64)));
    return value == "t";
}

std::unique_ptr<PgConnection> PgConnection::open(const ConnectionParameters &parameters) {
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (const auto &[keyword, value] : parameters.values) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *conn = PQconnectdbParams(keywords.data(), values.data(), 0);
    if (!conn)
        throw PgError(QCoreApplication::translate("dp::team", "Cannot reach the team server: out of memory."),
                      {}, true);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString message = serverMessage(PQerrorMessage(conn));
        PQfinish(conn);
        throw PgError(
            QCoreApplication::translate("dp::team", "Cannot connect to the team server: %1").arg(message), {},
            true);
    }
    // The server's notices ("relation already exists, skipping") are for people reading a console, not ours.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::~PgConnection() {
    PQfinish(m_conn);
}

void PgConnection::throwError(pg_result *result) {
    const QByteArray sqlState(result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr);
    const QString message = serverMessage(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    PQclear(result);
    // No SQLSTATE: libpq's own error, as when the socket closed under a statement (libpq may not have marked
    // the connection bad yet); 08xxx: connection exceptions; 57P0x: the server is shutting down. In each the
    // outcome of the statement is unknown.
    const bool lost = PQstatus(m_conn) != CONNECTION_OK || sqlState.isEmpty() || sqlState.startsWith("08") ||
                      sqlState.startsWith("57P");
    throw PgError(lost ? QCoreApplication::translate("dp::team", "Lost the connection to the team server: %1")
                             .arg(message)
                       : QCoreApplication::translate("dp::team", "The team server refused: %1").arg(message),
                  sqlState, lost);
}

PgResult PgConnection::exec(const char *sql, const PgParams &params) {
    std::vector<const char *> values;
    values.reserve(size_t(params.values().size()));
    for (const std::optional<QByteArray> &value : params.values())
        values.push_back(value ? value->constData() : nullptr);
    PGresult *result =
        PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throwError(result);
    return PgResult(result);
}

qint64 PgConnection::copyOutBytes(const char *sql) {
    PGresult *result = PQexec(m_conn, sql);
    if (!result || PQresultStatus(result) != PGRES_COPY_OUT)
        throwError(result);
    PQclear(result);
    qint64 bytes = 0;
    char *buffer = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
        bytes += length;
        PQfreemem(buffer);
    }
    // -1: the copy is done and its final result follows; -2: it failed.
    result = PQgetResult(m_conn);
    const bool ok = length == -1 && result && PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok)
        throwError(result);
    PQclear(result);
    while ((result = PQgetResult(m_conn)))
        PQclear(result);
    return bytes;
}

void PgConnection::execScript(const QByteArray &sql) {
    // PQexec returns only the last statement's result, but stops at the first error, whose result it is.
    PGresult *result = PQexec(m_conn, sql.constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throwError(result);
    PQclear(result);
}

QByteArray PgConnection::quoteIdentifier(const QString &identifier) {
    const QByteArray bytes = identifier.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, bytes.constData(), size_t(bytes.size()));
    if (!quoted)
        throwError(nullptr);
    QByteArray result(quoted);
    PQfreemem(quoted);
    return result;
}

QByteArray PgConnection::quoteLiteral(const QByteArray &literal) {
    char *quoted = PQescapeLiteral(m_conn, literal.constData(), size_t(literal.size()));
    if (!quoted)
        throwError(nullptr);
    QByteArray result(quoted);
    PQfreemem(quoted);
    return result;
}

QByteArray PgConnection::passwordVerifier(const QByteArray &password, const QString &role) {
    char *verifier =
        PQencryptPasswordConn(m_conn, password.constData(), role.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        throwError(nullptr);
    QByteArray result(verifier);
    PQfreemem(verifier);
    return result;
}

QString PgConnection::user() const {
    return QString::fromUtf8(PQuser(m_conn));
}

bool PgConnection::isLost() const {
    return PQstatus(m_conn) != CONNECTION_OK;
}

int PgConnection::socket() const {
    return PQsocket(m_conn);
}

QList<PgNotification> PgConnection::takeNotifications() {
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK)
        throw PgError(QCoreApplication::translate("dp::team", "Lost the connection to the team server: %1")
                          .arg(serverMessage(PQerrorMessage(m_conn))),
                      {}, true);
    QList<PgNotification> notifications;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        notifications.append({QByteArray(notify->relname), QByteArray(notify->extra)});
        PQfreemem(notify);
    }
    return notifications;
}

PgTransaction::PgTransaction(PgConnection &connection, Isolation isolation, bool readOnly)
    : m_connection(connection) {
    QByteArray sql = isolation == Isolation::RepeatableRead ? "BEGIN ISOLATION LEVEL REPEATABLE READ"
                                                            : "BEGIN ISOLATION LEVEL READ COMMITTED";
    if (readOnly)
        sql += " READ ONLY";
    m_connection.exec(sql.constData());
}

PgTransaction::~PgTransaction() {
    if (m_done || m_connection.isLost())
        return;
    try {
        m_connection.exec("ROLLBACK");
    } catch (const TeamError &) {
        // The connection broke meanwhile; the server rolls back a transaction whose connection is gone.
    }
}

void PgTransaction::commit() {
    m_connection.exec("COMMIT");
    m_done = true;
}

} // namespace dp::team
