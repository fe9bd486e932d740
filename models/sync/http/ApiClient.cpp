// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/http/ApiClient.h"

#include "sync/engine/SyncLog.h"
#include "sync/http/JsonScan.h"

#include "domain/CheckedNumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QThread>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSync, "dealpulse.sync", QtInfoMsg)

namespace dp::sync {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::sync::ApiClient", text);
}

// The path alone: enough to diagnose, and free of anything sensitive in the query.
QString loggablePath(const QString &url) {
    return QUrl(url).path();
}

bool retryableStatus(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
}

// The JSON of a body; nothing when it is not JSON.
std::optional<QJsonDocument> parsedJson(const QByteArray &body) {
    QJsonParseError error;
    QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return json;
}

// A body its caller parses itself (ApiCall::rawJsonMember): only checked here, then kept in call.rawBody,
// and returned reduced to the member the call names. Nothing when it is not JSON.
std::optional<QJsonDocument> keptRawJson(const ApiCall &call, const QByteArray &body) {
    const JsonScan scan = scanJson(body, call.rawJsonMember);
    if (!scan.wellFormed)
        return std::nullopt;
    *call.rawBody = body;
    if (!scan.member)
        return QJsonDocument(QJsonObject());
    return QJsonDocument::fromJson("{\"" + call.rawJsonMember + "\":" + scan.member->toByteArray() + '}');
}

} // namespace

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, qint64 nowMs) {
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok && seconds >= 0) { // NaN is not, and goes on to be refused as a date
        // "Retry-After: 1e300" means a very long wait; the caller caps it at RetrySettings::maxRetryAfter.
        return std::chrono::milliseconds(
            toInt64Checked(seconds * 1000).value_or(std::numeric_limits<qint64>::max()));
    }
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as an offset.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs));
}

ApiClient::ApiClient(HttpClient &http, QString serviceName, ErrorInterpreter interpret,
                     RetrySettings settings)
    : m_http(http)
    , m_service(std::move(serviceName))
    , m_interpret(std::move(interpret))
    , m_settings(settings) {}

ApiClient::ApiClient(HttpClient &http, const ApiClient &sibling)
    : m_http(http)
    , m_service(sibling.m_service)
    , m_interpret(sibling.m_interpret)
    , m_settings(sibling.m_settings)
    , m_tokens(sibling.m_tokens)
    , m_requestsSent(sibling.m_requestsSent) {}

std::chrono::milliseconds ApiClient::backoff(int attempt) {
    // Exponential with "equal jitter": half the delay is fixed, half random, so clients that failed
    // together do not retry together.
    const qint64 ceiling =
        std::min<qint64>(m_settings.maxDelay.count(), m_settings.baseDelay.count() << std::min(attempt, 20));
    std::uniform_int_distribution<qint64> jitter(0, std::max<qint64>(0, ceiling / 2));
    return std::chrono::milliseconds(ceiling / 2 + jitter(m_random));
}

void ApiClient::pause(std::chrono::milliseconds delay) {
    // Sleeps in slices so a cancel is honoured within a tenth of a second.
    const auto until = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < until) {
        if (m_http.cancelled())
            throw SyncError(SyncError::Kind::Cancelled, tr("The sync was cancelled."));
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        QThread::msleep(ulong(std::clamp<qint64>(left.count(), 0, 100)));
    }
}

QJsonDocument ApiClient::call(const ApiCall &call) {
    bool refreshed = false;
    QString lastProblem;
    for (int attempt = 0; attempt < m_settings.maxAttempts; ++attempt) {
        if (m_http.cancelled())
            throw SyncError(SyncError::Kind::Cancelled, tr("The sync was cancelled."));
        HttpRequest request;
        request.method = call.method;
        request.body = call.body;
        request.headers.append(std::pair<QByteArray, QByteArray>("Accept", "application/json"));
        if (!call.body.isEmpty() || call.method != "GET")
            request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", call.contentType));
        QByteArray token;
        if (call.authorize && m_tokens) {
            token = m_tokens->token(*this);
            request.headers.append(std::pair<QByteArray, QByteArray>("Authorization", "Bearer " + token));
        }
        // After the token: getting one may have named a new Salesforce instance.
        request.url = call.resolveUrl ? call.resolveUrl() : call.url;

        ++*m_requestsSent;
        const HttpResult result = m_http.perform(request);
        qCDebug(lcSync) << call.method << loggablePath(call.url) << "->" << result.httpStatus
                        << int(result.status) << result.elapsed.count() << "ms";

        switch (result.status) {
        case HttpResult::Status::Ok:
            break;
        case HttpResult::Status::Cancelled:
            throw SyncError(SyncError::Kind::Cancelled, tr("The sync was cancelled."));
        case HttpResult::Status::Refused:
            throw SyncError(SyncError::Kind::Unreachable,
                            tr("%1: the address %2 is not allowed; use https.").arg(m_service, call.url));
        case HttpResult::Status::TooLarge:
            // Not retried: the same request would bring the same flood.
            throw SyncError(SyncError::Kind::Protocol,
                            tr("%1 sent an answer larger than %2 to %3; the sync stopped rather than fill "
                               "the memory. Try again later.")
                                .arg(m_service,
                                     QLocale().formattedDataSize(m_http.options().maxResponseBytes),
                                     loggablePath(call.url)));
        case HttpResult::Status::Deadline:
            // Not retried: a server that sends a byte now and then would hold the sync for every attempt.
            throw SyncError(SyncError::Kind::Unreachable,
                            tr("%1 took more than %2 seconds to answer %3, so the request was abandoned. "
                               "Check the connection and try again.")
                                .arg(m_service)
                                .arg(QLocale().toString(m_http.options().totalTimeout.count() / 1000.0))
                                .arg(loggablePath(call.url)));
        case HttpResult::Status::Timeout:
        case HttpResult::Status::Truncated:
        case HttpResult::Status::NetworkError:
            lastProblem = result.error;
            pause(backoff(attempt));
            continue;
        }

        const bool success = result.httpStatus >= 200 && result.httpStatus < 300;
        if (success && call.rawBody && call.rawJsonMember.isEmpty()) {
            *call.rawBody = result.body;
            return {};
        }
        const std::optional<QJsonDocument> json =
            success && call.rawBody ? keptRawJson(call, result.body) : parsedJson(result.body);
        if (success) {
            if (json)
                return *json;
            // A gateway's HTML page or a body cut short behind a proxy: the same request usually works.
            lastProblem = tr("an answer that is not JSON");
            pause(backoff(attempt));
            continue;
        }
        if (m_interpret) {
            if (auto stop = m_interpret(result, json.value_or(QJsonDocument())))
                throw *stop;
        }
        if (result.httpStatus == 401 && call.authorize && m_tokens && m_tokens->canRefresh() && !refreshed) {
            // Once per call: a second 401 right after a fresh token means the grant itself is gone.
            refreshed = true;
            m_tokens->refresh(*this, token);
            --attempt;
            continue;
        }
        if (result.httpStatus == 401)
            throw SyncError(SyncError::Kind::Credentials,
                            tr("%1 no longer accepts the saved credentials. Reconnect the account in "
                               "Settings.")
                                .arg(m_service));
        if (result.httpStatus == 403)
            throw SyncError(SyncError::Kind::Scopes,
                            tr("%1 refused access (HTTP 403). Check that the app or user may read CRM "
                               "records.")
                                .arg(m_service));
        if (retryableStatus(result.httpStatus)) {
            lastProblem = tr("HTTP %1").arg(result.httpStatus);
            const auto retryAfter =
                parseRetryAfter(result.header("retry-after"), QDateTime::currentMSecsSinceEpoch());
            pause(retryAfter ? std::min(*retryAfter, m_settings.maxRetryAfter) : backoff(attempt));
            continue;
        }
        throw SyncError(SyncError::Kind::Protocol, tr("%1 answered HTTP %2 to %3.")
                                                       .arg(m_service)
                                                       .arg(result.httpStatus)
                                                       .arg(loggablePath(call.url)))
            .withHttpStatus(result.httpStatus);
    }
    throw SyncError(SyncError::Kind::Unreachable,
                    QCoreApplication::translate("dp::sync::ApiClient",
                                                "%1 could not be reached after %n attempt(s) (%2). Check the "
                                                "connection and try again.",
                                                nullptr, m_settings.maxAttempts)
                        .arg(m_service, lastProblem));
}

} // namespace dp::sync
