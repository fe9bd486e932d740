// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/DealLoader.h"

#include "analytics/sentiment/SalesScorer.h"
#include "tasks/FailureText.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

namespace dp {

struct DealLoader::Result {
    quint64 ticket = 0;
    std::shared_ptr<const DealDetails> details;
    std::shared_ptr<const sentiment::SalesScorer> scorer;
    QString error;
};

DealLoader::DealLoader(QString cachePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_clock(clock) {}

DealLoader::~DealLoader() = default;

void DealLoader::load(const DealRequest &request) {
    const quint64 ticket = ++m_latest;
    ++m_pending;
    auto promise = std::make_shared<QPromise<Result>>();
    auto *watcher = new QFutureWatcher<Result>(this);
    // The watcher lives with the loader: if the loader goes first, the answer is simply dropped.
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_pending;
        if (watcher->future().resultCount() == 0)
            return;
        const Result result = watcher->result();
        if (result.scorer)
            m_scorer = result.scorer;
        if (result.ticket != m_latest)
            return; // a newer request is on its way
        if (!result.details)
            emit failed(result.error);
        else
            emit loaded(result.details, m_scorer);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, request, ticket, path = m_cachePath, clock = &m_clock, scorer = m_scorer] {
            Result result;
            result.ticket = ticket;
            try {
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
            } catch (const std::exception &error) {
                // Anything thrown here would end the pool's thread and the app with it.
                result.details.reset();
                result.error = failureText(error);
            } catch (...) {
                result.details.reset();
                result.error = unknownFailureText();
            }
            promise->addResult(std::move(result));
            promise->finish();
        });
}

} // namespace dp
