// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/SalesScorer.h"

#include "analytics/sentiment/TextWords.h"
#include "analytics/sentiment/VaderDefaults.h"
#include "analytics/sentiment/VaderValence.h"

#include <algorithm>

namespace dp::sentiment {
namespace {

struct PhraseMatch {
    const SalesPhrase *phrase = nullptr;
    qsizetype firstWord = 0;
    qsizetype begin = 0; // character range in the sentence
    qsizetype end = 0;
};

QList<PhraseMatch> matchPhrases(const QList<Word> &words, const SalesLexicon &lexicon) {
    QList<PhraseMatch> matches;
    for (qsizetype i = 0; i < words.size();) {
        qsizetype matched = 0;
        for (const int index : lexicon.phrasesStartingWith(words[i].lower)) {
            const SalesPhrase &phrase = lexicon.phrases()[index];
            const qsizetype n = phrase.words.size();
            if (i + n > words.size())
                continue;
            bool equal = true;
            for (qsizetype k = 1; k < n && equal; ++k)
                equal = words[i + k].lower == phrase.words[k];
            if (equal) {
                const Word &last = words[i + n - 1];
                matches.append({&phrase, i, words[i].begin, last.begin + last.length});
                matched = n;
                break; // longest first
            }
        }
        i += matched > 0 ? matched : 1;
    }
    return matches;
}

// Phrases this mild ("no problem", "works for me") are politeness when they come with a new meeting time.
constexpr double kCourtesy = 1.0;

// "Thanks," or "Thank you!" opening a sentence is a greeting, not praise; "thanks for the great session"
// keeps its words. Returns how many words the opener takes, 0 when there is none.
qsizetype courtesyOpener(QStringView sentence, const QList<Word> &words) {
    qsizetype n = 0;
    if (!words.isEmpty() && (words[0].lower == u"thanks" || words[0].lower == u"thx"))
        n = 1;
    else if (words.size() > 1 && words[1].lower == u"thanks" && words[0].lower == u"many")
        n = 2;
    else if (words.size() > 1 && words[0].lower == u"thank" && words[1].lower == u"you")
        n = 2;
    if (n == 0)
        return 0;
    const qsizetype after = words[n - 1].begin + words[n - 1].length;
    const bool punctuated = after < sentence.size() && QStringView(u",.!-:;").contains(sentence[after]);
    return punctuated || after >= sentence.size() ? n : 0;
}

bool isNegation(const Word &word, const VaderLexicon &lexicon) {
    return lexicon.isNegation(word.lower) || word.lower.contains(QStringView(u"n't"));
}

// The intents' words blanked as the phrases' words are: their meaning is the intent's. Underscores keep
// every offset in place and are no word to either language's lexicon.
QString withoutIntents(QStringView input, const QList<IntentMatch> &intents) {
    QString blanked = input.toString();
    for (const IntentMatch &match : intents) {
        for (const TextSpan &word : match.words) {
            for (qsizetype k = word.begin; k < word.begin + word.length; ++k)
                blanked[k] = u'_';
        }
    }
    return blanked;
}

// The counted intents join the words' terms, and the sentence's sum is normalised as VADER does; terms and
// intents move from sentence positions to `offset` + them.
void addIntentsAndNormalise(SentenceScore &result, QList<IntentMatch> intents, QStringView input,
                            QStringView sentence, qsizetype offset) {
    QList<Term> &terms = result.terms;
    for (IntentMatch &match : intents) {
        if (counts(match))
            terms.append({input.sliced(match.span.begin, match.span.length).toString(), match.valence,
                          match.span.begin, match.span.length});
        match.span.begin += offset;
        for (TextSpan &word : match.words)
            word.begin += offset;
    }
    result.intents = std::move(intents);
    std::sort(terms.begin(), terms.end(),
              [](const Term &a, const Term &b) { return a.position < b.position; });

    double sum = 0.0;
    for (Term &term : terms) {
        sum += term.valence;
        term.position += offset;
    }
    const double emphasis = punctuationEmphasis(sentence);
    if (sum > 0)
        sum += emphasis;
    else if (sum < 0)
        sum -= emphasis;
    result.span = {offset, sentence.size()};
    result.sum = sum;
    result.compound = normalize(sum);
}

} // namespace

SalesScorer::SalesScorer()
    : SalesScorer(VaderLexicon::builtin(), SalesLexicon::builtin(), RomanianLexicon::builtin()) {}

SalesScorer::SalesScorer(const VaderLexicon &base, const SalesLexicon &sales, const RomanianLexicon &romanian)
    : m_sales(sales)
    , m_vader(base.withOverrides(sales.overrides()))
    , m_romanian(romanian) {}

SentenceScore SalesScorer::scoreSentence(QStringView input, qsizetype offset, Language language) const {
    if (language == Language::Romanian)
        return scoreRomanian(input, offset);
    QList<IntentMatch> intents;
    QString blankedIntents;
    if (m_intentLayer)
        intents = m_intents.detect(input, language);
    if (!intents.isEmpty())
        blankedIntents = withoutIntents(input, intents);
    const QStringView sentence = intents.isEmpty() ? input : QStringView(blankedIntents);
    const QList<Word> words = textWords(sentence);
    QList<PhraseMatch> matches = matchPhrases(words, m_sales);
    if (const qsizetype opener = courtesyOpener(sentence, words); opener > 0) {
        static const SalesPhrase kOpener{{}, 0.0, PhraseKind::Neutral};
        if (matches.isEmpty() || matches.front().firstWord >= opener)
            matches.prepend(
                {&kOpener, 0, words[0].begin, words[opener - 1].begin + words[opener - 1].length});
    }

    // The phrases' words are blanked out before VADER sees the sentence, so that "no" in "no problem"
    // neither scores nor negates the words after it; underscores keep every offset in place and never
    // match the lexicon.
    QString blanked;
    if (!matches.isEmpty()) {
        blanked = sentence.toString();
        for (const PhraseMatch &match : matches) {
            for (qsizetype k = match.begin; k < match.end; ++k) {
                if (!blanked[k].isSpace())
                    blanked[k] = u'_';
            }
        }
    }
    QList<Term> vaderTerms;
    m_vader.score(matches.isEmpty() ? sentence : QStringView(blanked), &vaderTerms);

    qsizetype butAt = -1;
    for (const Word &word : words) {
        if (word.lower == u"but") {
            butAt = word.begin;
            break;
        }
    }
    bool unsubscribe = false;
    bool competitor = false;
    bool scheduling = false;
    bool salesNegative = false;
    QList<Term> phraseTerms;
    for (const PhraseMatch &match : matches) {
        const SalesPhrase &phrase = *match.phrase;
        unsubscribe = unsubscribe || phrase.kind == PhraseKind::Unsubscribe;
        competitor = competitor || phrase.kind == PhraseKind::Competitor;
        scheduling = scheduling || phrase.kind == PhraseKind::Scheduling;
        if (phrase.valence == 0.0)
            continue;
        double valence = phrase.valence;
        if (phrase.kind == PhraseKind::Valence || phrase.kind == PhraseKind::Competitor) {
            // As VADER negates a word: a negation among the three words before the phrase.
            for (qsizetype k = std::max<qsizetype>(0, match.firstWord - 3); k < match.firstWord; ++k) {
                if (isNegation(words[k], m_vader.lexicon())) {
                    valence *= vader::kNegationScalar;
                    break;
                }
            }
        }
        if (butAt >= 0 && match.begin < butAt)
            valence *= 0.5;
        else if (butAt >= 0 && match.begin > butAt)
            valence *= 1.5;
        salesNegative = salesNegative || (phrase.kind != PhraseKind::Scheduling && valence < 0);
        phraseTerms.append({sentence.sliced(match.begin, match.end - match.begin).toString(), valence,
                            match.begin, match.end - match.begin});
    }

    SentenceScore result;
    QList<Term> &terms = result.terms;
    for (const Term &term : std::as_const(vaderTerms)) {
        // A polite unsubscribe ("please", "thanks") is still an unsubscribe, and praise next to a
        // competitor is the competitor's. An apology, "unfortunately" or "happy to" around a new meeting
        // time is courtesy, unless the sentence also says something that matters for the deal.
        if ((unsubscribe || competitor) && term.valence > 0)
            continue;
        if (scheduling && !salesNegative)
            continue;
        terms.append(term);
    }
    for (const Term &term : std::as_const(phraseTerms)) {
        if ((unsubscribe || competitor) && term.valence > 0)
            continue;
        if (scheduling && !salesNegative && std::abs(term.valence) <= kCourtesy)
            continue;
        terms.append(term);
    }
    addIntentsAndNormalise(result, std::move(intents), input, sentence, offset);
    return result;
}

SentenceScore SalesScorer::scoreRomanian(QStringView sentence, qsizetype offset) const {
    // The intents and the lexicon read the same words, folded once.
    IntentTokens words;
    intentTokens(sentence, Language::Romanian, words);
    QList<IntentMatch> intents;
    if (m_intentLayer)
        intents = m_intents.detect(words, Language::Romanian);
    SentenceScore result;
    if (m_romanianLexicon) {
        // The intents' words are the intent's, as in English.
        QList<qsizetype> skipped;
        for (const IntentMatch &match : std::as_const(intents)) {
            for (const TextSpan &word : match.words)
                skipped.append(word.begin);
        }
        std::sort(skipped.begin(), skipped.end());
        m_romanian.score(sentence, words, skipped, &result.terms);
    }
    addIntentsAndNormalise(result, std::move(intents), sentence, sentence, offset);
    return result;
}

bool hasCountedIntent(const SalesScore &score) {
    return std::any_of(score.intents.begin(), score.intents.end(), counts);
}

SalesScore SalesScorer::score(QStringView text) const {
    return score(text, {TextSpan{0, text.size()}});
}

SalesScore SalesScorer::score(QStringView text, Language language) const {
    return scoreParts(text, {TextSpan{0, text.size()}}, language);
}

SalesScore SalesScorer::score(QStringView text, const QList<TextSpan> &parts) const {
    QString scoredText;
    for (const TextSpan &part : parts) {
        scoredText += text.sliced(part.begin, part.length);
        scoredText += u'\n';
    }
    return scoreParts(text, parts, detectLanguage(scoredText));
}

SalesScore SalesScorer::scoreParts(QStringView text, const QList<TextSpan> &parts, Language language) const {
    SalesScore result;
    result.language = language;

    double total = 0.0;
    int bearing = 0;
    for (const TextSpan &part : parts) {
        const QStringView partText = text.sliced(part.begin, part.length);
        for (const TextSpan &sentence : splitSentences(partText)) {
            SentenceScore scored = scoreSentence(partText.sliced(sentence.begin, sentence.length),
                                                 part.begin + sentence.begin, result.language);
            if (std::abs(scored.compound) >= kNeutralBand) {
                total += scored.compound;
                ++bearing;
            }
            result.terms.append(scored.terms);
            result.intents.append(scored.intents);
            result.sentences.append(std::move(scored));
        }
    }
    result.compound = bearing > 0 ? total / bearing : 0.0;
    return result;
}

} // namespace dp::sentiment
