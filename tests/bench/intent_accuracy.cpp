// SPDX-License-Identifier: GPL-3.0-or-later
// Accuracy of the sentiment scorers on the labelled sales sentences of tests/data/intent, before and after
// the sales intent layer, and for Romanian before and after its base lexicon (intents alone, then the
// lexicon and intents). Sign: over the sentences labelled positive or negative, the share whose compound
// has that sign (a neutral score, |compound| < 0.05, counts as wrong). Family: over all sentences, the
// share whose first counted intent is the labelled family, or that have none when labelled none.
// Usage: intent_accuracy [heldout|dev] [data dir]; the data dir defaults to
// $DEALPULSE_SOURCE_DIR/tests/data/intent. Add --misses to list the sentences got wrong after.

#include "analytics/sentiment/SalesScorer.h"
#include "analytics/sentiment/VaderLexicon.h"
#include "analytics/sentiment/VaderScorer.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace dp::sentiment;

namespace {

struct Labelled {
    QString text;
    QString family;
    QString polarity;
};

QList<Labelled> readSet(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Labelled> set;
    const QString content = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(content).tokenize(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() == 3)
            set.append({fields[0].toString(), fields[1].toString(), fields[2].trimmed().toString()});
    }
    return set;
}

QString signOf(double compound) {
    if (compound >= kNeutralBand)
        return QStringLiteral("positive");
    if (compound <= -kNeutralBand)
        return QStringLiteral("negative");
    return QStringLiteral("neutral");
}

QString familyOf(const SalesScore &score) {
    for (const IntentMatch &match : score.intents) {
        if (counts(match))
            return intentKey(match.family).toString();
    }
    return QStringLiteral("none");
}

double percent(int right, int total) {
    return total > 0 ? 100.0 * right / total : 0.0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool misses = args.removeAll(QStringLiteral("--misses")) > 0;
    const QString part = args.size() > 1 ? args[1] : QStringLiteral("heldout");
    const QString dir =
        args.size() > 2 ? args[2]
                        : qEnvironmentVariable("DEALPULSE_SOURCE_DIR") + QStringLiteral("/tests/data/intent");
    const VaderScorer vader(VaderLexicon::builtin());
    SalesScorer before;
    before.setIntentLayer(false);
    const SalesScorer after;
    SalesScorer intentsAlone; // for Romanian: the scorer before the Romanian base lexicon
    intentsAlone.setRomanianLexicon(false);

    std::printf("%-3s %-8s %5s  %-24s %-24s %-24s %-24s  %-22s\n", "", "part", "n", "sign: VADER alone",
                "sign: sales, no intents", "sign: no ro lexicon", "sign: with intents",
                "family: before / after");
    for (const char *language : {"en", "ro"}) {
        const QList<Labelled> set =
            readSet(dir + u'/' + QLatin1String(language) + u'.' + part + QStringLiteral(".tsv"));
        if (set.isEmpty()) {
            std::fprintf(stderr, "no %s set %s under %s\n", language, qPrintable(part), qPrintable(dir));
            return 1;
        }
        int polar = 0;
        int vaderRight = 0;
        int beforeRight = 0;
        int afterRight = 0;
        int intentsAloneRight = 0;
        int familyBefore = 0;
        int familyAfter = 0;
        for (const Labelled &item : set) {
            const SalesScore withIntents = after.score(item.text);
            const QString family = familyOf(withIntents);
            familyBefore += item.family == u"none";
            familyAfter += family == item.family;
            const bool signWrong =
                item.polarity != u"neutral" && signOf(withIntents.compound) != item.polarity;
            if (misses && (family != item.family || signWrong))
                std::printf("  miss %s: %s (%s %s) got %s %+.2f\n", language, qPrintable(item.text),
                            qPrintable(item.family), qPrintable(item.polarity), qPrintable(family),
                            withIntents.compound);
            if (item.polarity == u"neutral")
                continue;
            ++polar;
            vaderRight += signOf(vader.score(item.text).compound) == item.polarity;
            beforeRight += signOf(before.score(item.text).compound) == item.polarity;
            afterRight += signOf(withIntents.compound) == item.polarity;
            intentsAloneRight += signOf(intentsAlone.score(item.text).compound) == item.polarity;
        }
        std::printf(
            "%-3s %-8s %5lld  %5.1f %% (%3d of %3d)    %5.1f %% (%3d of %3d)    %5.1f %% (%3d of %3d)    "
            "%5.1f %% (%3d of %3d)    %5.1f %% / %5.1f %%\n",
            language, qPrintable(part), qlonglong(set.size()), percent(vaderRight, polar), vaderRight, polar,
            percent(beforeRight, polar), beforeRight, polar, percent(intentsAloneRight, polar),
            intentsAloneRight, polar, percent(afterRight, polar), afterRight, polar,
            percent(familyBefore, int(set.size())), percent(familyAfter, int(set.size())));
    }
    return 0;
}
