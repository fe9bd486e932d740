// SPDX-License-Identifier: GPL-3.0-or-later
// Romanian sentiment out of the box: the base lexicon embedded in the library, VADER's rules for Romanian
// worked out by hand (negation including the elided "n-", boosters and dampeners, the contrastive "dar",
// capitals), diacritic-insensitive matching, and the sales scorer reading Romanian with it and its intents
// while English scores stay exactly what they were.

#include "analytics/sentiment/RomanianScorer.h"
#include "analytics/sentiment/SalesScorer.h"
#include "analytics/sentiment/VaderDefaults.h"

#include <QtTest>

using namespace dp::sentiment;

namespace {

constexpr double kEpsilon = 1e-9;

// A lexicon with round valences, so each rule's arithmetic can be checked by hand.
RomanianLexicon handLexicon() {
    return RomanianLexicon::fromText(u"bun\t2.0\nbună\t2.0\nrău\t-2.0\nscump\t-1.5\nsuper\t3.0\n"
                                     u"problemă\t-1.5\nmulțumesc\t1.5\nîngrijorat\t-1.2\n");
}

double sumOf(QStringView sentence) {
    static const RomanianScorer scorer(handLexicon());
    return scorer.score(sentence);
}

} // namespace

class TestRomanianSentiment final : public QObject {
    Q_OBJECT

private slots:
    void builtinLexiconHasSeveralThousandForms() {
        const RomanianLexicon lexicon = RomanianLexicon::builtin();
        QVERIFY2(lexicon.wordCount() >= 3000, qPrintable(QString::number(lexicon.wordCount())));
        // The reviewed sales vocabulary, with its inflected forms.
        for (const char16_t *word : {u"interesant", u"excelentă", u"mulțumit", u"perfect", u"util"})
            QVERIFY2(lexicon.valence(word).value_or(0) > 0, qPrintable(QString::fromUtf16(word)));
        for (const char16_t *word :
             {u"îngrijorat", u"scump", u"amânat", u"problemă", u"problemele", u"întârzierea", u"dezamăgiți"})
            QVERIFY2(lexicon.valence(word).value_or(0) < 0, qPrintable(QString::fromUtf16(word)));
        // Function words and negations carry nothing of their own.
        for (const char16_t *word : {u"nu", u"și", u"dar", u"foarte", u"este"})
            QVERIFY2(!lexicon.valence(word), qPrintable(QString::fromUtf16(word)));
    }

    void negationFlips() {
        QCOMPARE(sumOf(u"E rău."), -2.0);
        QVERIFY(qAbs(sumOf(u"Nu e rău.") - (-2.0 * vader::kNegationScalar)) < kEpsilon);
        QVERIFY(sumOf(u"Nu e rău.") > 0);
        QVERIFY(sumOf(u"Nu e bun deloc.") < 0);
        // The elided negation: "n-am", "n-a".
        QVERIFY(qAbs(sumOf(u"N-am avut nicio problemă.") - (-1.5 * vader::kNegationScalar)) < kEpsilon);
        QVERIFY(sumOf(u"N-a fost bun.") < 0);
        // "fără", "nici": and negative concord negates once, not twice.
        QVERIFY(sumOf(u"Fără probleme, fără problemă.") > 0);
        QVERIFY(sumOf(u"Nu am avut nicio problemă.") > 0);
        // Three words back at most, as VADER.
        QCOMPARE(sumOf(u"Nu știu dacă ei spun că e bun."), 2.0);
        // "nu numai": not only.
        QCOMPARE(sumOf(u"Nu numai bun."), 2.0);
    }

    void boostersAndDampeners() {
        const double b = vader::kBoosterIncrement;
        QVERIFY(qAbs(sumOf(u"Foarte bun.") - (2.0 + b)) < kEpsilon);
        QVERIFY(qAbs(sumOf(u"Foarte scump.") - (-1.5 - b)) < kEpsilon);
        QVERIFY(qAbs(sumOf(u"Extrem de bun.") - (2.0 + b * 0.95)) < kEpsilon);
        QVERIFY(qAbs(sumOf(u"Puțin îngrijorat.") - (-1.2 + b)) < kEpsilon);
        QVERIFY(qAbs(sumOf(u"Cam scump.") - (-1.5 + b)) < kEpsilon);
        QVERIFY(qAbs(sumOf(u"Destul de bun.") - (2.0 - b * 0.95)) < kEpsilon);
        // "super" boosts a lexicon word after it and is a word of its own otherwise.
        QVERIFY(qAbs(sumOf(u"Super bun!") - (2.0 + b)) < kEpsilon);
        QCOMPARE(sumOf(u"Super!"), 3.0);
        // A booster then a negation: "nu foarte bun" is less than good, negated.
        QVERIFY(sumOf(u"Nu foarte bun.") < 0);
    }

    void contrastAndCapitals() {
        // "dar" / "însă" as VADER's "but": half before, half again after.
        QVERIFY(qAbs(sumOf(u"E bun, dar scump.") - (2.0 * 0.5 - 1.5 * 1.5)) < kEpsilon);
        QVERIFY(qAbs(sumOf(u"E bun, însă scump.") - (2.0 * 0.5 - 1.5 * 1.5)) < kEpsilon);
        QVERIFY(qAbs(sumOf(u"Produsul e BUN pentru noi.") - (2.0 + vader::kCapsIncrement)) < kEpsilon);
        // All capitals is shouting, not emphasis of one word.
        QCOMPARE(sumOf(u"BUN"), 2.0);
    }

    void courtesyIsNotPraise() {
        QCOMPARE(sumOf(u"Mulțumesc, revin mâine."), 0.0);
        QCOMPARE(sumOf(u"Vă mulțumesc pentru ajutor."), 1.5);
        // Greetings and sign-offs, with and without diacritics.
        const SalesScorer scorer;
        for (const char16_t *courtesy :
             {u"Bună ziua,", u"Buna dimineata!", u"Bună seara, Ana.", u"O zi bună!", u"Toate cele bune,",
              u"Numai bine,", u"Cu bine, Dana", u"Vă doresc o săptămână frumoasă!"})
            QVERIFY2(scorer.score(courtesy, Language::Romanian).terms.isEmpty(),
                     qPrintable(QString::fromUtf16(courtesy)));
        // The same words praise outside them.
        QVERIFY(scorer.score(u"Oferta este bună.", Language::Romanian).compound > 0);
        QVERIFY(scorer.score(u"Merge bine integrarea.", Language::Romanian).compound > 0);
    }

    void diacriticsDoNotMatter() {
        const SalesScorer scorer;
        const QStringList variants[] = {
            {QStringLiteral("Suntem foarte mulțumiți, dar prețul e cam scump și suntem îngrijorați."),
             QStringLiteral("Suntem foarte multumiti, dar pretul e cam scump si suntem ingrijorati."),
             QStringLiteral("Suntem foarte mulţumiţi, dar preţul e cam scump şi suntem îngrijoraţi.")},
            {QStringLiteral("Nu e rău deloc, oferta e interesantă."),
             QStringLiteral("Nu e rau deloc, oferta e interesanta.")},
            {QStringLiteral("Întârzierea livrării este o problemă."),
             QStringLiteral("Intarzierea livrarii este o problema.")},
        };
        for (const QStringList &forms : variants) {
            const SalesScore first = scorer.score(forms.first(), Language::Romanian);
            QVERIFY2(qAbs(first.compound) >= kNeutralBand, qPrintable(forms.first()));
            for (const QString &form : forms) {
                QCOMPARE(detectLanguage(form), Language::Romanian);
                const SalesScore score = scorer.score(form);
                QCOMPARE(score.language, Language::Romanian);
                QCOMPARE(score.compound, first.compound);
                QCOMPARE(score.terms.size(), first.terms.size());
            }
        }
    }

    void salesScorerReadsRomanianWithItsLexiconAndIntents() {
        const SalesScorer scorer;
        const SalesScore praise = scorer.score(u"Demonstrația a fost excelentă, suntem foarte mulțumiți.");
        QCOMPARE(praise.language, Language::Romanian);
        QVERIFY(praise.compound > 0.5);
        QCOMPARE(praise.terms.size(), 2);
        QCOMPARE(praise.terms[0].token, QStringLiteral("excelentă"));
        QCOMPARE(praise.terms[1].token, QStringLiteral("mulțumiți"));
        // "foarte" boosts "mulțumiți".
        QVERIFY(qAbs(praise.terms[1].valence - (*RomanianLexicon::builtin().valence(u"mulțumiți") +
                                                vader::kBoosterIncrement)) < kEpsilon);

        const SalesScore worried = scorer.score(u"Suntem îngrijorați: proiectul a fost amânat din nou.");
        QVERIFY(worried.compound < -0.3);
        const SalesScore notBad = scorer.score(u"Nu e rău, prețul e corect.");
        QVERIFY(notBad.compound > 0);

        // Intents still count, on top of the words, and their words are not also read by the lexicon.
        SalesScorer wordsOnly;
        wordsOnly.setIntentLayer(false);
        const QString stall = QStringLiteral("Din păcate, am ales alt furnizor, mai ieftin.");
        QVERIFY(scorer.score(stall).compound < wordsOnly.score(stall).compound);
        QVERIFY(hasCountedIntent(scorer.score(stall)));

        // Off, the Romanian lexicon leaves the intents alone: the score from before it.
        SalesScorer intentsOnly;
        intentsOnly.setRomanianLexicon(false);
        QCOMPARE(intentsOnly.score(u"Demonstrația a fost excelentă.").compound, 0.0);
        QVERIFY(intentsOnly.score(stall).compound <= -kNeutralBand);
    }

    void englishIsUntouched() {
        // The English path is VADER's with the sales layer: the Romanian lexicon never reads it.
        const SalesScorer scorer;
        SalesScorer withoutRomanian;
        withoutRomanian.setRomanianLexicon(false);
        for (const char16_t *text :
             {u"The demo was great, but the price is a bit high.",
              u"Not bad at all! We are very happy with the pilot.", u"bun rau scump"}) {
            const SalesScore score = scorer.score(text);
            QCOMPARE(score.language, Language::English);
            QCOMPARE(score.compound, withoutRomanian.score(text).compound);
        }
        QCOMPARE(scorer.score(u"bun rau scump").compound, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestRomanianSentiment)
#include "test_romanian_sentiment.moc"
