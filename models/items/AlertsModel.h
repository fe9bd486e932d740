// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Deals that went dark or became at risk, ranked by value × risk × closeness of the close date, where the
// value puts every currency on the reporting currency's scale (analytics/AlertPriority.h). Snoozed deals
// stay out until their resume date; "new" ones changed band since the manager last looked.

#include "analytics/AlertPriority.h"
#include "items/PipelineLoader.h"
#include "store/AlertStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace dp {

struct AlertRow {
    PipelineRow deal;
    AlertValuation::Value value; // the amount on the reporting currency's scale
    double priority = 0;
    bool isNew = false; // its band differs from the one the manager last saw
};

class AlertsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsModel)

public:
    enum Column {
        Band,
        DealName,
        Account,
        Owner,
        Amount,
        Currency,
        RankedAs,
        CloseDate,
        Reason,
        ColumnCount
    };
    enum Role { DealIdRole = Qt::UserRole + 1, BandRole, IsNewRole, PriorityRole };

    explicit AlertsModel(QObject *parent = nullptr);

    // The user's exchange rates; applies at the next setData.
    void setRates(const CurrencyRates &rates) { m_rates = rates; }
    QString reportingCurrency() const { return m_reporting; }

    // The item-editing setData stays reachable beside the loader below (clang: -Woverloaded-virtual).
    using QAbstractTableModel::setData;
    // Keeps open deals that are dark or at risk and not snoozed on `today`; onlyNew keeps those whose band
    // changed since `seen`.
    void setData(const QList<PipelineRow> &rows, const QHash<qint64, AlertSnooze> &activeSnoozes,
                 const QHash<qint64, HealthBand> &seen, const QDate &today, bool onlyNew);
    const AlertRow &alert(int row) const { return m_alerts.at(row); }
    int newCount() const { return m_newCount; }
    // The bands of every alert shown, for remembering what the manager has seen.
    QHash<qint64, HealthBand> shownBands() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString rankedAsText(const AlertRow &alert) const;

    QList<AlertRow> m_alerts;
    CurrencyRates m_rates;
    QString m_reporting;
    int m_newCount = 0;
};

// Every snooze ever made, newest first, for coaching review.
class SnoozesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnoozesModel)

public:
    enum Column { DealName, Band, Reason, ResumeOn, SnoozedBy, SnoozedAt, Status, ColumnCount };
    enum Role { DealIdRole = Qt::UserRole + 1 };

    explicit SnoozesModel(QObject *parent = nullptr);
    // snoozedAt is shown in `zone` (the user's time zone or their override).
    void setSnoozes(QList<AlertSnooze> snoozes, const QDate &today, const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlertSnooze> m_snoozes;
    QDate m_today;
    QTimeZone m_zone;
};

} // namespace dp
