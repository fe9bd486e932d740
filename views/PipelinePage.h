// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pipeline: one row per deal with its health and activity, filtered by band (several at once), team,
// rep, stage, forecast category, close quarter and a full-text search, with totals of what is shown.

#include "items/PipelineFilter.h"
#include "items/PipelineLoader.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

namespace dp {

class OpenInCrm;
class PipelineModel;
class PipelineProxy;
class PipelineSearch;
class TaskRunner;

class PipelinePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelinePage)

public:
    // What the manager arranged, kept across restarts: the table's header (column widths, order, sort) and
    // the filters. Choices are kept by their key, so a rep who has left falls back to "All" on restore.
    struct ViewState {
        QByteArray header;
        QStringList bands; // band keys; empty: the default (every open band)
        QString team;
        QString owner;
        QString stage;
        QString forecast;
        QString quarter;
        QString search;
    };

    // Reads and searches on the runner's workers; the runner must outlive the page.
    explicit PipelinePage(TaskRunner &runner, QWidget *parent = nullptr);

    // Also starts reading the first page of the cache's pipeline when nothing is shown yet.
    void setCachePath(const QString &path);
    // The whole pipeline; replaces the first page keeping the selected deal and the scroll position.
    void setRows(QList<PipelineRow> rows);
    void setBands(const QSet<HealthBand> &bands);
    // From the roll-up: shows one team, or one rep of it (owner empty: the whole team).
    void filterToTeam(const QString &team, const QString &owner);
    void clearFilters();
    void focusSearch();

    QTableView *table() const { return m_table; }
    PipelineModel *model() const { return m_model; }
    PipelineProxy *proxy() const { return m_proxy; }
    // The deal under the cursor, or the first one shown; 0 when the table is empty.
    qint64 currentDealId() const;

    // Adds "Open in HubSpot / Salesforce" to the table's context menu. Must outlive the page.
    void setCrmLinks(OpenInCrm *links);
    // The table's context menu for the deal at `index` (of the table's model): open it here, and in its CRM.
    std::unique_ptr<QMenu> contextMenu(const QModelIndex &index);

    ViewState viewState() const;
    // Before the rows arrive: the choices are applied when the pipeline is read (those no longer in it
    // fall back to "All"), the search runs once a cache is set.
    void restoreViewState(const ViewState &state);

signals:
    void openDealRequested(qint64 dealId);
    // After every change of what is shown (filters, search results, new rows).
    void filtersApplied();

private:
    void applyFilters();
    QSet<HealthBand> checkedBands() const;
    void fitColumns();
    void fitDealName();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateTotals();
    void fillChoices();
    void startSearch();
    // The filter's value for a choice box: the restored one until the box has been filled.
    QString choice(const QComboBox *box) const;

    TaskRunner &m_runner;
    PipelineModel *m_model;
    PipelineProxy *m_proxy;
    PipelineSearch *m_search;
    QTableView *m_table;
    QLineEdit *m_searchEdit;
    QList<QToolButton *> m_bandButtons;
    QComboBox *m_team;
    QComboBox *m_owner;
    QComboBox *m_stage;
    QComboBox *m_forecast;
    QComboBox *m_quarter;
    QToolButton *m_clear;
    QLabel *m_totals;
    OpenInCrm *m_crmLinks = nullptr;
    QAction *m_openInCrm = nullptr;
    QTimer *m_searchDelay;
    std::optional<QSet<qint64>> m_searchIds;
    QString m_searchError;
    bool m_complete = false; // the whole pipeline is shown, not only its first page
    // Set once the columns have their widths (from the font, or restored): later rows keep the manager's.
    bool m_columnsSized = false;
    QHash<const QComboBox *, QString> m_restoredChoices; // until the boxes are filled from the pipeline
    quint64 m_startGeneration = 0;
};

} // namespace dp
