// SPDX-License-Identifier: GPL-3.0-or-later
// Texts per second of the VADER port, single-threaded, over the four ground-truth sets of the VADER paper;
// then of the sales scorer with the intent layer off and on, in the same run, over those sets and over the
// labelled sales sentences (tests/data/intent, English and Romanian), with the intent layer's cost as a
// share of the scoring time without it.
// Usage: bench_sentiment [repetitions] [data dir]; the data dir defaults to
// $DEALPULSE_SOURCE_DIR/tests/data/sentiment. Run it from a Release build.

#include "analytics/sentiment/SalesScorer.h"
#include "analytics/sentiment/VaderLexicon.h"
#include "analytics/sentiment/VaderScorer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <ctime>

using namespace dp::sentiment;

namespace {

struct Set {
    QString name;
    QStringList texts;
};

// The text field of each "id <TAB> mean <TAB> text" line, trailing CR included as the reference had it.
QStringList readTexts(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    const QString content = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(content).tokenize(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype first = line.indexOf(u'\t');
        const qsizetype second = first < 0 ? -1 : line.indexOf(u'\t', first + 1);
        if (second >= 0)
            texts.append(line.sliced(second + 1).toString());
    }
    return texts;
}

// The sentence field of each "sentence <TAB> family <TAB> polarity" line.
QStringList readSentences(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    const QString content = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(content).tokenize(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'#'))
            texts.append(line.left(line.indexOf(u'\t')).toString());
    }
    return texts;
}

qint64 threadNanoseconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double textsPerSecond(qsizetype texts, qint64 nanoseconds) {
    return nanoseconds > 0 ? double(texts) * 1e9 / double(nanoseconds) : 0.0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int repetitions = args.size() > 1 ? std::max(1, args[1].toInt()) : 20;
    const QString dir = args.size() > 2 ? args[2]
                                        : qEnvironmentVariable("DEALPULSE_SOURCE_DIR") +
                                              QStringLiteral("/tests/data/sentiment");

    QElapsedTimer timer;
    timer.start();
    const VaderLexicon lexicon = VaderLexicon::builtin();
    std::printf("lexicon: %lld words, %lld emoji, parsed in %.1f ms\n", qlonglong(lexicon.wordCount()),
                qlonglong(lexicon.emojiCount()), double(timer.nsecsElapsed()) / 1e6);
    const VaderScorer scorer(lexicon);

    QList<Set> sets;
    for (const char *name :
         {"tweets", "movieReviewSnippets", "amazonReviewSnippets", "nytEditorialSnippets"}) {
        const QString set = QString::fromLatin1(name);
        Set loaded{set, readTexts(dir + QStringLiteral("/vader-ground-truth/") + set +
                                  QStringLiteral("_GroundTruth.txt"))};
        if (loaded.texts.isEmpty()) {
            std::fprintf(stderr, "no ground truth for %s under %s\n", name, qPrintable(dir));
            return 1;
        }
        sets.append(loaded);
    }

    double checksum = 0.0; // keeps the optimiser from dropping the work
    qsizetype totalTexts = 0;
    qint64 totalNanoseconds = 0;
    for (const Set &set : std::as_const(sets)) {
        timer.restart();
        for (int r = 0; r < repetitions; ++r) {
            for (const QString &text : set.texts)
                checksum += scorer.score(text).compound;
        }
        const qint64 elapsed = timer.nsecsElapsed();
        const qsizetype texts = set.texts.size() * repetitions;
        totalTexts += texts;
        totalNanoseconds += elapsed;
        std::printf("%-22s %6lld texts x %d: %10.0f texts/s\n", qPrintable(set.name),
                    qlonglong(set.texts.size()), repetitions, textsPerSecond(texts, elapsed));
    }
    std::printf("%-22s %6lld texts x %d: %10.0f texts/s (%.2f us per text)\n", "all",
                qlonglong(totalTexts / repetitions), repetitions,
                textsPerSecond(totalTexts, totalNanoseconds),
                double(totalNanoseconds) / 1e3 / double(totalTexts));

    // The UI asks for the driving words too: the cost of collecting them.
    QList<Term> terms;
    timer.restart();
    for (int r = 0; r < repetitions; ++r) {
        for (const Set &set : std::as_const(sets)) {
            for (const QString &text : set.texts)
                checksum += scorer.score(text, &terms).compound + double(terms.size());
        }
    }
    std::printf("%-22s %6lld texts x %d: %10.0f texts/s\n", "all, with terms",
                qlonglong(totalTexts / repetitions), repetitions,
                textsPerSecond(totalTexts, timer.nsecsElapsed()));

    // The sales scorer without and with the intent layer, alternating per repetition so that both see the
    // same machine state.
    SalesScorer withoutIntents;
    withoutIntents.setIntentLayer(false);
    const SalesScorer withIntents;
    // Romanian is scored by the Romanian lexicon in both; "on" adds its intent patterns.
    QList<Set> salesSets = sets;
    for (const char *language : {"en", "ro"}) {
        Set sales{QStringLiteral("sales sentences, ") + QLatin1String(language),
                  readSentences(dir + QStringLiteral("/../intent/") + QLatin1String(language) +
                                QStringLiteral(".tsv"))};
        if (!sales.texts.isEmpty())
            salesSets.append(sales);
        else
            std::fprintf(stderr, "no labelled %s sales sentences under %s/../intent\n", language,
                         qPrintable(dir));
    }
    // This thread's CPU time, in chunks of texts taken in turn by both scorers: a busy machine (other
    // builds) then slows neither side more than the other.
    constexpr qsizetype kChunk = 64;
    for (const Set &set : std::as_const(salesSets)) {
        qint64 off = 0;
        qint64 on = 0;
        for (int r = 0; r < repetitions; ++r) {
            for (qsizetype begin = 0; begin < set.texts.size(); begin += kChunk) {
                const qsizetype end = std::min(set.texts.size(), begin + kChunk);
                qint64 start = threadNanoseconds();
                for (qsizetype k = begin; k < end; ++k)
                    checksum += withoutIntents.score(set.texts[k]).compound;
                off += threadNanoseconds() - start;
                start = threadNanoseconds();
                for (qsizetype k = begin; k < end; ++k)
                    checksum += withIntents.score(set.texts[k]).compound;
                on += threadNanoseconds() - start;
            }
        }
        const qsizetype texts = set.texts.size() * repetitions;
        std::printf("sales %-24s %6lld texts x %d: intents off %9.0f texts/s, on %9.0f texts/s (CPU), "
                    "intent layer +%.1f %%\n",
                    qPrintable(set.name), qlonglong(set.texts.size()), repetitions,
                    textsPerSecond(texts, off), textsPerSecond(texts, on),
                    off > 0 ? 100.0 * double(on - off) / double(off) : 0.0);
    }
    std::printf("checksum %.6f\n", checksum);
    return 0;
}
