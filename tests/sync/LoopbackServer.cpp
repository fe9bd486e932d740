// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackServer.h"

#include <QElapsedTimer>

#include <QUrl>
#include <QUrlQuery>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

namespace dp::test {
namespace {

bool sendAll(int fd, const QByteArray &data) {
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 207:
        return "Multi-Status";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

QByteArray ServerRequest::header(const QByteArray &lowerCaseName) const {
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

ServerReply ServerReply::json(int status, const QByteArray &body) {
    ServerReply reply;
    reply.status = status;
    reply.headers.emplaceBack("Content-Type", "application/json;charset=utf-8");
    reply.body = body;
    return reply;
}

LoopbackServer::LoopbackServer(Handler handler)
    : m_handler(std::move(handler)) {
    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listenFd, 64) != 0)
        qFatal("LoopbackServer: cannot listen on 127.0.0.1");
    socklen_t length = sizeof address;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
}

LoopbackServer::~LoopbackServer() {
    m_stopping = true;
    ::shutdown(m_listenFd, SHUT_RDWR);
    ::close(m_listenFd);
    m_acceptThread.join();
    std::vector<std::thread> connections;
    {
        std::lock_guard lock(m_mutex);
        for (int fd : m_fds)
            ::shutdown(fd, SHUT_RDWR);
        connections.swap(m_connections);
    }
    for (std::thread &thread : connections)
        thread.join();
}

void LoopbackServer::acceptLoop() {
    while (!m_stopping) {
        const int fd = ::accept(m_listenFd, nullptr, nullptr);
        if (fd < 0)
            continue;
        if (m_stopping) {
            ::close(fd);
            break;
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ++m_accepted;
        std::lock_guard lock(m_mutex);
        m_fds.push_back(fd);
        m_connections.emplace_back([this, fd] {
            pthread_setname_np(pthread_self(), "test-server");
            serve(fd);
        });
    }
}

void LoopbackServer::setRecording(bool on) {
    std::lock_guard lock(m_recordMutex);
    m_recording = on;
    m_recorded.clear();
}

QList<ServerRequest> LoopbackServer::recordedRequests() const {
    std::lock_guard lock(m_recordMutex);
    return m_recorded;
}

double LoopbackServer::busySeconds() const {
    return m_busyNanoseconds.load() / 1e9;
}

void LoopbackServer::serve(int fd) {
    QByteArray buffer;
    char chunk[65536];
    auto readMore = [&]() {
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        buffer.append(chunk, n);
        return true;
    };
    while (!m_stopping) {
        qsizetype headerEnd;
        while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0)
            if (!readMore())
                goto done;
        {
            ServerRequest request;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            qsizetype contentLength = 0;
            bool close = false;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                request.headers.emplaceBack(name, value);
                if (name == "content-length")
                    contentLength = value.toLongLong();
                if (name == "connection" && value.toLower() == "close")
                    close = true;
            }
            buffer.remove(0, headerEnd + 4);
            while (buffer.size() < contentLength)
                if (!readMore())
                    goto done;
            request.body = buffer.left(contentLength);
            buffer.remove(0, contentLength);
            const QUrl url(QStringLiteral("http://127.0.0.1") + QString::fromUtf8(request.target));
            request.path = url.path(QUrl::FullyEncoded).toUtf8();
            for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
                request.query.insert(key, value);

            if (const auto latency = m_latencyMs.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(latency));
            {
                std::lock_guard lock(m_recordMutex);
                if (m_recording)
                    m_recorded.append(request);
            }
            QElapsedTimer handling;
            handling.start();
            const ServerReply reply = m_handler(request);
            m_busyNanoseconds += handling.nsecsElapsed();
            QByteArray head =
                "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
            for (const auto &[name, value] : reply.headers)
                head += name + ": " + value + "\r\n";
            switch (reply.fault) {
            case ServerReply::Fault::None:
                head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
                if (!sendAll(fd, head + reply.body))
                    goto done;
                break;
            case ServerReply::Fault::TruncatedBody:
                head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
                sendAll(fd, head + reply.body.left(reply.body.size() / 2));
                goto done;
            case ServerReply::Fault::TruncatedChunked: {
                head += "Transfer-Encoding: chunked\r\n\r\n";
                const QByteArray half = reply.body.left(std::max<qsizetype>(1, reply.body.size() / 2));
                sendAll(fd, head + QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n");
                goto done;
            }
            case ServerReply::Fault::Stall:
                for (int i = 0; i < 100 && !m_stopping; ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                goto done;
            case ServerReply::Fault::Drop:
                goto done;
            case ServerReply::Fault::Trickle:
                head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
                if (!sendAll(fd, head))
                    goto done;
                for (qsizetype i = 0; i < reply.body.size() && !m_stopping; ++i) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                    if (!sendAll(fd, reply.body.mid(i, 1)))
                        goto done;
                }
                break;
            }
            if (close)
                break;
        }
    }
done:
    std::lock_guard lock(m_mutex);
    ::close(fd);
    std::erase(m_fds, fd);
}

} // namespace dp::test
