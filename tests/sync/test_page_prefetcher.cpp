// SPDX-License-Identifier: GPL-3.0-or-later
// PagePrefetcher: pages arrive in order and no further ahead than its depth, a fetch error arrives in place
// of its page after every earlier page, a prepare step runs on its own thread with the same order and error
// rules, and a writer that gives up early (destroying the prefetcher) does not wait for a retry pause in
// flight, in the fetch step or in a prepare step's own client.

#include "LoopbackServer.h"

#include "sync/engine/PagePrefetcher.h"
#include "sync/http/ApiClient.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace dp;
using namespace dp::sync;

class TestPagePrefetcher : public QObject {
    Q_OBJECT

private slots:
    void pagesArriveInOrderAndAtMostDepthAhead() {
        HttpClient http;
        std::atomic_int fetched{0};
        PagePrefetcher<int> pages(
            http,
            [&, next = 0]() mutable -> std::optional<int> {
                if (next == 50)
                    return std::nullopt;
                ++fetched;
                return next++;
            },
            2);
        QTRY_COMPARE(fetched.load(), 2); // fills its queue, then waits for the writer
        QTest::qWait(50);
        QCOMPARE(fetched.load(), 2);
        QList<int> seen;
        while (const auto page = pages.next()) {
            QVERIFY(fetched.load() <=
                    page.value() + 3); // the page handed out, two waiting, one in the making
            seen.append(*page);
        }
        QCOMPARE(seen.size(), 50);
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen[i], i);
        QVERIFY(!pages.next()); // stays done
    }

    void anErrorComesAfterEveryEarlierPage() {
        HttpClient http;
        PagePrefetcher<int> pages(http, [next = 0]() mutable -> std::optional<int> {
            if (next == 3)
                throw SyncError(SyncError::Kind::Unreachable, QStringLiteral("page 3 failed"));
            return next++;
        });
        QCOMPARE(pages.next().value(), 0);
        QCOMPARE(pages.next().value(), 1);
        QCOMPARE(pages.next().value(), 2);
        try {
            pages.next();
            QFAIL("the fetch error was not passed on");
        } catch (const SyncError &error) {
            QCOMPARE(error.kind(), SyncError::Kind::Unreachable);
            QCOMPARE(error.message(), QStringLiteral("page 3 failed"));
        }
    }

    void aPrepareStepRunsOnItsOwnThreadAndKeepsOrderAndErrors() {
        HttpClient http;
        const std::thread::id writer = std::this_thread::get_id();
        std::atomic_int prepared{0};
        std::atomic_bool offThread{true};
        PagePrefetcher<int> pages(
            http,
            [next = 0]() mutable -> std::optional<int> {
                if (next == 40)
                    throw SyncError(SyncError::Kind::Unreachable, QStringLiteral("page 40 failed"));
                return next++;
            },
            [&](int &page) {
                if (std::this_thread::get_id() == writer)
                    offThread = false;
                ++prepared;
                page *= 10;
            });
        QTRY_COMPARE(prepared.load(), 2); // two prepared wait for the writer; no more are prepared
        QTest::qWait(50);
        QCOMPARE(prepared.load(), 2);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(pages.next().value(), i * 10);
        QVERIFY_THROWS_EXCEPTION(SyncError, pages.next()); // the fetch error, after every prepared page
        QVERIFY(offThread.load());
    }

    void aPrepareErrorComesInPlaceOfItsPage() {
        HttpClient http;
        PagePrefetcher<int> pages(
            http, [next = 0]() mutable -> std::optional<int> { return next++; },
            [](int &page) {
                if (page == 2)
                    throw SyncError(SyncError::Kind::Cancelled, QStringLiteral("stop at 2"));
            });
        QCOMPARE(pages.next().value(), 0);
        QCOMPARE(pages.next().value(), 1);
        try {
            pages.next();
            QFAIL("the prepare error was not passed on");
        } catch (const SyncError &error) {
            QCOMPARE(error.message(), QStringLiteral("stop at 2"));
        }
    } // the fetch thread, still waiting for room, is stopped and joined

    void givingUpInterruptsARetryPause_data() {
        QTest::addColumn<bool>("inPrepareStep");
        QTest::newRow("fetch step") << false;
        QTest::newRow("prepare step, on its own client") << true;
    }
    void givingUpInterruptsARetryPause() {
        QFETCH(bool, inPrepareStep);
        // The server answers 503 with a long Retry-After: the step's request sits in ApiClient's pause.
        std::atomic_int answered{0};
        dp::test::LoopbackServer server([&](const dp::test::ServerRequest &) {
            dp::test::ServerReply reply = dp::test::ServerReply::json(503, R"({"message":"busy"})");
            reply.headers.emplaceBack("Retry-After", "60");
            ++answered;
            return reply;
        });
        HttpClient http;
        HttpClient prepareHttp;
        HttpClient &waiting = inPrepareStep ? prepareHttp : http;
        ApiClient api(waiting, QStringLiteral("Test"), {},
                      RetrySettings{5, std::chrono::milliseconds(1), std::chrono::milliseconds(5),
                                    std::chrono::milliseconds(120000)});
        const auto call = [&] { api.call(ApiCall::get(server.baseUrl() + QStringLiteral("/page"))); };
        QElapsedTimer timer;
        {
            std::optional<PagePrefetcher<int>> pages;
            if (inPrepareStep)
                pages.emplace(
                    http, [next = 0]() mutable -> std::optional<int> { return next++; },
                    [&](int &) { call(); }, &prepareHttp);
            else
                pages.emplace(http, [&]() -> std::optional<int> {
                    call();
                    return 1;
                });
            QTRY_COMPARE(answered.load(), 1);
            QTest::qWait(100); // now pausing for a minute
            timer.start();
        } // the writer failed: the prefetcher goes away
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(answered.load(), 1);
        QVERIFY(!waiting.cancelled()); // the client is usable again
    }
};

QTEST_GUILESS_MAIN(TestPagePrefetcher)
#include "test_page_prefetcher.moc"
