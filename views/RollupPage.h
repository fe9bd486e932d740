// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The team roll-up: manager → rep with open pipeline, deals per band, inbound trend and going-dark count.
// Selecting a row filters the pipeline to that team or rep; Enter shows the pipeline.

#include "items/PipelineLoader.h"
#include "items/RollupModel.h" // TeamManager

#include <QWidget>

class QSortFilterProxyModel;
class QTreeView;

namespace dp {

class RollupModel;

class RollupPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollupPage)

public:
    explicit RollupPage(QWidget *parent = nullptr);

    void setData(const QList<PipelineRow> &rows, const QList<TeamManager> &teams);
    QTreeView *tree() const { return m_tree; }
    RollupModel *model() const { return m_model; }

signals:
    // owner is empty for a manager's row (the whole team).
    void teamSelected(const QString &team, const QString &owner);
    void showPipelineRequested();

private:
    RollupModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_tree;
};

} // namespace dp
