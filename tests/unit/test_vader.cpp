// SPDX-License-Identifier: GPL-3.0-or-later
// The VADER port against the reference: every item of the four ground-truth sets of the VADER paper must
// score as VADER 3.3.1 (Python) scored it, and each rule is pinned by a small text worked out by hand.

#include "analytics/sentiment/PythonText.h"
#include "analytics/sentiment/VaderLexicon.h"
#include "analytics/sentiment/VaderScorer.h"
#include "analytics/sentiment/VaderValence.h"

#include <QFile>
#include <QList>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>
#include <vector>

using namespace dp::sentiment;

namespace {

struct Item {
    QString id;
    QString text;
};

QString dataDir() {
    return qEnvironmentVariable("DEALPULSE_SOURCE_DIR") + QStringLiteral("/tests/data/sentiment");
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// id <TAB> mean <TAB> text, CRLF line ends. The reference was given the text with its trailing CR (which it
// treats as white space), so lines are split on LF only.
QList<Item> readGroundTruth(const QString &path) {
    QList<Item> items;
    const QString content = QString::fromUtf8(readAll(path));
    for (const QStringView line : QStringView(content).tokenize(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype first = line.indexOf(u'\t');
        const qsizetype second = line.indexOf(u'\t', first + 1);
        if (first < 0 || second < 0)
            continue;
        items.append({line.first(first).toString(), line.sliced(second + 1).toString()});
    }
    return items;
}

// id <TAB> neg <TAB> neu <TAB> pos <TAB> compound, with a header line.
QHash<QString, VaderScores> readReference(const QString &path) {
    QHash<QString, VaderScores> scores;
    const QString content = QString::fromUtf8(readAll(path));
    bool header = true;
    for (const QStringView line : QStringView(content).tokenize(u'\n', Qt::SkipEmptyParts)) {
        if (std::exchange(header, false))
            continue;
        const QList<QStringView> f = line.trimmed().split(u'\t');
        if (f.size() != 5)
            continue;
        scores.insert(f[0].toString(), {f[1].toDouble(), f[2].toDouble(), f[3].toDouble(), f[4].toDouble()});
    }
    return scores;
}

QString describe(const VaderScores &s) {
    return QStringLiteral("neg %1 neu %2 pos %3 compound %4")
        .arg(s.neg, 0, 'g', 6)
        .arg(s.neu, 0, 'g', 6)
        .arg(s.pos, 0, 'g', 6)
        .arg(s.compound, 0, 'g', 6);
}

} // namespace

class TestVader final : public QObject {
    Q_OBJECT

private slots:
    void builtinLexiconIsEmbedded();
    void parity_data();
    void parity();
    void rules_data();
    void rules();
    void proportions();
    void termsReportTheDrivingWords();
    void emojiTermsPointAtTheEmoji();
    void butRuleLocatesItemsByValue();
    void lexiconFromMaps();
    void overridesLeaveTheBaseAlone();
    void concurrentScoringAgrees();
    void pythonStringSemantics();
    void roundingMatchesPython();

private:
    const VaderScorer m_scorer{VaderLexicon::builtin()};
};

void TestVader::builtinLexiconIsEmbedded() {
    // The resources live in a static library: reading them here proves they reach a consumer's link.
    QVERIFY(QFile::exists(QStringLiteral(":/sentiment/LICENSE.vader.txt")));
    const VaderLexicon lexicon = VaderLexicon::builtin();
    // 7,520 lines, 3 of them repeating a token ("d:", "lol", ...): the later line wins, as in a Python dict.
    QVERIFY(lexicon.wordCount() > 7400);
    QCOMPARE(lexicon.valence(u"good").value_or(0.0), 1.9);
    QCOMPARE(lexicon.valence(u"lol").value_or(0.0), 1.8);
    QVERIFY(!lexicon.valence(u"Good").has_value());
    QCOMPARE(lexicon.emojiCount(), 3570);
    QCOMPARE(lexicon.emojiDescription(QStringView(u"😁")), QStringLiteral("beaming face with smiling eyes"));
    QCOMPARE(lexicon.booster(u"kinda").value_or(0.0), -0.293);
    QVERIFY(lexicon.isNegation(u"without"));
}

void TestVader::parity_data() {
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("size");
    QTest::newRow("tweets") << QStringLiteral("tweets") << 4200;
    QTest::newRow("movie") << QStringLiteral("movieReviewSnippets") << 10605;
    QTest::newRow("amazon") << QStringLiteral("amazonReviewSnippets") << 3708;
    QTest::newRow("nyt") << QStringLiteral("nytEditorialSnippets") << 5190;
}

void TestVader::parity() {
    QFETCH(QString, set);
    QFETCH(int, size);
    const QString dir = dataDir() + QStringLiteral("/vader-ground-truth/");
    const QList<Item> items = readGroundTruth(dir + set + QStringLiteral("_GroundTruth.txt"));
    const QHash<QString, VaderScores> reference = readReference(dir + set + QStringLiteral("_vader331.tsv"));
    QVERIFY2(!items.isEmpty(), qPrintable(QStringLiteral("no ground truth under %1").arg(dir)));
    QCOMPARE(items.size(), size);
    QCOMPARE(reference.size(), size);

    int matched = 0;
    int identical = 0;
    double maxCompound = 0.0;
    double maxProportion = 0.0;
    QStringList mismatches;
    for (const Item &item : items) {
        const auto expected = reference.constFind(item.id);
        if (expected == reference.cend()) {
            mismatches << QStringLiteral("%1: no reference score").arg(item.id);
            continue;
        }
        const VaderScores got = m_scorer.score(item.text);
        const double compound = std::fabs(got.compound - expected->compound);
        const double proportion =
            std::max({std::fabs(got.neg - expected->neg), std::fabs(got.neu - expected->neu),
                      std::fabs(got.pos - expected->pos)});
        maxCompound = std::max(maxCompound, compound);
        maxProportion = std::max(maxProportion, proportion);
        const VaderScores r = got.rounded();
        identical += r.neg == expected->neg && r.neu == expected->neu && r.pos == expected->pos &&
                     r.compound == expected->compound;
        if (compound <= 1e-4 && proportion <= 1e-3) {
            ++matched;
        } else if (mismatches.size() < 5) {
            mismatches << QStringLiteral("%1: got %2, reference %3: %4")
                              .arg(item.id, describe(got), describe(*expected), item.text.trimmed());
        }
    }
    qInfo("%s: %d/%d within tolerance, %d identical after the reference's rounding; max |d compound| %.3g, "
          "max |d neg/neu/pos| %.3g",
          qPrintable(set), matched, int(items.size()), identical, maxCompound, maxProportion);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    QCOMPARE(matched, size);
    QCOMPARE(identical, size);
}

void TestVader::rules_data() {
    // Expected compounds follow the reference algorithm step by step (s = summed valence, compound =
    // s / sqrt(s² + 15)); "good" is 1.9 in the lexicon.
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("compound");
    auto row = [](const char *name, const char16_t *text, double compound) {
        QTest::newRow(name) << QString::fromUtf16(text) << compound;
    };
    row("plain", u"The book was good.", 0.4404);                            // 1.9
    row("negation", u"The book was not good.", -0.3412);                    // 1.9 × -0.74
    row("n't", u"The book isn't good.", -0.3412);                           // any token with "n't" negates
    row("negated booster", u"The book was not very good.", -0.3865);        // (1.9 + 0.293) × -0.74
    row("booster", u"The service is extremely good.", 0.4927);              // 1.9 + 0.293
    row("dampener", u"The service is marginally good.", 0.3832);            // 1.9 - 0.293
    row("booster follows sign", u"The service is extremely bad.", -0.5849); // -2.5 - 0.293
    row("booster distance", u"The food was really quite good.", 0.5379);    // 1.9 + 0.293 + 0.293×0.95
    row("caps", u"The book was GOOD.", 0.5622);                             // 1.9 + 0.733
    row("all caps is no emphasis", u"THE BOOK WAS GOOD.", 0.4404);
    row("caps booster", u"The book was VERY good.", 0.6028);                  // 1.9 + 0.293 + 0.733
    row("but", u"The food was good, but the service was terrible.", -0.4939); // 1.9×0.5 - 2.1×1.5
    row("never", u"It was never good.", -0.3412);
    // "so" boosts (+0.293), "never so" scales by 1.25, and at distance 3 the reference's operator precedence
    // applies 1.25 again because "so" directly precedes the word: (1.9 + 0.293) × 1.25 × 1.25.
    row("never so", u"It was never so good.", 0.6626);
    row("never this", u"It has never been this good.", 0.5228);   // 1.9 × 1.25
    row("this without never", u"The show is this good.", 0.5228); // same precedence quirk, no "never" needed
    row("without doubt", u"Without a doubt, excellent idea.", 0.7013);
    row("without doubt adjacent", u"Without doubt good.", 0.6136);
    row("least", u"Roger Dodger is one of the least compelling variations on this theme.", -0.1695);
    row("at least", u"Roger Dodger is at least compelling as a variation on the theme.", 0.2263);
    row("least first", u"Least good.", -0.3412);
    row("kind of", u"The book was kind of good.", 0.3832); // "kind" not rated; "kind of" acts as -0.293
    row("only kind of", u"The book was only kind of good.", 0.3832);
    row("idiom the shit", u"With VADER, sentiment analysis is the shit!", 0.6476); // 3 + 0.292
    row("idiom bad ass", u"On the other hand, VADER is quite bad ass", 0.8020);
    row("idiom kiss of death", u"He got the kiss of death today.", -0.6124);
    row("no negates next", u"There is no problem here.", 0.3089); // "no" → 0, problem -1.7 × -0.74
    row("no problem", u"No problem, happy to move the call to Thursday.", -0.1877);
    row("no ... or", u"no good or bad", 0.1139);
    row("exclamation", u"Good!", 0.4926);              // 1.9 + 0.292
    row("exclamations capped", u"Good!!!!!!", 0.6209); // 1.9 + 4 × 0.292
    row("one question", u"Good?", 0.4404);
    row("two questions", u"Good??", 0.5040);    // 1.9 + 2 × 0.18
    row("many questions", u"Good????", 0.5940); // 1.9 + 0.96
    row("emoji", u"Catch utf-8 emoji such as 💘 and 💋 and 😁", 0.8750);
    row("emoji glued to next word", u"I 😁you", 0.4588);
    row("emoticons", u"Make sure you :) or :D today!", 0.8633);
    row("empty", u"", 0.0);
    row("white space", u" \t\r\n", 0.0);
}

void TestVader::rules() {
    QFETCH(QString, text);
    QFETCH(double, compound);
    QCOMPARE(m_scorer.score(text).rounded().compound, compound);
}

void TestVader::proportions() {
    const VaderScores mixed = m_scorer.score(u"The food was good, but the service was terrible.").rounded();
    QCOMPARE(mixed.neg, 0.317);
    QCOMPARE(mixed.neu, 0.534);
    QCOMPARE(mixed.pos, 0.149);
    // The punctuation amplifier joins the dominant side.
    const VaderScores shout = m_scorer.score(u"Good!").rounded();
    QCOMPARE(shout.pos, 1.0);
    QCOMPARE(shout.neu, 0.0);
    const VaderScores none = m_scorer.score(u"");
    QCOMPARE(none.neu, 0.0);
    QCOMPARE(none.compound, 0.0);
}

void TestVader::termsReportTheDrivingWords() {
    const QString text = QStringLiteral("The food was good, but the service was terrible.");
    QList<Term> terms;
    m_scorer.score(text, &terms);
    QCOMPARE(terms.size(), 2);
    QCOMPARE(terms[0].token, QStringLiteral("good"));
    QCOMPARE(terms[0].valence, 1.9 * 0.5);
    QCOMPARE(text.mid(terms[0].position, terms[0].length), QStringLiteral("good"));
    QCOMPARE(terms[1].token, QStringLiteral("terrible"));
    QCOMPARE(terms[1].valence, -2.1 * 1.5);
    QCOMPARE(text.mid(terms[1].position, terms[1].length), QStringLiteral("terrible"));
}

void TestVader::emojiTermsPointAtTheEmoji() {
    const QString text = QStringLiteral("so 😁 today");
    QList<Term> terms;
    m_scorer.score(text, &terms);
    QVERIFY(!terms.isEmpty());
    for (const Term &term : std::as_const(terms))
        QCOMPARE(text.mid(term.position, term.length), QString::fromUtf16(u"😁"));
}

void TestVader::butRuleLocatesItemsByValue() {
    // "nice" (1.8) is halved to 0.9 first; "okay" (0.9, after "but") is then looked up by value, finds
    // "nice" instead and halves it again, and itself stays unscaled: 0.45 + 0.9, not 0.9 + 1.35 (0.5023).
    const QString text = QStringLiteral("The demo was nice but the price is okay.");
    QList<Term> terms;
    QCOMPARE(m_scorer.score(text, &terms).rounded().compound, 0.3291);
    QCOMPARE(terms.size(), 2);
    QCOMPARE(terms[0].valence, 1.8 * 0.5 * 0.5);
    QCOMPARE(terms[1].valence, 0.9);
    // "BUT" counts too: tokens are compared lower-cased.
    QCOMPARE(m_scorer.score(u"The food was good, BUT the service was terrible.").rounded().compound, -0.4939);
}

void TestVader::lexiconFromMaps() {
    const VaderLexicon lexicon = VaderLexicon::fromMaps(
        {{QStringLiteral("deal"), 2.0}}, {{QString::fromUtf16(u"🤝"), QStringLiteral("deal")}});
    const VaderScorer scorer(lexicon);
    QCOMPARE(scorer.score(u"A deal").compound, normalize(2.0));
    QCOMPARE(scorer.score(u"Not a deal").compound, normalize(2.0 * -0.74));
    QCOMPARE(scorer.score(u"A very deal").compound, normalize(2.0 + 0.293));
    QCOMPARE(scorer.score(u"🤝").compound, normalize(2.0));
    QCOMPARE(scorer.score(u"good").compound, 0.0);
}

void TestVader::overridesLeaveTheBaseAlone() {
    const VaderLexicon base = VaderLexicon::builtin();
    LexiconOverrides sales;
    sales.words.insert(QStringLiteral("dealbreaker"), -2.5);
    sales.removedWords << QStringLiteral("no");
    sales.idioms.insert(QStringLiteral("mailing list"), -1.0);
    sales.words.insert(QStringLiteral("list"), 0.5);
    sales.negations << QStringLiteral("unable");
    const VaderScorer domain(base.withOverrides(sales));

    QCOMPARE(domain.score(u"What a dealbreaker").compound, normalize(-2.5));
    QCOMPARE(m_scorer.score(u"What a dealbreaker").compound, 0.0);
    QCOMPARE(base.valence(u"no").value_or(0.0), -1.2);
    QVERIFY(!domain.lexicon().valence(u"no").has_value());
    QCOMPARE(domain.score(u"We are unable to agree").compound, normalize(1.5 * -0.74));
    QCOMPARE(m_scorer.score(u"We are unable to agree").compound, normalize(1.5));
    // An idiom acts as the reference's do: it replaces the valence of a lexicon word it contains, for a word
    // with three tokens before it.
    QCOMPARE(domain.score(u"Remove me from your mailing list").compound, normalize(-1.0));
}

void TestVader::concurrentScoringAgrees() {
    const QList<Item> items =
        readGroundTruth(dataDir() + QStringLiteral("/vader-ground-truth/tweets_GroundTruth.txt"));
    QVERIFY(!items.isEmpty());
    QList<double> serial;
    for (const Item &item : items)
        serial.append(m_scorer.score(item.text).compound);

    constexpr int threads = 4;
    QList<QList<double>> results(threads);
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([this, &items, &out = results[t]] {
            QList<Term> terms;
            for (const Item &item : items)
                out.append(m_scorer.score(item.text, &terms).compound);
        }));
        workers.back()->start();
    }
    for (const auto &worker : workers)
        QVERIFY(worker->wait());
    for (const QList<double> &result : std::as_const(results))
        QVERIFY(result == serial);
}

void TestVader::pythonStringSemantics() {
    // str.split() separates on U+001C..U+001F and U+3000, which QChar::isSpace() does not know.
    QVERIFY(py::isSpace(0x1F));
    QVERIFY(py::isSpace(0x3000));
    QVERIFY(!py::isSpace(0x200B));
    QCOMPARE(m_scorer.score(u"\x1Fgood\x1F").compound, normalize(1.9));
    // len() counts code points: "😶😶" stripped of "!" is two characters, so the token keeps its "!".
    QCOMPARE(py::codePointCount(u"😶😶"), 2);
    QCOMPARE(py::stripPunctuation(u"\"great!\""), QStringView(u"great"));
    QVERIFY(py::stripPunctuation(u":-)").isEmpty()); // so the tokeniser keeps the emoticon whole
    // str.isupper() uses the derived Uppercase/Lowercase properties.
    QVERIFY(py::isUpper(u"GOOD!"));
    QVERIFY(!py::isUpper(u"123"));
    QVERIFY(py::isUpper(u"Ⅻ"));
    QVERIFY(!py::isUpper(u"Aª"));
    QVERIFY(!py::isUpper(u"ǅ"));
}

void TestVader::roundingMatchesPython() {
    // round() works on the exact binary value: 0.0625 is a tie, which goes to even; 0.00015 is really
    // 0.000149999..., so it goes down.
    QCOMPARE((VaderScores{0.0625, 0.0, 0.0, 0.0}.rounded().neg), 0.062);
    QCOMPARE((VaderScores{0.0, 0.0, 0.0, 0.00015}.rounded().compound), 0.0001);
    QCOMPARE((VaderScores{0.0, 0.0, 0.0, -0.00004}.rounded().compound), 0.0);
}

QTEST_GUILESS_MAIN(TestVader)
#include "test_vader.moc"
