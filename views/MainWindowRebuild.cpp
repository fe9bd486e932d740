// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's part in a damaged cache: the warning the background check leads to, and the rebuild it
// offers, which swaps the cache under the open window.

#include "AlertsPage.h"
#include "ErrorBox.h"
#include "MainWindow.h"
#include "StatusTasks.h"
#include "analytics/sentiment/RatingService.h"
#include "app/CacheRepair.h"
#include "app/CacheSession.h"
#include "app/FigureService.h"
#include "deal/DealPage.h"
#include "lexicon/LexiconView.h"
#include "settings/SavedCrmConnection.h"
#include "snapshots/SnapshotsPage.h"
#include "sync/CrmConnectionsPage.h"
#include "sync/SyncStatus.h"
#include "tasks/TaskRunner.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace dp {

void MainWindow::reportDamage(const QStringList &problems) {
    if (m_cachePath.isEmpty() || problems.isEmpty())
        return;
    // A damaged page can sit in the middle of the file for weeks before a query reaches it. The CRM's records
    // can be downloaded again, but ratings, coaching notes and snapshots live only in this file.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Dealpulse: the cache is damaged"),
                                CacheRescue::damage(m_cachePath, problems), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cacheDamaged"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr(
        "Deals, emails and the other CRM records can be downloaded again, but your ratings, coaching notes "
        "and snapshots are only in this file. Rebuild the cache to keep them in a new file and download the "
        "rest again with the next sync; the damaged file is kept as a backup. Or back the file up now, as "
        "it is, for recovery tools (for example sqlite3's .recover command)."));
    box->setDetailedText(problems.join(QLatin1Char('\n')));
    QPushButton *rebuild = box->addButton(tr("Rebuild the cache…"), QMessageBox::AcceptRole);
    rebuild->setObjectName(QStringLiteral("cacheRebuild"));
    QPushButton *backUp = box->addButton(tr("Back up the file"), QMessageBox::ActionRole);
    backUp->setObjectName(QStringLiteral("cacheBackUp"));
    box->addButton(tr("Continue without a copy"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("cacheContinue"));
    box->setDefaultButton(rebuild);
    connect(box, &QMessageBox::buttonClicked, this, [this, rebuild, backUp](QAbstractButton *clicked) {
        // After the box has closed, so the question and the progress are not behind it.
        if (clicked == rebuild)
            QMetaObject::invokeMethod(this, &MainWindow::rebuildCache, Qt::QueuedConnection);
        else if (clicked == backUp)
            QMetaObject::invokeMethod(this, &MainWindow::backUpDamagedCache, Qt::QueuedConnection);
    });
    box->open();
}

void MainWindow::backUpDamagedCache() {
    QString error;
    const QString copy = CacheRepair::backUp(m_cachePath, &error);
    if (copy.isEmpty()) {
        showError(this, tr("Dealpulse"), error);
        return;
    }
    statusBar()->showMessage(tr("The cache was copied to %1.").arg(QDir::toNativeSeparators(copy)), 15000);
}

void MainWindow::rebuildCache() {
    const QString title = tr("Rebuild the cache");
    if (m_cachePath.isEmpty())
        return;
    if (m_sync->isRunning()) {
        showError(this, title,
                  tr("A sync is running. Rebuild the cache when it has finished, or cancel it."));
        return;
    }
    if (m_tasks->isRunning()) {
        showError(this, title, tr("Another task is running. Rebuild the cache when it has finished."));
        return;
    }
    if (!m_confirmRebuild(this, m_cachePath))
        return;
    FigureSettings figures;
    figures.health = m_settings.health();
    figures.ourDomains = m_settings.ourEmailDomains;
    // Not put in place on the worker: the window's own connections must close first.
    CacheRepair::startRebuild(*m_runner, this, tr("Rebuilding the cache…"), m_cachePath, figures, m_clock,
                              [this, title](CacheRepairResult result) {
                                  if (result.ok()) {
                                      finishRebuild(std::move(result.report));
                                  } else if (!result.cancelled && !result.error.isEmpty()) {
                                      showError(this, title, result.error);
                                  } else {
                                      statusBar()->showMessage(
                                          tr("Rebuild cancelled: the cache is as it was."), 10000);
                                  }
                              });
}

void MainWindow::closeCacheConnections() {
    ++m_loadGeneration; // a pipeline still being read belongs to the cache going away
    m_loading = false;
    m_dealPage->closeCache();
    delete m_lexicon;
    m_lexicon = nullptr;
    m_snapshotsPage->closeCache();
    m_ratings.reset();
    m_alerts->setCommands(nullptr);
    m_figures.reset();
    if (m_session) {
        m_heldLock = m_session->releaseLock();
        m_session.reset();
    }
}

void MainWindow::finishRebuild(RebuildReport report) {
    const QString title = tr("Rebuild the cache");
    if (m_sync->isRunning()) {
        // It writes to the damaged file, which is about to become the backup.
        CacheRepair::discard(report);
        showError(this, title,
                  tr("A sync started while the cache was being rebuilt, so the rebuilt cache was not put in "
                     "place. Rebuild again when the sync has finished."));
        return;
    }
    closeCacheConnections();
    const CacheRepair::Swap swap = CacheRepair::swapIn(*m_runner, report, m_cachePath, 15000);
    if (swap.status == CacheRepair::SwapStatus::WorkersBusy) {
        showError(
            this, title,
            tr("Dealpulse is still reading the cache, so the rebuilt cache was not put in place. Rebuild "
               "again in a moment."));
        openCache(m_cachePath);
        return;
    }
    if (swap.status == CacheRepair::SwapStatus::Failed) {
        showError(this, title, swap.error);
        openCache(m_cachePath); // back to the damaged cache, as it was
        return;
    }
    openCache(m_cachePath);
    emit cacheRebuilt(report.backupPath);

    const bool connected = loadSavedCrmConnection(m_sync->settings(), m_sync->secrets()).has_value();
    QString text = CacheRescue::summary(report);
    if (!connected)
        text +=
            QLatin1String("\n\n") +
            tr("No CRM connection is set up yet: add one under Settings → CRM, then choose File → Sync now.");
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("cacheRebuiltBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    if (connected)
        m_sync->syncNow();
}

} // namespace dp
