// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A forecast snapshot as plain values: the header (when, by whom, why, with which filter) and, for every
// deal in it, the fields of the JSON snapshot format. Snapshots are immutable once taken.

#include "domain/Clock.h"
#include "domain/Health.h"
#include "forecast/ForecastCategory.h"
#include "forecast/SnapshotFilter.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace dp {

struct SnapshotDeal {
    QString source;
    QString remoteId;
    QString name;
    QString account;
    QString ownerName;
    QString ownerEmail;
    QString team;
    QString stage;
    ForecastCategory forecastCategory = ForecastCategory::Pipeline;
    std::optional<double> amount;
    QString currency;
    QDate closeDate;
    bool isClosed = false;
    bool isWon = false;
    Millis createdAt = 0;
    HealthBand band = HealthBand::Healthy;
    int score = 100;
    QStringList reasons;
    std::optional<Millis> lastInboundAt;
    std::optional<Millis> lastOutboundAt;
    int inbound28d = 0;
    int outbound28d = 0;
    int buyerContactsEngaged60d = 0;
    std::optional<double> sentimentRecent;
    std::optional<double> sentimentTrend;
    int closeDatePushes = 0;

    // (source, remote id): how two snapshots recognise the same deal.
    QString key() const { return source + QLatin1Char('\x1f') + remoteId; }
    friend bool operator==(const SnapshotDeal &, const SnapshotDeal &) = default;
};

// Receives deals one at a time, so exports of large caches stream instead of holding every deal.
using DealVisitor = std::function<void(const SnapshotDeal &)>;

struct SnapshotHeader {
    std::optional<qint64> id; // set when the snapshot is stored in the cache
    Millis takenAt = 0;
    QString takenBy;
    QString label;
    SnapshotFilter filter;
    Millis asOf = 0;
    int goingDarkDays = 21;
};

} // namespace dp
