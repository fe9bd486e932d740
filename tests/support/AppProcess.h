// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real dealpulse binary (built by the project, named by DEALPULSE_APP in the test environment) as a
// child process, the way a user or a script meets the command line.

#include <QString>
#include <QStringList>

namespace dp::test {

struct AppRun {
    int exitCode = -1; // -1 when the process crashed
    QString out;
    QString err;

    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// Aborts the test run when the process does not finish within the timeout.
AppRun runApp(const QStringList &arguments, const QString &standardInput = {}, int timeoutMs = 240000);

} // namespace dp::test
