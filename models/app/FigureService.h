// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The figures the window shows, on the task runner: bringing the stored figures in step with the going-dark
// days and our email domains (with progress, and a Cancel that leaves the cache as it was), and reading
// what the window shows of the cache.

#include "analytics/FigureRefresh.h"
#include "items/CacheContent.h"

#include <QDate>
#include <QString>
#include <functional>
#include <memory>

class QObject;

namespace dp {

class CacheSession;
class Task;
class TaskRunner;

struct FigureRefreshResult {
    bool refreshed = false; // the figures now follow the settings
    bool cancelled = false; // stopped by the user: the cache keeps the figures it had
    QString error;          // why it failed, when it did
};

class FigureService final {
public:
    FigureService(const CacheSession &session, TaskRunner &runner, std::shared_ptr<const Clock> clock);

    // Recomputes on a worker with its own connection, in one transaction. `done` runs on the runner's thread
    // while `receiver` lives.
    Task *refresh(QObject *receiver, const QString &title, const FigureSettings &settings,
                  std::function<void(FigureRefreshResult)> done);
    // Reads the pipeline, teams, alert state and last sync on a worker; `today` decides which snoozes are
    // still in force. The content's error says why it could not be read.
    Task *loadContent(QObject *receiver, const QDate &today, std::function<void(CacheContent)> done);

private:
    QString m_path;
    TaskRunner &m_runner;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace dp
