// SPDX-License-Identifier: GPL-3.0-or-later
// The rating learner: it starts as the scorer, moves the right way on a rating, refits deterministically
// (deleting a rating and refitting gives back the weights exactly), keeps the scorer until it beats it,
// and starts Romanian, as English, from its base lexicon.

#include "analytics/sentiment/Learner.h"
#include "analytics/sentiment/LearnerFeatures.h"
#include "analytics/sentiment/Prequential.h"
#include "analytics/sentiment/SalesScorer.h"

#include <QtTest>

#include <cmath>

using namespace dp::sentiment;

namespace {

LearnerExample example(const SalesScorer &scorer, const QString &text, bool positive) {
    const SalesScore score = scorer.score(text);
    return {text, score.compound, score.language, positive, {}};
}

struct Snapshot {
    double a = 0;
    double b = 0;
    QHash<QString, double> w;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const Learner &learner, Language language) {
    return {learner.slope(language), learner.bias(language), learner.weights(language)};
}

} // namespace

class TestLearner final : public QObject {
    Q_OBJECT

private slots:
    void features();
    void startsAsTheScorer();
    void repeatedRatingMovesTheWeight();
    void refitUndoesADeletedRatingExactly();
    void guardKeepsTheScorerUntilTheModelIsBetter();
    void romanianStartsFromItsBaseLexicon();
    void prequentialPredictsBeforeLearning();

private:
    const SalesScorer m_scorer;
};

void TestLearner::features() {
    const LearnerFeatures f = learnerFeatures(u"Budget freeze, budget FREEZE!");
    QCOMPARE(f.names, QStringList({QStringLiteral("budget"), QStringLiteral("budget freeze"),
                                   QStringLiteral("freeze"), QStringLiteral("freeze budget")}));
    QCOMPARE(f.value, 0.5);
    QCOMPARE(learnerFeatures(u"  ").value, 0.0);
}

void TestLearner::startsAsTheScorer() {
    const Learner learner;
    QCOMPARE(learner.slope(Language::English), 3.0);
    QCOMPARE(learner.bias(Language::English), 0.0);
    QVERIFY(learner.weights(Language::English).isEmpty());
    for (const char16_t *text : {u"We signed the contract.", u"The price is too high.", u"See you Tuesday.",
                                 u"Please remove me from your list."}) {
        const double c = m_scorer.score(text).compound;
        const double z = learner.decision(text, c, Language::English);
        QCOMPARE(z, 3.0 * c);
        QCOMPARE(z >= 0, c >= 0);
        QCOMPARE(learner.score(text, c, Language::English), c); // the guard holds the scorer's own score
    }
}

void TestLearner::repeatedRatingMovesTheWeight() {
    Learner learner;
    const QString text = QStringLiteral("Let's sync after the board meeting.");
    const LearnerExample rating = example(m_scorer, text, false);
    double previous = learner.decision(text, rating.compound, rating.language);
    double previousWeight = learner.weight(Language::English, QStringLiteral("board meeting"));
    for (int i = 0; i < 5; ++i) {
        learner.learn(rating);
        const double now = learner.decision(text, rating.compound, rating.language);
        const double weight = learner.weight(Language::English, QStringLiteral("board meeting"));
        QVERIFY(now < previous);
        QVERIFY(weight < previousWeight);
        previous = now;
        previousWeight = weight;
    }
    QVERIFY(previous < 0);
}

void TestLearner::refitUndoesADeletedRatingExactly() {
    QList<LearnerExample> ratings;
    const char *texts[] = {"We love the forecast view.",         "Pricing is a concern for finance.",
                           "Let's circle back in the spring.",   "The pilot group is excited.",
                           "Procurement keeps asking for more.", "Send the order form please.",
                           "Nobody on the team has logged in.",  "The CFO is on board."};
    bool label = true;
    for (const char *text : texts) {
        ratings.append(example(m_scorer, QString::fromLatin1(text), label));
        label = !label;
    }
    Learner learner;
    learner.refit(ratings);
    const Snapshot before = snapshot(learner, Language::English);
    QVERIFY(before.a != 3.0);
    QVERIFY(!before.w.isEmpty());

    QList<LearnerExample> added = ratings;
    added.append(example(m_scorer, QStringLiteral("Honestly the champion went quiet."), false));
    learner.refit(added);
    QVERIFY(!(snapshot(learner, Language::English) == before));
    QVERIFY(learner.weights(Language::English).contains(QStringLiteral("champion")));

    learner.refit(ratings); // the rating deleted
    const Snapshot after = snapshot(learner, Language::English);
    QCOMPARE(after.a, before.a); // bit for bit: QCOMPARE on doubles is fuzzy, so check exactly below
    QVERIFY(after == before);

    // And a fresh learner refitted on the same ratings agrees bit for bit.
    Learner fresh;
    fresh.refit(ratings);
    QVERIFY(snapshot(fresh, Language::English) == before);
}

void TestLearner::guardKeepsTheScorerUntilTheModelIsBetter() {
    LearnerOptions options;
    options.guardWindow = 10;
    Learner learner(options);
    // The scorer calls this positive ("great"); the team keeps rating it negative.
    const QString text = QStringLiteral("Great, another budget review next month.");
    const LearnerExample rating = example(m_scorer, text, false);
    QVERIFY(rating.compound > 0);
    QVERIFY(!learner.adaptiveActive(Language::English));
    learner.learn(rating); // both were wrong on it: a tie keeps the scorer
    QVERIFY(!learner.adaptiveActive(Language::English));
    QCOMPARE(learner.score(text, rating.compound, Language::English), rating.compound);
    int steps = 1;
    while (!learner.adaptiveActive(Language::English) && steps < 50) {
        learner.learn(rating);
        ++steps;
    }
    QVERIFY(learner.adaptiveActive(Language::English));
    QVERIFY(learner.score(text, rating.compound, Language::English) < 0);

    // When the model starts losing to the scorer on the recent ratings, the scorer's decision is back.
    const QString good = QStringLiteral("Great news, we signed.");
    const LearnerExample positive = example(m_scorer, good, true);
    for (int i = 0; i < options.guardWindow; ++i) {
        const LearnerExample flipped{text, rating.compound, rating.language, true, {}};
        learner.learn(flipped);
        learner.learn(positive);
    }
    QVERIFY(!learner.adaptiveActive(Language::English));
}

void TestLearner::romanianStartsFromItsBaseLexicon() {
    Learner learner;
    const QString yes = QStringLiteral("Mulțumim, prezentarea a fost excelentă săptămâna aceasta.");
    const QString no = QStringLiteral("Din păcate nu avem buget pentru acest proiect.");
    const LearnerExample positive = example(m_scorer, yes, true);
    const LearnerExample negative = example(m_scorer, no, false);
    QCOMPARE(positive.language, Language::Romanian);
    // The Romanian base lexicon reads "excelentă"; the blocked budget is an intent.
    QVERIFY(positive.compound >= kNeutralBand);
    QVERIFY(negative.compound <= -kNeutralBand);
    // As in English, the model starts from the scorer's decisions.
    QCOMPARE(learner.slope(Language::Romanian), 3.0);
    QCOMPARE(learner.decision(yes, positive.compound, Language::Romanian), 3.0 * positive.compound);
    QCOMPARE(learner.score(yes, positive.compound, Language::Romanian), positive.compound);
    // A text the lexicon does not read is learned from its words.
    const QString quiet = QStringLiteral("Am primit oferta și o discutăm intern.");
    const LearnerExample neutral = example(m_scorer, quiet, false);
    QCOMPARE(neutral.compound, 0.0);
    for (int i = 0; i < 5; ++i) {
        learner.learn(positive);
        learner.learn(negative);
        learner.learn(neutral);
    }
    QVERIFY(learner.decision(yes, positive.compound, Language::Romanian) > 0);
    QVERIFY(learner.decision(no, negative.compound, Language::Romanian) < 0);
    QVERIFY(learner.decision(quiet, 0.0, Language::Romanian) < 0);
    // The English model did not move.
    QCOMPARE(learner.slope(Language::English), 3.0);
    QVERIFY(learner.weights(Language::English).isEmpty());
}

void TestLearner::prequentialPredictsBeforeLearning() {
    Prequential run;
    const QString text = QStringLiteral("Great, another budget review next month.");
    const PrequentialScores first = run.step(text, false);
    QCOMPARE(first.adaptive, first.sales); // nothing learned yet
    QVERIFY(first.vader > 0);
    PrequentialScores last;
    for (int i = 0; i < 20; ++i)
        last = run.step(text, false);
    QVERIFY(last.adaptive < 0);
    QCOMPARE(last.sales, first.sales);
}

QTEST_GUILESS_MAIN(TestLearner)
#include "test_learner.moc"
