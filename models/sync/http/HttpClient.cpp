// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/http/HttpClient.h"

#include <QUrl>
#include <algorithm>
#include <curl/curl.h>
#include <mutex>

namespace dp::sync {
namespace {

void initialiseCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

constexpr qint64 kMaxReservedBody = 64 * 1024 * 1024;

// One request's state as the callbacks see it: the result being filled and the limits that stop it.
struct Transfer {
    const HttpClient *client;
    HttpResult *result;
    qint64 maxBytes;
    std::chrono::steady_clock::time_point deadline;
    bool tooLarge = false;
    bool deadlineHit = false;
};

size_t appendBody(char *data, size_t size, size_t count, void *user) {
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    // libcurl hands over decompressed data in small pieces, so the check bounds memory, not just the total.
    if (qint64(bytes) > transfer->maxBytes - transfer->result->body.size()) {
        transfer->tooLarge = true;
        return 0; // anything but `bytes` makes libcurl abort with CURLE_WRITE_ERROR
    }
    transfer->result->body.append(data, qsizetype(bytes));
    return bytes;
}

size_t appendHeader(char *data, size_t size, size_t count, void *user) {
    auto *transfer = static_cast<Transfer *>(user);
    auto *result = transfer->result;
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    // A new status line starts a new response (after a 100 Continue): forget the earlier headers.
    if (line.startsWith("HTTP/"))
        result->headers.clear();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Room for the whole body at once: a page of emails grows to megabytes, and growing it piece by
        // piece reallocated and copied it again and again. Only a hint (gzip bodies come out larger), and
        // capped, so no header can make it allocate much.
        if (name == "content-length")
            result->body.reserve(
                std::clamp<qint64>(value.toLongLong(), 0, std::min(kMaxReservedBody, transfer->maxBytes)));
        result->headers.emplaceBack(name, value);
    }
    return size * count;
}

// libcurl calls this at least once a second, also while nothing arrives: the place for cancel and deadline.
int checkProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    auto *transfer = static_cast<Transfer *>(user);
    if (transfer->client->cancelled())
        return 1;
    if (std::chrono::steady_clock::now() >= transfer->deadline) {
        transfer->deadlineHit = true;
        return 1;
    }
    return 0;
}

HttpResult::Status statusFor(CURLcode code) {
    switch (code) {
    case CURLE_OK:
        return HttpResult::Status::Ok;
    case CURLE_OPERATION_TIMEDOUT:
        return HttpResult::Status::Timeout;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_BAD_CONTENT_ENCODING:
        return HttpResult::Status::Truncated;
    case CURLE_ABORTED_BY_CALLBACK:
        return HttpResult::Status::Cancelled;
    default:
        return HttpResult::Status::NetworkError;
    }
}

} // namespace

QByteArray HttpResult::header(const QByteArray &lowerCaseName) const {
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

QByteArray noProxyList() {
    QByteArray list = "127.0.0.1,localhost,::1";
    // CURLOPT_NOPROXY replaces the environment's no_proxy rather than adding to it: keep the user's too.
    for (const char *name : {"no_proxy", "NO_PROXY"}) {
        const QByteArray more = qgetenv(name).trimmed();
        if (!more.isEmpty())
            list += ',' + more;
    }
    return list;
}

bool isAllowedUrl(const QString &url) {
    const QUrl parsed(url);
    if (!parsed.isValid())
        return false;
    if (parsed.scheme() == QLatin1String("https"))
        return true;
    if (parsed.scheme() != QLatin1String("http"))
        return false;
    const QString host = parsed.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
           host == QLatin1String("::1");
}

HttpClient::HttpClient(HttpOptions options, const std::atomic_bool *cancel)
    : m_options(options)
    , m_cancel(cancel) {
    initialiseCurlOnce();
    m_curl = curl_easy_init();
}

HttpClient::~HttpClient() {
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

HttpResult HttpClient::perform(const HttpRequest &request) {
    HttpResult result;
    if (!isAllowedUrl(request.url)) {
        result.status = HttpResult::Status::Refused;
        result.error = QStringLiteral("only https is allowed (plain http only to this computer)");
        return result;
    }
    if (cancelled()) {
        result.status = HttpResult::Status::Cancelled;
        return result;
    }
    CURL *curl = static_cast<CURL *>(m_curl);
    curl_easy_reset(curl); // keeps the connection cache, clears the previous request's options
    const QByteArray url = request.url.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl can decode (gzip, ...)
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.connectTimeout.count()));
    // libcurl measures stalls in whole seconds; the test servers need shorter ones, so the stall budget is
    // also a hard cap on the transfer when it is under a minute.
    const long stallSeconds = std::max(1L, long(m_options.stallTimeout.count() / 1000));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, stallSeconds);
    if (m_options.stallTimeout.count() < 60000)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_options.stallTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    const QByteArray noProxy = noProxyList();
    curl_easy_setopt(curl, CURLOPT_NOPROXY, noProxy.constData());
    Transfer transfer{this, &result, std::max<qint64>(0, m_options.maxResponseBytes),
                      std::chrono::steady_clock::now() + m_options.totalTimeout};
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, appendHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, checkProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);

    curl_slist *headers = nullptr;
    for (const auto &[name, value] : request.headers)
        headers = curl_slist_append(headers, (name + ": " + value).constData());
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip for JSON bodies
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    if (request.method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(request.body.size()));
    }

    const auto started = std::chrono::steady_clock::now();
    const CURLcode code = curl_easy_perform(curl);
    result.elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    curl_slist_free_all(headers);

    result.status = transfer.tooLarge      ? HttpResult::Status::TooLarge
                    : transfer.deadlineHit ? HttpResult::Status::Deadline
                                           : statusFor(code);
    if (code != CURLE_OK) {
        result.error = QString::fromUtf8(curl_easy_strerror(code));
        result.body.clear();
        return result;
    }
    long httpStatus = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &httpStatus);
    result.httpStatus = int(httpStatus);
    return result;
}

} // namespace dp::sync
