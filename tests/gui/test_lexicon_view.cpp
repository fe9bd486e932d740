// SPDX-License-Identifier: GPL-3.0-or-later
// The Lexicon view driven as a user would, offscreen: a rating's terms appear with their weight and
// history, resetting a term takes it off the list, undoing a version brings it back, and the background
// rescoring shows its progress and ends with the deals updated.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/sentiment/RatingService.h"
#include "app/LexiconService.h"
#include "lexicon/LexiconView.h"
#include "store/InteractionStore.h"
#include "tasks/TaskRunner.h"
#include "translations/Language.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace dp;
using namespace dp::sentiment;

namespace {

const Millis kNow = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

int rowOf(const QTableView *table, const QString &text, int column = 0) {
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

QString textAt(const QTableView *table, int row, int column) {
    return table->model()->index(row, column).data().toString();
}

int rows(const QTableView *table) {
    return table->model()->rowCount();
}

} // namespace

class TestLexiconView final : public QObject {
    Q_OBJECT

    TaskRunner m_runner;

private slots:
    void initTestCase() { installLanguage(QStringLiteral("en")); }

    void rateListResetUndo() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).wobblyDeal(kNow);
        rescoreCache(cache.db(), true);
        const FixedClock clock(kNow);
        AnalyticsEngine(cache.db(), clock).recomputeAll({});
        const auto id = [&](int n) {
            return *InteractionStore(cache.db())
                        .interactionId(test::PipelineBuilder::kSource, QStringLiteral("i%1").arg(n));
        };

        RatingService service(cache.db(), clock);
        LexiconView view(std::make_unique<LexiconService>(service, cache.path()), m_runner);
        view.resize(1100, 640);
        view.show();
        auto *terms = view.findChild<QTableView *>(QStringLiteral("lexiconTerms"));
        auto *versions = view.findChild<QTableView *>(QStringLiteral("lexiconVersions"));
        auto *history = view.findChild<QTableView *>(QStringLiteral("lexiconTermHistory"));
        auto *reset = view.findChild<QPushButton *>(QStringLiteral("lexiconResetTerm"));
        auto *undo = view.findChild<QPushButton *>(QStringLiteral("lexiconUndoVersion"));
        auto *status = view.findChild<QLabel *>(QStringLiteral("lexiconRescoreStatus"));
        QVERIFY(terms && versions && history && reset && undo && status);
        QCOMPARE(rows(terms), 0);
        QVERIFY(!reset->isEnabled());

        // Two negative ratings, as the timeline's buttons would make them.
        QSignalSpy rescored(&view, &LexiconView::rescored);
        view.applyChange(service.rate(id(1), QStringLiteral("Rita Rep"), -1).change);
        view.applyChange(service.rate(id(2), QStringLiteral("Max Manager"), -1).change);
        const int wobbly = rowOf(terms, QStringLiteral("wobbly"));
        QVERIFY(wobbly >= 0);
        QVERIFY(textAt(terms, wobbly, 1).startsWith(QStringLiteral("−")));
        QCOMPARE(rows(versions), 2);
        QVERIFY(textAt(versions, 0, 2).contains(QStringLiteral("Max Manager rated “Timeline” negative")));

        // Its history names both ratings, newest first.
        terms->selectRow(wobbly);
        QVERIFY(reset->isEnabled());
        QCOMPARE(rows(history), 2);
        QVERIFY(textAt(history, 0, 3).contains(QStringLiteral("Timeline")));
        QVERIFY(textAt(history, 1, 3).contains(QStringLiteral("Rita Rep")));

        // The ratings turned the guard on, so the interactions are rescored in the background.
        QVERIFY(service.learner().adaptiveActive(Language::English));
        QTRY_VERIFY_WITH_TIMEOUT(!view.rescoring(), 20000);
        QVERIFY(rescored.count() >= 1);
        QVERIFY2(status->text().contains(QStringLiteral("deal")), qPrintable(status->text()));

        view.grab().save(QStringLiteral("/tmp/lexicon_view.png"));

        // Reset: the term leaves the list and a version says so.
        terms->selectRow(rowOf(terms, QStringLiteral("wobbly")));
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(rowOf(terms, QStringLiteral("wobbly")), -1);
        QCOMPARE(rows(versions), 3);
        QVERIFY(textAt(versions, 0, 2).contains(QStringLiteral("“wobbly” reset")));

        // Undo the reset: the term is back with its weight.
        versions->selectRow(0);
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(rowOf(terms, QStringLiteral("wobbly")) >= 0);
        QCOMPARE(rows(versions), 4);
        QVERIFY(textAt(versions, 1, 2).contains(QStringLiteral("(undone)")));
        versions->selectRow(1);
        QVERIFY(!undo->isEnabled()); // an undone version cannot be undone twice
        QTRY_VERIFY_WITH_TIMEOUT(!view.rescoring(), 20000);
    }

    void aRefusedResetIsShownAndTheTermStays() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).wobblyDeal(kNow);
        rescoreCache(cache.db(), true);
        const FixedClock clock(kNow);
        RatingService service(cache.db(), clock);
        LexiconView view(std::make_unique<LexiconService>(service, cache.path()), m_runner);
        view.show();
        auto *terms = view.findChild<QTableView *>(QStringLiteral("lexiconTerms"));
        for (int n : {1, 2}) {
            const qint64 interaction =
                *InteractionStore(cache.db())
                     .interactionId(test::PipelineBuilder::kSource, QStringLiteral("i%1").arg(n));
            view.applyChange(service.rate(interaction, QStringLiteral("Rita Rep"), -1).change);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!view.rescoring(), 20000);
        const int wobbly = rowOf(terms, QStringLiteral("wobbly"));
        QVERIFY(wobbly >= 0);
        terms->selectRow(wobbly);
        // The history's title quotes the term, a word from the mail: as text.
        auto *title = view.findChild<QLabel *>(QStringLiteral("lexiconHistoryTitle"));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QVERIFY(title->text().contains(QStringLiteral("“wobbly”")));

        cache.db().exec("CREATE TRIGGER fail_resets BEFORE INSERT ON lexicon_term_resets"
                        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("lexiconResetTerm")), Qt::LeftButton);
        auto *box = view.findChild<QMessageBox *>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("database or disk is full")), qPrintable(box->text()));
        QVERIFY(rowOf(terms, QStringLiteral("wobbly")) >= 0); // not reset, and the view still answers
        view.refresh();
        QVERIFY(rowOf(terms, QStringLiteral("wobbly")) >= 0);
    }

    void outstandingRescoringCanBeStarted() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("sour"), kNow - 90 * kDay)
            .email(QStringLiteral("sour"), kNow - 3 * kDay, 1, QStringLiteral("Rollout"),
                   QStringLiteral("The rollout plan looks wobbly to our team."));
        const FixedClock clock(kNow);
        RatingService service(cache.db(), clock);
        // A rating made while no view was there to rescore: the scores are behind the lexicon.
        service.rate(
            *InteractionStore(cache.db()).interactionId(test::PipelineBuilder::kSource, QStringLiteral("i1")),
            QStringLiteral("Rita"), -1);
        LexiconView view(std::make_unique<LexiconService>(service, cache.path()), m_runner);
        view.show();
        auto *status = view.findChild<QLabel *>(QStringLiteral("lexiconRescoreStatus"));
        auto *rescore = view.findChild<QPushButton *>(QStringLiteral("lexiconRescoreNow"));
        QVERIFY(status->text().contains(QStringLiteral("predate")));
        QTest::mouseClick(rescore, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view.rescoring(), 20000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Rescoring done")), qPrintable(status->text()));
        QVERIFY(!rescoreOutstanding(cache.db()));
        QVERIFY(rescore->isVisible());
    }

    void romanianTermsAreListedApart() {
        test::TempCache cache;
        test::PipelineBuilder(cache.db())
            .deal(QStringLiteral("ro"), kNow - 90 * kDay)
            .email(QStringLiteral("ro"), kNow - 1 * kDay, 1, QStringLiteral("Ofertă"),
                   QStringLiteral("Mulțumim pentru ofertă, este foarte bună și suntem de acord."));
        const FixedClock clock(kNow);
        RatingService service(cache.db(), clock);
        LexiconView view(std::make_unique<LexiconService>(service, cache.path()), m_runner);
        service.rate(
            *InteractionStore(cache.db()).interactionId(test::PipelineBuilder::kSource, QStringLiteral("i1")),
            QStringLiteral("Ana"), +1);
        view.refresh();
        auto *terms = view.findChild<QTableView *>(QStringLiteral("lexiconTerms"));
        QCOMPARE(rows(terms), 0); // English shown first, and English learned nothing
        auto *language = view.findChild<QComboBox *>(QStringLiteral("lexiconLanguage"));
        language->setCurrentIndex(language->findData(int(Language::Romanian)));
        QVERIFY(rowOf(terms, QStringLiteral("bună")) >= 0);
    }
};

QTEST_MAIN(TestLexiconView)
#include "test_lexicon_view.moc"
