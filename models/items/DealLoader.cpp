// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/DealLoader.h"

#include "analytics/sentiment/SalesScorer.h"
#include "store/Database.h"
#include "tasks/TaskRunner.h"

#include <QCoreApplication>

namespace dp {

struct DealLoader::Result {
    std::shared_ptr<const DealDetails> details;
    std::shared_ptr<const sentiment::SalesScorer> scorer;
    QString error; // also what the runner says when the work threw
};

DealLoader::DealLoader(QString cachePath, const Clock &clock, TaskRunner &runner, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_clock(clock)
    , m_runner(runner) {}

DealLoader::DealLoader(QString cachePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_clock(clock)
    , m_ownRunner(std::make_unique<TaskRunner>())
    , m_runner(*m_ownRunner) {}

DealLoader::~DealLoader() = default;

void DealLoader::load(const DealRequest &request) {
    const quint64 ticket = ++m_latest;
    ++m_pending;
    // Delivered only while the loader lives: if it goes first, the answer is simply dropped.
    m_runner.run<Result>(
        this,
        [request, path = m_cachePath, clock = &m_clock, scorer = m_scorer] {
            Result result;
            OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
            if (!opened.ok()) {
                result.error = opened.error;
            } else if (auto details = loadDealDetails(*opened.database, request, *clock)) {
                result.details = std::make_shared<const DealDetails>(std::move(*details));
            } else {
                result.error =
                    QCoreApplication::translate("DealLoader", "This deal is no longer in the cache.");
            }
            if (!scorer)
                result.scorer = std::make_shared<const sentiment::SalesScorer>();
            return result;
        },
        [this, ticket](Result result) {
            --m_pending;
            if (result.scorer)
                m_scorer = result.scorer;
            if (ticket != m_latest)
                return; // a newer request is on its way
            if (!result.details)
                emit failed(result.error);
            else
                emit loaded(result.details, m_scorer);
        });
}

} // namespace dp
