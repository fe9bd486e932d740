// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A dark palette for the Fusion style, as desktops with a dark theme hand Qt one: used by `--dark` to look
// at the window (and take screenshots) in dark mode on any machine, and by the tests that hold the window's
// colours to it.

#include <QPalette>

namespace dp {

QPalette darkPalette();

} // namespace dp
