// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the manager left the main window, kept in the settings so a restart brings it back: the pipeline's
// columns, sort and filters, and the splitters' positions (any QSplitter with an object name).

#include "PipelinePage.h"

class QWidget;

namespace dp {
class SettingsStore;
}

namespace dp::windowMemory {

void savePipeline(SettingsStore &settings, const PipelinePage::ViewState &state);
PipelinePage::ViewState loadPipeline(const SettingsStore &settings);

// Every named splitter under `root`, by name: the deal page's splitters are the same on every deal.
void saveSplitters(SettingsStore &settings, const QWidget *root);
void restoreSplitters(const SettingsStore &settings, QWidget *root);

} // namespace dp::windowMemory
