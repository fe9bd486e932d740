// Dealpulse: one binary that is the desktop app (no verb) and the command line (a verb first).

#include "GuiLauncher.h"
#include "cli/Cli.h"
#include "translations/Language.h"

#include <QCoreApplication>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Dealpulse"));
    QCoreApplication::setApplicationName(QStringLiteral("Dealpulse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEALPULSE_VERSION));
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc > 1 && dp::cli::isVerbArgument(QString::fromLocal8Bit(argv[1]))) {
        // The command line needs no display, so it never creates a GUI application.
        QCoreApplication app(argc, argv);
        describeApplication();
        dp::installLanguage(QStringLiteral("en"));
        return dp::cli::run(QCoreApplication::arguments());
    }
    return dp::runGui(argc, argv, describeApplication);
}
