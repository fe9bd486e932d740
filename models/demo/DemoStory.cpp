// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoStory.h"

#include "demo/DemoCalendar.h"
#include "demo/DemoScenes.h"

#include <algorithm>

namespace dp::demo {
namespace {

// Extra episodes (check-ins, calls, notes…) per day of a stage, for a deal of average intensity.
constexpr double kFillerPerDay = 0.24;

// The plot: which scenes a deal gets, and when, for its scenario.
class Story final : Scenes {
public:
    using Scenes::Scenes;

    DealStory write() {
        const Scenario s = m_outline.scenario;
        if (s == Scenario::NoInbound)
            prospecting();
        else
            conversation(s);
        for (const ClosePush &push : m_tl.pushes)
            if (m_rng.chance(0.6))
                note(m_phrases.pushNotes, push.at + m_rng.between(1, 90) * kMinute, push.to);
        return finish();
    }

private:
    void stageEpisodes(int stage, Millis from, Millis to) {
        const double span = double(to - from);
        auto at = [&](double fraction) { return from + Millis(span * fraction * m_rng.uniform(0.8, 1.2)); };
        switch (stage) {
        case Discovery:
            if (m_tl.inboundLead)
                thread(Topic::Inquiry, at(0.02), m_rng.between(2, 3), m_champion, false);
            else
                thread(Topic::Outreach, at(0.02), m_rng.between(2, 4), m_champion, false);
            if (m_rng.chance(0.4))
                call(at(0.15), false);
            meeting(MeetingType::Discovery, at(0.35), true);
            if (m_rng.chance(0.5))
                note(m_phrases.notes, at(0.5));
            if (m_rng.chance(0.3))
                thread(Topic::Resources, at(0.7), m_rng.between(1, 2));
            break;
        case Qualification:
            thread(Topic::Qualification, at(0.1), m_rng.between(2, 4));
            call(at(0.35), false);
            note(m_phrases.notes, at(0.5));
            if (m_rng.chance(0.35))
                thread(Topic::InternalReview, at(0.6), 2);
            if (m_rng.chance(0.4))
                meeting(MeetingType::CheckIn, at(0.7), false);
            break;
        case DemoStage:
            meeting(MeetingType::Demo, at(0.2), true);
            if (m_rng.chance(0.6))
                thread(Topic::TechQuestions, at(0.45), m_rng.between(2, 3));
            if (m_rng.chance(0.35))
                meeting(MeetingType::Technical, at(0.6), true);
            if (m_rng.chance(0.3))
                thread(Topic::SecurityReview, at(0.75), m_rng.between(2, 3));
            break;
        case Proposal: {
            thread(Topic::Proposal, at(0.1), m_rng.between(2, 4), m_champion);
            if (m_rng.chance(0.6))
                meeting(MeetingType::Pricing, at(0.3), true);
            if (m_rng.chance(0.45)) {
                thread(Topic::SecurityReview, at(0.45), m_rng.between(2, 3));
                if (m_rng.chance(0.3))
                    meeting(MeetingType::Security, at(0.5), true);
            }
            if (m_rng.chance(0.5)) {
                static constexpr std::array kObjections{Topic::PriceObjection, Topic::TimingObjection,
                                                        Topic::IntegrationObjection};
                thread(m_rng.pick(kObjections), at(0.55), m_rng.between(2, 3));
            }
            if (m_rng.chance(0.35))
                thread(Topic::InternalDiscount, at(0.7), 2);
            if (m_rng.chance(0.3))
                thread(Topic::ChampionUpdate, at(0.85), 2, m_champion);
            break;
        }
        case Negotiation:
            thread(Topic::Legal, at(0.1), m_rng.between(2, 4));
            if (m_rng.chance(0.4))
                meeting(MeetingType::Legal, at(0.3), true);
            if (m_rng.chance(0.6))
                thread(Topic::Procurement, at(0.45), m_rng.between(2, 3));
            if (m_rng.chance(0.4))
                meeting(MeetingType::Executive, at(0.55), true);
            if (m_rng.chance(0.4))
                note(m_phrases.coachingNotes, at(0.6));
            break;
        default:
            break;
        }
    }

    void fillers(int stage, Millis from, Millis to) {
        const double days = double(to - from) / double(kDay);
        const int count = int(days * kFillerPerDay * m_tl.intensity + m_rng.real());
        for (int k = 0; k < count; ++k) {
            const Millis t = from + m_rng.between64(0, to - from);
            switch (m_rng.weighted(std::array{22, 10, 8, 8, 22, 12, 6, 8, 4})) {
            case 0:
                thread(Topic::CheckIn, t, m_rng.between(1, 3));
                break;
            case 1:
                thread(Topic::ChampionUpdate, t, m_rng.between(1, 3));
                break;
            case 2:
                thread(stage >= DemoStage ? Topic::TechQuestions : Topic::Qualification, t,
                       m_rng.between(2, 3));
                break;
            case 3:
                thread(Topic::Resources, t, m_rng.between(1, 2));
                break;
            case 4:
                call(t, false);
                break;
            case 5:
                note(m_phrases.notes, t);
                break;
            case 6:
                thread(Topic::InternalReview, t, m_rng.between(1, 3));
                break;
            case 7:
                meeting(MeetingType::CheckIn, t, m_rng.chance(0.5));
                break;
            default:
                thread(Topic::Scheduling, t, m_rng.between(2, 3));
                break;
            }
        }
    }

    int currentStage() const {
        for (auto it = m_tl.stages.rbegin(); it != m_tl.stages.rend(); ++it)
            if (it->stage < ClosedWon)
                return it->stage;
        return Discovery;
    }

    void futureMeeting() {
        static constexpr std::array kNext{MeetingType::Demo, MeetingType::Demo, MeetingType::Pricing,
                                          MeetingType::Executive, MeetingType::Legal};
        const MeetingType type =
            m_tl.negativeFrom != kNever ? MeetingType::CheckIn : kNext[std::size_t(currentStage())];
        meeting(type, m_now + Millis(m_rng.uniform(1.0, 19.0) * double(kDay)), true);
    }

    // Several buyer contacts answered in the last two weeks.
    void recentEngagement() {
        thread(m_rng.chance(0.5) ? Topic::ChampionUpdate : Topic::CheckIn,
               m_now - Millis(m_rng.uniform(8.0, 13.0) * double(kDay)), m_rng.between(2, 3), m_champion,
               false);
        const int second = otherEngaged(m_champion);
        if (second >= 0)
            thread(Topic::CheckIn, m_now - Millis(m_rng.uniform(3.0, 7.0) * double(kDay)), 2, second, false);
        if (m_rng.chance(0.5))
            meeting(MeetingType::CheckIn, m_now - Millis(m_rng.uniform(1.5, 9.0) * double(kDay)), false);
    }

    void souring() {
        const Millis from = m_tl.negativeFrom;
        const Millis to = m_now - kDay;
        const double span = double(to - from);
        const int concerns = m_rng.between(2, 3);
        for (int k = 0; k < concerns; ++k)
            thread(Topic::Concern, from + Millis(span * (k + m_rng.uniform(0.1, 0.8)) / concerns),
                   m_rng.between(2, 3));
        if (m_rng.chance(0.5)) {
            static constexpr std::array kObjections{Topic::PriceObjection, Topic::TimingObjection,
                                                    Topic::IntegrationObjection};
            thread(m_rng.pick(kObjections), from + Millis(span * m_rng.uniform(0.2, 0.8)),
                   m_rng.between(2, 3));
        }
        if (m_rng.chance(0.4))
            meeting(MeetingType::CheckIn, from + Millis(span * m_rng.uniform(0.3, 0.9)), false);
        if (m_rng.chance(0.5))
            note(m_phrases.riskNotes, from + Millis(span * m_rng.uniform(0.5, 1.0)));
    }

    // Polite "still waiting" replies for months; the last one recent, so the deal is stuck, not dark. A slow,
    // steady buyer answers every three to four weeks, the last time a little over three weeks ago.
    void stalledTail(Millis from) {
        const bool steady = m_tl.slowSteady;
        const Millis lastCheck =
            m_now - Millis((steady ? m_rng.uniform(23.0, 28.0) : m_rng.uniform(5.0, 17.0)) * double(kDay));
        for (Millis t = from + m_rng.between(3, 14) * kDay; t < lastCheck - (steady ? 18 : 10) * kDay;
             t += (steady ? m_rng.between(22, 28) : m_rng.between(14, 28)) * kDay) {
            thread(Topic::StalledCheckIn, t, steady || m_rng.chance(0.7) ? 2 : 1);
            if (m_rng.chance(0.3))
                note(m_phrases.stalledNotes, t + kDay);
        }
        thread(Topic::StalledCheckIn, lastCheck, 2, m_champion, false);
    }

    void silence(Scenario s) {
        const Millis quiet = m_tl.inboundUntil;
        const Millis after = quiet + m_rng.between(2, 5) * kDay;
        switch (s) {
        case Scenario::DarkShort:
            nudges(after, m_now - kDay, m_rng.between(0, 2), false);
            break;
        case Scenario::DarkMedium:
            nudges(after, m_now - kDay, m_rng.between(1, 3), false);
            break;
        case Scenario::DarkLong:
            nudges(after, m_now - kDay, m_rng.between(1, 3), false);
            if (m_rng.chance(0.4)) // a meeting booked before the silence that the buyer never joins
                meeting(MeetingType::CheckIn, quiet + m_rng.between(5, 12) * kDay, false);
            break;
        case Scenario::DarkVeryLong:
            nudges(after, m_now - 2 * kDay, m_rng.between(2, 5), m_rng.chance(0.4));
            break;
        case Scenario::Chasing:
            // Four weeks of follow-ups nobody answers: the outbound-only stretch.
            nudges(after, m_now - 26 * kDay, m_rng.between(0, 1), false);
            nudges(m_now - 25 * kDay, m_now - kDay, m_rng.between(4, 7), false);
            break;
        case Scenario::Slipping:
            nudges(after, m_now - kDay, m_rng.between(2, 3), false);
            note(m_phrases.coachingNotes, after + m_rng.between(1, 4) * kDay);
            break;
        case Scenario::LostNoDecision:
            nudges(after, m_tl.closedAt - kDay, m_rng.between(2, 4), true);
            note(m_phrases.closeOutNotes, m_tl.closedAt - 2 * kHour);
            break;
        default:
            break;
        }
        if (m_rng.chance(0.5))
            note(m_phrases.riskNotes, quiet + Millis(double(m_now - quiet) * m_rng.uniform(0.3, 0.9)));
    }

    void closing(Scenario s) {
        switch (s) {
        case Scenario::Won:
            thread(Topic::Won, m_closingAt, m_rng.between(2, 3), m_champion, false, true);
            if (m_rng.chance(0.6))
                thread(Topic::Kickoff, m_tl.closedAt + m_rng.between(1, 5) * kDay, 2, m_champion);
            if (m_rng.chance(0.5))
                meeting(MeetingType::Kickoff, m_tl.closedAt + m_rng.between(4, 11) * kDay, false);
            break;
        case Scenario::LostCompetitor:
            thread(Topic::LostCompetitor, m_closingAt, m_rng.between(1, 3), m_champion, false, true);
            break;
        case Scenario::LostBudget:
            thread(Topic::LostBudget, m_closingAt, m_rng.between(1, 3), m_champion, false, true);
            break;
        case Scenario::LostTiming:
            thread(Topic::LostTiming, m_closingAt, m_rng.between(1, 3), m_champion, false, true);
            break;
        default:
            break;
        }
    }

    void conversation(Scenario s) {
        const bool open = isOpen(s);
        if (!open) {
            // The deciding email comes shortly before the close; the stages' conversation ends before it.
            const Millis lastOpenStage = m_tl.stages[m_tl.stages.size() - 2].enteredAt;
            Millis closing = workingMoment(m_tl.closedAt - kDay, m_account.utcOffset, m_rng);
            if (closing >= m_tl.closedAt - kHour)
                closing = m_tl.closedAt - m_rng.between(1, 3) * kHour;
            m_closingAt = std::max(closing, (lastOpenStage + m_tl.closedAt) / 2);
        }
        const Millis normalEnd = goesQuiet(s) ? m_tl.inboundUntil : open ? m_now : m_closingAt;
        m_phaseEnd = normalEnd;
        const std::vector<StageStep> &stages = m_tl.stages;
        for (std::size_t k = 0; k < stages.size() && stages[k].stage < ClosedWon; ++k) {
            const bool lastOpen = k + 1 == stages.size() || stages[k + 1].stage >= ClosedWon;
            const Millis from = stages[k].enteredAt;
            const Millis to = std::min(lastOpen ? normalEnd : stages[k + 1].enteredAt, normalEnd);
            if (to <= from)
                continue;
            const Millis mustEnd = lastOpen && s == Scenario::Stalled ? std::min(to, from + 25 * kDay) : to;
            stageEpisodes(stages[k].stage, from, mustEnd);
            // A slow, steady buyer's stall is quiet between the monthly check-ins.
            fillers(stages[k].stage, from, m_tl.slowSteady ? mustEnd : to);
        }
        m_phaseEnd = kNever;
        if (goesQuiet(s)) {
            anchor();
            silence(s);
        }
        switch (s) {
        case Scenario::Healthy:
        case Scenario::SingleThreaded:
            recentEngagement();
            futureMeeting();
            break;
        case Scenario::Souring:
            souring();
            futureMeeting();
            break;
        case Scenario::Stalled:
            stalledTail(m_tl.stages.back().enteredAt + 25 * kDay);
            futureMeeting();
            break;
        default:
            if (!open)
                closing(s);
            break;
        }
    }

    // The buyer never answers: outreach, follow-ups, unanswered calls.
    void prospecting() {
        const Millis start = m_tl.createdAt;
        note(m_phrases.prospectNotes, start);
        thread(Topic::Outreach, start + m_rng.between(1, 20) * kHour, 1, m_champion, false);
        const PhraseList &followUps = m_phrases.prospectNudges;
        int nudgeIndex = m_rng.below(followUps.size());
        for (Millis t = start + m_rng.between(3, 9) * kDay; t < m_now - kDay;
             t += m_rng.between(3, 9) * kDay) {
            switch (m_rng.weighted(std::array{50, 25, 12, 13})) {
            case 0: {
                const int buyer = m_engaged[std::size_t(m_rng.below(int(m_engaged.size())))];
                const Millis at = workingMoment(t, m_rep.utcOffset, m_rng);
                if (at <= limit()) {
                    const QString subject =
                        replySubject(!m_lastSubject.isEmpty()           ? m_lastSubject
                                     : m_language == Language::Romanian ? QStringLiteral("O întrebare scurtă")
                                                                        : QStringLiteral("Quick question"));
                    repEmail(at, subject, followUps.at(nudgeIndex++ % followUps.size()), buyer, -1, false);
                }
                break;
            }
            case 1:
                call(t, true);
                break;
            case 2:
                thread(Topic::Outreach, t, 1, m_engaged.back(), false);
                break;
            default:
                note(m_phrases.prospectNotes, t);
                break;
            }
        }
    }
};

} // namespace

StoryWriter::StoryWriter(const DemoCast &cast, const DemoPhrases &phrases, quint64 seed, Millis now)
    : m_cast(cast)
    , m_phrases(phrases)
    , m_seed(seed)
    , m_now(now) {}

DealStory StoryWriter::write(const DealOutline &outline) const {
    return Story(m_cast, m_phrases, outline, m_seed, m_now).write();
}

} // namespace dp::demo
