// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Alerts: deals that went dark or became at risk since the manager last looked, ranked by amount × risk ×
// closeness of the close date. Each can be opened or snoozed with a reason and a resume date; every snooze
// is listed on a second tab for coaching review. The page writes through AlertCommands and offers to undo
// a snooze or "Mark all as seen" for a few seconds.

#include "SnoozeDialog.h"
#include "analytics/AlertPriority.h"
#include "app/AlertCommands.h"
#include "items/CacheContent.h"

#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace dp {

class AlertsModel;
class SnoozesModel;
class UndoOffer;

class AlertsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    // `undo` is the window's offer to take back the last action (shown in its status bar).
    explicit AlertsPage(UndoOffer *undo, QWidget *parent = nullptr);
    ~AlertsPage() override;

    // Asks the user for a snooze; tests replace it so no modal dialog waits for a human.
    using AskSnooze = std::function<std::optional<SnoozeChoice>(const QString &dealName, const QDate &today)>;
    void setAskSnooze(AskSnooze ask) { m_askSnooze = std::move(ask); }

    // The open cache's alert commands; null when none is open (the page then writes nothing).
    void setCommands(std::unique_ptr<AlertCommands> commands);
    void setContent(const QList<PipelineRow> &rows, const AlertLists &lists, const QDate &today,
                    const QTimeZone &zone);
    // Times and "today" in another zone, with the lists the page has.
    void setTimeZone(const QDate &today, const QTimeZone &zone) { setContent(m_rows, m_lists, today, zone); }
    // Remembers the alerts on screen as seen, and offers to undo that when some were new.
    void markSeen();
    // The exchange rates alerts are ranked with (AlertPriority.h); ranks again.
    void setRates(const CurrencyRates &rates);
    int newCount() const;
    // The bands of the alerts on screen, to remember as seen.
    QHash<qint64, HealthBand> shownBands() const;

    QTableView *table() const { return m_table; }
    AlertsModel *model() const { return m_model; }

signals:
    void openDealRequested(qint64 dealId);
    // What a write came to, for the status bar.
    void message(const QString &text, int timeoutMs);
    void newCountChanged(int count);

private:
    void refresh();
    void snoozeCurrent();
    void updateButtons();
    void undoSnooze(qint64 snoozeId);
    void undoMarkSeen(const QList<qint64> &dealIds, const QHash<qint64, AlertSeen> &before);
    // The lists a write read back; false (and an error box starting with `failed`) when the write failed.
    bool apply(const AlertOutcome &outcome, const QString &failed);

    AskSnooze m_askSnooze;
    UndoOffer *m_undo;
    std::unique_ptr<AlertCommands> m_commands;
    AlertsModel *m_model;
    SnoozesModel *m_snoozesModel;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QTableView *m_snoozesTable;
    QLabel *m_summary;
    QCheckBox *m_onlyNew;
    QPushButton *m_open;
    QPushButton *m_snooze;
    QPushButton *m_markSeen;

    QList<PipelineRow> m_rows;
    AlertLists m_lists;
    QDate m_today;
    QTimeZone m_zone;
};

} // namespace dp
