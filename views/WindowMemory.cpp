// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowMemory.h"

#include "settings/SettingsStore.h"

#include <QSplitter>

namespace dp::windowMemory {

void savePipeline(SettingsStore &settings, const PipelinePage::ViewState &state) {
    settings.setPipelineView({state.header, state.bands, state.team, state.owner, state.stage, state.forecast,
                              state.quarter, state.search});
}

PipelinePage::ViewState loadPipeline(const SettingsStore &settings) {
    const PipelineViewMemory view = settings.pipelineView();
    PipelinePage::ViewState state;
    state.header = view.header;
    state.bands = view.bands;
    state.team = view.team;
    state.owner = view.owner;
    state.stage = view.stage;
    state.forecast = view.forecast;
    state.quarter = view.quarter;
    state.search = view.search;
    return state;
}

void saveSplitters(SettingsStore &settings, const QWidget *root) {
    for (const QSplitter *splitter : root->findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            settings.setSplitterState(splitter->objectName(), splitter->saveState());
}

void restoreSplitters(const SettingsStore &settings, QWidget *root) {
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        const QByteArray state = settings.splitterState(splitter->objectName());
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
}

} // namespace dp::windowMemory
