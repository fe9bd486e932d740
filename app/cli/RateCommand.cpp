// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse rate: rates an interaction +1/-1 from the command line, as the rating buttons do (the learner
// refits, and the rating is queued for the team server).

#include "analytics/sentiment/RatingService.h"
#include "app/DesktopIdentity.h"
#include "cli/CacheArgument.h"
#include "cli/Cli.h"
#include "items/DealActions.h"
#include "settings/SettingsStore.h"
#include "store/InteractionStore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dp::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::cli", text);
}

} // namespace

int runRate(const QStringList &arguments) {
    const QString verb = QStringLiteral("rate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Rates an interaction's sentiment as the rating buttons do: the learner refits from every rating, "
           "and "
           "the rating waits in the outbox for the next team sync. Your earlier rating of it is replaced."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("interaction"), tr("The interaction, e.g. hubspot:12345."),
                      QStringLiteral("SOURCE:REMOTE_ID")});
    parser.addOption({QStringLiteral("positive"), tr("The buyer's mood was better than the score said.")});
    parser.addOption({QStringLiteral("negative"), tr("The buyer's mood was worse than the score said.")});
    parser.addOption({QStringLiteral("note"), tr("Why, in a few words."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("as"),
         tr("Who rates (default: as in the window: the team login, else the user name set, else the login "
            "name)."),
         QStringLiteral("EMAIL")});
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const bool positive = parser.isSet(QStringLiteral("positive"));
    if (positive == parser.isSet(QStringLiteral("negative")))
        return fail(verb, tr("wants one of --positive and --negative"), kExitUsage);
    const auto key = remoteKey(parser.value(QStringLiteral("interaction")));
    if (!key)
        return fail(verb, tr("--interaction wants SOURCE:REMOTE_ID, e.g. hubspot:12345"), kExitUsage);
    const QString rater = parser.isSet(QStringLiteral("as")) ? parser.value(QStringLiteral("as")).trimmed()
                                                             : DesktopIdentity::of(SettingsStore()).name();
    if (rater.isEmpty())
        return fail(verb, tr("--as EMAIL is required when the login name is unknown"), kExitUsage);
    const auto db = openCache(cachePath(parser), Database::Mode::ReadWrite);
    if (!db)
        return kExitFailure;
    try {
        const std::optional<qint64> interactionId =
            InteractionStore(*db).interactionId(key->first, key->second);
        if (!interactionId)
            return fail(
                verb, tr("the cache has no interaction %1").arg(parser.value(QStringLiteral("interaction"))),
                kExitFailure);
        const SystemClock clock;
        sentiment::RatingService ratings(*db, clock);
        rateInteraction(ratings, *interactionId, rater, positive ? 1 : -1,
                        parser.value(QStringLiteral("note")));
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

} // namespace dp::cli
