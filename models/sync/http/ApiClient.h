// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one place where retries, backoff, Retry-After and credential refresh happen. Connectors describe a
// call; ApiClient sends it through HttpClient until it gets a usable JSON answer or a reason to stop.

#include "sync/engine/SyncError.h"
#include "sync/http/HttpClient.h"

#include <QJsonDocument>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <random>

namespace dp::sync {

// Hands out the bearer token and renews it; OAuth implementations refresh ahead of expiry. One source may
// serve the API clients of several threads at once.
class TokenSource {
public:
    virtual ~TokenSource() = default;
    // The token to send now (refreshing first when it is about to expire). Throws SyncError.
    virtual QByteArray token(class ApiClient &client) = 0;
    // The service refused the token `rejected`: get a new one (unless another thread did meanwhile) or
    // throw SyncError(Credentials).
    virtual void refresh(class ApiClient &client, const QByteArray &rejected) = 0;
    virtual bool canRefresh() const = 0;
};

struct RetrySettings {
    int maxAttempts = 6;
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30000};
    std::chrono::milliseconds maxRetryAfter{120000};
};

struct ApiCall {
    QByteArray method = "GET";
    QString url;
    QByteArray body;
    QByteArray contentType = "application/json";
    bool authorize = true;
    // When set, asked for the URL before every attempt: a Salesforce token refresh can move the instance,
    // and the retry after it must go to the new one. url is still what the log shows.
    std::function<QString()> resolveUrl;
    // When set, a 2xx answer's body is copied here as it came (a file or note body, not JSON) and call()
    // returns an empty document.
    QByteArray *rawBody = nullptr;
    // With rawBody: the body must still be well-formed JSON (checked without being parsed, so an answer that
    // is not is retried like any other), and call() returns it reduced to the root object's member of this
    // name (a list page's "paging"). For a caller that parses the rest on another thread.
    QByteArray rawJsonMember;

    static ApiCall get(const QString &url) {
        ApiCall call;
        call.url = url;
        return call;
    }
    static ApiCall postJson(const QString &url, const QByteArray &json) {
        ApiCall call;
        call.method = "POST";
        call.url = url;
        call.body = json;
        return call;
    }
};

// What the vendor's error body means. Return a SyncError to stop; nothing to let the generic rules decide.
using ErrorInterpreter = std::function<std::optional<SyncError>(const HttpResult &, const QJsonDocument &)>;

class ApiClient final {
public:
    ApiClient(HttpClient &http, QString serviceName, ErrorInterpreter interpret, RetrySettings settings = {});
    // A client for another thread, over its own HttpClient: the same service, rules and token source, and
    // its requests counted with the sibling's.
    ApiClient(HttpClient &http, const ApiClient &sibling);

    void setTokenSource(TokenSource *tokens) { m_tokens = tokens; }
    TokenSource *tokenSource() const { return m_tokens; }
    // Returns the parsed JSON of a 2xx answer. Throws SyncError.
    QJsonDocument call(const ApiCall &call);
    // For tests and the bench: how many HTTP requests were sent, retries included (siblings' too).
    int requestsSent() const { return m_requestsSent->load(); }
    HttpClient &http() { return m_http; }

private:
    void pause(std::chrono::milliseconds delay);
    std::chrono::milliseconds backoff(int attempt);

    HttpClient &m_http;
    QString m_service;
    ErrorInterpreter m_interpret;
    RetrySettings m_settings;
    TokenSource *m_tokens = nullptr;
    std::minstd_rand m_random{std::random_device{}()};
    std::shared_ptr<std::atomic_int> m_requestsSent = std::make_shared<std::atomic_int>(0);
};

// Seconds or an HTTP date, as Retry-After allows; nothing when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, qint64 nowMs);

} // namespace dp::sync
