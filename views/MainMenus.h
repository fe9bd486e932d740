// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window's menu bar: File (settings, sync, snapshot, export, quit), View (filled with the pages
// as they are added), Go and Help.

class QMenu;

namespace dp {

class MainWindow;

// Builds the menus on `window`; returns the View menu.
QMenu *buildMainMenus(MainWindow &window);

} // namespace dp
