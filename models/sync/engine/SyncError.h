// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a sync stopped, in words a user can act on. Connectors throw it; the engine reports it.

#include <QString>
#include <stdexcept>

namespace dp::sync {

class SyncError : public std::runtime_error {
public:
    enum class Kind {
        Cancelled,
        Credentials,  // expired or revoked credentials: reconnect
        Scopes,       // the token lacks a permission
        Quota,        // the daily API limit is used up
        Unreachable,  // network down, or the service kept failing after every retry
        Protocol,     // the service answered something we cannot read
        QueryTimeout, // Salesforce QUERY_TIMEOUT: the caller narrows its window
        StaleCursor,  // Salesforce INVALID_QUERY_LOCATOR: the caller runs its query again
        Store,        // the cache could not be written
    };
    SyncError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind) {}
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromStdString(what()); }
    // The HTTP status of an answer the service refused outright (Protocol), so a caller may treat one it
    // expects, such as 404 for an optional record, as no record; 0 otherwise.
    int httpStatus() const { return m_httpStatus; }
    SyncError &withHttpStatus(int status) {
        m_httpStatus = status;
        return *this;
    }
    // The service's own error code when it gave one (Salesforce "INVALID_TYPE"), for callers that expect it.
    QString vendorCode() const { return m_vendorCode; }
    SyncError &withVendorCode(const QString &code) {
        m_vendorCode = code;
        return *this;
    }

private:
    Kind m_kind;
    int m_httpStatus = 0;
    QString m_vendorCode;
};

} // namespace dp::sync
