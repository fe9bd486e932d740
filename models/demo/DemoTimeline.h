// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A deal's skeleton in time: when it was created, the stages it went through, when the buyer stopped
// answering or turned negative, how its amount, forecast category and close date moved. The deal record and
// its field history come from here; the conversation is written around it (DemoStory).

#include "demo/DemoCast.h"
#include "domain/Records.h"

#include <limits>
#include <vector>

namespace dp::demo {

enum StageId : int { Discovery, Qualification, DemoStage, Proposal, Negotiation, ClosedWon, ClosedLost };

struct StageInfo {
    const char *label;
    int order;
    double probability;
};
const StageInfo &stageInfo(int stage);

struct StageStep {
    int stage = Discovery;
    Millis enteredAt = 0;
};

struct ClosePush {
    Millis at = 0;
    QDate to;
};

inline constexpr Millis kNever = std::numeric_limits<Millis>::max();

struct DealTimeline {
    Millis createdAt = 0;
    Millis closedAt = 0;          // closed deals only
    Millis activityEnd = 0;       // nothing happens after this (except scheduled meetings)
    Millis inboundUntil = kNever; // the buyer's last possible engagement
    Millis negativeFrom = kNever; // from here the buyer's words turn negative
    bool futureMeetings = false;  // may have a meeting booked in the coming weeks
    bool inboundLead = false;     // the buyer wrote first
    bool slowSteady = false;      // Stalled: the buyer answers every three to four weeks, last over three ago
    double intensity = 1.0;       // how busy the deal is compared with an average one
    std::vector<StageStep> stages; // in order, closing stage last for closed deals
    std::vector<ClosePush> pushes;
    double textAmount = 0; // what the proposal says, even when the CRM field is empty
    int seats = 0;
    int discount = 10;

    Deal deal;
    std::vector<FieldChange> changes;
};

DealTimeline planTimeline(const DemoCast &cast, const DealOutline &outline, Rng &rng, Millis now);

} // namespace dp::demo
