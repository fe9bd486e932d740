// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse team init|add-user|sync|status: the shared team server (PostgreSQL) and this cache's place in it.

#include "analytics/sentiment/LexiconDigest.h"
#include "analytics/sentiment/RatingService.h"
#include "cli/CacheArgument.h"
#include "cli/Cli.h"
#include "cli/TeamConnection.h"
#include "store/TeamPullStore.h"
#include "team/TeamMembers.h"
#include "team/TeamSchema.h"
#include "team/TeamSync.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace dp::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::cli", text);
}

int init(const QStringList &arguments) {
    const QString verb = QStringLiteral("team init");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Creates or upgrades the Dealpulse schema on a team server: the roles dealpulse_rep, "
        "dealpulse_manager and dealpulse_admin, the shared tables and their row-level security. Run once by "
        "an administrator allowed to create roles; running it again is harmless."));
    addServerOption(parser);
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const auto connection = openTeamServer(parser, verb, &exitCode);
    if (!connection)
        return exitCode;
    try {
        const int applied = team::TeamSchema::apply(*connection);
        const int version = team::TeamSchema::serverVersion(*connection);
        QTextStream(stdout) << (applied == 0
                                    ? tr("The team schema is up to date (version %1).").arg(version)
                                    : tr("Applied %1 schema step(s); the team schema is now version %2.")
                                          .arg(applied)
                                          .arg(version))
                            << '\n';
    } catch (const team::TeamError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

int addUser(const QStringList &arguments) {
    const QString verb = QStringLiteral("team add-user");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Gives a person a login on the team server, with their role and team. The password is taken from "
           "DEALPULSE_NEW_USER_PASSWORD, or made up and printed once on standard output."));
    addServerOption(parser);
    parser.addOption({QStringLiteral("email"), tr("The person's email, which is also their login."),
                      QStringLiteral("EMAIL")});
    parser.addOption(
        {QStringLiteral("role"),
         tr("rep (sees ratings and the coaching notes on their deals), manager (also the notes on "
            "their team's deals and the snapshots) or admin (also adds people)."),
         QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("team"),
                      tr("The team the person belongs to; a manager sees their team's "
                         "coaching notes."),
                      QStringLiteral("NAME")});
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const QString email = parser.value(QStringLiteral("email")).trimmed().toLower();
    if (email.isEmpty())
        return fail(verb, tr("--email EMAIL is required"), kExitUsage);
    if (const QString problem = team::emailProblem(email); !problem.isEmpty())
        return fail(verb, problem, kExitUsage);
    const std::optional<team::MemberRole> role =
        team::memberRoleFromKey(parser.value(QStringLiteral("role")));
    if (!role)
        return fail(verb, tr("--role wants rep, manager or admin"), kExitUsage);
    const bool generated = !qEnvironmentVariableIsSet("DEALPULSE_NEW_USER_PASSWORD");
    const QByteArray password = generated ? team::generatePassword() : qgetenv("DEALPULSE_NEW_USER_PASSWORD");
    const auto connection = openTeamServer(parser, verb, &exitCode);
    if (!connection)
        return exitCode;
    try {
        team::TeamSchema::requireCompatible(*connection);
        team::addMember(*connection, {email, *role, parser.value(QStringLiteral("team")), password});
    } catch (const team::TeamError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    // The password alone on stdout, so a script can capture it; the sentence for people on stderr.
    if (generated)
        QTextStream(stdout) << password << '\n';
    QTextStream(stderr) << (generated
                                ? tr("Added %1 as %2; their password is shown above, once.")
                                : tr("Added %1 as %2 with the password from DEALPULSE_NEW_USER_PASSWORD."))
                               .arg(email, team::memberRoleKey(*role))
                        << '\n';
    return 0;
}

int sync(const QStringList &arguments) {
    const QString verb = QStringLiteral("team sync");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Pushes this cache's unsent ratings, coaching notes and snapshots to the team server, then pulls "
        "what "
        "the others shared since the last sync, and publishes the lexicon version the cache then learns. An "
        "interrupted sync loses and repeats nothing; run it again."));
    addDbOption(parser);
    addServerOption(parser);
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const auto db = openCache(cachePath(parser), Database::Mode::ReadWrite);
    if (!db)
        return kExitFailure;
    const auto connection = openTeamServer(parser, verb, &exitCode);
    if (!connection)
        return exitCode;
    try {
        team::TeamSync sync(*db, *connection);
        const team::TeamSyncResult result = sync.run();
        const sentiment::Learner learner = sentiment::storedLearner(*db);
        const TeamCounts counts = TeamPullStore(*db).counts();
        sync.publishLexicon(sentiment::lexiconDigest(learner), counts.ratings, SystemClock().now());
        for (const QString &warning : result.warnings)
            QTextStream(stderr) << tr("warning: %1").arg(warning) << '\n';
        QTextStream(stdout) << tr("Pushed %1, pulled %2 (%3 ratings, %4 coaching notes, %5 snapshots).")
                                   .arg(result.pushed)
                                   .arg(result.pulled())
                                   .arg(result.pulledRatings)
                                   .arg(result.pulledNotes)
                                   .arg(result.pulledSnapshots)
                            << '\n';
    } catch (const team::TeamError &error) {
        return fail(verb, error.message(), kExitFailure);
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

int status(const QStringList &arguments) {
    const QString verb = QStringLiteral("team status");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Shows what the cache holds of the team's work: ratings, coaching notes, snapshots, changes not yet "
        "sent, notes edited on two desktops at once, and the lexicon version (SHA-256 of the learned "
        "weights; desktops that pulled the same ratings show the same)."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of lines of text.")});
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const auto db = openCache(cachePath(parser), Database::Mode::ReadWrite);
    if (!db)
        return kExitFailure;
    try {
        const TeamCounts counts = TeamPullStore(*db).counts();
        const QString lexicon = sentiment::lexiconDigest(sentiment::storedLearner(*db));
        QTextStream out(stdout);
        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject object{{QStringLiteral("ratings"), counts.ratings},
                                     {QStringLiteral("coaching_notes"), counts.coachingNotes},
                                     {QStringLiteral("snapshots"), counts.snapshots},
                                     {QStringLiteral("outbox"), counts.outbox},
                                     {QStringLiteral("note_conflicts"), counts.noteConflicts},
                                     {QStringLiteral("last_server_change"), counts.lastSeq},
                                     {QStringLiteral("lexicon_version"), lexicon}};
            out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out << tr("Ratings: %1").arg(counts.ratings) << '\n'
                << tr("Coaching notes: %1 (%2 edited on two desktops)")
                       .arg(counts.coachingNotes)
                       .arg(counts.noteConflicts)
                << '\n'
                << tr("Snapshots: %1").arg(counts.snapshots) << '\n'
                << tr("Unsent changes: %1").arg(counts.outbox) << '\n'
                << tr("Lexicon version: %1").arg(lexicon) << '\n';
        }
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

} // namespace

int runTeam(const QStringList &arguments) {
    return runSubCommand(QStringLiteral("team"), arguments,
                         {{QLatin1String("init"), init},
                          {QLatin1String("add-user"), addUser},
                          {QLatin1String("sync"), sync},
                          {QLatin1String("status"), status}},
                         tr("Usage: dealpulse team init|add-user|sync|status [options]\n"
                            "  init       create or upgrade the schema on a team server (--server URL)\n"
                            "  add-user   give a person a login with a role (--email, --role)\n"
                            "  sync       push this cache's changes, then pull the team's (--db, --server)\n"
                            "  status     what the cache holds of the team's work (--db, --json)\n"));
}

} // namespace dp::cli
