// SPDX-License-Identifier: GPL-3.0-or-later
// Prequential (test-then-train) accuracy of VADER, the sales layer and the learner over the four
// ground-truth sets of the VADER paper: label = sign of the human mean, items with mean 0 dropped, a score
// of 0 counted as positive. Each set runs in file order and shuffled with a fixed seed: the movie set is
// stored in long runs of one label, which a learner's bias exploits in file order.
// Usage: bench_prequential [data dir] [--learning-rate R] [--guard-window N] [--set NAME] [--seed N]
// [--no-intents]; the default data dir is $DEALPULSE_SOURCE_DIR/tests/data/sentiment. The options tune the
// learner for all sets at once (what the app ships is LearnerOptions' defaults); --set runs one set only;
// --seed changes the shuffled order (default 1); --no-intents runs the sales layer without its intent
// layer, for comparing.

#include "analytics/sentiment/Prequential.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace dp::sentiment;

namespace {

struct Item {
    QString text;
    bool positive = true;
};

QList<Item> readSet(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Item> items;
    const QString content = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(content).tokenize(u'\n', Qt::SkipEmptyParts)) {
        const QList<QStringView> f = line.split(u'\t');
        if (f.size() < 3)
            continue;
        const double mean = f[1].toDouble();
        if (mean != 0)
            items.append({line.sliced(f[0].size() + f[1].size() + 2).toString(), mean > 0});
    }
    return items;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QString dir = qEnvironmentVariable("DEALPULSE_SOURCE_DIR") + QStringLiteral("/tests/data/sentiment");
    LearnerOptions options;
    QString onlySet;
    quint32 seed = 1;
    bool intents = true;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == u"--learning-rate" && hasValue)
            options.learningRate = args[++i].toDouble();
        else if (args[i] == u"--guard-window" && hasValue)
            options.guardWindow = args[++i].toInt();
        else if (args[i] == u"--seed" && hasValue)
            seed = args[++i].toUInt();
        else if (args[i] == u"--no-intents")
            intents = false;
        else if (args[i] == u"--set" && hasValue)
            onlySet = args[++i];
        else
            dir = args[i];
    }
    std::printf("learning rate %.3f, guard window %d, shuffle seed %u, intent layer %s\n",
                options.learningRate, options.guardWindow, seed, intents ? "on" : "off");
    std::printf("%-22s %-8s %6s %7s %7s %9s %10s\n", "set", "order", "items", "vader", "sales", "adaptive",
                "texts/s");
    for (const char *name :
         {"tweets", "movieReviewSnippets", "amazonReviewSnippets", "nytEditorialSnippets"}) {
        if (!onlySet.isEmpty() && !QString::fromLatin1(name).startsWith(onlySet))
            continue;
        const QList<Item> items = readSet(dir + QStringLiteral("/vader-ground-truth/") +
                                          QString::fromLatin1(name) + QStringLiteral("_GroundTruth.txt"));
        if (items.isEmpty()) {
            std::fprintf(stderr, "no ground truth for %s under %s\n", name, qPrintable(dir));
            return 1;
        }
        for (const bool shuffled : {false, true}) {
            QList<Item> order = items;
            if (shuffled)
                std::shuffle(order.begin(), order.end(), QRandomGenerator(seed));
            Prequential run(options, intents);
            qsizetype right[3] = {};
            QElapsedTimer timer;
            timer.start();
            for (const Item &item : std::as_const(order)) {
                const PrequentialScores s = run.step(item.text, item.positive);
                right[0] += (s.vader >= 0) == item.positive;
                right[1] += (s.sales >= 0) == item.positive;
                right[2] += (s.adaptive >= 0) == item.positive;
            }
            const double n = double(order.size());
            std::printf("%-22s %-8s %6lld %7.3f %7.3f %9.3f %10.0f\n", name, shuffled ? "shuffled" : "file",
                        qlonglong(order.size()), right[0] / n, right[1] / n, right[2] / n,
                        n * 1e9 / double(std::max<qint64>(1, timer.nsecsElapsed())));
        }
    }
    return 0;
}
