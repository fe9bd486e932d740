// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/VaderDefaults.h"

namespace dp::sentiment::vader {

QStringList negations() {
    return {
        QStringLiteral("aint"),     QStringLiteral("arent"),    QStringLiteral("cannot"),
        QStringLiteral("cant"),     QStringLiteral("couldnt"),  QStringLiteral("darent"),
        QStringLiteral("didnt"),    QStringLiteral("doesnt"),   QStringLiteral("ain't"),
        QStringLiteral("aren't"),   QStringLiteral("can't"),    QStringLiteral("couldn't"),
        QStringLiteral("daren't"),  QStringLiteral("didn't"),   QStringLiteral("doesn't"),
        QStringLiteral("dont"),     QStringLiteral("hadnt"),    QStringLiteral("hasnt"),
        QStringLiteral("havent"),   QStringLiteral("isnt"),     QStringLiteral("mightnt"),
        QStringLiteral("mustnt"),   QStringLiteral("neither"),  QStringLiteral("don't"),
        QStringLiteral("hadn't"),   QStringLiteral("hasn't"),   QStringLiteral("haven't"),
        QStringLiteral("isn't"),    QStringLiteral("mightn't"), QStringLiteral("mustn't"),
        QStringLiteral("neednt"),   QStringLiteral("needn't"),  QStringLiteral("never"),
        QStringLiteral("none"),     QStringLiteral("nope"),     QStringLiteral("nor"),
        QStringLiteral("not"),      QStringLiteral("nothing"),  QStringLiteral("nowhere"),
        QStringLiteral("oughtnt"),  QStringLiteral("shant"),    QStringLiteral("shouldnt"),
        QStringLiteral("uhuh"),     QStringLiteral("wasnt"),    QStringLiteral("werent"),
        QStringLiteral("oughtn't"), QStringLiteral("shan't"),   QStringLiteral("shouldn't"),
        QStringLiteral("uh-uh"),    QStringLiteral("wasn't"),   QStringLiteral("weren't"),
        QStringLiteral("without"),  QStringLiteral("wont"),     QStringLiteral("wouldnt"),
        QStringLiteral("won't"),    QStringLiteral("wouldn't"), QStringLiteral("rarely"),
        QStringLiteral("seldom"),   QStringLiteral("despite"),
    };
}

QHash<QString, double> boosters() {
    const char *const increments[] = {
        "absolutely",    "amazingly",    "awfully",       "completely", "considerable", "considerably",
        "decidedly",     "deeply",       "effing",        "enormous",   "enormously",   "entirely",
        "especially",    "exceptional",  "exceptionally", "extreme",    "extremely",    "fabulously",
        "flipping",      "flippin",      "frackin",       "fracking",   "fricking",     "frickin",
        "frigging",      "friggin",      "fully",         "fuckin",     "fucking",      "fuggin",
        "fugging",       "greatly",      "hella",         "highly",     "hugely",       "incredible",
        "incredibly",    "intensely",    "major",         "majorly",    "more",         "most",
        "particularly",  "purely",       "quite",         "really",     "remarkably",   "so",
        "substantially", "thoroughly",   "total",         "totally",    "tremendous",   "tremendously",
        "uber",          "unbelievably", "unusually",     "utter",      "utterly",      "very",
    };
    const char *const decrements[] = {
        "almost",   "barely", "hardly",   "just enough", "kind of",    "kinda",        "kindof", "kind-of",
        "less",     "little", "marginal", "marginally",  "occasional", "occasionally", "partly", "scarce",
        "scarcely", "slight", "slightly", "somewhat",    "sort of",    "sorta",        "sortof", "sort-of",
    };
    QHash<QString, double> table;
    for (const char *word : increments)
        table.insert(QString::fromLatin1(word), kBoosterIncrement);
    for (const char *word : decrements)
        table.insert(QString::fromLatin1(word), -kBoosterIncrement);
    return table;
}

QHash<QString, double> idioms() {
    return {
        {QStringLiteral("the shit"), 3.0},       {QStringLiteral("the bomb"), 3.0},
        {QStringLiteral("bad ass"), 1.5},        {QStringLiteral("badass"), 1.5},
        {QStringLiteral("bus stop"), 0.0},       {QStringLiteral("yeah right"), -2.0},
        {QStringLiteral("kiss of death"), -1.5}, {QStringLiteral("to die for"), 3.0},
        {QStringLiteral("beating heart"), 3.1},  {QStringLiteral("broken heart"), -2.9},
    };
}

} // namespace dp::sentiment::vader
