// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What long work (demo generation, recomputing figures, a rebuild) hands back.

#include "tasks/Task.h"

#include <QString>

namespace dp {

struct TaskResult {
    bool ok = false;
    QString error; // shown to the user when not empty; the runner puts here why the work threw
};

} // namespace dp
