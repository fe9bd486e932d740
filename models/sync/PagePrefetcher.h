#pragma once
// Downloads the pages of one listing on a thread of its own, a bounded number of pages ahead of the code
// that writes them, so the network (and the JSON parsing done with it) overlaps the SQLite writes instead
// of alternating with them. Any connector's paging loop can use it: describe how to fetch the next page
// (a function that returns nothing once the listing is done), then take pages with next() and write each
// with its bookmark in one transaction, exactly as without the prefetcher.
//
// Fault semantics stay those of a plain loop: pages arrive in order, and an error (a SyncError from the
// API client, a cancel) is rethrown by next() in place of the page that could not be fetched, after every
// earlier page was handed out. While a prefetcher lives, only its thread may use the HTTP client it was
// given; destroying it (also when the writer throws) interrupts a request or retry pause in flight and
// joins the thread, so the client is free again.

#include "sync/HttpClient.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace dp::sync {

template <typename Page> class PagePrefetcher final {
public:
    using FetchNext = std::function<std::optional<Page>()>;

    // depth: how many fetched pages may wait for the writer (two keep the network busy through a slow write
    // without holding much memory).
    PagePrefetcher(HttpClient &http, FetchNext fetchNext, int depth = 2)
        : m_http(http)
        , m_fetchNext(std::move(fetchNext))
        , m_depth(std::max(1, depth)) {
        m_http.setInterrupt(&m_stop);
        m_thread = std::thread([this] { produce(); });
    }

    ~PagePrefetcher() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
        m_http.setInterrupt(nullptr);
    }

    PagePrefetcher(const PagePrefetcher &) = delete;
    PagePrefetcher &operator=(const PagePrefetcher &) = delete;

    // The next page in order; nothing when the listing is done. Rethrows the fetch's error in its place.
    std::optional<Page> next() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (!m_ready.empty()) {
            Page page = std::move(m_ready.front());
            m_ready.pop_front();
            lock.unlock();
            m_changed.notify_all();
            return page;
        }
        if (m_error)
            std::rethrow_exception(m_error);
        return std::nullopt;
    }

private:
    void produce() {
        while (true) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || int(m_ready.size()) < m_depth; });
                if (m_stop)
                    break;
            }
            std::optional<Page> page;
            std::exception_ptr error;
            try {
                page = m_fetchNext();
            } catch (...) {
                error = std::current_exception();
            }
            std::lock_guard lock(m_mutex);
            if (page && !error) {
                m_ready.push_back(std::move(*page));
            } else {
                m_error = error;
                m_finished = true;
            }
            m_changed.notify_all();
            if (m_finished)
                return;
        }
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    HttpClient &m_http;
    FetchNext m_fetchNext;
    const int m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Page> m_ready;
    std::exception_ptr m_error;
    bool m_finished = false;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace dp::sync
