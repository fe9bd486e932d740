#pragma once
// Deals that went dark or became at risk, ranked by amount × risk × closeness of the close date. Snoozed
// deals stay out until their resume date; "new" ones changed band since the manager last looked.

#include "items/PipelineLoader.h"
#include "store/AlertStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace dp {

struct AlertRow {
    PipelineRow deal;
    double priority = 0;
    bool isNew = false; // its band differs from the one the manager last saw
};

class AlertsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsModel)

public:
    enum Column { Band, DealName, Account, Owner, Amount, CloseDate, Reason, ColumnCount };
    enum Role { DealIdRole = Qt::UserRole + 1, BandRole, IsNewRole, PriorityRole };

    explicit AlertsModel(QObject *parent = nullptr);

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
    QList<AlertRow> m_alerts;
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
