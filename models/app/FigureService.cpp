// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/FigureService.h"

#include "app/CacheSession.h"
#include "tasks/TaskRunner.h"

namespace dp {

FigureService::FigureService(const CacheSession &session, TaskRunner &runner,
                             std::shared_ptr<const Clock> clock)
    : m_path(session.path())
    , m_runner(runner)
    , m_clock(std::move(clock)) {}

Task *FigureService::refresh(QObject *receiver, const QString &title, const FigureSettings &settings,
                             std::function<void(FigureRefreshResult)> done) {
    return m_runner.run<FigureRefreshResult>(
        receiver, title,
        [path = m_path, settings, clock = m_clock](TaskControl &control) {
            FigureRefreshResult result;
            OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
            if (!opened.ok()) {
                result.error = opened.error;
                return result;
            }
            const std::optional<FigureRefreshOutcome> outcome =
                refreshFigures(*opened.database, *clock, settings,
                               [&control](int done, int total) { return control.progress(done, total); });
            result.refreshed = outcome.has_value();
            result.cancelled = !outcome && control.isCancelled();
            return result;
        },
        std::move(done));
}

Task *FigureService::loadContent(QObject *receiver, const QDate &today,
                                 std::function<void(CacheContent)> done) {
    return m_runner.run<CacheContent>(
        receiver, [path = m_path, today] { return loadCacheContent(path, today); }, std::move(done));
}

} // namespace dp
