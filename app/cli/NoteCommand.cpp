// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse note: adds a coaching note to a deal from the command line; it waits in the outbox for the next
// team sync.

#include "app/DesktopIdentity.h"
#include "cli/CacheArgument.h"
#include "cli/Cli.h"
#include "settings/SettingsStore.h"
#include "store/DealStore.h"
#include "store/FeedbackStore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dp::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::cli", text);
}

// The longest note the team server keeps.
constexpr int kMaxNoteLength = 20000;

} // namespace

int runNote(const QStringList &arguments) {
    const QString verb = QStringLiteral("note");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Adds a coaching note to a deal, as the deal page's notes panel does; it waits in the outbox for the "
        "next team sync. Prints the note's id."));
    addDbOption(parser);
    parser.addOption(
        {QStringLiteral("deal"), tr("The deal, e.g. hubspot:987."), QStringLiteral("SOURCE:REMOTE_ID")});
    parser.addOption({QStringLiteral("text"), tr("The note."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("as"),
         tr("Who writes it (default: as in the window: the team login, else the user name set, else the "
            "login name)."),
         QStringLiteral("EMAIL")});
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const auto key = remoteKey(parser.value(QStringLiteral("deal")));
    if (!key)
        return fail(verb, tr("--deal wants SOURCE:REMOTE_ID, e.g. hubspot:987"), kExitUsage);
    const QString text = parser.value(QStringLiteral("text")).trimmed();
    if (text.isEmpty())
        return fail(verb, tr("--text TEXT is required"), kExitUsage);
    if (text.size() > kMaxNoteLength)
        return fail(verb, tr("a note holds at most 20000 characters"), kExitUsage);
    const QString author = parser.isSet(QStringLiteral("as")) ? parser.value(QStringLiteral("as")).trimmed()
                                                              : DesktopIdentity::of(SettingsStore()).name();
    if (author.isEmpty())
        return fail(verb, tr("--as EMAIL is required when the login name is unknown"), kExitUsage);
    const auto db = openCache(cachePath(parser), Database::Mode::ReadWrite);
    if (!db)
        return kExitFailure;
    try {
        const std::optional<qint64> dealId = DealStore(*db).dealId(key->first, key->second);
        if (!dealId)
            return fail(verb, tr("the cache has no deal %1").arg(parser.value(QStringLiteral("deal"))),
                        kExitFailure);
        const qint64 id = FeedbackStore(*db).addNote(*dealId, author, text, SystemClock().now());
        QTextStream(stdout) << id << '\n';
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    return 0;
}

} // namespace dp::cli
