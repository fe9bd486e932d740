// The deal page driven as a user would, offscreen: on a demo cache it opens the worst open deal and shows its
// band, reasons, chart, timeline and history; a rating and coaching notes are written and shown; an email
// whose HTML tries to load and run things shows its text and loads nothing.

#include "DealPageFixture.h"
#include "DealView.h"
#include "SafeTextBrowser.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/HealthText.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "demo/DemoGenerator.h"
#include "items/PipelineLoader.h"
#include "items/TimelineModel.h"
#include "store/FeedbackStore.h"
#include "store/InteractionStore.h"
#include "translations/Language.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace dp;

namespace {

const Millis kNow = test::at("2026-11-27T15:00:00Z");
const QString kManager = QStringLiteral("Maria Manager");

template <typename T> T *child(QWidget *parent, const char *name) {
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget named %s", name);
    return widget;
}

bool isRemote(const QUrl &url) {
    return !url.scheme().isEmpty() && url.scheme() != QLatin1String("qrc") &&
           url.scheme() != QLatin1String("data");
}

} // namespace

class TestDealView : public QObject {
    Q_OBJECT

    test::TempCache m_demo;
    FixedClock m_clock{kNow};
    qint64 m_worstDeal = 0;
    PipelineRow m_worst;

    DealViewOptions options(const QString &path) {
        DealViewOptions o;
        o.cachePath = path;
        o.user = kManager;
        o.zone = QTimeZone(QByteArrayLiteral("UTC"));
        o.clock = &m_clock;
        return o;
    }

    static void openAndWait(DealView &view, qint64 dealId) {
        QSignalSpy loaded(&view, &DealView::dealLoaded);
        view.openDeal(dealId);
        QVERIFY(loaded.wait(20000));
    }

private slots:
    void initTestCase() {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        DemoOptions demo;
        demo.now = kNow;
        DemoGenerator(m_demo.db(), demo).run();
        sentiment::rescoreCache(m_demo.db(), false);
        AnalyticsEngine(m_demo.db(), m_clock).recomputeAll({});
        for (const PipelineRow &row : loadPipeline(m_demo.db())) {
            if (row.metrics.band != HealthBand::Closed &&
                (!m_worstDeal || row.metrics.score < m_worst.metrics.score)) {
                m_worst = row;
                m_worstDeal = row.deal.id;
            }
        }
        QVERIFY(m_worstDeal);
    }

    void showsTheWorstDealOfTheDemo() {
        DealView view(options(m_demo.path()));
        view.resize(1440, 900);
        view.show();
        openAndWait(view, m_worstDeal);
        QCOMPARE(child<QLabel>(&view, "dealTitle")->text(), m_worst.deal.deal.name);
        const QString band = child<QLabel>(&view, "dealBand")->text();
        QVERIFY2(band.startsWith(bandLabel(m_worst.metrics.band)), qPrintable(band));
        QVERIFY(band.contains(QStringLiteral("%1/100").arg(m_worst.metrics.score)));
        const QString reasons = child<QLabel>(&view, "dealReasons")->text();
        for (const QString &reason : describe(m_worst.metrics.reasons))
            QVERIFY2(reasons.contains(reason.toHtmlEscaped()), qPrintable(reason));
        QVERIFY(child<QLabel>(&view, "dealSubtitle")->text().contains(m_worst.deal.accountName));

        const int interactions = int(InteractionStore(m_demo.db()).timeline(m_worstDeal).size());
        QListView *timeline = child<QListView>(&view, "timeline");
        QCOMPARE(timeline->model()->rowCount(), interactions);
        QVERIFY(child<QLabel>(&view, "timelineTitle")
                    ->text()
                    .startsWith(QStringLiteral("Timeline: %1 interaction").arg(interactions)));
        // Newest first, and the newest is open in the reader.
        const QAbstractItemModel *model = timeline->model();
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, 0).data(TimelineModel::OccurredAtRole).toLongLong() >=
                    model->index(row, 0).data(TimelineModel::OccurredAtRole).toLongLong());
        QCOMPARE(child<QLabel>(&view, "readerMeta")->text().section(QStringLiteral("  ·  "), 2, 2),
                 model->index(0, 0).data(TimelineModel::TimeTextRole).toString());

        const auto *history = child<QTreeWidget>(&view, "dealHistory");
        QVERIFY(history->topLevelItemCount() >= 1);
        QVERIFY(!history->topLevelItem(0)->text(1).isEmpty());

        view.grab().save(QDir::current().filePath(QStringLiteral("deal_view.png")));

        // Dark mode: the page follows the palette.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2d, 0x32));
        dark.setColor(QPalette::AlternateBase, QColor(0x30, 0x33, 0x38));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        dark.setColor(QPalette::Button, QColor(0x30, 0x33, 0x38));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Highlight, QColor(0x4f, 0xa3, 0xe0));
        view.setPalette(dark);
        view.grab().save(QDir::current().filePath(QStringLiteral("deal_view_dark.png")));
    }

    void ratesAnInteraction() {
        DealView view(options(m_demo.path()));
        view.resize(1440, 900);
        view.show();
        openAndWait(view, m_worstDeal);
        QListView *timeline = child<QListView>(&view, "timeline");
        const QModelIndex second = timeline->model()->index(1, 0);
        timeline->setCurrentIndex(second);
        const qint64 interaction = second.data(TimelineModel::InteractionIdRole).toLongLong();
        QCOMPARE(child<QLabel>(&view, "readerSubject")
                     ->text()
                     .contains(second.data(TimelineModel::SubjectRole).toString().toHtmlEscaped()),
                 true);

        QSignalSpy feedback(&view, &DealView::feedbackChanged);
        QTest::keyClicks(child<QLineEdit>(&view, "ratingNote"), QStringLiteral("sounds polite, means no"));
        QTest::mouseClick(child<QToolButton>(&view, "rateNegative"), Qt::LeftButton);
        QCOMPARE(feedback.size(), 1);
        QCOMPARE(child<QLabel>(&view, "ratingState")->text(),
                 QStringLiteral("You rated this interaction negative."));
        QVERIFY(child<QToolButton>(&view, "rateNegative")->isChecked());
        QCOMPARE(second.data(TimelineModel::RatingRole).toInt(), -1);
        QList<Rating> stored = FeedbackStore(m_demo.db()).ratings(interaction);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].value, -1);
        QCOMPARE(stored[0].rater, kManager);
        QCOMPARE(stored[0].note, QStringLiteral("sounds polite, means no"));

        // Changing one's mind replaces the rating; clicking it again takes it back.
        QTest::mouseClick(child<QToolButton>(&view, "ratePositive"), Qt::LeftButton);
        stored = FeedbackStore(m_demo.db()).ratings(interaction);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].value, 1);
        QVERIFY(!child<QToolButton>(&view, "rateNegative")->isChecked());
        QTest::mouseClick(child<QToolButton>(&view, "ratePositive"), Qt::LeftButton);
        QVERIFY(FeedbackStore(m_demo.db()).ratings(interaction).isEmpty());
        QCOMPARE(child<QLabel>(&view, "ratingState")->text(), QStringLiteral("Not rated yet."));

        // A rating is kept: reopening the deal shows it.
        QTest::mouseClick(child<QToolButton>(&view, "ratePositive"), Qt::LeftButton);
        DealView again(options(m_demo.path()));
        openAndWait(again, m_worstDeal);
        const QAbstractItemModel *model = child<QListView>(&again, "timeline")->model();
        QCOMPARE(model->index(1, 0).data(TimelineModel::RatingRole).toInt(), 1);
    }

    void writesEditsAndDeletesCoachingNotes() {
        const qint64 othersNote = FeedbackStore(m_demo.db())
                                      .addNote(m_worstDeal, QStringLiteral("Rita Rep"),
                                               QStringLiteral("Waiting for legal."), kNow - kMillisPerDay);
        DealView view(options(m_demo.path()));
        view.resize(1440, 900);
        view.show();
        openAndWait(view, m_worstDeal);
        auto *list = child<QListWidget>(&view, "notesList");
        auto *editor = child<QPlainTextEdit>(&view, "noteEditor");
        auto *submit = child<QPushButton>(&view, "noteSubmit");
        auto *edit = child<QPushButton>(&view, "noteEdit");
        auto *remove = child<QPushButton>(&view, "noteDelete");
        QCOMPARE(list->count(), 1);
        QVERIFY(!submit->isEnabled()); // nothing written yet

        // Someone else's note can be read, not changed.
        list->setCurrentRow(0);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());

        QTest::keyClicks(editor, QStringLiteral("Ask Dana who signs off on budget."));
        QCOMPARE(submit->text(), QStringLiteral("Add note"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(
            QStringLiteral("Ask Dana who signs off on budget.\n— Maria Manager, ")));
        QVERIFY(editor->toPlainText().isEmpty());
        QCOMPARE(child<QTabWidget>(&view, "dealTabs")->tabText(0), QStringLiteral("Coaching notes (2)"));

        list->setCurrentRow(0);
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(editor->toPlainText(), QStringLiteral("Ask Dana who signs off on budget."));
        QCOMPARE(submit->text(), QStringLiteral("Save changes"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Ask Dana who signs off, and by when."));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(list->item(0)->text().startsWith(
            QStringLiteral("Ask Dana who signs off, and by when.\n— Maria Manager")));
        const QList<CoachingNote> stored = FeedbackStore(m_demo.db()).notes(m_worstDeal);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].body, QStringLiteral("Ask Dana who signs off, and by when."));

        list->setCurrentRow(0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Waiting for legal.")));
        QCOMPARE(FeedbackStore(m_demo.db()).notes(m_worstDeal).size(), 1);
        QVERIFY(FeedbackStore(m_demo.db()).deleteNote(othersNote, QStringLiteral("Rita Rep")));
    }

    void escapeGoesBack() {
        DealView view(options(m_demo.path()));
        view.show();
        openAndWait(view, m_worstDeal);
        QSignalSpy back(&view, &DealView::backRequested);
        child<QListView>(&view, "timeline")->setFocus();
        QTest::keyClick(child<QListView>(&view, "timeline"), Qt::Key_Escape);
        QCOMPARE(back.size(), 1);
        QTest::mouseClick(child<QToolButton>(&view, "dealBack"), Qt::LeftButton);
        QCOMPARE(back.size(), 2);
    }

    void hostileEmailShowsItsTextAndLoadsNothing() {
        test::TempCache cache;
        const test::DealPageFixture deal = test::DealPageFixture::write(cache.db(), kNow);
        sentiment::rescoreCache(cache.db(), false);
        AnalyticsEngine(cache.db(), m_clock).recomputeAll({});
        DealView view(options(cache.path()));
        view.resize(1440, 900);
        view.show();
        openAndWait(view, deal.dealId);
        QListView *timeline = child<QListView>(&view, "timeline");
        QCOMPARE(timeline->currentIndex().data(TimelineModel::InteractionIdRole).toLongLong(),
                 deal.hostileEmail);
        auto *browser = child<SafeTextBrowser>(&view, "readerContent");
        const QString shown = browser->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Hi Alison, the security review is done.")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Open the report")));
        QVERIFY(shown.contains(QStringLiteral("Regards, Sam")));
        for (const char *hidden : {"pwned", "Frame text", "Offer", "background", "steal"})
            QVERIFY2(!shown.contains(QLatin1String(hidden)), hidden);
        for (const QUrl &url : browser->requestedResources())
            QVERIFY2(!isRemote(url), qPrintable(url.toString()));
        QVERIFY(browser->requestedResources().isEmpty());
        const QString html = browser->toHtml();
        QVERIFY(!html.contains(QLatin1String("evil.example")));
        QVERIFY(!html.contains(QLatin1String("javascript"), Qt::CaseInsensitive));
        QCOMPARE(view.windowTitle(), QString()); // the script that would retitle the page never ran

        // Pictures of an email with negative words marked and of a meeting's transcript, to look at.
        timeline->setCurrentIndex(timeline->model()->index(3, 0));
        QVERIFY(child<QLabel>(&view, "readerSentiment")->text().contains(QStringLiteral("driven by")));
        view.grab().save(QDir::current().filePath(QStringLiteral("deal_view_email.png")));
        timeline->setCurrentIndex(timeline->model()->index(4, 0));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Dana Ortiz (Acme): We love the demo")));
        view.grab().save(QDir::current().filePath(QStringLiteral("deal_view_meeting.png")));

        // Second wall: even raw HTML handed to the browser gets nothing for its remote image. The answer is
        // empty but never null, which would let Qt read the URL itself (test_email_reader).
        browser->setHtml(QStringLiteral("<p>raw</p><img src=\"http://evil.example/pixel.gif\">"));
        QVERIFY(!browser->requestedResources().isEmpty());
        const QVariant loaded = browser->loadResource(QTextDocument::ImageResource,
                                                      QUrl(QStringLiteral("http://evil.example/pixel.gif")));
        QVERIFY(!loaded.isNull());
        QVERIFY(loaded.toByteArray().isEmpty());
        view.grab().save(QDir::current().filePath(QStringLiteral("deal_view_fixture.png")));
    }
};

QTEST_MAIN(TestDealView)
#include "test_deal_view.moc"
