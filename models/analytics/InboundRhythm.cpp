// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/InboundRhythm.h"

#include <algorithm>
#include <cmath>

namespace dp {

std::optional<InboundRhythm> inboundRhythm(const QList<Millis> &latestInbound) {
    QList<Millis> gaps;
    std::optional<Millis> newer;
    for (const Millis at : latestInbound) {
        if (gaps.size() == kRhythmMaxGaps)
            break;
        if (!newer) {
            newer = at;
            continue;
        }
        const Millis gap = *newer - at;
        // Within a burst no gap is counted; the one before it runs to the burst's oldest interaction.
        if (gap >= kRhythmSameMoment)
            gaps.append(gap);
        newer = at;
    }
    if (gaps.size() < kRhythmMinGaps)
        return std::nullopt;
    std::sort(gaps.begin(), gaps.end());
    InboundRhythm rhythm;
    rhythm.gaps = int(gaps.size());
    const qsizetype middle = gaps.size() / 2;
    rhythm.medianGap = gaps.size() % 2 ? gaps.at(middle) : (gaps.at(middle - 1) + gaps.at(middle)) / 2;
    // Nearest rank: with ten gaps the second longest, with fewer the longest (one odd gap is kept, which errs
    // towards not flagging).
    const auto rank = qsizetype(std::ceil(0.9 * double(gaps.size())));
    rhythm.longGap = gaps.at(std::clamp<qsizetype>(rank - 1, 0, gaps.size() - 1));
    rhythm.silenceLimit =
        std::max(Millis(std::llround(kRhythmFactor * double(rhythm.longGap))), kRhythmFloor);
    return rhythm;
}

bool silentBeyondRhythm(const InboundRhythm &rhythm, Millis lastInboundAt, Millis asOf) {
    return asOf - lastInboundAt > rhythm.silenceLimit;
}

int usualReplyDays(const InboundRhythm &rhythm) {
    return std::max<int>(1, int((rhythm.longGap + kMillisPerDay - 1) / kMillisPerDay));
}

} // namespace dp
