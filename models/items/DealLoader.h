// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads a deal page on a worker thread with its own connection to the cache, so the window never waits on
// the database; only the latest request is answered. Also builds the sentiment scorer once, on the worker,
// for the timeline to find the words that drove each score.

#include "items/DealDetails.h"

#include <QObject>
#include <memory>

namespace dp {

namespace sentiment {
class SalesScorer;
}
class TaskRunner;

class DealLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealLoader)

public:
    // The clock and the runner must outlive the loader; the clock must be safe to read from another thread.
    DealLoader(QString cachePath, const Clock &clock, TaskRunner &runner, QObject *parent = nullptr);
    // With a runner of its own, for a deal page that has none to share.
    DealLoader(QString cachePath, const Clock &clock, QObject *parent = nullptr);
    ~DealLoader() override;

    void load(const DealRequest &request);
    bool isLoading() const { return m_pending > 0; }

signals:
    void loaded(std::shared_ptr<const dp::DealDetails> details,
                std::shared_ptr<const dp::sentiment::SalesScorer> scorer);
    void failed(const QString &message);

private:
    struct Result;

    QString m_cachePath;
    const Clock &m_clock;
    std::unique_ptr<TaskRunner> m_ownRunner;
    TaskRunner &m_runner;
    std::shared_ptr<const sentiment::SalesScorer> m_scorer;
    quint64 m_latest = 0;
    int m_pending = 0;
};

} // namespace dp
