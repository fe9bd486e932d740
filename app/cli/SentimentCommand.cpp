// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse sentiment: scores text from stdin with VADER or the sales layer, runs the learner
// prequentially over labelled lines, or (re)scores the interactions of a cache.

#include "cli/CacheArgument.h"
#include "cli/Cli.h"
#include "cli/CliSettings.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/Prequential.h"
#include "analytics/sentiment/SalesScorer.h"
#include "analytics/sentiment/VaderScorer.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dp::cli {
namespace {

// lupdate files a free tr() in namespace dp::cli under the context "dp::cli", so that is the one to look up.
QString tr(const char *text) {
    return QCoreApplication::translate("dp::cli", text);
}

QString formatScore(double score) {
    return QString::number(score, 'f', 4);
}

// One compound per input line, in the order read; an empty line scores 0. Each line is scored in the
// language detected in it, unless `language` says which.
int scoreLines(bool sales, std::optional<dp::sentiment::Language> language) {
    using namespace dp::sentiment;
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    const SalesScorer salesScorer;
    const VaderScorer vaderScorer(VaderLexicon::builtin());
    QString line;
    while (in.readLineInto(&line)) {
        const double compound = !sales     ? vaderScorer.score(line).compound
                                : language ? salesScorer.score(line, *language).compound
                                           : salesScorer.score(line).compound;
        out << formatScore(compound) << '\n';
    }
    return 0;
}

// Test-then-train over "label<TAB>text" lines (1 positive, 0 negative): one "vader<TAB>sales<TAB>adaptive"
// line out per line in. A malformed line stops the run with its number, since every later score would
// depend on what was learned from it.
int prequential(const QString &verb) {
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    dp::sentiment::Prequential run;
    QString line;
    qsizetype lineNumber = 0;
    while (in.readLineInto(&line)) {
        ++lineNumber;
        const qsizetype tab = line.indexOf(u'\t');
        const QStringView label = QStringView(line).left(tab).trimmed();
        if (tab < 0 || (label != u"0" && label != u"1")) {
            out.flush();
            return fail(verb, tr("line %1 is not 'label<TAB>text' with label 0 or 1").arg(lineNumber),
                        kExitUsage);
        }
        const auto scores = run.step(QStringView(line).sliced(tab + 1), label == u"1");
        out << formatScore(scores.vader) << '\t' << formatScore(scores.sales) << '\t'
            << formatScore(scores.adaptive) << '\n';
    }
    return 0;
}

// Scores the cache's interactions with the sales layer and what the stored ratings taught the learner,
// then brings the deals' figures up to date.
int rescore(const QCommandLineParser &parser, const QString &verb) {
    std::optional<Millis> now;
    if (!parseInstantOption(parser, QStringLiteral("now"), verb, &now))
        return kExitUsage;
    const auto db = openCache(cachePath(parser), Database::Mode::ReadWrite);
    if (!db)
        return kExitFailure;
    try {
        const auto summary = dp::sentiment::rescoreCache(*db, parser.isSet(QStringLiteral("all")));
        const FixedClock clock(now.value_or(SystemClock().now()));
        const int deals = AnalyticsEngine(*db, clock).recomputeDirty(windowSettings().health());
        QTextStream(stdout)
            << QCoreApplication::translate("dp::cli",
                                           "Scored %n interaction(s) (%1 without a score: no buyer text); %2",
                                           nullptr, summary.scored)
                   .arg(summary.unscored)
                   .arg(QCoreApplication::translate("dp::cli", "recomputed %n deal(s).", nullptr, deals))
            << '\n';
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

} // namespace

int runSentiment(const QStringList &arguments) {
    const QString verb = QStringLiteral("sentiment");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scores text for sentiment: from stdin, one text per line, or every interaction of a cache."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("score"), tr("Score each line of stdin; print one compound per line.")});
    parser.addOption(
        {QStringLiteral("prequential"),
         tr("Read 'label<TAB>text' lines (1 positive, 0 negative); print 'vader<TAB>sales<TAB>adaptive' "
            "per line, the adaptive score predicted before the line's label is learned.")});
    parser.addOption(
        {QStringLiteral("rescore"),
         tr("Score the interactions of the cache (--db) that have no score yet, with the sales layer and "
            "what the stored ratings taught it.")});
    parser.addOption({QStringLiteral("all"), tr("With --rescore: score every interaction again.")});
    parser.addOption({QStringLiteral("now"),
                      tr("With --rescore: the instant deal figures are computed as of."),
                      QStringLiteral("ISO")});
    parser.addOption({QStringLiteral("lexicon"),
                      tr("With --score: 'vader' (general English) or 'sales' (default)."),
                      QStringLiteral("NAME"), QStringLiteral("sales")});
    parser.addOption({QStringLiteral("language"),
                      tr("With --score and the sales lexicon: 'en', 'ro', or 'auto' (default: each line in "
                         "the language detected in it)."),
                      QStringLiteral("CODE"), QStringLiteral("auto")});
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;

    const QString lexicon = parser.value(QStringLiteral("lexicon"));
    if (lexicon != u"vader" && lexicon != u"sales")
        return fail(verb, tr("--lexicon wants 'vader' or 'sales', not '%1'").arg(lexicon), kExitUsage);
    const QString code = parser.value(QStringLiteral("language"));
    std::optional<dp::sentiment::Language> language;
    if (code == u"en")
        language = dp::sentiment::Language::English;
    else if (code == u"ro")
        language = dp::sentiment::Language::Romanian;
    else if (code != u"auto")
        return fail(verb, tr("--language wants 'en', 'ro' or 'auto', not '%1'").arg(code), kExitUsage);
    if (lexicon == u"vader" && language == dp::sentiment::Language::Romanian)
        return fail(verb, tr("--lexicon vader reads English only; use the sales lexicon for Romanian"),
                    kExitUsage);
    if (parser.isSet(QStringLiteral("score")))
        return scoreLines(lexicon == u"sales", language);
    if (parser.isSet(QStringLiteral("prequential")))
        return prequential(verb);
    if (parser.isSet(QStringLiteral("rescore")))
        return rescore(parser, verb);
    return fail(verb, tr("say what to do: --score, --prequential or --rescore"), kExitUsage);
}

} // namespace dp::cli
