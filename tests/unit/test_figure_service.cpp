// SPDX-License-Identifier: GPL-3.0-or-later
// The figures on the task runner: a refresh that follows a new going-dark setting, a cancelled one that
// leaves every stored figure as it was, and the cache's content read for the window.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "app/CacheSession.h"
#include "app/FigureService.h"
#include "tasks/TaskRunner.h"

#include <QtTest>

using namespace dp;

namespace {

const Millis kNow = test::at("2026-11-28T12:00:00Z");

HealthSettings darkAfter(int days) {
    HealthSettings health;
    health.goingDarkDays = days;
    return health;
}

} // namespace

class TestFigureService : public QObject {
    Q_OBJECT

    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(kNow);

    std::unique_ptr<CacheSession> openSession(test::TempCache &cache) {
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("quiet"), kNow - 40 * kMillisPerDay)
            .deal(QStringLiteral("busy"), kNow - 40 * kMillisPerDay)
            .email(QStringLiteral("busy"), kNow - kMillisPerDay, 1);
        AnalyticsEngine(cache.db(), *m_clock).recomputeAll(darkAfter(21));
        cache.close();
        CacheSession::Opened opened = CacheSession::open(cache.path());
        if (!opened.session)
            qFatal("%s", qPrintable(opened.error));
        return std::move(opened.session);
    }

private slots:
    void refreshFollowsTheSettingsAndReportsProgress() {
        test::TempCache cache;
        auto session = openSession(cache);
        TaskRunner runner;
        FigureService figures(*session, runner, m_clock);
        QObject receiver;
        std::optional<FigureRefreshResult> result;
        FigureSettings settings;
        settings.health = darkAfter(42);
        Task *task = figures.refresh(&receiver, QStringLiteral("Updating"), settings,
                                     [&result](FigureRefreshResult r) { result = r; });
        QCOMPARE(task->title(), QStringLiteral("Updating"));
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(result);
        QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
        QVERIFY(result->refreshed);
        QVERIFY(!result->cancelled);
        AnalyticsEngine engine(session->database(), *m_clock);
        QVERIFY(!engine.storedFiguresStale(darkAfter(42)));
        QVERIFY(engine.storedFiguresStale(darkAfter(21)));
    }

    void aCancelledRefreshChangesNothing() {
        test::TempCache cache;
        auto session = openSession(cache);
        TaskRunner runner;
        FigureService figures(*session, runner, m_clock);
        QObject receiver;
        std::optional<FigureRefreshResult> result;
        FigureSettings settings;
        settings.health = darkAfter(42);
        Task *task = nullptr;
        {
            // The write lock held here keeps the worker at the start of its transaction until Cancel is in.
            Transaction hold(session->database());
            task = figures.refresh(&receiver, QStringLiteral("Updating"), settings,
                                   [&result](FigureRefreshResult r) { result = r; });
            task->cancel();
        }
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(result);
        QVERIFY(result->cancelled);
        QVERIFY(!result->refreshed);
        QVERIFY(result->error.isEmpty());
        QVERIFY(!AnalyticsEngine(session->database(), *m_clock).storedFiguresStale(darkAfter(21)));
    }

    void contentIsReadOnAWorker() {
        test::TempCache cache;
        auto session = openSession(cache);
        TaskRunner runner;
        FigureService figures(*session, runner, m_clock);
        QObject receiver;
        std::optional<CacheContent> content;
        Task *task = figures.loadContent(&receiver, QDate(2026, 11, 28),
                                         [&content](CacheContent c) { content = std::move(c); });
        QVERIFY(task->title().isEmpty()); // quiet: not in the status bar
        QTRY_VERIFY_WITH_TIMEOUT(content.has_value(), 10000);
        QVERIFY2(content->error.isEmpty(), qPrintable(content->error));
        QCOMPARE(content->rows.size(), 2);
    }

    void noResultReachesAReceiverThatWentAway() {
        test::TempCache cache;
        auto session = openSession(cache);
        TaskRunner runner;
        FigureService figures(*session, runner, m_clock);
        bool delivered = false;
        auto receiver = std::make_unique<QObject>();
        Task *task = figures.loadContent(receiver.get(), QDate(2026, 11, 28),
                                         [&delivered](CacheContent) { delivered = true; });
        QSignalSpy finished(task, &Task::finished);
        receiver.reset();
        QVERIFY(finished.wait(10000));
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestFigureService)
#include "test_figure_service.moc"
