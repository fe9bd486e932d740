// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/IntentDetector.h"

#include "analytics/sentiment/IntentTokens.h"

#include <QVarLengthArray>

#include <algorithm>

namespace dp::sentiment {
namespace {

// How far before a match a negator still negates it: VADER looks three words back, and Romanian puts one
// more word between ("nu este pus pe pauză").
constexpr int kNegationWindow = 4;

struct Candidate {
    int pattern = 0;
    int first = 0; // token index
    int last = 0;  // inclusive
    // On the stack: a candidate is tried at every word that starts a pattern.
    QVarLengthArray<int, 12> words; // tokens matched by Word elements
    QVarLengthArray<int, 4> gapNeg; // negators skipped by gaps
};

bool wordMatches(const PatternElement &element, const IntentToken &token) {
    // Sizes first: most alternatives differ in length, and QStringView's == checks that inline.
    for (const QString &word : element.words) {
        if (QStringView(word) == token.lemma)
            return true;
    }
    for (const QString &prefix : element.prefixes) {
        if (prefix.size() <= token.folded.size() && token.folded.left(prefix.size()) == QStringView(prefix))
            return true;
    }
    return false;
}

class Matcher {
public:
    Matcher(const QVarLengthArray<IntentToken, 64> &tokens, const QVarLengthArray<bool, 64> &negators)
        : m_tokens(tokens)
        , m_negators(negators) {}

    // Whether the pattern's elements from `e` on match from token `t`; fills the candidate.
    bool match(const IntentPattern &pattern, int e, int t, Candidate &candidate) const {
        if (e == pattern.elements.size())
            return true;
        const PatternElement &element = pattern.elements[e];
        if (element.kind == PatternElement::Kind::Gap) {
            for (int skip = 0; skip <= kMaxGap && t + skip <= m_tokens.size(); ++skip) {
                const qsizetype words = candidate.words.size();
                const qsizetype negs = candidate.gapNeg.size();
                if (match(pattern, e + 1, t + skip, candidate)) {
                    for (int k = t; k < t + skip; ++k) {
                        if (m_negators[k])
                            candidate.gapNeg.append(k);
                    }
                    return true;
                }
                candidate.words.resize(words);
                candidate.gapNeg.resize(negs);
            }
            return false;
        }
        if (t >= m_tokens.size())
            return false;
        const bool ok = element.kind == PatternElement::Kind::Negator ? bool(m_negators[t])
                                                                      : wordMatches(element, m_tokens[t]);
        if (!ok)
            return false;
        candidate.words.append(t);
        candidate.last = t;
        if (match(pattern, e + 1, t + 1, candidate))
            return true;
        candidate.words.removeLast();
        return false;
    }

private:
    const QVarLengthArray<IntentToken, 64> &m_tokens;
    const QVarLengthArray<bool, 64> &m_negators;
};

} // namespace

IntentDetector::IntentDetector()
    : IntentDetector(IntentPatterns::builtin(Language::English),
                     IntentPatterns::builtin(Language::Romanian)) {}

IntentDetector::IntentDetector(const IntentPatterns &english, const IntentPatterns &romanian)
    : m_english(&english)
    , m_romanian(&romanian) {}

QList<IntentMatch> IntentDetector::detect(QStringView sentence, Language language, qsizetype offset) const {
    IntentTokens folded;
    intentTokens(sentence, language, folded);
    return detect(folded, language, offset);
}

QList<IntentMatch> IntentDetector::detect(const IntentTokens &folded, Language language,
                                          qsizetype offset) const {
    const IntentPatterns &patterns = language == Language::English ? *m_english : *m_romanian;
    const auto &tokens = folded.tokens;
    // One hash look-up a word: most words start no pattern and are no negator or condition, and a sentence
    // where no word starts a pattern is done.
    QVarLengthArray<const QList<int> *, 64> starting(tokens.size());
    QVarLengthArray<bool, 64> negators(tokens.size());
    bool conditional = false;
    bool anyStart = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const IntentPatterns::KeyEntry *entry = patterns.lookup(tokens[i].folded);
        starting[i] = entry && !entry->patterns.isEmpty() ? &entry->patterns : nullptr;
        IntentPatterns::WordRole role;
        if ((entry && entry->mayHaveRole) || (tokens[i].apostrophe && patterns.hasNegatorSuffixes()))
            role = patterns.roleOf(tokens[i].folded);
        negators[i] = role.negator;
        conditional = conditional || role.condition;
        anyStart = anyStart || starting[i] || (role.negator && !patterns.negatorFirst().isEmpty());
    }
    if (!anyStart)
        return {};

    const Matcher matcher(tokens, negators);
    QList<Candidate> found;
    for (int t = 0; t < int(tokens.size()); ++t) {
        const QList<int> *byWord = starting[t];
        const QList<int> *byNegator = negators[t] ? &patterns.negatorFirst() : nullptr;
        Candidate best;
        bool any = false;
        for (const QList<int> *list : {byWord, byNegator}) {
            if (!list)
                continue;
            for (const int index : *list) {
                Candidate candidate{index, t, t, {}, {}};
                if (matcher.match(patterns.patterns()[index], 0, t, candidate) &&
                    (!any || candidate.last > best.last)) {
                    best = std::move(candidate);
                    any = true;
                }
            }
        }
        if (any) {
            found.append(best);
            t = best.last; // no overlaps: the next match starts after this one
        }
    }

    QList<IntentMatch> matches;
    int previousEnd = -1; // a negator in an earlier match is that match's ("can't wait to roll it out")
    for (const Candidate &candidate : std::as_const(found)) {
        const IntentPattern &pattern = patterns.patterns()[candidate.pattern];
        const int before = previousEnd;
        previousEnd = candidate.last;
        if (!pattern.family)
            continue;
        bool negated = !candidate.gapNeg.isEmpty();
        for (int k = candidate.first - 1; !negated && k > before && k >= candidate.first - kNegationWindow;
             --k) {
            negated = negators[k];
            if (tokens[k].clauseStart)
                break;
        }
        IntentFamily family = *pattern.family;
        if (negated) {
            const auto becomes = patterns.negated(family);
            if (!becomes)
                continue;
            family = *becomes;
        }
        IntentMatch match;
        match.family = family;
        match.valence = patterns.valence(family);
        match.negated = negated;
        match.conditional = conditional;
        const IntentToken &first = tokens[candidate.first];
        const IntentToken &last = tokens[candidate.last];
        match.span = {offset + first.begin, last.begin + last.length - first.begin};
        for (const int k : candidate.words)
            match.words.append({offset + tokens[k].begin, tokens[k].length});
        matches.append(std::move(match));
    }
    return matches;
}

QList<IntentMatch> IntentDetector::detectText(QStringView text, Language language) const {
    QList<IntentMatch> matches;
    for (const TextSpan &sentence : splitSentences(text))
        matches.append(detect(text.sliced(sentence.begin, sentence.length), language, sentence.begin));
    return matches;
}

} // namespace dp::sentiment
