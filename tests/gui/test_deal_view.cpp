// SPDX-License-Identifier: GPL-3.0-or-later
// The deal page driven as a user would, offscreen: on a demo cache it opens the worst open deal and shows its
// band, reasons, chart, timeline and history; a rating and coaching notes are written and shown; the terms
// ratings taught are named on the cards and marked apart in the reader; an email
// whose HTML tries to load and run things shows its text and loads nothing. Names from the CRM and the mail
// read as text, never as markup; a write the cache refuses is shown and the page keeps what was typed.

#include "CoachingNotesPanel.h"
#include "DealPageFixture.h"
#include "DealView.h"
#include "PipelineBuilder.h"
#include "SafeTextBrowser.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/HealthText.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "app/DealCommands.h"
#include "demo/DemoGenerator.h"
#include "items/PipelineLoader.h"
#include "items/TimelineModel.h"
#include "store/Database.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/FeedbackStore.h"
#include "store/InteractionStore.h"
#include "tasks/TaskRunner.h"
#include "translations/Language.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
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

// A dark palette as a desktop in dark mode gives one.
QPalette darkPalette() {
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
    return dark;
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

    TaskRunner m_runner;

    static DealViewOptions options() {
        DealViewOptions o;
        o.zone = QTimeZone(QByteArrayLiteral("UTC"));
        return o;
    }

    std::unique_ptr<DealCommands> commands(Database &db, const QString &path) {
        return std::make_unique<DealCommands>(db, path, m_clock, kManager);
    }
    std::unique_ptr<DealCommands> commands(test::TempCache &cache) {
        return commands(cache.db(), cache.path());
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
        DealView view(commands(m_demo), m_runner, options());
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

        const auto *history = child<QTreeView>(&view, "dealHistory");
        QVERIFY(history->model()->rowCount() >= 1);
        QVERIFY(!history->model()->index(0, 1).data().toString().isEmpty());

        view.grab().save(test::picturePath(QStringLiteral("deal_view.png")));

        // Dark mode: the page follows the palette.
        view.setPalette(darkPalette());
        view.grab().save(test::picturePath(QStringLiteral("deal_view_dark.png")));
    }

    void ratesAnInteraction() {
        DealView view(commands(m_demo), m_runner, options());
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
        DealView again(commands(m_demo), m_runner, options());
        openAndWait(again, m_worstDeal);
        const QAbstractItemModel *model = child<QListView>(&again, "timeline")->model();
        QCOMPARE(model->index(1, 0).data(TimelineModel::RatingRole).toInt(), 1);
    }

    void writesEditsAndDeletesCoachingNotes() {
        const qint64 othersNote = FeedbackStore(m_demo.db())
                                      .addNote(m_worstDeal, QStringLiteral("Rita Rep"),
                                               QStringLiteral("Waiting for legal."), kNow - kMillisPerDay);
        DealView view(commands(m_demo), m_runner, options());
        view.resize(1440, 900);
        view.show();
        openAndWait(view, m_worstDeal);
        auto *list = child<QListWidget>(&view, "notesList");
        auto *editor = child<QPlainTextEdit>(&view, "noteEditor");
        auto *submit = child<QPushButton>(&view, "noteSubmit");
        auto *edit = child<QPushButton>(&view, "noteEdit");
        auto *remove = child<QPushButton>(&view, "noteDelete");
        // Deleting asks first (tested with the panel); here the manager says yes.
        child<CoachingNotesPanel>(&view, "coachingNotes")->setDeleteConfirm([](QWidget *, const QString &) {
            return true;
        });
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
        QVERIFY(
            list->item(0)->text().startsWith(QStringLiteral("Ask Dana who signs off on budget.\n— you, ")));
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("Waiting for legal.\n— Rita Rep, ")));
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
            QStringLiteral("Ask Dana who signs off, and by when.\n— you, ")));
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
        DealView view(commands(m_demo), m_runner, options());
        view.show();
        openAndWait(view, m_worstDeal);
        QSignalSpy back(&view, &DealView::backRequested);
        child<QListView>(&view, "timeline")->setFocus();
        QTest::keyClick(child<QListView>(&view, "timeline"), Qt::Key_Escape);
        QCOMPARE(back.size(), 1);
        QTest::mouseClick(child<QToolButton>(&view, "dealBack"), Qt::LeftButton);
        QCOMPARE(back.size(), 2);
    }

    void showsSilenceBeyondTheBuyersRhythm() {
        // A buyer who answered every day for two weeks and has been silent for ten: at risk, and the page
        // says why in words, though the 21-day rule has not fired.
        test::TempCache cache;
        test::PipelineBuilder builder(cache.db());
        builder.deal(QStringLiteral("fast"), kNow - 60 * kMillisPerDay);
        for (int day = 24; day >= 10; --day)
            builder.email(QStringLiteral("fast"), kNow - day * kMillisPerDay, 1 + day % 2);
        AnalyticsEngine(cache.db(), m_clock).recomputeAll({});
        const qint64 id =
            *DealStore(cache.db()).dealId(test::PipelineBuilder::kSource, QStringLiteral("fast"));

        DealView view(commands(cache), m_runner, options());
        view.resize(1440, 900);
        view.show();
        openAndWait(view, id);
        const QString band = child<QLabel>(&view, "dealBand")->text();
        QVERIFY2(band.startsWith(bandLabel(HealthBand::AtRisk)), qPrintable(band));
        const QString reasons = child<QLabel>(&view, "dealReasons")->text();
        QVERIFY2(reasons.contains(QStringLiteral("Usually replies within 1 day; silent for 10 days")),
                 qPrintable(reasons));
    }

    // The buyer's sales intents are named on their cards beside their words, in English and Romanian.
    void timelineCardsNameTheBuyersIntents() {
        test::TempCache cache;
        const test::DealPageFixture deal = test::DealPageFixture::write(cache.db(), kNow);
        const auto inbound = [](const char *remoteId, Millis at, const char *subject, const char *body) {
            Interaction i;
            i.source = QStringLiteral("test");
            i.remoteId = QString::fromLatin1(remoteId);
            i.kind = InteractionKind::Email;
            i.direction = Direction::Inbound;
            i.occurredAt = at;
            i.dealRemoteIds = {QStringLiteral("d1")};
            i.subject = QString::fromUtf8(subject);
            i.bodyText = QString::fromUtf8(body);
            i.fromAddress = QStringLiteral("dana@acme.example");
            i.toAddresses = {QStringLiteral("alison@brightlane.io")};
            return i;
        };
        InteractionStore store(cache.db());
        store.upsert(inbound("i1", kNow - 2 * 3'600'000, "Re: Proposal",
                             "Hi Alison,\n\nAdding our CFO to the thread. Sending a calendar invite for the "
                             "technical deep dive next Tuesday.\n\nDana"));
        store.upsert(
            inbound("i2", kNow - 3'600'000, "Re: Ofertă",
                    "Bună ziua,\n\nDin păcate am ales un alt furnizor, iar proiectul este amânat până "
                    "în toamnă.\n\nDana"));
        sentiment::rescoreCache(cache.db(), false);
        AnalyticsEngine(cache.db(), m_clock).recomputeAll({});

        DealView view(commands(cache), m_runner, options());
        view.resize(1440, 900);
        view.show();
        openAndWait(view, deal.dealId);
        QListView *timeline = child<QListView>(&view, "timeline");
        const QAbstractItemModel *model = timeline->model();
        QCOMPARE(model->index(0, 0).data(TimelineModel::IntentsRole).toStringList(),
                 (QStringList{QStringLiteral("competitor chosen"), QStringLiteral("delay")}));
        QVERIFY(model->index(0, 0).data(TimelineModel::SentimentRole).toDouble() < 0);
        QCOMPARE(
            model->index(1, 0).data(TimelineModel::IntentsRole).toStringList(),
            (QStringList{QStringLiteral("new stakeholder joined"), QStringLiteral("next step scheduled")}));
        QVERIFY(model->index(1, 0).data(TimelineModel::SentimentRole).toDouble() > 0);
        timeline->setCurrentIndex(model->index(0, 0));
        QCoreApplication::processEvents();
        view.grab().save(test::picturePath(QStringLiteral("deal_view_intents.png")));
    }

    void cardsNameTheTermsLearnedFromRatings() {
        test::TempCache cache;
        // Beside the two "wobbly" mails, a newer one with a lexicon word too ("great"), left unrated.
        test::PipelineBuilder(cache.db())
            .wobblyDeal(kNow)
            .email(QStringLiteral("sour"), kNow - kMillisPerDay, 1, QStringLiteral("Pilot"),
                   QStringLiteral("The pilot went great, but the rollout still looks wobbly to finance."));
        sentiment::rescoreCache(cache.db(), false);
        AnalyticsEngine(cache.db(), m_clock).recomputeAll({});
        const qint64 deal =
            *DealStore(cache.db()).dealId(test::PipelineBuilder::kSource, QStringLiteral("sour"));

        DealView view(commands(cache), m_runner, options());
        view.resize(1440, 900);
        view.show();
        openAndWait(view, deal);
        QListView *timeline = child<QListView>(&view, "timeline");
        const QAbstractItemModel *model = timeline->model();
        QCOMPARE(model->rowCount(), 3);
        for (int row : {0, 1, 2})
            QVERIFY(model->index(row, 0).data(TimelineModel::LearnedTermsRole).toStringList().isEmpty());
        QLabel *sentiment = child<QLabel>(&view, "readerSentiment");
        QVERIFY(!sentiment->text().contains(u"learned from ratings"));

        // The buyer's "wobbly" mails rated negative, in the reader, as a manager would.
        for (int row : {2, 1}) {
            timeline->setCurrentIndex(model->index(row, 0));
            QTest::mouseClick(child<QToolButton>(&view, "rateNegative"), Qt::LeftButton);
            QCOMPARE(model->index(row, 0).data(TimelineModel::RatingRole).toInt(), -1);
        }
        for (int row : {0, 1, 2}) {
            const QModelIndex card = model->index(row, 0);
            QVERIFY(card.data(TimelineModel::LearnedTermsRole).toStringList().contains(u"wobbly"));
            QVERIFY(card.data(Qt::ToolTipRole).toString().contains(u"wobbly: learned as negative"));
        }
        // The reader follows without being reopened: the sentence names the learned terms, its tooltip says
        // their direction, and "wobbly" in the text is in italics and underlined, not only tinted.
        QVERIFY(sentiment->text().contains(u"learned from ratings: "));
        QVERIFY(sentiment->toolTip().contains(u"wobbly: learned as negative"));
        auto *browser = child<SafeTextBrowser>(&view, "readerContent");
        QCoreApplication::processEvents();
        const QTextCursor found = browser->document()->find(QStringLiteral("wobbly"));
        QVERIFY(!found.isNull());
        const QTextCharFormat format = found.charFormat();
        QVERIFY(format.fontItalic());
        QVERIFY(format.fontUnderline());
        QVERIFY(format.background().style() != Qt::NoBrush);

        // The unrated mail names its lexicon word and its learned term apart.
        const QModelIndex pilot = model->index(0, 0);
        QVERIFY(pilot.data(TimelineModel::DrivingWordsRole).toStringList().contains(u"great"));
        QVERIFY(!pilot.data(TimelineModel::DrivingWordsRole).toStringList().contains(u"wobbly"));

        // As the window shows it once the rescoring the ratings started has run.
        sentiment::rescoreCache(cache.db(), true);
        AnalyticsEngine(cache.db(), m_clock).recomputeAll({});
        openAndWait(view, deal);
        timeline->setCurrentIndex(model->index(0, 0));
        QVERIFY(model->index(0, 0).data(TimelineModel::LearnedTermsRole).toStringList().contains(u"wobbly"));
        QCoreApplication::processEvents();
        view.grab().save(test::picturePath(QStringLiteral("deal_view_learned_terms.png")));
        view.setPalette(darkPalette());
        view.grab().save(test::picturePath(QStringLiteral("deal_view_learned_terms_dark.png")));
        view.setPalette(QPalette());
        for (int row : {0, 1})
            timeline->viewport()
                ->grab(timeline->visualRect(model->index(row, 0)))
                .save(test::picturePath(QStringLiteral("timeline_card_learned_terms_%1.png").arg(row)));

        // In Romanian the label is longer; the card still names the terms.
        installLanguage(QStringLiteral("ro"));
        DealView romanian(commands(cache), m_runner, options());
        romanian.resize(1440, 900);
        romanian.show();
        openAndWait(romanian, deal);
        QListView *cards = child<QListView>(&romanian, "timeline");
        const QModelIndex first = cards->model()->index(0, 0);
        QVERIFY(first.data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .startsWith(u"termeni învățați din evaluări:"));
        QCoreApplication::processEvents();
        romanian.grab().save(test::picturePath(QStringLiteral("deal_view_learned_terms_ro.png")));
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void crmTextIsShownAsTextNeverAsMarkup() {
        // A real picture on disk: shown as rich text, "<img src=…>" in a name would load it.
        test::TempCache cache;
        const QString picture = QDir(cache.dir()).filePath(QStringLiteral("big.png"));
        QImage image(1200, 900, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(picture));
        const QString hostile = QStringLiteral("<img src=\"%1\">").arg(picture);
        const test::DealPageFixture deal = test::DealPageFixture::write(cache.db(), kNow);
        Statement(cache.db().handle(), "UPDATE deals SET name = ?1, stage = ?2 WHERE id = ?3")
            .bind(1, hostile)
            .bind(2, QStringLiteral("<b>Negotiation</b>"))
            .bind(3, deal.dealId)
            .run();
        DirectoryStore(cache.db())
            .upsertAccount({QStringLiteral("test"),
                            QStringLiteral("acme"),
                            QStringLiteral("<i>Acme</i>"),
                            {QStringLiteral("acme.example")}});
        // The sender of the newest email, as the reader's "From" line names them.
        DirectoryStore(cache.db())
            .upsertContact({QStringLiteral("test"), QStringLiteral("sam"), QStringLiteral("acme"), hostile,
                            QStringLiteral("Lee"), QStringLiteral("sam@acme.example"),
                            QStringLiteral("CISO")});
        FeedbackStore(cache.db()).addNote(deal.dealId, hostile, QStringLiteral("Looks stuck."), kNow);

        DealView view(commands(cache), m_runner, options());
        view.resize(1440, 900);
        view.show();
        openAndWait(view, deal.dealId);
        const int line = view.fontMetrics().height();

        auto *title = child<QLabel>(&view, "dealTitle");
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), hostile);
        QVERIFY2(title->sizeHint().height() < 5 * line, "the title grew to the picture's height");
        auto *subtitle = child<QLabel>(&view, "dealSubtitle");
        QCOMPARE(subtitle->textFormat(), Qt::PlainText);
        QVERIFY(subtitle->text().startsWith(QStringLiteral("<i>Acme</i>")));
        QVERIFY(subtitle->text().contains(QStringLiteral("<b>Negotiation</b>")));

        QListView *timeline = child<QListView>(&view, "timeline");
        QCOMPARE(timeline->currentIndex().data(TimelineModel::InteractionIdRole).toLongLong(),
                 deal.hostileEmail);
        auto *participants = child<QLabel>(&view, "readerParticipants");
        QCOMPARE(participants->textFormat(), Qt::PlainText);
        QVERIFY2(participants->text().startsWith(QStringLiteral("From %1 Lee").arg(hostile)),
                 qPrintable(participants->text()));
        QVERIFY(participants->sizeHint().height() < 5 * line);
        QCOMPARE(child<QLabel>(&view, "readerMeta")->textFormat(), Qt::PlainText);

        // Someone else's note: its tooltip is rich text with the author's name escaped.
        auto *notes = child<QListWidget>(&view, "notesList");
        QCOMPARE(notes->count(), 1);
        QVERIFY(notes->item(0)->text().contains(hostile)); // an item's text is drawn as plain text
        const QString tip = notes->item(0)->toolTip();
        QVERIFY2(Qt::mightBeRichText(tip), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("&lt;img src=")), qPrintable(tip));
    }

    void aFailedWriteIsShownAndNothingIsLost() {
        test::TempCache cache;
        const test::DealPageFixture deal = test::DealPageFixture::write(cache.db(), kNow);
        DealView view(commands(cache), m_runner, options());
        view.resize(1440, 900);
        view.show();
        openAndWait(view, deal.dealId);
        auto *list = child<QListWidget>(&view, "notesList");
        auto *editor = child<QPlainTextEdit>(&view, "noteEditor");
        auto *submit = child<QPushButton>(&view, "noteSubmit");
        const auto errorBox = [&view]() -> QMessageBox * {
            return view.findChild<QMessageBox *>(QStringLiteral("errorBox"));
        };

        // Another connection makes every write of a note or a rating fail, as a full disk would.
        cache.db().exec("CREATE TRIGGER fail_notes BEFORE INSERT ON coaching_notes"
                        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;"
                        "CREATE TRIGGER fail_ratings BEFORE INSERT ON ratings"
                        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
        QTest::keyClicks(editor, QStringLiteral("Call the CFO this week."));
        QTest::mouseClick(submit, Qt::LeftButton);
        QMessageBox *box = errorBox();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("The note was not saved")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("database or disk is full")));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(editor->toPlainText(), QStringLiteral("Call the CFO this week.")); // kept for another try
        QCOMPARE(list->count(), 0);
        box->close();
        QTRY_VERIFY(!errorBox());

        QListView *timeline = child<QListView>(&view, "timeline");
        const QModelIndex current = timeline->currentIndex();
        QTest::keyClicks(child<QLineEdit>(&view, "ratingNote"), QStringLiteral("polite no"));
        QTest::mouseClick(child<QToolButton>(&view, "rateNegative"), Qt::LeftButton);
        box = errorBox();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("The rating was not saved")), qPrintable(box->text()));
        QVERIFY(!child<QToolButton>(&view, "rateNegative")->isChecked());
        QCOMPARE(child<QLineEdit>(&view, "ratingNote")->text(), QStringLiteral("polite no"));
        QCOMPARE(current.data(TimelineModel::RatingRole).toInt(), 0);
        box->close();
        QTRY_VERIFY(!errorBox());

        // Once the cache takes writes again, the same clicks store what was kept.
        cache.db().exec("DROP TRIGGER fail_notes; DROP TRIGGER fail_ratings;");
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(!errorBox());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Call the CFO this week.")));
        QTest::mouseClick(child<QToolButton>(&view, "rateNegative"), Qt::LeftButton);
        QVERIFY(!errorBox());
        QCOMPARE(current.data(TimelineModel::RatingRole).toInt(), -1);
        QCOMPARE(FeedbackStore(cache.db()).ratings(deal.hostileEmail).value(0).note,
                 QStringLiteral("polite no"));

        // Taking the rating back fails too: the rating and its note stay, shown as stored.
        cache.db().exec("CREATE TRIGGER fail_unrating BEFORE DELETE ON ratings"
                        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
        QTest::mouseClick(child<QToolButton>(&view, "rateNegative"), Qt::LeftButton);
        box = errorBox();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("The rating was not taken back")),
                 qPrintable(box->text()));
        QVERIFY(child<QToolButton>(&view, "rateNegative")->isChecked());
        QCOMPARE(child<QLineEdit>(&view, "ratingNote")->text(), QStringLiteral("polite no"));
        QCOMPARE(current.data(TimelineModel::RatingRole).toInt(), -1);
        QCOMPARE(current.data(TimelineModel::RatingNoteRole).toString(), QStringLiteral("polite no"));
        QCOMPARE(FeedbackStore(cache.db()).ratings(deal.hostileEmail).size(), 1);
        box->close();
        QTRY_VERIFY(!errorBox());

        // Once it works, the note goes with the rating.
        cache.db().exec("DROP TRIGGER fail_unrating;");
        QTest::mouseClick(child<QToolButton>(&view, "rateNegative"), Qt::LeftButton);
        QVERIFY(!errorBox());
        QVERIFY(!child<QToolButton>(&view, "rateNegative")->isChecked());
        QCOMPARE(current.data(TimelineModel::RatingRole).toInt(), 0);
        QVERIFY(child<QLineEdit>(&view, "ratingNote")->text().isEmpty());
        QVERIFY(FeedbackStore(cache.db()).ratings(deal.hostileEmail).isEmpty());
    }

    void aCacheOpenedReadOnlyIsReported() {
        test::TempCache cache;
        const test::DealPageFixture deal = test::DealPageFixture::write(cache.db(), kNow);
        // The window opened the cache read-only (its folder takes no writes): the page reads, writes fail.
        OpenResult session = Database::open(cache.path(), Database::Mode::ReadOnly);
        QVERIFY(session.ok());
        DealView view(commands(*session.database, cache.path()), m_runner, options());
        view.show();
        openAndWait(view, deal.dealId);
        QTest::keyClicks(child<QPlainTextEdit>(&view, "noteEditor"), QStringLiteral("Still here?"));
        QTest::mouseClick(child<QPushButton>(&view, "noteSubmit"), Qt::LeftButton);
        auto *box = view.findChild<QMessageBox *>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QVERIFY2(box->text().startsWith(QStringLiteral("The note was not saved: ")), qPrintable(box->text()));
        // The page stays: the deal is still shown, the note still written out.
        QCOMPARE(child<QLabel>(&view, "dealTitle")->text(), QStringLiteral("Acme platform rollout"));
        QVERIFY(child<QLabel>(&view, "dealTitle")->isVisible());
        QCOMPARE(child<QPlainTextEdit>(&view, "noteEditor")->toPlainText(), QStringLiteral("Still here?"));
        QTest::mouseClick(child<QToolButton>(&view, "ratePositive"), Qt::LeftButton);
        QVERIFY(!child<QToolButton>(&view, "ratePositive")->isChecked());
    }

    void hostileEmailShowsItsTextAndLoadsNothing() {
        test::TempCache cache;
        const test::DealPageFixture deal = test::DealPageFixture::write(cache.db(), kNow);
        sentiment::rescoreCache(cache.db(), false);
        AnalyticsEngine(cache.db(), m_clock).recomputeAll({});
        DealView view(commands(cache), m_runner, options());
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
        view.grab().save(test::picturePath(QStringLiteral("deal_view_email.png")));
        timeline->setCurrentIndex(timeline->model()->index(4, 0));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Dana Ortiz (Acme): We love the demo")));
        view.grab().save(test::picturePath(QStringLiteral("deal_view_meeting.png")));

        // Second wall: even raw HTML handed to the browser gets nothing for its remote image. The answer is
        // empty but never null, which would let Qt read the URL itself (test_email_reader).
        browser->setHtml(QStringLiteral("<p>raw</p><img src=\"http://evil.example/pixel.gif\">"));
        QVERIFY(!browser->requestedResources().isEmpty());
        const QVariant loaded = browser->loadResource(QTextDocument::ImageResource,
                                                      QUrl(QStringLiteral("http://evil.example/pixel.gif")));
        QVERIFY(!loaded.isNull());
        QVERIFY(loaded.toByteArray().isEmpty());
        view.grab().save(test::picturePath(QStringLiteral("deal_view_fixture.png")));
    }
};

QTEST_MAIN(TestDealView)
#include "test_deal_view.moc"
