// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command-line verbs. The same binary is the GUI (no verb) and the CLI (a verb as first argument).

#include <QStringList>

namespace dp::cli {

// True when the first argument is meant as a verb (it is not an option), so main() runs the command line,
// which also reports an unknown verb, instead of creating a GUI application.
bool isVerbArgument(const QString &firstArgument);
// True when the verb draws with QPainter (an export to PDF), which needs a QGuiApplication for fonts.
bool verbPaints(const QStringList &arguments);
// Runs the verb in arguments[1] with the rest of the arguments; returns the process exit code.
int run(const QStringList &arguments);
QString verbSummary();

// One verb each, in its own file.
int runDemo(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runNote(const QStringList &arguments);
int runRate(const QStringList &arguments);
int runSentiment(const QStringList &arguments);
int runSnapshot(const QStringList &arguments);
int runSync(const QStringList &arguments);
int runTeam(const QStringList &arguments);

} // namespace dp::cli
