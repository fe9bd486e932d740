// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/RomanianScorer.h"

#include "analytics/sentiment/IntentTokens.h"
#include "analytics/sentiment/VaderDefaults.h"

#include <QFile>
#include <QLoggingCategory>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSentiment)

namespace dp::sentiment {
namespace {

using vader::kBoosterIncrement;
using vader::kCapsIncrement;
using vader::kNegationScalar;

// All folded, as the tokens are.
constexpr std::array<std::u16string_view, 11> kNegations = {u"nu",    u"n",        u"nici",    u"niciun",
                                                            u"nicio", u"niciunul", u"niciuna", u"niciodata",
                                                            u"fara",  u"nimic",    u"deloc"};
constexpr std::array<std::pair<std::u16string_view, double>, 31> kBoosters = {{
    {u"foarte", kBoosterIncrement},       {u"extrem", kBoosterIncrement},
    {u"extraordinar", kBoosterIncrement}, {u"super", kBoosterIncrement},
    {u"mega", kBoosterIncrement},         {u"ultra", kBoosterIncrement},
    {u"atat", kBoosterIncrement},         {u"total", kBoosterIncrement},
    {u"totalmente", kBoosterIncrement},   {u"absolut", kBoosterIncrement},
    {u"complet", kBoosterIncrement},      {u"deosebit", kBoosterIncrement},
    {u"incredibil", kBoosterIncrement},   {u"enorm", kBoosterIncrement},
    {u"teribil", kBoosterIncrement},      {u"tare", kBoosterIncrement},
    {u"chiar", kBoosterIncrement},        {u"mult", kBoosterIncrement},
    {u"prea", kBoosterIncrement},         {u"realmente", kBoosterIncrement},
    {u"cumplit", kBoosterIncrement},      {u"putin", -kBoosterIncrement},
    {u"cam", -kBoosterIncrement},         {u"destul", -kBoosterIncrement},
    {u"oarecum", -kBoosterIncrement},     {u"relativ", -kBoosterIncrement},
    {u"partial", -kBoosterIncrement},     {u"pic", -kBoosterIncrement},
    {u"usor", -kBoosterIncrement},        {u"aproape", -kBoosterIncrement},
    {u"moderat", -kBoosterIncrement},
}};
// "but": the first of these splits the sentence.
constexpr std::array<std::u16string_view, 2> kContrasts = {u"dar", u"insa"};
constexpr std::array<std::u16string_view, 3> kCourtesies = {u"multumesc", u"multumim", u"mersi"};
// Greetings and sign-offs made of good words: "Bună ziua", "O zi bună", "Toate cele bune", "Cu bine",
// "Numai bine", "O săptămână frumoasă". The good word in them is no praise.
constexpr std::array<std::u16string_view, 4> kGreetingWords = {u"buna", u"bune", u"bine", u"frumoasa"};
constexpr std::array<std::u16string_view, 3> kGreetingAfter = {u"ziua", u"dimineata", u"seara"};
constexpr std::array<std::u16string_view, 8> kGreetingBefore = {
    u"zi", u"seara", u"saptamana", u"weekend", u"cele", u"cu", u"numai", u"sarbatori"};

bool equals(QStringView word, std::u16string_view listed) {
    return word == QStringView(listed.data(), qsizetype(listed.size()));
}

template <std::size_t N> bool among(QStringView word, const std::array<std::u16string_view, N> &list) {
    return std::any_of(list.begin(), list.end(), [word](std::u16string_view w) { return equals(word, w); });
}

double boosterOf(QStringView word) {
    for (const auto &[listed, value] : kBoosters) {
        if (equals(word, listed))
            return value;
    }
    return 0.0;
}

bool isUpper(QStringView word) {
    bool letters = false;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters;
}

} // namespace

RomanianLexicon RomanianLexicon::builtin() {
    static const RomanianLexicon lexicon = [] {
        QFile file(QStringLiteral(":/sentiment/vader_lexicon_ro.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("dealpulse.sentiment: the embedded Romanian lexicon is missing");
        return fromText(QString::fromUtf8(file.readAll()));
    }();
    return lexicon;
}

RomanianLexicon RomanianLexicon::fromText(QStringView text) {
    auto words = std::make_shared<QHash<QString, double>>();
    qsizetype lineNumber = 0;
    for (const QStringView line : text.tokenize(u'\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        bool ok = false;
        const double valence = fields.value(1).trimmed().toDouble(&ok);
        const QString form = foldWord(fields.value(0).trimmed(), Language::Romanian);
        if (!ok || form.isEmpty() || valence < -4.0 || valence > 4.0) {
            qCWarning(lcSentiment) << "Romanian lexicon line" << lineNumber << "is malformed; skipped";
            continue;
        }
        words->insert(form, valence);
    }
    RomanianLexicon lexicon;
    lexicon.m_words = std::move(words);
    return lexicon;
}

std::optional<double> RomanianLexicon::valence(QStringView word) const {
    if (!m_words)
        return std::nullopt;
    const auto found = m_words->constFind(foldWord(word, Language::Romanian));
    return found == m_words->cend() ? std::nullopt : std::optional<double>(*found);
}

RomanianScorer::RomanianScorer(const RomanianLexicon &lexicon)
    : m_lexicon(lexicon) {}

double RomanianScorer::score(QStringView sentence, QList<Term> *terms) const {
    IntentTokens words;
    intentTokens(sentence, Language::Romanian, words);
    return score(sentence, words, {}, terms);
}

double RomanianScorer::score(QStringView sentence, const IntentTokens &all, const QList<qsizetype> &skipped,
                             QList<Term> *terms) const {
    if (terms)
        terms->clear();
    if (!m_lexicon.m_words)
        return 0.0;
    const QHash<QString, double> &words = *m_lexicon.m_words;
    // The skipped words are left out as if they were not there, so the rules' three-word windows look past
    // them.
    QVarLengthArray<const IntentToken *, 64> kept;
    for (const IntentToken &token : all.tokens) {
        if (!std::binary_search(skipped.begin(), skipped.end(), token.begin))
            kept.append(&token);
    }
    const qsizetype n = kept.size();
    if (n == 0)
        return 0.0;

    // Each token looked up once: its lexicon valence (0 when none) and its degree.
    QVarLengthArray<double, 64> valence(n, 0.0);
    QVarLengthArray<double, 64> degree(n, 0.0);
    QVarLengthArray<bool, 64> upper(n, false);
    qsizetype upperCount = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const IntentToken &token = (*kept[i]);
        const auto found = words.constFind(token.folded.toString());
        valence[i] = found == words.cend() ? 0.0 : *found;
        degree[i] = boosterOf(token.folded);
        upper[i] = isUpper(sentence.sliced(token.begin, token.length));
        upperCount += upper[i] ? 1 : 0;
    }
    const bool capDifferential = upperCount > 0 && upperCount < n;
    const auto folded = [&kept](qsizetype i) { return kept[i]->folded; };
    // A degree word that is also a lexicon word ("super", "teribil") acts as a degree word when a lexicon
    // word follows it, directly or after "de" ("teribil de util"), and as a word of its own otherwise.
    for (qsizetype i = 0; i < n; ++i) {
        if (degree[i] == 0.0 || valence[i] == 0.0)
            continue;
        const qsizetype next = i + 1 < n && folded(i + 1) == u"de" ? i + 2 : i + 1;
        if (next < n && valence[next] != 0.0)
            valence[i] = 0.0;
        else
            degree[i] = 0.0;
    }

    for (qsizetype i = 0; i < n; ++i) {
        if (valence[i] != 0.0 && among(folded(i), kGreetingWords) &&
            ((i + 1 < n && among(folded(i + 1), kGreetingAfter)) ||
             (i > 0 && among(folded(i - 1), kGreetingBefore))))
            valence[i] = 0.0;
    }
    // "Mulțumesc," opening the sentence is a greeting.
    if (among(folded(0), kCourtesies)) {
        const qsizetype after = (*kept[0]).begin + (*kept[0]).length;
        if (after >= sentence.size() || QStringView(u",.!-:;").contains(sentence[after]))
            valence[0] = 0.0;
    }

    QVarLengthArray<double, 64> sentiments(n, 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        if (valence[i] == 0.0)
            continue;
        double v = valence[i];
        if (upper[i] && capDifferential)
            v += v > 0 ? kCapsIncrement : -kCapsIncrement;
        bool negated = false;
        for (int distance = 0; distance < 3; ++distance) {
            const qsizetype j = i - (distance + 1);
            if (j < 0)
                break;
            if (degree[j] != 0.0) {
                double scalar = v < 0 ? -degree[j] : degree[j];
                if (upper[j] && capDifferential)
                    scalar += v > 0 ? kCapsIncrement : -kCapsIncrement;
                if (distance == 1)
                    scalar *= 0.95;
                else if (distance == 2)
                    scalar *= 0.9;
                v += scalar;
            }
            if (among(folded(j), kNegations)) {
                // "nu numai", "nu doar": not only; "fără îndoială": without doubt.
                const bool notOnly = folded(j) == u"nu" && j + 1 < n &&
                                     (folded(j + 1) == u"numai" || folded(j + 1) == u"doar");
                const bool withoutDoubt = folded(j) == u"fara" && folded(i).startsWith(u"indoial");
                if (withoutDoubt)
                    v = 0.0;
                else if (!notOnly)
                    negated = true;
            }
        }
        if (negated)
            v *= kNegationScalar;
        sentiments[i] = v;
    }

    qsizetype contrast = -1;
    for (qsizetype i = 0; i < n && contrast < 0; ++i) {
        if (among(folded(i), kContrasts))
            contrast = i;
    }
    double sum = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        if (sentiments[i] == 0.0)
            continue;
        if (contrast >= 0)
            sentiments[i] *= i < contrast ? 0.5 : 1.5;
        sum += sentiments[i];
        if (terms) {
            const IntentToken &token = (*kept[i]);
            terms->append({sentence.sliced(token.begin, token.length).toString(), sentiments[i], token.begin,
                           token.length});
        }
    }
    return sum;
}

} // namespace dp::sentiment
