// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs long work (demo generation, recomputing figures) on a worker thread while a progress dialog with a
// Cancel button keeps the window responsive. The work opens its own database connection.

#include "items/TaskProgress.h"

#include <QString>
#include <functional>

namespace dp {

// Returns true when the work finished and succeeded; shows its error, if any, in a message box.
bool runWithProgress(const QString &title, const std::function<TaskResult(const ProgressReport &)> &work);

} // namespace dp
