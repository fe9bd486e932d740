// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace dp {

// Parses the GUI's options (--demo, --db), prepares the cache (generating the demo on first use and
// bringing stale figures up to date, with progress) and runs the main window.
int runGui(int argc, char *argv[], void (*describeApplication)());

} // namespace dp
