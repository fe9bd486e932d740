// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rebuilding a damaged cache, as the start-up dialog and the main window both offer it: the question asked
// first, the work for a progress bar (off the GUI thread), and what it came to, in the user's words.

#include "app/CacheRepair.h"
#include "items/TaskProgress.h"
#include "tasks/Task.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QWidget;

namespace dp {

class Clock;

class CacheRescue final {
    Q_DECLARE_TR_FUNCTIONS(CacheRescue)

public:
    // Asks before rebuilding; true to go ahead. Injectable, so tests answer without a human.
    using Confirm = std::function<bool(QWidget *parent, const QString &cachePath)>;
    static bool ask(QWidget *parent, const QString &cachePath);
    static QString question(const QString &cachePath);

    // The work, on a worker of the task runner: writes the rebuilt cache beside the damaged one and computes
    // its figures, reporting through `control` and stopping when it is cancelled; with `swap`, also puts it
    // in place, which needs every connection to the cache closed.
    static TaskResult run(const QString &cachePath, const FigureSettings &figures, const Clock &clock,
                          bool swap, TaskControl &control, RebuildReport &report);

    // What was kept and lost, and where the damaged file went.
    static QString summary(const RebuildReport &report);
    // "FILE is damaged: SQLite's check found N problems, the first: …"
    static QString damage(const QString &cachePath, const QStringList &problems);
};

} // namespace dp
