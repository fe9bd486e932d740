// SPDX-License-Identifier: GPL-3.0-or-later
// Texts per second of the VADER port, single-threaded, over the four ground-truth sets of the VADER paper.
// Usage: bench_sentiment [repetitions] [data dir]; the data dir defaults to
// $DEALPULSE_SOURCE_DIR/tests/data/sentiment. Run it from a Release build.

#include "analytics/sentiment/VaderLexicon.h"
#include "analytics/sentiment/VaderScorer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>

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
    std::printf("checksum %.6f\n", checksum);
    return 0;
}
