// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the team verbs reach the server: the --server option, and the password from DEALPULSE_TEAM_PASSWORD or
// the keychain (never the command line, where other users of the computer could read it).

#include "team/PgConnection.h"

#include <QCommandLineParser>
#include <memory>

namespace dp::cli {

void addServerOption(QCommandLineParser &parser);
// Connects to --server; prints the reason (as "dealpulse VERB: …") and returns null on failure, with
// *exitCode set (usage for a missing or refused address, failure when the server cannot be reached).
std::unique_ptr<team::PgConnection> openTeamServer(const QCommandLineParser &parser, const QString &verb,
                                                   int *exitCode);

} // namespace dp::cli
