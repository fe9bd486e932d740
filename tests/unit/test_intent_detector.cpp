// SPDX-License-Identifier: GPL-3.0-or-later
// The sales intent layer: typical sales sentences are found with their family and words, their negations and
// conditional forms are not counted, Romanian matches with and without diacritics, the pattern file's
// format is read as documented, and counted intents move the sales score. No accuracy figure is asserted
// here: intent_accuracy reports it (tests/bench).

#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/IntentDetector.h"
#include "analytics/sentiment/SalesScorer.h"
#include "store/Database.h"
#include "store/MetaStore.h"

#include "TestSupport.h"

#include <QtTest>

using namespace dp::sentiment;

namespace {

struct Found {
    IntentFamily family;
    QString words; // the matched span's text
};

QList<Found> counted(const IntentDetector &detector, const QString &text, Language language) {
    QList<Found> found;
    for (const IntentMatch &match : detector.detectText(text, language)) {
        if (counts(match))
            found.append({match.family, text.mid(match.span.begin, match.span.length)});
    }
    return found;
}

} // namespace

class TestIntentDetector : public QObject {
    Q_OBJECT

private slots:
    void issueExamplesAreFound_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("words");
        const auto row = [](const char *text, IntentFamily family, const char *words) {
            QTest::newRow(text) << QString::fromUtf8(text) << int(family) << QString::fromUtf8(words);
        };
        row("Can you send over the MSA so our legal team can start?", IntentFamily::ProcurementProgress,
            "MSA");
        row("Sending a calendar invite for the technical deep dive.", IntentFamily::NextStep,
            "Sending a calendar invite");
        row("Adding our CFO to the thread.", IntentFamily::NewStakeholder, "Adding our CFO");
        row("We went with a different tool.", IntentFamily::CompetitorChosen, "went with a different");
        row("The initiative is paused until Q3.", IntentFamily::Delay, "paused");
        row("Our team decided to keep using spreadsheets.", IntentFamily::StatusQuo,
            "keep using spreadsheets");
        row("We will not be moving forward.", IntentFamily::StatusQuo, "moving forward");
        row("Unfortunately the budget was not approved.", IntentFamily::BudgetBlocked,
            "budget was not approved");
        row("James has left the company.", IntentFamily::ChampionLeft, "left the company");
        row("Please take me off your list.", IntentFamily::Unsubscribe, "take me off");
        row("We're ready to sign the order form.", IntentFamily::Commitment, "ready to sign");
    }
    void issueExamplesAreFound() {
        QFETCH(QString, text);
        QFETCH(int, family);
        QFETCH(QString, words);
        const QList<Found> found = counted(m_detector, text, Language::English);
        QVERIFY2(!found.isEmpty(), qPrintable(text));
        QCOMPARE(int(found.front().family), family);
        QCOMPARE(found.front().words, words);
    }

    // A negated intent is not that intent; a conditional one is reported but not counted.
    void negatedAndConditionalAreNotCounted_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("no calendar") << QStringLiteral("We haven't scheduled anything yet.");
        QTest::newRow("not paused") << QStringLiteral("The project is not on hold.");
        QTest::newRow("not a competitor") << QStringLiteral("We didn't go with a different tool after all.");
        QTest::newRow("not left") << QStringLiteral("James hasn't left; he's on holiday until Monday.");
        QTest::newRow("no delay") << QStringLiteral("There's no delay on our side.");
        QTest::newRow("unless") << QStringLiteral("Unless the budget is approved, we cannot go ahead.");
        QTest::newRow("might if") << QStringLiteral("We might sign if the budget gets approved.");
        QTest::newRow("whether") << QStringLiteral("I'm not sure whether we'll proceed.");
        QTest::newRow("ro dacă") << QStringLiteral("Am putea semna dacă bugetul este aprobat.");
        QTest::newRow("ro not paused") << QStringLiteral("Proiectul nu este pus pe pauză.");
        QTest::newRow("ro not left") << QStringLiteral("Andrei nu a plecat, este în concediu până luni.");
    }
    void negatedAndConditionalAreNotCounted() {
        QFETCH(QString, text);
        const Language language = detectLanguage(text);
        QVERIFY2(counted(m_detector, text, language).isEmpty(), qPrintable(text));
    }

    void conditionalMatchesAreReported() {
        const QList<IntentMatch> matches =
            m_detector.detect(u"We might sign if the budget gets approved.", Language::English);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches[0].family, IntentFamily::Commitment);
        QVERIFY(matches[0].conditional);
    }

    // "Nu mai continuăm" negates a commitment: the pattern file says that is the status quo.
    void negatedCommitmentIsStatusQuo() {
        for (const auto &[text, language] :
             {std::pair{QStringLiteral("We will not be moving forward at this time."), Language::English},
              std::pair{QStringLiteral("We've decided not to proceed."), Language::English},
              std::pair{QStringLiteral("Nu mai continuăm colaborarea."), Language::Romanian}}) {
            const QList<Found> found = counted(m_detector, text, language);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found[0].family, IntentFamily::StatusQuo);
        }
    }

    // ș/ş, ț/ţ and no diacritics at all match alike.
    void romanianMatchesWithoutDiacritics() {
        for (const char *text :
             {"Vă trimit invitația pentru ședința de joi.", "Vă trimit invitaţia pentru şedinţa de joi.",
              "Va trimit invitatia pentru sedinta de joi."}) {
            const QList<Found> found = counted(m_detector, QString::fromUtf8(text), Language::Romanian);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found[0].family, IntentFamily::NextStep);
        }
        const QList<Found> budget =
            counted(m_detector, QStringLiteral("Bugetul nu a fost aprobat."), Language::Romanian);
        QCOMPARE(budget.size(), 1);
        QCOMPARE(budget[0].family, IntentFamily::BudgetBlocked);
        QCOMPARE(budget[0].words, QStringLiteral("Bugetul nu a fost aprobat"));
    }

    // The format documented in the pattern files: settings, prefixes, alternatives, gaps, NEG.
    void patternFileFormat() {
        const IntentPatterns patterns =
            IntentPatterns::fromText(u"# a comment\n"
                                     "valence\tdelay\t-1.5\n"
                                     "negated\tcommitment\tstatus_quo\n"
                                     "negator\tnot *n't\n"
                                     "condition\tif\n"
                                     "commitment\tsign|signed * contract*\n"
                                     "delay\tNEG * yet\n"
                                     "delay\tx*\n"            // a prefix of one letter: skipped
                                     "no_family\tsomething\n" // skipped
                                     "commitment\t* sign\n",  // a gap cannot start a pattern: skipped
                                     Language::English);
        QCOMPARE(patterns.patterns().size(), 2);
        QCOMPARE(patterns.valence(IntentFamily::Delay), -1.5);
        QCOMPARE(patterns.negated(IntentFamily::Commitment), IntentFamily::StatusQuo);
        QVERIFY(!patterns.negated(IntentFamily::Delay).has_value());
        const IntentDetector detector(patterns, patterns);
        const auto families = [&detector](const char16_t *text) {
            QList<IntentFamily> out;
            for (const IntentMatch &match : detector.detect(text, Language::English))
                out.append(match.family);
            return out;
        };
        QCOMPARE(families(u"We signed the final contracts."), QList{IntentFamily::Commitment});
        QCOMPARE(families(u"We didn't sign the contract."), QList{IntentFamily::StatusQuo});
        QCOMPARE(families(u"Not signed yet."), QList{IntentFamily::Delay});
        QCOMPARE(families(u"We signed nothing."), QList<IntentFamily>{});
    }

    void intentsFeedTheSalesScore() {
        SalesScorer without;
        without.setIntentLayer(false);
        const SalesScorer with;
        const QString competitor = QStringLiteral("We went with a different tool.");
        QCOMPARE(without.score(competitor).compound, 0.0);
        const SalesScore scored = with.score(competitor);
        QVERIFY(scored.compound <= -kNeutralBand);
        QCOMPARE(scored.terms.size(), 1);
        QCOMPARE(scored.terms[0].token, QStringLiteral("went with a different"));
        QCOMPARE(scored.terms[0].valence, -3.0);
        QVERIFY(with.score(u"Sending a calendar invite for the technical deep dive.").compound >=
                kNeutralBand);
        // A conditional commitment leaves the sentence as the lexicons read it.
        QCOMPARE(with.score(u"We might sign if they agree.").intents.size(), 1);
        QCOMPARE(with.score(u"We might sign if they agree.").compound,
                 without.score(u"We might ____ if they agree.").compound);
        // Romanian intents count on top of the Romanian lexicon's words ("păcate").
        const QString romanian = QStringLiteral("Am ales un alt furnizor, din păcate.");
        QVERIFY(without.score(romanian).compound <= -kNeutralBand);
        QVERIFY(with.score(romanian).compound < without.score(romanian).compound);
    }

    // Schema step 16 marks a cache with scores so that the next rescoring goes through every interaction,
    // then the mark is cleared.
    void scoresOfAnOlderScorerAreRescoredOnce() {
        dp::test::TempCache cache;
        dp::Database &db = cache.db();
        db.exec(
            "INSERT INTO deals(id, source, remote_id, name, created_at) VALUES (1, 'hubspot', 'd1', 'D', 0);"
            "INSERT INTO interactions(id, source, remote_id, kind, direction, occurred_at, sentiment,"
            " subject, body_text, transcript) VALUES"
            " (10, 'hubspot', 'e1', 'email', 'inbound', 1, 0.0, 'Update', 'We went with a different tool.',"
            " '');"
            "INSERT INTO interaction_deals(deal_id, interaction_id) VALUES (1, 10);"
            "DELETE FROM dirty_deals;");
        dp::MetaStore(db).setValue(QStringLiteral("sentiment_rescore_all"), QStringLiteral("1"));
        const RescoreSummary summary = rescoreCache(db, false);
        QCOMPARE(summary.changed, 1);
        QCOMPARE(dp::MetaStore(db).value(QStringLiteral("sentiment_rescore_all")), QStringLiteral("0"));
        dp::Statement score(db.handle(), "SELECT sentiment FROM interactions WHERE id = 10");
        QVERIFY(score.step());
        QVERIFY(score.real(0) <= -kNeutralBand);
        dp::Statement dirty(db.handle(), "SELECT count(*) FROM dirty_deals WHERE deal_id = 1");
        QVERIFY(dirty.step());
        QCOMPARE(dirty.int64(0), 1);
        // Without the mark, a scored row is left as it is.
        db.exec("UPDATE interactions SET sentiment = 0.5 WHERE id = 10");
        QCOMPARE(rescoreCache(db, false).changed, 0);
    }

private:
    const IntentDetector m_detector;
};

QTEST_GUILESS_MAIN(TestIntentDetector)
#include "test_intent_detector.moc"
