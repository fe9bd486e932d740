// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dp::cli {
namespace {

struct Verb {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const Verb kVerbs[] = {
    {"demo", QT_TRANSLATE_NOOP("Cli", "write a deterministic demo cache"), runDemo},
    {"export", QT_TRANSLATE_NOOP("Cli", "export a forecast snapshot"), runExport},
    {"note", QT_TRANSLATE_NOOP("Cli", "add a coaching note to a deal"), runNote},
    {"rate", QT_TRANSLATE_NOOP("Cli", "rate an interaction's sentiment +1 or -1"), runRate},
    {"sentiment", QT_TRANSLATE_NOOP("Cli", "score text or a cache for sentiment"), runSentiment},
    {"snapshot", QT_TRANSLATE_NOOP("Cli", "take, list and compare forecast snapshots"), runSnapshot},
    {"sync", QT_TRANSLATE_NOOP("Cli", "bring the cache up to date with a CRM"), runSync},
    {"team", QT_TRANSLATE_NOOP("Cli", "share ratings, coaching notes and snapshots through a team server"),
     runTeam},
};

} // namespace

bool isVerbArgument(const QString &firstArgument) {
    return !firstArgument.startsWith(QLatin1Char('-'));
}

bool verbPaints(const QStringList &arguments) {
    if (arguments.value(1) != QLatin1String("export"))
        return false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("pdf"))
            return true;
        if (arguments[i] == QLatin1String("--format=pdf"))
            return true;
    }
    return false;
}

QString verbSummary() {
    QString text =
        QCoreApplication::translate("Cli", "Commands (run 'dealpulse COMMAND --help' for details):") +
        QLatin1Char('\n');
    for (const Verb &verb : kVerbs)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(verb.name), -10)
                    .arg(QCoreApplication::translate("Cli", verb.summary));
    return text;
}

int run(const QStringList &arguments) {
    for (const Verb &verb : kVerbs)
        if (arguments.value(1) == QLatin1String(verb.name))
            return verb.run(arguments.mid(1));
    QTextStream(stderr)
        << QCoreApplication::translate("Cli", "dealpulse: unknown command '%1'").arg(arguments.value(1))
        << '\n';
    return 2;
}

} // namespace dp::cli
