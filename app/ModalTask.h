// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Long work before the window exists (making the demo, bringing the figures in step, rebuilding a damaged
// cache): a task of the runner, shown in a modal progress dialog bound to it, while the launcher waits.

#include "items/TaskProgress.h"

#include <QString>
#include <functional>

namespace dp {

class TaskRunner;

// Runs `work` on `runner` and returns once it ended. The dialog appears when the work takes more than a
// moment, follows the task's progress, and its Cancel cancels the task. True when the work finished and
// succeeded; its error, if any, is shown in a message box.
bool runWithProgress(TaskRunner &runner, const QString &title, std::function<TaskResult(TaskControl &)> work);

} // namespace dp
