// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pieces every verb shares: the --db option, one-line errors, and the ISO instant options.

#include "domain/Clock.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <memory>
#include <optional>

namespace dp::cli {

// Exit codes: 0 done, 1 the work failed (cache, file), 2 bad arguments.
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

void addDbOption(QCommandLineParser &parser);
// Parses, handles --help, and reports bad arguments in one line. Returns nothing when the verb should
// stop, with *exitCode set.
bool parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

QString cachePath(const QCommandLineParser &parser);
// Opens the cache named by --db (or the default one); prints the reason and returns null on failure.
std::unique_ptr<Database> openCache(const QString &path, Database::Mode mode);

// Prints "dealpulse VERB: message" to stderr and returns the exit code, for one-line returns.
int fail(const QString &verb, const QString &message, int exitCode);

// A verb's sub-command ("snapshot take"), run with the arguments after its name.
struct SubCommand {
    QLatin1String name;
    int (*run)(const QStringList &arguments);
};
// Runs the sub-command named by arguments[1]. Its arguments begin with its name joined to the verb's, so its
// help and errors read "dealpulse snapshot take: ...". --help prints `usage`; a missing or unknown name is
// a usage error listing the sub-commands.
int runSubCommand(const QString &verb, const QStringList &arguments, const QList<SubCommand> &commands,
                  const QString &usage);

// Parses an ISO instant option; prints an error when present but malformed.
bool parseInstantOption(const QCommandLineParser &parser, const QString &name, const QString &verb,
                        std::optional<Millis> *value);
bool parseIntOption(const QCommandLineParser &parser, const QString &name, const QString &verb, int min,
                    int max, std::optional<int> *value);

// "SOURCE:REMOTE_ID" (e.g. hubspot:12345) as the pair; nothing when either side is empty. The remote id may
// itself hold colons.
std::optional<std::pair<QString, QString>> remoteKey(const QString &text);

} // namespace dp::cli
