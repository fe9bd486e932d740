// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for the sync tests: real sockets, keep-alive, one thread per
// connection, and replies that can misbehave on purpose (cut a body short, stall, drop the connection).

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace dp::test {

struct ServerRequest {
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray path;
    QMap<QString, QString> query;                     // decoded
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
};

struct ServerReply {
    enum class Fault {
        None,
        TruncatedBody,    // announce Content-Length, send half, close
        TruncatedChunked, // chunked encoding, close before the last chunk
        Stall,            // send nothing until the client gives up
        Drop,             // close without answering
        Trickle,          // send the whole body, one byte every 100 ms (never a stall, never done soon)
    };
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Fault fault = Fault::None;

    static ServerReply json(int status, const QByteArray &body);
};

class LoopbackServer final {
public:
    using Handler = std::function<ServerReply(const ServerRequest &)>;
    explicit LoopbackServer(Handler handler);
    ~LoopbackServer();
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int connectionsAccepted() const { return m_accepted.load(); }

    // For the sync bench. Keeps every request from now on (it replays them to time a plain download of the
    // same pages); switching clears what was kept.
    void setRecording(bool on);
    QList<ServerRequest> recordedRequests() const;
    // Time spent in the handler (building the answers), summed: how much of a download is the server's.
    double busySeconds() const;
    // Waits this long before answering each request, as a distant server would (network round trip and the
    // CRM's own time), without holding a core.
    void setLatency(std::chrono::milliseconds latency) { m_latencyMs = latency.count(); }

private:
    void acceptLoop();
    void serve(int fd);

    Handler m_handler;
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stopping{false};
    std::atomic_int m_accepted{0};
    std::thread m_acceptThread;
    std::mutex m_mutex;
    std::vector<std::thread> m_connections;
    std::vector<int> m_fds;
    mutable std::mutex m_recordMutex;
    bool m_recording = false;
    QList<ServerRequest> m_recorded;
    std::atomic<qint64> m_busyNanoseconds{0};
    std::atomic<std::chrono::milliseconds::rep> m_latencyMs{0};
};

} // namespace dp::test
