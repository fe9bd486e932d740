// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/AlertsModel.h"

#include "analytics/AlertPriority.h"
#include "analytics/HealthText.h"
#include "items/DisplayText.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace dp {

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AlertsModel::setData(const QList<PipelineRow> &rows, const QHash<qint64, AlertSnooze> &activeSnoozes,
                          const QHash<qint64, HealthBand> &seen, const QDate &today, bool onlyNew) {
    beginResetModel();
    m_alerts.clear();
    m_newCount = 0;
    // Medians over every open deal, not only the alerts: "typical" means typical of the pipeline.
    QList<OpenAmount> openAmounts;
    for (const PipelineRow &row : rows)
        if (!row.deal.deal.isClosed && row.deal.deal.amount)
            openAmounts.append(OpenAmount{row.deal.deal.currency, *row.deal.deal.amount});
    const AlertValuation valuation(m_rates, openAmounts);
    m_reporting = valuation.reportingCurrency();
    for (const PipelineRow &row : rows) {
        const HealthBand band = row.metrics.band;
        if (row.deal.deal.isClosed || (band != HealthBand::Dark && band != HealthBand::AtRisk))
            continue;
        if (activeSnoozes.contains(row.deal.id))
            continue;
        AlertRow alert;
        alert.deal = row;
        alert.isNew = seen.value(row.deal.id, HealthBand::Healthy) != band;
        alert.value = valuation.value(row.deal.deal.amount, row.deal.deal.currency);
        alert.priority = alertPriority(alert.value.value, row.metrics.score, row.deal.deal.closeDate, today);
        m_newCount += alert.isNew ? 1 : 0;
        if (onlyNew && !alert.isNew)
            continue;
        m_alerts.append(alert);
    }
    std::sort(m_alerts.begin(), m_alerts.end(), [](const AlertRow &a, const AlertRow &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.deal.deal.id < b.deal.deal.id;
    });
    endResetModel();
}

QHash<qint64, HealthBand> AlertsModel::shownBands() const {
    QHash<qint64, HealthBand> bands;
    for (const AlertRow &alert : m_alerts)
        bands.insert(alert.deal.deal.id, alert.deal.metrics.band);
    return bands;
}

int AlertsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlertRow &alert = m_alerts.at(index.row());
    const PipelineRow &row = alert.deal;
    const Deal &deal = row.deal.deal;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Band:
            return alert.isNew ? tr("%1 · new").arg(bandLabel(row.metrics.band))
                               : bandLabel(row.metrics.band);
        case DealName:
            return deal.name;
        case Account:
            return row.deal.accountName;
        case Owner:
            return row.deal.ownerName;
        case Amount:
            return deal.amount ? formatMoney(*deal.amount, deal.currency, locale) : QString();
        case Currency:
            return deal.currency.toUpper();
        case RankedAs:
            return rankedAsText(alert);
        case CloseDate:
            return locale.toString(deal.closeDate, QLocale::ShortFormat);
        case Reason: {
            const QStringList reasons = describe(row.metrics.reasons);
            return reasons.isEmpty() ? QString() : reasons.first();
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RankedAs)
            return tr("Ranked by this value × risk × closeness of the close date. Amounts in %1 count as "
                      "they "
                      "are; other currencies are converted with the rates in Settings, or, without a rate, "
                      "counted by their size relative to the typical (median) open deal in their currency.")
                .arg(m_reporting);
        return describe(row.metrics.reasons).join(QLatin1Char('\n'));
    case DealIdRole:
        return row.deal.id;
    case BandRole:
        return int(row.metrics.band);
    case IsNewRole:
        return alert.isNew;
    case PriorityRole:
        return alert.priority;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == RankedAs)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Band:
        return tr("Health");
    case DealName:
        return tr("Deal");
    case Account:
        return tr("Account");
    case Owner:
        return tr("Owner");
    case Amount:
        return tr("Amount");
    case Currency:
        return tr("Currency");
    case RankedAs:
        return tr("Ranked as");
    case CloseDate:
        return tr("Close date");
    case Reason:
        return tr("Main reason");
    }
    return {};
}

QString AlertsModel::rankedAsText(const AlertRow &alert) const {
    const QLocale locale;
    const AlertValuation::Value &value = alert.value;
    switch (value.basis) {
    case AlertValuation::Basis::Reporting:
        return formatMoney(value.value, m_reporting, locale);
    case AlertValuation::Basis::Converted:
        return tr("≈ %1").arg(formatMoney(value.value, m_reporting, locale));
    case AlertValuation::Basis::Relative:
        //: e.g. "1.8 × a typical EUR deal": no exchange rate, so the deal's size among its currency's deals
        return tr("%1 × a typical %2 deal")
            .arg(locale.toString(value.relative, 'f', value.relative < 10 ? 1 : 0),
                 alert.deal.deal.deal.currency.toUpper());
    case AlertValuation::Basis::NoAmount:
        return tr("No amount");
    }
    return {};
}

SnoozesModel::SnoozesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void SnoozesModel::setSnoozes(QList<AlertSnooze> snoozes, const QDate &today, const QTimeZone &zone) {
    beginResetModel();
    m_snoozes = std::move(snoozes);
    m_today = today;
    m_zone = zone;
    endResetModel();
}

int SnoozesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_snoozes.size());
}

int SnoozesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnoozesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlertSnooze &s = m_snoozes.at(index.row());
    if (role == DealIdRole)
        return s.dealId;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DealName:
        return s.dealName;
    case Band:
        return bandLabel(s.band);
    case Reason:
        return s.reason;
    case ResumeOn:
        return locale.toString(s.resumeOn, QLocale::ShortFormat);
    case SnoozedBy:
        return s.snoozedBy;
    case SnoozedAt:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(s.snoozedAt, m_zone), QLocale::ShortFormat);
    case Status:
        return s.resumeOn > m_today ? tr("Snoozed") : tr("Back in alerts");
    }
    return {};
}

QVariant SnoozesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DealName:
        return tr("Deal");
    case Band:
        return tr("Health then");
    case Reason:
        return tr("Reason");
    case ResumeOn:
        return tr("Resumes on");
    case SnoozedBy:
        return tr("Snoozed by");
    case SnoozedAt:
        return tr("Snoozed on");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace dp
