// SPDX-License-Identifier: GPL-3.0-or-later
// Dealpulse: one binary that is the desktop app (no verb) and the command line (a verb first).

#include "GuiLauncher.h"
#include "cli/Cli.h"
#include "translations/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Dealpulse"));
    QCoreApplication::setApplicationName(QStringLiteral("Dealpulse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEALPULSE_VERSION));
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc > 1 && dp::cli::isVerbArgument(QString::fromLocal8Bit(argv[1]))) {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        if (dp::cli::verbPaints(arguments)) {
            // Fonts need a GUI application, but never a display: the offscreen platform draws without one.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            describeApplication();
            dp::installLanguage(QString());
            return dp::cli::run(QCoreApplication::arguments());
        }
        // The command line needs no display, so it never creates a GUI application.
        QCoreApplication app(argc, argv);
        describeApplication();
        // The command line speaks the language of the shell it runs in (LANG, LC_MESSAGES, …), not the
        // window's setting: a script sees the same words as the person typing beside it.
        dp::installLanguage(QString());
        return dp::cli::run(QCoreApplication::arguments());
    }
    return dp::runGui(argc, argv, describeApplication);
}
