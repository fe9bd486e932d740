// SPDX-License-Identifier: GPL-3.0-or-later
// The rebuild as a manager meets it, offscreen: the background check's warning about the open cache offers
// "Rebuild the cache…"; after the question the work runs in the status bar, and the window ends up on the
// rebuilt cache (people's rows and their deals there, the damaged file kept as the backup), saying what was
// kept and, with no CRM connected, how to connect one. Pictures of the dialogs go to the temporary folder.

#include "CacheProblemDialog.h"
#include "CacheRescue.h"
#include "DamagedCache.h"
#include "MainWindow.h"
#include "StatusTasks.h"
#include "TestSupport.h"
#include "items/PipelineModel.h"
#include "settings/AppSettings.h"
#include "store/CacheRebuild.h"
#include "tasks/TaskRunner.h"
#include "translations/Language.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace dp;

namespace {

QByteArray digest(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

QStringList check(const QString &path) {
    OpenResult opened = Database::open(path, Database::Mode::ReadOnly);
    return opened.ok() ? opened.database->quickCheck() : QStringList{opened.error};
}

void savePicture(QWidget *widget, const QString &name) {
    const QDir folder(QDir::temp().filePath(QStringLiteral("dealpulse-screenshots")));
    folder.mkpath(QStringLiteral("."));
    QVERIFY(widget->grab().save(folder.filePath(name), "PNG"));
    qInfo() << "picture:" << folder.filePath(name);
}

} // namespace

class TestCacheRebuildWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        installLanguage(QStringLiteral("en"));
        QSettings().clear(); // no CRM connection
    }

    void theStartDialogOffersTheRebuild() {
        const QString path = QStringLiteral("/home/maria/.local/share/Dealpulse/cache.sqlite");
        CacheProblemDialog dialog(
            QStringLiteral("Cannot prepare the cache %1: The cache file is damaged: database "
                           "disk image is malformed")
                .arg(path),
            path);
        dialog.offerRebuild([](QWidget *, const QString &) { return true; });
        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        savePicture(&dialog, QStringLiteral("cache-problem-rebuild.png"));
        dialog.findChild<QPushButton *>(QStringLiteral("cacheRebuild"))->click();
        QCOMPARE(dialog.choice(), CacheProblemDialog::Choice::Rebuild);
    }

    void atStartTheRebuildAlsoComputesTheFiguresAndSwapsTheFiles() {
        // What the launcher runs behind its progress dialog when the start dialog's button was chosen.
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).absoluteFilePath(QStringLiteral("cache.sqlite"));
        {
            OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(opened.ok());
            test::fillPeopleAndCrm(*opened.database, 100);
        }
        QVERIFY(test::damagePageHolding(path, test::fillerMarker(50)));
        // On a runner's worker, as the launcher runs it, reporting through the task's control.
        TaskRunner runner;
        RebuildReport report;
        std::optional<TaskResult> result;
        Task *task = runner.run<TaskResult>(
            this, QStringLiteral("Rebuilding the cache…"),
            [&path, &report](TaskControl &control) {
                return CacheRescue::run(path, FigureSettings{}, FixedClock(test::at("2026-11-02T12:00:00Z")),
                                        true, control, report);
            },
            [&result](TaskResult outcome) { result = std::move(outcome); }, TaskRunner::Long);
        QSignalSpy progressed(task, &Task::progressed);
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->error));
        QVERIFY(!progressed.isEmpty());
        QVERIFY(progressed.last().at(1).toInt() > 0); // the total of the rebuild's steps
        QVERIFY(QFileInfo::exists(report.backupPath));
        QCOMPARE(check(path), QStringList());
        OpenResult opened = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        QCOMPARE(test::ids(*opened.database, "SELECT count(*) FROM deal_metrics"), QList<qint64>{2});
        QCOMPARE(test::ids(*opened.database, "SELECT count(*) FROM dirty_deals"), QList<qint64>{0});
    }

    void theWindowRebuildsItsCacheAndReadsTheRebuiltOne() {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).absoluteFilePath(QStringLiteral("cache.sqlite"));
        test::PeoplesRows rows;
        {
            OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(opened.ok());
            rows = test::fillPeopleAndCrm(*opened.database);
        }
        QVERIFY(test::damagePageHolding(path, test::fillerMarker(200)));
        const QStringList problems = check(path);
        QVERIFY(!problems.isEmpty());
        const QByteArray damaged = digest(path);

        MainWindow window{AppSettings{}};
        window.setClock(std::make_shared<FixedClock>(test::at("2026-11-02T12:00:00Z")));
        window.resize(1100, 600);
        QStringList asked;
        window.setRebuildConfirm([&asked](QWidget *, const QString &cachePath) {
            asked.append(cachePath);
            return true;
        });
        window.show();
        QSignalSpy loaded(&window, &MainWindow::contentLoaded);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        QVERIFY(window.openCache(path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 10000);

        window.reportDamage(problems);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("cacheDamaged"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("is damaged")));
        savePicture(box, QStringLiteral("cache-damaged-box.png"));
        QSignalSpy rebuilt(&window, &MainWindow::cacheRebuilt);
        loaded.clear();
        box->findChild<QPushButton *>(QStringLiteral("cacheRebuild"))->click();
        QVERIFY(rebuilt.wait(30000));
        QCOMPARE(asked, QStringList{path});
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));

        // On the rebuilt cache: sound, with people's deals in the pipeline and nothing else of the CRM.
        QCOMPARE(window.cachePath(), path);
        QCOMPARE(check(path), QStringList());
        QStringList shown;
        for (const PipelineRow &row : window.content().rows)
            shown.append(row.deal.deal.remoteId);
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("keep-1"), QStringLiteral("keep-2")}));
        {
            OpenResult opened = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY(opened.ok());
            QCOMPARE(test::ids(*opened.database, "SELECT id FROM coaching_notes ORDER BY id"), rows.notes);
            QCOMPARE(test::ids(*opened.database, "SELECT id FROM ratings ORDER BY id"), rows.ratings);
            QCOMPARE(test::ids(*opened.database, "SELECT count(*) FROM sync_bookmarks"), QList<qint64>{0});
        }
        const QString backup = rebuilt.first().first().toString();
        QVERIFY(backup.startsWith(path + QStringLiteral(".backup-")));
        QCOMPARE(digest(backup), damaged);
        QVERIFY(!QFileInfo::exists(CacheRebuild::rebuiltPathFor(path)));

        auto *summary = window.findChild<QMessageBox *>(QStringLiteral("cacheRebuiltBox"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("3 coaching notes")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("Settings → CRM"))); // none connected
        savePicture(summary, QStringLiteral("cache-rebuilt-box.png"));
        QVERIFY(!window.tasks()->isRunning());
    }
};

QTEST_MAIN(TestCacheRebuildWindow)
#include "test_cache_rebuild_window.moc"
