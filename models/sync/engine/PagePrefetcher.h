// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Downloads the pages of one listing on a thread of its own, a bounded number of pages ahead of the code
// that writes them, so the network (and the JSON parsing done with it) overlaps the SQLite writes instead
// of alternating with them. Any connector's paging loop can use it: describe how to fetch the next page
// (a function that returns nothing once the listing is done), then take pages with next() and write each
// with its bookmark in one transaction, exactly as without the prefetcher.
//
// Work on a page that needs no database (mapping, scoring, and requests that hang off the page, such as its
// associations) may be given as a prepare step: it runs on a second thread, so a page is prepared while the
// next one downloads and the one before is written. A prepare step that uses the network does so through
// an HTTP client of its own (one connection per thread), given with it: the fetch step then has only the
// listing's own requests on its path, and the server answers the next page while this one is parsed.
//
// Fault semantics stay those of a plain loop: pages arrive in order, and an error (a SyncError from the
// API client, a cancel, an exception of the prepare step) is rethrown by next() in place of the page that
// could not be fetched or prepared, after every earlier page was handed out. While a prefetcher lives, only
// its threads may use the HTTP clients it was given; destroying it (also when the writer throws) interrupts
// a request or retry pause in flight and joins the threads, so the clients are free again.
//
// Its two threads are its own, not tasks of the window's TaskRunner: they are steps of one synchronous
// pipeline inside a sync that already runs as a task (or on the command line's thread, or in a benchmark),
// block on each other's bounded queues, and are joined before the listing's loop returns, with no event
// loop to deliver anything to. On a runner both steps would need a worker at once (a pool that started the
// fetch step but queued the prepare step would leave the writer waiting for ever), and the runner would have
// to be handed through the engine and every connector.

#include "sync/http/HttpClient.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <pthread.h>
#include <thread>

namespace dp::sync {

template <typename Page> class PagePrefetcher final {
public:
    using FetchNext = std::function<std::optional<Page>()>;
    using Prepare = std::function<void(Page &)>;

    // depth: how many pages may wait at each step (two keep the network busy through a slow write without
    // holding much memory).
    PagePrefetcher(HttpClient &http, FetchNext fetchNext, int depth = 2)
        : PagePrefetcher(http, std::move(fetchNext), {}, nullptr, depth) {}

    // prepareHttp: the client the prepare step sends its requests through, if it sends any.
    PagePrefetcher(HttpClient &http, FetchNext fetchNext, Prepare prepare, HttpClient *prepareHttp = nullptr,
                   int depth = 2)
        : m_http(http)
        , m_prepareHttp(prepareHttp)
        , m_fetchNext(std::move(fetchNext))
        , m_prepare(std::move(prepare))
        , m_depth(std::max(1, depth)) {
        m_http.setInterrupt(&m_stop);
        if (m_prepareHttp)
            m_prepareHttp->setInterrupt(&m_stop);
        m_fetcher = std::thread([this] {
            pthread_setname_np(pthread_self(), "dp-sync-fetch"); // names show in top, perf and gdb
            produce();
        });
        if (m_prepare)
            m_preparer = std::thread([this] {
                pthread_setname_np(pthread_self(), "dp-sync-prepare");
                prepareFetched();
            });
    }

    ~PagePrefetcher() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_fetcher.join();
        if (m_preparer.joinable())
            m_preparer.join();
        m_http.setInterrupt(nullptr);
        if (m_prepareHttp)
            m_prepareHttp->setInterrupt(nullptr);
    }

    PagePrefetcher(const PagePrefetcher &) = delete;
    PagePrefetcher &operator=(const PagePrefetcher &) = delete;

    // The next page in order; nothing when the listing is done. Rethrows the fetch's error in its place.
    std::optional<Page> next() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.pages.empty() || m_ready.finished; });
        if (!m_ready.pages.empty()) {
            Page page = std::move(m_ready.pages.front());
            m_ready.pages.pop_front();
            lock.unlock();
            m_changed.notify_all();
            return page;
        }
        if (m_ready.error)
            std::rethrow_exception(m_ready.error);
        return std::nullopt;
    }

private:
    // Where the fetch step puts its pages, how it ends; the prepare step, when there is one, moves them on.
    struct Queue {
        std::deque<Page> pages;
        std::exception_ptr error;
        bool finished = false;
    };

    void produce() {
        Queue &out = m_prepare ? m_fetched : m_ready;
        while (true) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || int(out.pages.size()) < m_depth; });
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
                out.pages.push_back(std::move(*page));
            } else {
                out.error = error;
                out.finished = true;
            }
            m_changed.notify_all();
            if (out.finished)
                return;
        }
        std::lock_guard lock(m_mutex);
        out.finished = true;
        m_changed.notify_all();
    }

    void prepareFetched() {
        while (true) {
            std::optional<Page> page;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] {
                    return m_stop || (int(m_ready.pages.size()) < m_depth &&
                                      (!m_fetched.pages.empty() || m_fetched.finished));
                });
                if (m_stop || m_fetched.pages.empty()) {
                    // Stopped, or every fetched page was handed on: pass the fetch's end (or error) on.
                    m_ready.error = m_stop ? nullptr : m_fetched.error;
                    m_ready.finished = true;
                    m_changed.notify_all();
                    return;
                }
                page.emplace(std::move(m_fetched.pages.front()));
                m_fetched.pages.pop_front();
            }
            m_changed.notify_all();
            std::exception_ptr error;
            try {
                m_prepare(*page);
            } catch (...) {
                error = std::current_exception();
            }
            std::lock_guard lock(m_mutex);
            if (error) {
                m_ready.error = error;
                m_ready.finished = true;
                m_changed.notify_all();
                return;
            }
            m_ready.pages.push_back(std::move(*page));
            m_changed.notify_all();
        }
    }

    HttpClient &m_http;
    HttpClient *m_prepareHttp;
    FetchNext m_fetchNext;
    Prepare m_prepare;
    const int m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    Queue m_fetched; // fetched, waiting for the prepare step (used only with one)
    Queue m_ready;   // waiting for next()
    std::atomic_bool m_stop{false};
    std::thread m_fetcher;
    std::thread m_preparer;
};

} // namespace dp::sync
