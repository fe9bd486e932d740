// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/VaderScorer.h"

#include "analytics/sentiment/LexiconIndex.h"
#include "analytics/sentiment/VaderDefaults.h"
#include "analytics/sentiment/VaderTokens.h"
#include "analytics/sentiment/VaderValence.h"

#include <QVarLengthArray>

// Each function below mirrors the reference method of the same name (polarity_scores, sentiment_valence,
// scalar_inc_dec, _negation_check, _special_idioms_check, _least_check, _but_check); the order of the
// floating-point operations is kept too, so results are bit-identical, not just close. The reference's
// _sentiment_laden_idioms_check ("future work") is never called there and is not ported.

namespace dp::sentiment {

using namespace detail;
using vader::kCapsIncrement;
using vader::kNegationScalar;

namespace {

// Where a UTF-16 unit of the emoji-free text came from in the caller's text.
struct Origin {
    qsizetype begin = 0;
    qsizetype end = 0;
};
using Origins = QVarLengthArray<Origin, 1>;

// The reference's emoji loop: walks the text one code point at a time and replaces each emoji of the emoji
// lexicon by its description, preceded by a space unless the previous character was a plain ' ' (other white
// space does not count) and followed by nothing, so "😁abc" becomes "beaming face with smiling eyesabc".
// Returns false, writing nothing, when the text has no emoji: the common case costs no copy.
bool replaceEmojis(QStringView text, const LexiconData &data, QString &out, Origins *origins) {
    bool replaced = false;
    bool previousSpace = true;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        const auto emoji = c >= data.firstEmoji ? data.singleEmojis.constFind(c) : data.singleEmojis.cend();
        if (emoji != data.singleEmojis.cend()) {
            if (!replaced) {
                replaced = true;
                out.reserve(text.size() + 64);
                out.append(text.first(i));
                if (origins) {
                    for (qsizetype k = 0; k < i; ++k)
                        origins->append({k, k + 1});
                }
            }
            const qsizetype from = out.size();
            if (!previousSpace)
                out.append(u' ');
            out.append(*emoji);
            if (origins) {
                for (qsizetype k = from; k < out.size(); ++k)
                    origins->append({i, i + width});
            }
            previousSpace = false;
        } else {
            if (replaced) {
                out.append(text.sliced(i, width));
                if (origins) {
                    for (qsizetype k = 0; k < width; ++k)
                        origins->append({i + k, i + k + 1});
                }
            }
            previousSpace = c == U' ';
        }
        i += width;
    }
    return replaced;
}

// scalar_inc_dec: what a booster at position j adds to the valence of the word it precedes.
double scalarIncDec(const VaderTokens &t, qsizetype j, double valence) {
    if (!t.isBooster(j))
        return 0.0;
    double scalar = t.entry(j)->booster;
    if (valence < 0)
        scalar *= -1;
    if (t.isUpper(j) && t.capDifferential()) {
        if (valence > 0)
            scalar += kCapsIncrement;
        else
            scalar -= kCapsIncrement;
    }
    return scalar;
}

bool isSoOrThis(const VaderTokens &t, qsizetype j) {
    return t.is(j, KwSo) || t.is(j, KwThis);
}

// _negation_check for the word `distance` (0, 1 or 2) tokens before the one preceding i.
double negationCheck(const VaderTokens &t, double valence, int distance, qsizetype i) {
    if (distance == 0) {
        if (t.isNegated(i - 1))
            valence = valence * kNegationScalar;
    }
    if (distance == 1) {
        if (t.is(i - 2, KwNever) && isSoOrThis(t, i - 1))
            valence = valence * 1.25;
        else if (t.is(i - 2, KwWithout) && t.is(i - 1, KwDoubt)) {
            // "without doubt" is not a negation
        } else if (t.isNegated(i - 2))
            valence = valence * kNegationScalar;
    }
    if (distance == 2) {
        // The reference writes `never and (so or this) or (so or this)`: Python's precedence makes any "so"
        // or "this" right before the word enough for the ×1.25, with or without "never". Kept as is.
        if ((t.is(i - 3, KwNever) && isSoOrThis(t, i - 2)) || isSoOrThis(t, i - 1))
            valence = valence * 1.25;
        else if (t.is(i - 3, KwWithout) && (t.is(i - 2, KwDoubt) || t.is(i - 1, KwDoubt))) {
            // "without (any) doubt" is not a negation
        } else if (t.isNegated(i - 3))
            valence = valence * kNegationScalar;
    }
    return valence;
}

// _special_idioms_check: only reached for a word with three tokens before it, the third of which is not a
// lexicon word (it runs inside the booster loop at distance 2), as in the reference.
double specialIdiomsCheck(const VaderTokens &t, double valence, qsizetype i) {
    // First match wins among: (i-1 i), (i-2 i-1 i), (i-2 i-1), (i-3 i-2 i-1), (i-3 i-2).
    const std::pair<qsizetype, qsizetype> before[] = {
        {i - 1, 2}, {i - 2, 3}, {i - 2, 2}, {i - 3, 3}, {i - 3, 2}};
    for (const auto &[first, count] : before) {
        if (const double *value = t.matchPhrase(&Entry::idioms, first, count)) {
            valence = *value;
            break;
        }
    }
    if (t.size() - 1 > i) {
        if (const double *value = t.matchPhrase(&Entry::idioms, i, 2))
            valence = *value;
    }
    if (t.size() - 1 > i + 1) {
        if (const double *value = t.matchPhrase(&Entry::idioms, i, 3))
            valence = *value;
    }
    // Two-word boosters ("kind of", "sort of") before the word add their value as is, whatever the sign of
    // the valence, unlike one-word boosters.
    const std::pair<qsizetype, qsizetype> boosterGrams[] = {{i - 3, 3}, {i - 3, 2}, {i - 2, 2}};
    for (const auto &[first, count] : boosterGrams) {
        if (const double *value = t.matchPhrase(&Entry::boosterPhrases, first, count))
            valence = valence + *value;
    }
    return valence;
}

// _least_check: "least" before a word negates it, except in "at least" and "very least".
double leastCheck(const VaderTokens &t, double valence, qsizetype i) {
    if (i > 1 && !t.inLexicon(i - 1) && t.is(i - 1, KwLeast)) {
        if (!t.is(i - 2, KwAt) && !t.is(i - 2, KwVery))
            valence = valence * kNegationScalar;
    } else if (i > 0 && !t.inLexicon(i - 1) && t.is(i - 1, KwLeast)) {
        valence = valence * kNegationScalar;
    }
    return valence;
}

// sentiment_valence for a lexicon word at i.
double sentimentValence(const VaderTokens &t, qsizetype i) {
    const double lexiconValence = t.entry(i)->valence;
    double valence = lexiconValence;
    const qsizetype n = t.size();

    // "no" before another lexicon word negates it instead of counting as negative itself.
    if (t.is(i, KwNo) && i != n - 1 && t.inLexicon(i + 1))
        valence = 0.0;
    if ((i > 0 && t.is(i - 1, KwNo)) || (i > 1 && t.is(i - 2, KwNo)) ||
        (i > 2 && t.is(i - 3, KwNo) && (t.is(i - 1, KwOr) || t.is(i - 1, KwNor))))
        valence = lexiconValence * kNegationScalar;

    // ALL CAPS among mixed case is emphasis; note a zero valence (a "no" above) is pushed negative.
    if (t.isUpper(i) && t.capDifferential()) {
        if (valence > 0)
            valence += kCapsIncrement;
        else
            valence -= kCapsIncrement;
    }

    for (int distance = 0; distance < 3; ++distance) {
        const qsizetype j = i - (distance + 1);
        if (i > distance && !t.inLexicon(j)) {
            double s = scalarIncDec(t, j, valence);
            if (distance == 1 && s != 0)
                s = s * 0.95;
            if (distance == 2 && s != 0)
                s = s * 0.9;
            valence = valence + s;
            valence = negationCheck(t, valence, distance, i);
            if (distance == 2)
                valence = specialIdiomsCheck(t, valence, i);
        }
    }
    return leastCheck(t, valence, i);
}

// _but_check: words before the first "but" count half, words after it half as much again. The reference
// finds each item's index with list.index(value), i.e. the first item with an equal value, not the item's
// own position, and rewrites the list as it goes. So when two words have the same valence the first one is
// rescaled twice and the later one not at all, and an equal valence on the other side of "but" can take the
// other side's factor. Reproduced exactly, because the published scores depend on it.
void butCheck(const VaderTokens &t, QVarLengthArray<double, 64> &sentiments) {
    qsizetype but = -1;
    for (qsizetype k = 0; k < t.size() && but < 0; ++k) {
        if (t.is(k, KwBut))
            but = k;
    }
    if (but < 0)
        return;
    for (qsizetype k = 0; k < sentiments.size(); ++k) {
        const double sentiment = sentiments[k];
        qsizetype found = 0;
        while (!(sentiments[found] == sentiment))
            ++found;
        if (found < but)
            sentiments[found] = sentiment * 0.5;
        else if (found > but)
            sentiments[found] = sentiment * 1.5;
    }
}

} // namespace

VaderScorer::VaderScorer(const VaderLexicon &lexicon)
    : m_lexicon(lexicon) {}

VaderScores VaderScorer::score(QStringView text, QList<Term> *terms) const {
    const LexiconData &data = m_lexicon.data();
    QString withoutEmoji;
    Origins origins;
    const bool replaced = replaceEmojis(text, data, withoutEmoji, terms ? &origins : nullptr);
    // The reference strips the text next; splitting and counting punctuation make that a no-op here.
    const QStringView scored = replaced ? QStringView(withoutEmoji) : text;

    const VaderTokens tokens(scored, data);
    QVarLengthArray<double, 64> sentiments;
    sentiments.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        // Boosters and "kind" of "kind of" carry no valence of their own, even if the lexicon rates them.
        if (tokens.isBooster(i) ||
            (i < tokens.size() - 1 && tokens.is(i, KwKind) && tokens.is(i + 1, KwOf))) {
            sentiments.append(0.0);
            continue;
        }
        sentiments.append(tokens.inLexicon(i) ? sentimentValence(tokens, i) : 0.0);
    }
    butCheck(tokens, sentiments);

    if (terms) {
        terms->clear();
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (sentiments[i] == 0)
                continue;
            Term term{tokens.word(i).toString(), sentiments[i], tokens.begin(i), tokens.length(i)};
            if (replaced) {
                term.position = origins[tokens.begin(i)].begin;
                term.length = origins[tokens.begin(i) + tokens.length(i) - 1].end - term.position;
            }
            terms->append(term);
        }
    }
    return scoreValences(sentiments, punctuationEmphasis(scored));
}

} // namespace dp::sentiment
