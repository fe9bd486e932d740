// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deal page: the health band and its reasons, the weekly inbound/outbound chart with the going-dark
// window and the buyer's sentiment, the timeline of every interaction with a reader for the selected one
// (rated +/− with a note), coaching notes, and the history of close date, stage and amount.
// The page reads the deal on the runner's workers; what the user writes goes through app/DealCommands.

#include "items/DealDetails.h"

#include <QTimeZone>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QListView;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace dp {

namespace sentiment {
class SalesScorer;
}
class ActivityChartView;
class CoachingNotesPanel;
class DealCommands;
class DealHistoryModel;
struct DealLoad;
class InteractionReader;
class OpenInCrm;
class TaskRunner;
class TimelineModel;

struct DealViewOptions {
    int goingDarkDays = 21;
    QTimeZone zone = QTimeZone::systemTimeZone();
    // "Open in HubSpot / Salesforce" for the deal shown; no such button when null. Must outlive the view.
    OpenInCrm *crmLinks = nullptr;
};

class DealView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealView)

public:
    // `commands`' user writes the notes and ratings; `runner` must outlive the view.
    DealView(std::unique_ptr<DealCommands> commands, TaskRunner &runner, DealViewOptions options,
             QWidget *parent = nullptr);
    ~DealView() override;

    // Loads the deal in the background; dealLoaded() follows.
    void openDeal(qint64 dealId);
    qint64 dealId() const { return m_dealId; }
    const DealDetails *details() const { return m_details.get(); }
    TimelineModel *timelineModel() const { return m_timeline; }

signals:
    void backRequested();
    void dealLoaded(qint64 dealId);
    // A rating or a coaching note of the deal was written, so other views may refresh.
    void feedbackChanged(qint64 dealId);
    // An interaction was rated (or a rating taken back); rescoreNeeded: stored scores may now differ.
    void rated(bool rescoreNeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loaded(quint64 ticket, DealLoad load);
    void showDetails(std::shared_ptr<const DealDetails> details);
    void showError(const QString &message);
    void fillHeader(const DealDetails &details);
    void fillHistory(const DealDetails &details);
    void rate(const QModelIndex &index, int value, const QString &note);
    void reloadNotes();
    // Shows "`failed`: why" when the command failed; true when it went through.
    bool reported(const QString &failed, const QString &error, bool ok);
    QWidget *buildHeader();
    QWidget *buildBody();

    std::unique_ptr<DealCommands> m_ownCommands;
    DealCommands &m_commands;
    TaskRunner &m_runner;
    DealViewOptions m_options;
    qint64 m_dealId = 0;
    quint64 m_loadTicket = 0; // the latest load asked for; older answers are dropped
    std::shared_ptr<const DealDetails> m_details;
    std::shared_ptr<const sentiment::SalesScorer> m_scorer;

    TimelineModel *m_timeline;
    DealHistoryModel *m_historyModel;
    QStackedWidget *m_pages;
    QLabel *m_status;
    QToolButton *m_back;
    QAction *m_openInCrm = nullptr;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_band;
    QLabel *m_figures;
    QLabel *m_reasons;
    ActivityChartView *m_chart;
    QLabel *m_timelineTitle;
    QListView *m_timelineView;
    InteractionReader *m_reader;
    QTabWidget *m_tabs;
    CoachingNotesPanel *m_notes;
    QTreeView *m_history;
};

} // namespace dp
