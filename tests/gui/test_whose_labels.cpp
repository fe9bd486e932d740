// SPDX-License-Identifier: GPL-3.0-or-later
// Whose each item is, on screen, with two people's items in one cache (one pulled from the team server): the
// deal page's rating area names the user's own rating "You" and the teammate's by their login, with its note
// as text; the coaching notes call the user's own note "you" and the teammate's by its author, with dates;
// the Snapshots page's "Taken by" column says "You" for the user's snapshot and the taker's login for a
// pulled one. In English and Romanian; DEALPULSE_SCREENSHOTS=DIR keeps the pictures.

#include "DealPageFixture.h"
#include "MainWindow.h"
#include "PipelineBuilder.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "app/DealCommands.h"
#include "app/SnapshotService.h"
#include "deal/DealView.h"
#include "items/DealActions.h"
#include "items/SnapshotListModel.h"
#include "items/TimelineModel.h"
#include "settings/SettingsStore.h"
#include "snapshots/SnapshotHistoryView.h"
#include "store/Database.h"
#include "store/TeamPullStore.h"
#include "sync/SecretStore.h"
#include "sync/SyncStatus.h"
#include "tasks/TaskRunner.h"
#include "team/TeamSettingsPage.h"
#include "translations/Language.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace dp;

namespace {

const Millis kNow = test::at("2026-11-27T15:00:00Z");
const QString kAna = QStringLiteral("ana@firm.ro"); // this desktop's user
const QString kIon = QStringLiteral("ion@firm.ro"); // a teammate, whose items came with a team pull

template <typename T> T *child(QWidget *parent, const char *name) {
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget named %s", name);
    return widget;
}

void save(QWidget *widget, const QString &name) {
    QCoreApplication::processEvents(); // the layouts take in the new texts first
    QVERIFY(widget->grab().save(test::picturePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestWhoseLabels : public QObject {
    Q_OBJECT

    test::TempCache m_cache;
    test::DealPageFixture m_deal;
    FixedClock m_clock{kNow};
    TaskRunner m_runner;

    // A 32-hex-digit change id, as the team server names its rows.
    static QString changeId(int n) { return QStringLiteral("%1").arg(n, 32, 10, QLatin1Char('0')); }

    QString interactionKey(qint64 id, QString *remoteId) {
        Statement key(m_cache.db().handle(), "SELECT source, remote_id FROM interactions WHERE id = ?1");
        key.bind(1, id);
        if (!key.step())
            qFatal("no interaction %lld", id);
        *remoteId = key.text(1);
        return key.text(0);
    }

    std::unique_ptr<DealView> openDeal() {
        DealViewOptions options;
        options.zone = QTimeZone(QByteArrayLiteral("UTC"));
        auto view = std::make_unique<DealView>(
            std::make_unique<DealCommands>(m_cache.db(), m_cache.path(), m_clock, kAna), m_runner, options);
        view->resize(1280, 820);
        view->show();
        QSignalSpy loaded(view.get(), &DealView::dealLoaded);
        view->openDeal(m_deal.dealId);
        if (!loaded.wait(20000))
            qFatal("the deal did not load");
        return view;
    }

private slots:
    void initTestCase() {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_deal = test::DealPageFixture::write(m_cache.db(), kNow);
        sentiment::rescoreCache(m_cache.db(), false);
        AnalyticsEngine(m_cache.db(), m_clock).recomputeAll({});

        // Ana rates the newest email and writes a note here; Ion's rating and note of the same deal come from
        // the team server.
        DealActions ana(m_cache.db(), m_clock, kAna);
        QVERIFY(ana.rate(m_deal.hostileEmail, 1, QStringLiteral("careful, not cold")) > 0);
        QString remoteId;
        const QString source = interactionKey(m_deal.hostileEmail, &remoteId);
        TeamPullStore pulls(m_cache.db());
        QCOMPARE(pulls.applyRating({changeId(1), kIon, source, remoteId, -1,
                                    QStringLiteral("<b>they</b> went quiet after this"), kNow - 3'600'000}),
                 TeamPullStore::Applied::Written);
        Statement deal(m_cache.db().handle(), "SELECT source, remote_id FROM deals WHERE id = ?1");
        deal.bind(1, m_deal.dealId);
        QVERIFY(deal.step());
        TeamNoteVersion note;
        note.changeId = changeId(2);
        note.noteId = changeId(3);
        note.author = kIon;
        note.source = deal.text(0);
        note.remoteId = deal.text(1);
        note.body = QStringLiteral("Legal wants the DPA before Friday.");
        note.editedAt = kNow - 2 * kMillisPerDay;
        QCOMPARE(pulls.applyNoteVersion(note), TeamPullStore::Applied::Written);
        m_clock.advance(-kMillisPerDay);
        QVERIFY(ana.addNote(m_deal.dealId, QStringLiteral("Get the CFO on the next call.")) > 0);
        m_clock.advance(kMillisPerDay);
    }

    void ratingAreaNamesBothRaters() {
        const auto view = openDeal();
        QListView *timeline = child<QListView>(view.get(), "timeline");
        timeline->setCurrentIndex(timeline->model()->index(0, 0));
        QCOMPARE(timeline->currentIndex().data(TimelineModel::InteractionIdRole).toLongLong(),
                 m_deal.hostileEmail);
        auto *state = child<QLabel>(view.get(), "ratingState");
        QCOMPARE(state->text(),
                 QStringLiteral("You rated this interaction positive.\n"
                                "ion@firm.ro rated it negative: “<b>they</b> went quiet after this”"));
        QCOMPARE(state->textFormat(), Qt::PlainText); // the teammate's note is text, never markup
        save(child<QWidget>(view.get(), "interactionReader"), QStringLiteral("whose-rating-en"));
    }

    void notesNameYouAndTheTeammate() {
        const auto view = openDeal();
        child<QTabWidget>(view.get(), "dealTabs")->setCurrentIndex(0);
        auto *list = child<QListWidget>(view.get(), "notesList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(),
                 QStringLiteral("Get the CFO on the next call.\n— you, 26/11/2026 15:00"));
        QCOMPARE(list->item(0)->toolTip(), QStringLiteral("Your note"));
        QCOMPARE(list->item(1)->text(),
                 QStringLiteral("Legal wants the DPA before Friday.\n— ion@firm.ro, 25/11/2026 15:00"));
        QCOMPARE(list->item(1)->toolTip(),
                 QStringLiteral("<p>Written by ion@firm.ro</p>")); // escaped, as text
        save(child<QWidget>(view.get(), "coachingNotes"), QStringLiteral("whose-notes-en"));
    }

    void snapshotsPageSaysWhoTookEach() {
        test::TempCache cache;
        Database &db = cache.db();
        test::PipelineBuilder(db).deal(QStringLiteral("a"), kNow - 200 * kMillisPerDay, 40000);
        FixedClock clock(kNow - kMillisPerDay);
        TeamSnapshot pulled;
        pulled.changeId = changeId(4);
        pulled.takenBy = kIon;
        pulled.takenAt = pulled.asOf = kNow - 2 * kMillisPerDay;
        pulled.goingDarkDays = 21;
        pulled.label = QStringLiteral("Ion's forecast call");
        pulled.filterJson = QStringLiteral("{}");
        QCOMPARE(TeamPullStore(db).applySnapshot(pulled), TeamPullStore::Applied::Written);

        auto service = std::make_unique<SnapshotService>(db, clock, HealthSettings{}, ForecastSettings{});
        service->setUser(kAna);
        SnapshotHistoryView view(std::move(service));
        view.resize(1100, 560);
        view.show();
        view.setLabelPrompt(
            [](QWidget *) -> std::optional<QString> { return QStringLiteral("Ana's week 48"); });
        child<QPushButton>(&view, "takeSnapshot")->click();
        auto *list = child<QTableView>(&view, "snapshotList");
        const QAbstractItemModel *model = list->model();
        QCOMPARE(model->rowCount(), 2);
        const auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, SnapshotListModel::LabelColumn), QStringLiteral("Ana's week 48"));
        QCOMPARE(cell(0, SnapshotListModel::TakenByColumn), QStringLiteral("You"));
        QCOMPARE(model->index(0, 0).data(SnapshotListModel::TakenByRole).toString(), kAna); // as stored
        QCOMPARE(cell(1, SnapshotListModel::TakenByColumn), kIon);
        QVERIFY(!list->isColumnHidden(SnapshotListModel::TakenByColumn));
        save(list, QStringLiteral("whose-snapshots-en"));
    }

    // The window is the team login once Settings → Team names one: its deal page calls that login's rating
    // and note "you", writes new notes under it, and so does its Snapshots page. (No server is reachable:
    // the team sync the window starts fails on its own, the pages do not wait for it.)
    void theWindowIsTheTeamLogin() {
        QSettings().clear();
        SettingsStore().setTeam(
            {QStringLiteral("host=%1 dbname=dealpulse").arg(m_cache.path() + QStringLiteral(".nosocket")),
             QStringLiteral("Ana@Firm.ro")});
        MainWindow window(SettingsStore().app());
        window.syncStatus()->setSecretStore(std::make_unique<sync::MemorySecretStore>());
        window.setClock(std::make_shared<FixedClock>(kNow));
        window.resize(1280, 820);
        QSignalSpy content(&window, &MainWindow::contentLoaded);
        window.openCache(m_cache.path());
        QVERIFY(content.wait(20000));
        window.openDeal(m_deal.dealId);
        QVERIFY(window.dealView());
        QSignalSpy loaded(window.dealView(), &DealView::dealLoaded);
        QVERIFY(loaded.wait(20000));
        DealView *view = window.dealView();
        auto *timeline = child<QListView>(view, "timeline");
        timeline->setCurrentIndex(timeline->model()->index(0, 0));
        QVERIFY(child<QLabel>(view, "ratingState")
                    ->text()
                    .startsWith(QStringLiteral("You rated this interaction positive.\nion@firm.ro")));
        auto *notes = child<QListWidget>(view, "notesList");
        QVERIFY(notes->item(0)->text().contains(QStringLiteral("\n— you, ")));
        child<QPlainTextEdit>(view, "noteEditor")->setPlainText(QStringLiteral("Written in the window."));
        child<QPushButton>(view, "noteSubmit")->click();
        QCOMPARE(notes->item(0)->text().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Written in the window."));
        Statement author(m_cache.db().handle(),
                         "SELECT author FROM coaching_notes WHERE body = 'Written in the window.'");
        QVERIFY(author.step());
        QCOMPARE(author.text(0), kAna);

        QVERIFY(window.snapshotsView());
        window.snapshotsView()->setLabelPrompt(
            [](QWidget *) -> std::optional<QString> { return QStringLiteral("From the window"); });
        child<QPushButton>(window.snapshotsView(), "takeSnapshot")->click();
        const QAbstractItemModel *list = child<QTableView>(window.snapshotsView(), "snapshotList")->model();
        int row = 0;
        while (row < list->rowCount() &&
               list->index(row, SnapshotListModel::LabelColumn).data() != QStringLiteral("From the window"))
            ++row;
        QVERIFY(row < list->rowCount());
        QCOMPARE(list->index(row, SnapshotListModel::TakenByColumn).data().toString(), QStringLiteral("You"));
        QCOMPARE(list->index(row, 0).data(SnapshotListModel::TakenByRole).toString(), kAna);
        window.close();
        QSettings().clear();
    }

    // Signing in to a team server in Settings makes its login this desktop's user at once: the next snapshot
    // taken by hand is the login's, without opening the cache again.
    void aTeamLoginSavedInSettingsTakesTheNextSnapshot() {
        QSettings().clear();
        MainWindow window(SettingsStore().app());
        window.syncStatus()->setSecretStore(std::make_unique<sync::MemorySecretStore>());
        window.setClock(std::make_shared<FixedClock>(kNow));
        QSignalSpy content(&window, &MainWindow::contentLoaded);
        window.openCache(m_cache.path());
        QVERIFY(content.wait(20000));
        window.openSettingsWith([this](SettingsDialog &dialog) {
            dialog.showPage(dialog.findChild<TeamSettingsPage *>());
            QTimer::singleShot(0, &dialog, [this, &dialog] {
                dialog.findChild<QLineEdit *>(QStringLiteral("teamServer"))
                    ->setText(QStringLiteral("host=%1 dbname=dealpulse")
                                  .arg(m_cache.path() + QStringLiteral(".nosocket")));
                dialog.findChild<QLineEdit *>(QStringLiteral("teamUser"))
                    ->setText(QStringLiteral("Ion@Firm.ro"));
                dialog.accept();
            });
        });
        window.snapshotsView()->setLabelPrompt(
            [](QWidget *) -> std::optional<QString> { return QStringLiteral("After signing in"); });
        child<QPushButton>(window.snapshotsView(), "takeSnapshot")->click();
        const QAbstractItemModel *list = child<QTableView>(window.snapshotsView(), "snapshotList")->model();
        int row = 0;
        while (row < list->rowCount() &&
               list->index(row, SnapshotListModel::LabelColumn).data() != QStringLiteral("After signing in"))
            ++row;
        QVERIFY(row < list->rowCount());
        QCOMPARE(list->index(row, 0).data(SnapshotListModel::TakenByRole).toString(), kIon);
        QCOMPARE(list->index(row, SnapshotListModel::TakenByColumn).data().toString(), QStringLiteral("You"));
        window.close();
        QSettings().clear();
    }

    void romanian() {
        installLanguage(QStringLiteral("ro"));
        QLocale::setDefault(QLocale(QLocale::Romanian, QLocale::Romania));
        const auto view = openDeal();
        QListView *timeline = child<QListView>(view.get(), "timeline");
        timeline->setCurrentIndex(timeline->model()->index(0, 0));
        const QString rating = child<QLabel>(view.get(), "ratingState")->text();
        QVERIFY2(
            rating.startsWith(QStringLiteral("Ați evaluat această interacțiune ca pozitivă.\nion@firm.ro")),
            qPrintable(rating));
        save(child<QWidget>(view.get(), "interactionReader"), QStringLiteral("whose-rating-ro"));
        child<QTabWidget>(view.get(), "dealTabs")->setCurrentIndex(0);
        const QString mine = child<QListWidget>(view.get(), "notesList")->item(0)->text();
        QVERIFY2(mine.contains(QStringLiteral("\n— dumneavoastră, ")), qPrintable(mine));
        save(child<QWidget>(view.get(), "coachingNotes"), QStringLiteral("whose-notes-ro"));
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

QTEST_MAIN(TestWhoseLabels)
#include "test_whose_labels.moc"
