// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Alerts: deals that went dark or became at risk since the manager last looked, ranked by amount × risk ×
// closeness of the close date. Each can be opened or snoozed with a reason and a resume date; every snooze
// is listed on a second tab for coaching review.

#include "SnoozeDialog.h"
#include "analytics/AlertPriority.h"
#include "items/CacheContent.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace dp {

class AlertsModel;
class SnoozesModel;

class AlertsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    explicit AlertsPage(QWidget *parent = nullptr);

    // Asks the user for a snooze; tests replace it so no modal dialog waits for a human.
    using AskSnooze = std::function<std::optional<SnoozeChoice>(const QString &dealName, const QDate &today)>;
    void setAskSnooze(AskSnooze ask) { m_askSnooze = std::move(ask); }

    void setContent(const QList<PipelineRow> &rows, const QHash<qint64, AlertSnooze> &activeSnoozes,
                    const QList<AlertSnooze> &snoozes, const QHash<qint64, HealthBand> &seen,
                    const QDate &today, const QTimeZone &zone);
    // The exchange rates alerts are ranked with (AlertPriority.h); ranks again.
    void setRates(const CurrencyRates &rates);
    int newCount() const;
    // The bands of the alerts on screen, to remember as seen.
    QHash<qint64, HealthBand> shownBands() const;

    QTableView *table() const { return m_table; }
    AlertsModel *model() const { return m_model; }

signals:
    void openDealRequested(qint64 dealId);
    void snoozeRequested(qint64 dealId, HealthBand band, const SnoozeChoice &choice);
    void markSeenRequested();
    void newCountChanged(int count);

private:
    void refresh();
    void snoozeCurrent();
    void updateButtons();

    AskSnooze m_askSnooze;
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
    QHash<qint64, AlertSnooze> m_activeSnoozes;
    QHash<qint64, HealthBand> m_seen;
    QDate m_today;
};

} // namespace dp
