// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The derived picture of one deal: its activity figures, health band, score and the reasons behind them.

#include "domain/Clock.h"

#include <QList>
#include <QString>
#include <optional>

namespace dp {

enum class HealthBand { Healthy, Watch, AtRisk, Dark, Closed };

QString toKey(HealthBand band); // "healthy", "watch", "at_risk", "dark", "closed"
std::optional<HealthBand> healthBandFromKey(const QString &text);

// Why a deal has its band. Stored as codes with numbers so the words can be translated when shown.
struct HealthReason {
    enum class Code {
        NoInboundFor,      // value: days since the buyer last engaged
        NoInboundEver,     // value: days since the deal was created
        InboundFalling,    // value: inbound in the last 4 weeks, other: in the 4 weeks before
        OutboundOnly,      // value: our touches in the last 4 weeks with no inbound
        NoBuyerEngaged,    // no buyer contact engaged in 60 days
        SingleThreaded,    // exactly one buyer contact engaged in 60 days
        ClosePushed,       // value: number of times the close date moved later
        StalledInStage,    // value: days in the stage, other: the stage's median
        ClosePassed,       // value: days since the close date passed while still open
        NegativeSentiment, // value: recent sentiment × 100
        SentimentFalling,  // value: trend × 100
        RecentInbound,     // value: days since last inbound (a healthy sign)
        ActiveBuyer,       // value: inbound in the last 4 weeks (a healthy sign)
        ClosedWon,
        ClosedLost,
        SilentBeyondRhythm, // value: days since the buyer last engaged, other: days they usually reply within
    };
    Code code = Code::NoInboundFor;
    int value = 0;
    int other = 0;

    friend bool operator==(const HealthReason &, const HealthReason &) = default;
};

QString reasonCodeName(HealthReason::Code code);
std::optional<HealthReason::Code> reasonCodeFromName(const QString &name);

struct DealMetrics {
    qint64 dealId = 0;
    Millis asOf = 0;
    int goingDarkDays = 21;
    std::optional<Millis> lastInboundAt;
    std::optional<Millis> lastOutboundAt;
    int inbound28d = 0;
    int outbound28d = 0;
    int inboundPrevious28d = 0;
    int buyerContactsEngaged60d = 0;
    int closeDatePushes = 0;
    int daysInStage = 0;
    std::optional<double> sentimentRecent;
    std::optional<double> sentimentTrend;
    HealthBand band = HealthBand::Healthy;
    int score = 100;
    QList<HealthReason> reasons;
};

} // namespace dp
