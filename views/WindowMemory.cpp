// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowMemory.h"

#include <QSettings>
#include <QSplitter>

namespace dp::windowMemory {
namespace {

const QString kPipeline = QStringLiteral("window/pipeline/");
const QString kSplitters = QStringLiteral("window/splitters/");

} // namespace

void savePipeline(QSettings &settings, const PipelinePage::ViewState &state) {
    settings.setValue(kPipeline + QStringLiteral("header"), state.header);
    settings.setValue(kPipeline + QStringLiteral("bands"), state.bands);
    settings.setValue(kPipeline + QStringLiteral("team"), state.team);
    settings.setValue(kPipeline + QStringLiteral("owner"), state.owner);
    settings.setValue(kPipeline + QStringLiteral("stage"), state.stage);
    settings.setValue(kPipeline + QStringLiteral("forecast"), state.forecast);
    settings.setValue(kPipeline + QStringLiteral("quarter"), state.quarter);
    settings.setValue(kPipeline + QStringLiteral("search"), state.search);
}

PipelinePage::ViewState loadPipeline(const QSettings &settings) {
    PipelinePage::ViewState state;
    state.header = settings.value(kPipeline + QStringLiteral("header")).toByteArray();
    state.bands = settings.value(kPipeline + QStringLiteral("bands")).toStringList();
    state.team = settings.value(kPipeline + QStringLiteral("team")).toString();
    state.owner = settings.value(kPipeline + QStringLiteral("owner")).toString();
    state.stage = settings.value(kPipeline + QStringLiteral("stage")).toString();
    state.forecast = settings.value(kPipeline + QStringLiteral("forecast")).toString();
    state.quarter = settings.value(kPipeline + QStringLiteral("quarter")).toString();
    state.search = settings.value(kPipeline + QStringLiteral("search")).toString();
    return state;
}

void saveSplitters(QSettings &settings, const QWidget *root) {
    for (const QSplitter *splitter : root->findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(kSplitters + splitter->objectName(), splitter->saveState());
}

void restoreSplitters(const QSettings &settings, QWidget *root) {
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        const QByteArray state = settings.value(kSplitters + splitter->objectName()).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
}

} // namespace dp::windowMemory
