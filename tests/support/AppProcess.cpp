// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"

#include <QProcess>
#include <QtGlobal>

namespace dp::test {

AppRun runApp(const QStringList &arguments, const QString &standardInput, int timeoutMs) {
    QProcess process;
    process.start(qEnvironmentVariable("DEALPULSE_APP"), arguments);
    process.write(standardInput.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        qFatal("dealpulse did not finish: %s", qPrintable(arguments.join(QLatin1Char(' '))));
    return AppRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
}

} // namespace dp::test
