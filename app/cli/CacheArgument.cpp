// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CacheArgument.h"

#include "domain/TimeFormat.h"
#include "store/CacheLocation.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dp::cli {

void addDbOption(QCommandLineParser &parser) {
    parser.addOption(
        {QStringLiteral("db"),
         QCoreApplication::translate("Cli", "The cache file (default: %1).").arg(defaultCachePath()),
         QStringLiteral("FILE")});
}

bool parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int *exitCode) {
    const QString verb = arguments.value(0);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *exitCode = fail(verb, parser.errorText(), kExitUsage);
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by the path it was started with; users know it as "dealpulse VERB".
        QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        text.replace(0, lineEnd, QStringLiteral("Usage: dealpulse %1 [options]").arg(verb));
        QTextStream(stdout) << text;
        *exitCode = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *exitCode = fail(verb,
                         QCoreApplication::translate("Cli", "unexpected argument '%1'")
                             .arg(parser.positionalArguments().first()),
                         kExitUsage);
        return false;
    }
    return true;
}

QString cachePath(const QCommandLineParser &parser) {
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultCachePath();
}

std::unique_ptr<Database> openCache(const QString &path, Database::Mode mode) {
    OpenResult result = Database::open(path, mode);
    if (!result.ok()) {
        QTextStream(stderr) << "dealpulse: " << result.error << '\n';
        return nullptr;
    }
    return std::move(result.database);
}

int runSubCommand(const QString &verb, const QStringList &arguments, const QList<SubCommand> &commands,
                  const QString &usage) {
    const QString name = arguments.value(1);
    for (const SubCommand &command : commands)
        if (name == command.name)
            return command.run(QStringList{verb + QLatin1Char(' ') + name} + arguments.mid(2));
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        QTextStream(stdout) << usage;
        return 0;
    }
    QStringList names;
    for (const SubCommand &command : commands)
        names.append(command.name);
    const QString choices = QCoreApplication::translate("Cli", "%1 or %2")
                                .arg(names.mid(0, names.size() - 1).join(QLatin1String(", ")), names.last());
    return fail(verb,
                name.isEmpty()
                    ? QCoreApplication::translate("Cli", "wants %1").arg(choices)
                    : QCoreApplication::translate("Cli", "unknown command '%1'; use %2").arg(name, choices),
                kExitUsage);
}

int fail(const QString &verb, const QString &message, int exitCode) {
    QTextStream(stderr) << "dealpulse " << verb << ": " << message << '\n';
    return exitCode;
}

bool parseInstantOption(const QCommandLineParser &parser, const QString &name, const QString &verb,
                        std::optional<Millis> *value) {
    if (!parser.isSet(name))
        return true;
    *value = parseIsoInstant(parser.value(name));
    if (*value)
        return true;
    fail(verb,
         QCoreApplication::translate("Cli",
                                     "--%1 wants an ISO 8601 instant such as 2026-11-28T09:00:00Z, not '%2'")
             .arg(name, parser.value(name)),
         kExitUsage);
    return false;
}

bool parseIntOption(const QCommandLineParser &parser, const QString &name, const QString &verb, int min,
                    int max, std::optional<int> *value) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int number = parser.value(name).toInt(&ok);
    if (ok && number >= min && number <= max) {
        *value = number;
        return true;
    }
    fail(verb,
         QCoreApplication::translate("Cli", "--%1 wants a whole number from %2 to %3, not '%4'")
             .arg(name)
             .arg(min)
             .arg(max)
             .arg(parser.value(name)),
         kExitUsage);
    return false;
}

std::optional<std::pair<QString, QString>> remoteKey(const QString &text) {
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return std::nullopt;
    return std::pair{text.left(colon), text.mid(colon + 1)};
}

} // namespace dp::cli
