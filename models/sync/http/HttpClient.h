// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One libcurl easy handle behind a value API: a request goes in, a result comes out. The handle is kept
// for the life of the client so connections (and TLS sessions) are reused between requests. Not thread
// safe: each worker owns its client.

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>
#include <chrono>
#include <utility>

namespace dp::sync {

struct HttpRequest {
    QByteArray method = "GET";
    QString url;
    QList<std::pair<QByteArray, QByteArray>> headers; // name, value
    QByteArray body;
};

struct HttpResult {
    enum class Status {
        Ok,           // a complete response arrived (any HTTP status)
        Refused,      // the URL was not allowed (plain http off loopback, bad scheme)
        Timeout,      // connecting or receiving took too long
        Truncated,    // the connection closed before the body was complete
        NetworkError, // DNS, connection refused, TLS failure, ...
        Cancelled,
        TooLarge, // the decompressed body passed HttpOptions::maxResponseBytes
        Deadline, // the request outlasted HttpOptions::totalTimeout, data flowing or not
    };
    Status status = Status::NetworkError;
    int httpStatus = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QString error; // libcurl's words for a transport failure; never contains request headers
    std::chrono::milliseconds elapsed{0};

    bool ok() const { return status == Status::Ok; }
    QByteArray header(const QByteArray &lowerCaseName) const;
};

struct HttpOptions {
    std::chrono::milliseconds connectTimeout{15000};
    // A transfer that moves no byte for this long is abandoned; long downloads are fine while data flows.
    std::chrono::milliseconds stallTimeout{60000};
    // A server that trickles a byte now and then never stalls: this bounds a request from start to end. Ten
    // minutes is far above what the largest page needs on a slow line.
    std::chrono::milliseconds totalTimeout{10 * 60 * 1000};
    // Counted after decompression, so a small gzip body cannot inflate into gigabytes in memory. The largest
    // real page (2,000 Salesforce emails with long HTML bodies) stays well below it.
    qint64 maxResponseBytes = 256LL * 1024 * 1024;
};

// Proxies: libcurl honours the environment (https_proxy, http_proxy, all_proxy, no_proxy) for the real
// CRMs, as other tools on the machine do; requests to this computer (the test servers, a local bridge) never
// go through a proxy, so a bearer token meant for loopback never leaves it.
QByteArray noProxyList();

// Plain http is only for the test servers on this machine; everything else must be https.
bool isAllowedUrl(const QString &url);

class HttpClient final {
public:
    explicit HttpClient(HttpOptions options = {}, const std::atomic_bool *cancel = nullptr);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    HttpResult perform(const HttpRequest &request);
    bool cancelled() const {
        const std::atomic_bool *interrupt = m_interrupt.load();
        return (m_cancel && m_cancel->load()) || (interrupt && interrupt->load());
    }
    // A second flag that stops requests and retry pauses like a cancel: a PagePrefetcher sets its own while
    // it owns the client, so a writer that fails does not wait for downloads nobody will read.
    void setInterrupt(const std::atomic_bool *flag) { m_interrupt = flag; }
    // For a second client with the same limits and cancel flag (a connection for another thread).
    const HttpOptions &options() const { return m_options; }
    const std::atomic_bool *cancelFlag() const { return m_cancel; }

private:
    void *m_curl;
    HttpOptions m_options;
    const std::atomic_bool *m_cancel;
    std::atomic<const std::atomic_bool *> m_interrupt{nullptr};
};

} // namespace dp::sync
