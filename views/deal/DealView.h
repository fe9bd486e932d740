// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deal page: the health band and its reasons, the weekly inbound/outbound chart with the going-dark
// window and the buyer's sentiment, the timeline of every interaction with a reader for the selected one
// (rated +/− with a note), coaching notes, and the history of close date, stage and amount.
// The page reads the cache on a worker; what the user writes goes through models/items/DealActions.

#include "domain/Clock.h"
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
class QTreeWidget;

namespace dp {

class ActivityChartView;
class CoachingNotesPanel;
class Database;
namespace sentiment {
class RatingService;
}
class DealActions;
class DealLoader;
class InteractionReader;
class OpenInCrm;
class TimelineModel;

struct DealViewOptions {
    QString cachePath;
    int goingDarkDays = 21;
    QString user; // the author of new notes and ratings
    QTimeZone zone = QTimeZone::systemTimeZone();
    const Clock *clock = nullptr; // the system clock when null; must outlive the view
    // The application's rating service (shared with the Lexicon view); the view makes its own when null.
    sentiment::RatingService *ratings = nullptr;
    // "Open in HubSpot / Salesforce" for the deal shown; no such button when null. Must outlive the view.
    OpenInCrm *crmLinks = nullptr;
};

class DealView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealView)

public:
    explicit DealView(DealViewOptions options, QWidget *parent = nullptr);
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
    void showDetails(std::shared_ptr<const DealDetails> details);
    void showError(const QString &message);
    void fillHeader(const DealDetails &details);
    void fillHistory(const DealDetails &details);
    void rate(const QModelIndex &index, int value, const QString &note);
    void reloadNotes();
    // The page's writer, its connection opened on first use; null (with `error` saying why) when the cache
    // cannot be opened for writing.
    DealActions *actions(QString *error = nullptr);
    // Runs `work` with the writer; on any failure shows "`failed`: why" and returns false.
    bool write(const QString &failed, const std::function<void(DealActions &)> &work);
    QWidget *buildHeader();
    QWidget *buildBody();

    DealViewOptions m_options;
    SystemClock m_systemClock;
    const Clock &m_clock;
    qint64 m_dealId = 0;
    std::shared_ptr<const DealDetails> m_details;
    std::unique_ptr<Database> m_writeDb;
    std::unique_ptr<DealActions> m_actions;

    DealLoader *m_loader;
    TimelineModel *m_timeline;
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
    QTreeWidget *m_history;
};

} // namespace dp
