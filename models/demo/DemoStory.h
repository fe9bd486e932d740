// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One deal's whole history as a CRM would hold it: the deal, its buyer contacts, the history of its tracked
// fields and every email, meeting, call and note, shaped by the deal's scenario.

#include "demo/DemoCast.h"
#include "domain/Records.h"

#include <vector>

namespace dp::demo {

struct DealStory {
    Deal deal;
    std::vector<DealContactRole> roles;
    std::vector<FieldChange> changes;
    std::vector<Interaction> interactions; // in time order
};

class StoryWriter final {
public:
    StoryWriter(const DemoCast &cast, const DemoPhrases &phrases, quint64 seed, Millis now);
    // Depends only on the outline, the seed and now: deals can be written in any order.
    DealStory write(const DealOutline &outline) const;

private:
    const DemoCast &m_cast;
    const DemoPhrases &m_phrases;
    quint64 m_seed;
    Millis m_now;
};

} // namespace dp::demo
