// SPDX-License-Identifier: GPL-3.0-or-later
// The phrase tables for meetings (titles, agendas, transcript lines), calls and internal notes. Slots as in
// DemoEmailText.cpp.

#include "demo/DemoPhrases.h"

namespace dp::demo {
namespace {

void loadMeetings(DemoPhrases &p) {
    using M = MeetingType;
    auto meeting = [&p](MeetingType t) -> MeetingText & { return p.meetings[std::size_t(t)]; };

    meeting(M::Discovery) = {
        {"{c} <> {w}: intro call", "Discovery call: {c}", "{w} intro with {B}", "{c} / {w} discovery"},
        {"Introductions", "How pipeline reviews run today", "Current tools and data sources ({e})",
         "Pain points and goals for {Q}", "Who else is involved in the decision", "Next steps"},
        {"How do you run pipeline review today, and who's in the room?",
         "When a deal slips, how early do you usually find out?",
         "What would a good outcome look like by the end of next quarter?",
         "Who else would be involved in evaluating a tool like this?",
         "Most teams we work with start with {k}. Does that match what you see?",
         "How much of the activity actually makes it into {e} today?"},
        {"Today every manager runs pipeline review differently, mostly off a spreadsheet.",
         "Our biggest issue is {k}. We find out deals are dead two weeks after quarter end.",
         "We have about {s} people in sales and everything is in {e}, but activity logging is patchy.",
         "Ideally we'd get {g} without asking reps to do more data entry.",
         "The forecast call takes two hours and half of it is reps telling stories.",
         "{o} would need to be involved; they own the budget for sales tools."},
    };

    meeting(M::Demo) = {
        {"{w} demo for {c}", "Product demo: {p}", "{c} / {w}: demo for sales managers",
         "Demo: deal health and alerts"},
        {"Recap of goals", "Manager dashboard walkthrough", "Going-dark alerts and deal health",
         "Forecast snapshots", "{e} integration", "Q&A", "Next steps"},
        {"This is the manager view. Every open deal has a health band and the reasons behind it, like 'no "
         "reply "
         "from the buyer in 23 days'.",
         "Here you can filter to deals going dark this quarter. The threshold is configurable, 21 days by "
         "default.",
         "This chart shows inbound versus outbound activity per week. When inbound goes flat, that's your "
         "early warning.",
         "Snapshots let you compare this week's forecast with last week's: what slipped, what was added, "
         "what "
         "went dark.",
         "Each alert links to the actual emails and meeting notes, so managers can see why.",
         "Nothing here needs the reps to log anything; it's built from the activity you already have."},
        {"That's exactly what we're missing today. Can managers set their own threshold?",
         "How does it know an email is from the buyer and not from our side?",
         "I like the reasons. Our reps would push back on a score without an explanation.",
         "Can we export this for the forecast call? Leadership still wants a spreadsheet.",
         "What happens when a rep doesn't log meetings in {e}?",
         "Honestly, this would save my managers hours every week.",
         "Impressive. How long does it take to get this running for {s} users?"},
    };

    meeting(M::Technical) = {
        {"Technical deep dive: {e} integration", "{c} IT review with {w}", "Integration workshop"},
        {"Architecture overview", "{e} connector and field mapping", "SSO and provisioning", "Data retention",
         "Sandbox testing plan", "Open questions"},
        {"The connector uses OAuth with read-only scopes for deals, contacts and activities.",
         "Sync is incremental, so after the first load it only fetches what changed.",
         "We map stages and forecast categories from your pipeline settings automatically.",
         "Data stays in the region you choose, encrypted at rest and in transit.",
         "You can start in a sandbox and switch to production with one setting."},
        {"What happens if the {e} API rate limits you?",
         "We have a lot of custom fields on opportunities. Can you map those?",
         "Who on your side would have access to our data?",
         "Do you support sandbox environments for testing?", "OK, that's simpler than I expected."},
    };

    meeting(M::Security) = {
        {"Security review call", "{c} InfoSec / {w}", "Security questionnaire follow-up"},
        {"SOC 2 report walkthrough", "Data residency and encryption", "Subprocessors",
         "Questionnaire follow-ups", "Incident response"},
        {"Our SOC 2 Type II report covers the last twelve months with no exceptions.",
         "We run an external pen test every year; the summary is in the pack.",
         "Customer data is logically separated per tenant.",
         "Subprocessors are listed in the DPA and we notify you of changes."},
        {"How long do you retain email content after a customer leaves?",
         "Is data encrypted at rest with customer-managed keys?",
         "We need the right to audit. Is that in your standard terms?",
         "What's your incident notification window?", "That covers most of our checklist, thanks."},
    };

    meeting(M::Pricing) = {
        {"Proposal review", "Pricing discussion: {c}", "Commercials review", "{c}: proposal walkthrough"},
        {"Proposal walkthrough", "Seat count and modules", "Term options", "Timeline to signature",
         "Open questions"},
        {"The proposal covers {s} seats at {a} per year, onboarding included.",
         "If you commit to two years, we can take {n}% off.",
         "We can phase the rollout: managers first, then the rest of the team next quarter.",
         "Pricing holds until {y}."},
        {"The number is higher than we planned for.", "Can we start smaller and expand later?",
         "What's included in onboarding?", "{o} will ask about the price per seat versus our current tools.",
         "The two-year option is interesting if the discount holds."},
    };

    meeting(M::Executive) = {
        {"Executive alignment: {c} + {w}", "Exec sponsor call", "{c} leadership / {w}"},
        {"Business outcomes", "Rollout plan", "Success metrics", "Partnership and support"},
        {"Our goal is that your managers walk into every forecast call knowing which deals are at risk.",
         "Customers your size usually see forecast accuracy improve within two quarters.",
         "You'll have a dedicated customer success manager and a named support engineer.",
         "We'd propose a 90-day success plan with three measurable goals."},
        {"What I care about is forecast accuracy and rep productivity.",
         "I need to see this working with one team before I roll it out everywhere.",
         "If we do this, I want it live before {Q} planning.",
         "I'm supportive, as long as it doesn't add work for the reps."},
    };

    meeting(M::Legal) = {
        {"Contract review call", "Legal sync: MSA redlines", "{c} / {w} legal"},
        {"Open redlines", "Liability cap", "Data processing addendum", "Signature process"},
        {"We can accept your liability cap at twelve months of fees.",
         "The auto-renewal clause can include a 60-day notice period.",
         "Our DPA already covers the standard contractual clauses."},
        {"Our counsel wants mutual indemnification.", "We need the governing law to be our home state.",
         "Payment terms need to be net-60 for us.", "Once these two items are closed, legal can approve."},
    };

    meeting(M::CheckIn) = {
        {"Weekly sync: {c} evaluation", "Check-in: {c}", "Mutual action plan review", "{c} / {w} sync"},
        {"Action items from last week", "Evaluation progress", "Risks and blockers", "Timeline to {y}",
         "Next steps"},
        {"Let's go through the action plan. Where are we on the security review?",
         "Anything blocking that I can help with?", "Are we still on track for {y}?",
         "Has {o} had a chance to look at the proposal?"},
        {"Security review is done, we're waiting on procurement.",
         "{o} reviewed it and had a couple of questions.", "We're on track, the team is excited.",
         "Still on track, though {o} is out next week.", "Things are moving, slower than I'd like."},
    };

    meeting(M::Kickoff) = {
        {"Kickoff: {c} onboarding", "{w} onboarding kickoff", "{c} implementation kickoff"},
        {"Introductions", "Project plan", "Admin setup", "Training schedule", "Success metrics"},
        {"Welcome! Today we'll agree on the project plan and who owns what.",
         "Your admins get access today; training sessions start next week.",
         "We'll connect {e} first, then turn on email capture."},
        {"{o} will be our main admin.", "We'd like the managers trained before the next forecast call.",
         "Can we start with one team as a pilot?"},
    };

    p.transcriptOpeners = {
        "Thanks everyone for making the time. Let's start with a quick round of introductions.",
        "Thanks for joining. Let's recap where we left off last time and then dive in.",
        "Appreciate you making time this close to quarter end.",
        "Great to see everyone. I have the agenda we shared; shout if anything is missing."};
    p.transcriptClosers = {"To recap next steps: I'll send the summary today, and we'll reconvene on {d}.",
                           "Great, I'll follow up with the recording and the open items.",
                           "Thanks all. I'll send the proposal by {y}.",
                           "I'll put the action items in the shared plan with owners and dates."};
    p.buyerClosers = {"Sounds good, thanks everyone.", "Thanks, this was useful.", "Great, talk on {d}.",
                      "Appreciate it, we'll review internally.",
                      "Thanks. Send over the notes and we'll take it from there."};
    p.genericOurLines = {"Does that answer the question?", "I'll add that to the follow-up notes.",
                         "Happy to go deeper on that in a separate session.",
                         "Good question. Let me show you.",
                         "That's a common concern; here's how other teams handled it."};
    p.genericBuyerLines = {"Makes sense.",
                           "Can you send that over after the call?",
                           "Good question, let me check with {o}.",
                           "That's helpful context.",
                           "OK. What would you need from us to get started?",
                           "Got it, thanks."};
    p.callOpeners = {"Hi {b}, it's {r} from Brightlane. Is now still a good time?",
                     "Thanks for picking up, {b}. Do you have ten minutes?",
                     "Hey {b}, thanks for calling me back."};
    p.callClosers = {"Great, thanks {b}. I'll send a quick summary by email.",
                     "Thanks for the time, talk soon.", "Perfect, I'll follow up by email with the details."};
    p.callBuyerClosers = {"Thanks {r}, bye.", "Sounds good, talk soon.", "Great, speak then."};
    p.negativeLines = {"We're not seeing the value we expected, and that's a problem.",
                       "The price is still a major problem for us.",
                       "The pilot has been frustrating so far.",
                       "{o} has serious doubts and I'm running out of arguments.",
                       "We're also talking to {v}, and we're unhappy with the delays here.",
                       "I'm disappointed we're still discussing the same problems as last month."};
}

void loadCalls(DemoPhrases &p) {
    p.callSubjects = {"Call with {B}", "Follow-up call: {B}", "Call: {c}", "Check-in call with {b}"};
    p.inboundCallSubjects = {"Inbound call from {B}", "{B} called"};
    p.attemptSubjects = {"Call attempt: {B}", "Outbound call to {B}", "Call: {c}"};
    p.callCompleted = {
        "Spoke with {b}. They're reviewing the proposal with {o}; decision expected by {y}.",
        "Good call with {b}: confirmed budget and timeline. Next step is the session on {d}.",
        "{b} walked me through their approval process: {o} signs off, procurement takes two weeks.",
        "Quick call to align on the agenda for {d}. {b} is positive.",
        "Call with {b} about the {e} integration; {x} to follow up with details.",
        "Talked pricing with {b}; they want a phased rollout starting with managers.",
        "{b} confirmed {o} is the economic buyer. Need to get in front of them before {y}."};
    p.callInbound = {"{b} called to ask about onboarding timelines.",
                     "{b} called with questions from {o} about pricing.",
                     "Inbound call from {b}: wants to move our next session to {d}.",
                     "{b} called to share that the business case was approved internally."};
    p.callVoicemail = {"Left a voicemail for {b} about next steps.",
                       "Left voicemail re: proposal, will follow up by email.",
                       "Voicemail for {b}, asked for a call back about the {y} timeline."};
    p.callNoAnswer = {"No answer. Will try again on {d}.", "Tried {b}, no answer.",
                      "Called {b}'s mobile, no pickup."};
    p.callBusy = {"Line busy, will retry later.", "Busy signal, trying again tomorrow."};
}

void loadNotes(DemoPhrases &p) {
    p.noteSubjects = {"Note", "Deal note", "Next steps", "Call prep", "Account plan"};
    p.notes = {
        "Champion is {b}. Economic buyer is {o} ({O}). Decision criteria: ease of rollout, {e} integration, "
        "price.",
        "MEDDICC: metrics = forecast accuracy; economic buyer = {o}; decision process = security review, "
        "then "
        "procurement; pain = {k}.",
        "Competitor in the deal: {v}. Their pitch is price; ours is explainable deal health.",
        "{b} asked for a reference customer in their industry. Asked marketing for one.",
        "Mutual action plan shared with {b}; target signature {y}.",
        "Added {o} to the deal, they own the budget.",
        "Prep for {d}: confirm seat count, walk through the {e} mapping, ask about procurement steps."};
    p.riskNotes = {"Risk: the champion has been slow to respond. Need a second contact.",
                   "Risk: budget not confirmed. Need {o} in the next meeting.",
                   "Buyer has not replied to the last few emails. Trying {o} directly.",
                   "Single-threaded through {b}. Asked for an intro to {o}, no luck yet."};
    p.pushNotes = {"Pushed the close date to {y}: legal review is taking longer than planned.",
                   "Moved the close date; {o} is out until next week.",
                   "Close date moved to {y} at {b}'s request, procurement backlog.",
                   "Slipped to {y}. Budget approval moved to the next finance committee."};
    p.stalledNotes = {"No movement this month. Deal is stuck waiting on {o}'s budget approval.",
                      "Still waiting on procurement. Asked {b} for a date.",
                      "Deal has been parked since the proposal. Need a compelling event."};
    p.prospectNotes = {"Inbound lead from the webinar. No reply yet to outreach.",
                       "Added {b} to the outreach sequence.", "Found {b} on LinkedIn; owns sales ops at {c}.",
                       "Target account for {q}. Trying {b} first, then {o}."};
    p.coachingNotes = {"Coaching from {m}: get a meeting with {o} before you call this commit.",
                       "From pipeline review with {m}: agree on a mutual action plan and a real close date."};
    p.closeOutNotes = {"Closing out: no response in six weeks despite multiple follow-ups.",
                       "Closed lost, no decision. {b} went quiet after the proposal."};
    p.meetingNoShowNotes = {"Buyer did not join. Waited 10 minutes.", "Cancelled by the buyer on the day.",
                            "No-show; sent a reschedule email."};
}

} // namespace

void loadConversationText(DemoPhrases &phrases) {
    loadMeetings(phrases);
    loadCalls(phrases);
    loadNotes(phrases);
}

} // namespace dp::demo
