// SPDX-License-Identifier: GPL-3.0-or-later
// The email phrase tables. Slots: {b} buyer first name, {B} full, {T} title, {r}/{R} rep, {j} rep title,
// {h} rep phone, {c} company, {p} product, {s} seats, {d} weekday, {t} time, {a} amount, {q}/{Q} this and
// next quarter, {o}/{O} a buyer colleague and title, {v} competitor, {e} integration, {n} discount, {y} date,
// {m} manager, {x} solutions engineer, {w} us, {k} pain, {g} goal.

#include "demo/DemoPhrases.h"

namespace dp::demo {
namespace {

void loadTopics(DemoPhrases &p) {
    using T = Topic;
    auto topic = [&p](Topic t) -> TopicText & { return p.topics[std::size_t(t)]; };

    topic(T::Outreach) = {
        Side::Ours,
        false,
        {"{w} + {c}", "Idea for {c}'s forecast calls", "Quick question about pipeline reviews at {c}",
         "{c} <> {w}: deal visibility", "Forecast accuracy at {c}", "Intro: {w} for the {c} sales team",
         "{b}, a question about your Monday pipeline call", "Following up from the RevOps summit"},
        {"I work with revenue leaders at companies like {c} who are tired of {k}. {w} reads the activity "
         "already sitting in your CRM and inbox and shows which deals are actually moving.\n\nWould it be "
         "worth 20 minutes to see if it fits how your team runs pipeline reviews?",
         "Noticed {c} has been hiring account executives quickly this year. Usually that means {k} becomes a "
         "real problem about two quarters in.\n\nWe help sales leaders get {g} without asking reps to log "
         "anything extra. Open to a short call on {d}?",
         "{o} mentioned you own the forecast process at {c}, so I wanted to reach out directly. Most teams "
         "we "
         "talk to are dealing with {k}; {w} gives managers {g}.\n\nDo you have 20 minutes next week?",
         "Congrats on the recent funding round. As the team scales, most CROs tell us the hardest part is "
         "{k}.\n\n{w} flags deals that are going dark before they slip. Happy to share how a similar team "
         "cut "
         "forecast misses in half.",
         "Reaching out because {c} looks like a strong fit for {p}. In short: it tells your managers which "
         "deals have real buyer engagement and which are running on hope.\n\nWorth a conversation?",
         "I'll keep this short. {w} helps sales managers spot at-risk deals early by reading emails, "
         "meetings "
         "and calls, so the Monday forecast call is about decisions instead of status updates.\n\nIf {k} "
         "sounds familiar, could we find 20 minutes on {d}?",
         "Your team downloaded our guide on pipeline health last week, so I thought I'd follow up "
         "personally. "
         "Happy to walk you through how teams like yours use {p} to get {g}.",
         "We met briefly at the RevOps summit. You mentioned {k} was top of your list this year; that's "
         "exactly what we work on. Could I show you what it looks like in practice?"},
        {"Thanks for reaching out. Timing is actually decent: we're rethinking how we run forecast calls "
         "this "
         "quarter. {d} at {t} could work.",
         "This is relevant. {k} is exactly what my managers complain about. Can you send a couple of "
         "times next week?",
         "Appreciate the note. I'm not the only person involved in tooling decisions, so I'm looping in {o} "
         "({O}). Happy to join the first call.",
         "Sure, let's talk. Fair warning: we looked at a few tools last year and none of them stuck, so I'll "
         "be asking hard questions.",
         "Open to a quick call. Mornings are best for me. Does {d} work?",
         "Thanks, the guide was useful. We have about {s} people in sales and our forecast misses have been "
         "painful. Let's find time."},
        {"Great, I just sent an invite for {d} at {t}. I'll bring a couple of examples from teams your size.",
         "Perfect. Invite is on its way for {d}. If anyone else should join, feel free to forward it.",
         "Thanks! Calendar hold sent. To make the most of the time, could you share roughly how many reps "
         "and managers are on the team today?",
         "Sounds good, and hard questions are welcome. Talk on {d}."},
    };

    topic(T::Inquiry) = {
        Side::Buyer,
        false,
        {"Demo request", "Question about {w} pricing", "Looking for a forecasting tool", "Interested in {p}",
         "Evaluating options for pipeline visibility"},
        {"Hi, we're evaluating tools to get better visibility into our pipeline. We have about {s} reps and "
         "everything lives in {e}. Could someone walk us through {w}?",
         "Hello, I filled out the form on your site. We're looking for something that shows which deals are "
         "actually engaged. Who should I talk to?",
         "We're a sales org of about {s} people and our forecast accuracy has been rough. A peer recommended "
         "{w}. Do you have time this week?",
         "Hi there, I'm the {T} at {c}. We want to replace our spreadsheet-based deal reviews. Can you share "
         "pricing and a demo slot?"},
        {"Thanks for reaching out! Happy to help. Would {d} at {t} work for a 30-minute intro? I'll "
         "tailor it to a team of your size on {e}.",
         "Great to hear from you. Can we start with a 30-minute call so I understand how you review "
         "pipeline today? {d} or the day after?",
         "Thanks for asking. Pricing depends on seats and modules; the short version is that it scales with "
         "the "
         "number of users. Let's do a quick call first so I can point you to the right package."},
        {"{d} at {t} works. I'll bring {o} from RevOps.", "Great, the day after works better for me. Thanks.",
         "Sounds good, talk then."},
    };

    topic(T::DiscoveryRecap) = {
        Side::Ours,
        false,
        {"Recap: {w} + {c} intro", "Notes from today's call", "Next steps after our discovery call",
         "Following up on our conversation", "Summary + next steps"},
        {"Thanks for the time today. Here's what I heard:\n\n- {k} is costing managers hours every week\n- "
         "forecast calls rely on rep opinion rather than activity\n- the goal for next quarter is {g}\n\nDid "
         "I "
         "miss anything? Suggested next step is a tailored demo with your managers.",
         "Great conversation today. To recap: the team has about {s} sellers, pipeline lives in {e}, and the "
         "biggest pain is {k}. You'd like {g} before the next planning cycle.\n\nI'll put together a demo "
         "focused on deal health and going-dark alerts.",
         "Appreciate you walking me through the current process. My notes: weekly pipeline review, forecast "
         "submitted every Thursday, no consistent way to see buyer engagement. Success for you looks like "
         "{g}.\n\nNext step: demo with {o} on {d}. Sound right?",
         "Thank you for the candid discussion. The theme I kept hearing was {k}. I've attached a one-pager "
         "on "
         "how {p} handles that, and I'll follow up with times for a demo."},
        {"That's a fair summary. One addition: our managers also struggle with deals that sit in the same "
         "stage for months. Looping in {o} for the demo.",
         "Accurate, thanks. Let's do the demo with the team. {o} will want to see the {e} integration.",
         "Yes, that captures it. Could you also show how the alerts would reach managers? We live in Slack.",
         "Good summary. I'd add that our new managers need this the most. Let's plan the demo for {d}.",
         "Sounds right. I shared your notes with {o}, who is keen to see it too."},
        {"Noted, stage aging is covered in the demo. Invite coming shortly.",
         "Will do. I'll bring {x}, our solutions engineer, to cover the {e} side.",
         "Great, thanks. Looking forward to meeting {o}."},
    };

    topic(T::Scheduling) = {
        Side::Ours,
        false,
        {"Scheduling: {w} demo", "Time for next steps?", "Finding time next week",
         "Availability for a follow-up", "Invite: {c} / {w}", "Next session"},
        {"Would {d} at {t} work for the next session? If not, send me two or three slots that suit you and "
         "{o}.",
         "Following up on next steps: could we grab 45 minutes on {d}? I'll bring {x} for the technical "
         "questions.",
         "I'd like to get the next session on the calendar. Are you free on {d} at {t}, or is later "
         "in the week better?",
         "Quick one: does {d} at {t} still work for everyone? Happy to move it if needed."},
        {"{d} at {t} works. I'll forward the invite to {o}.",
         "Can we do the following day instead? {d} is packed with quarter-end reviews.",
         "Works for me. Please keep it to 45 minutes, we have a hard stop.",
         "Confirmed. I'll send you the names of who will attend.",
         "Let's do {d}. Afternoons are better for {o}."},
        {"Perfect, invite sent.", "No problem, moved it. The updated invite is in your inbox.",
         "Great, see you then."},
    };

    topic(T::Qualification) = {
        Side::Ours,
        false,
        {"A few questions before the demo", "Understanding your evaluation process",
         "Timeline and next steps", "Quick questions on budget and timing"},
        {"To make sure we use everyone's time well, a few questions:\n\n1. Who else needs to be involved in "
         "the decision?\n2. Is there budget set aside for this, or would it come from next year's plan?\n3. "
         "What date would you need this live by?",
         "Before we go deeper, could you help me understand how a decision like this gets made at {c}? In "
         "particular who signs off and whether procurement needs to be involved early.",
         "Thanks again for the call. Is there a target date you're working towards, like the start of {Q} "
         "planning? That helps me line up onboarding.",
         "Could you share what a successful evaluation looks like for you? I'd like to agree on two or three "
         "criteria up front so we don't waste your team's time."},
        {"Good questions. {o} ({O}) signs off on anything over our threshold, so we'll need them in the "
         "loop. "
         "Budget is there if we can show value by {Q}.",
         "Decision sits with me and {o}. We'd want it live before {Q} kicks off. Procurement usually takes "
         "two "
         "to three weeks.",
         "Success for us is simple: managers stop asking reps for status updates and forecast accuracy goes "
         "up. Budget is approved for a tool in this space.",
         "Honestly, budget is not confirmed yet. If the demo goes well I'll make the case to {o}."},
        {"Very helpful, thank you. I'll make sure {o}'s priorities are covered.",
         "Thanks, that gives me what I need. I'll map out a timeline that fits {Q}."},
    };

    topic(T::DemoRecap) = {
        Side::Ours,
        false,
        {"Thank you for today's demo", "Recording + slides from the demo", "Demo follow-up: {c}",
         "Next steps after the demo"},
        {"Thank you all for the time today. The recording and slides are attached. Highlights:\n\n- "
         "going-dark "
         "alerts based on real buyer replies\n- deal health reasons your managers can act on\n- the {e} "
         "integration {o} asked about\n\nNext step we discussed: a proposal for {s} seats.",
         "Great session! As promised, attached is the deck and a short summary of how {p} would fit your "
         "weekly pipeline review. {x} is pulling together answers to the {e} questions.",
         "Thanks for the energy on the demo today. I heard strong interest in the manager view and the "
         "snapshot comparison. I'll send a proposal by {d}. Let me know if anyone else should see the "
         "recording.",
         "Appreciate you bringing the managers along. I've attached the recording. Open items: the data "
         "residency question and the {e} field mapping. I'll have answers by {d}."},
        {"Thanks for this. The team liked the going-dark view a lot. {o} has a few questions about the {e} "
         "sync; "
         "can {x} send the details?",
         "Really helpful session. The managers were impressed by the deal health explanations. Let's see the "
         "proposal.",
         "Thanks for sending. Honest feedback: the dashboard is great, but we need to understand the rollout "
         "effort before we go further.",
         "Great demo. We'd like to move forward with a proposal for {s} seats.",
         "Thanks, I shared the recording with {o}, who couldn't make it. I'll come back with feedback by "
         "{d}."},
        {"Absolutely, {x} will send the integration guide today.",
         "Glad it landed well. Proposal coming your way by {d}.",
         "Fair point. Rollout typically takes two weeks; I'll send a plan so you can see the effort."},
    };

    topic(T::MeetingRecap) = {
        Side::Ours,
        false,
        {"Thanks for today", "Recap and next steps", "Follow-up from today's call", "Notes from our session"},
        {"Thanks for the time today. Next steps as agreed: {x} sends the technical details, you'll review "
         "with "
         "{o}, and we reconvene on {d}.",
         "Good session, thank you. I've captured the open questions in the attached doc and will have "
         "answers "
         "by {y}.",
         "Appreciate everyone joining. Summary: scope confirmed at {s} seats, target go-live {y}, next step "
         "is "
         "the proposal review.",
         "Thanks all. Attached is the mutual action plan we walked through, with owners and dates. Shout if "
         "anything looks off."},
        {"Thanks, agreed on the next steps.", "Great summary, thank you.", "Thanks. {o} will join next time.",
         "Looks right. One correction: the target date is {y}, not earlier."},
        {"Thanks for the correction, updated.", "Perfect, talk soon."},
    };

    topic(T::Reschedule) = {
        Side::Ours,
        false,
        {"Sorry we missed you", "Rescheduling", "Missed you today", "New time?"},
        {"Looks like we missed each other today. No worries, would {d} at {t} work instead?",
         "Sorry we couldn't connect today. Let me know a time that suits you and I'll send a new invite.",
         "I saw the meeting was cancelled. Is everything OK on your side? Happy to find another slot."},
        {"Apologies, something came up. {d} works.", "Sorry about that! Please send a new invite.",
         "My fault, back-to-back meetings. {d} at {t} is fine."},
        {"No problem at all, invite sent.", "Done, see you on {d}."},
    };

    topic(T::TechQuestions) = {
        Side::Buyer,
        false,
        {"Questions on the {e} integration", "Technical questions from our IT team", "Data sync question",
         "SSO and user provisioning", "A few technical questions"},
        {"A few questions from our side:\n\n- Does {p} sync with {e} in near real time or nightly?\n- Which "
         "fields do you need write access to?\n- Can we restrict which teams' data managers see?",
         "Our IT team wants to know how you authenticate against {e} and whether tokens are stored "
         "encrypted.",
         "Does {w} support SSO through our identity provider, and can users be provisioned automatically?",
         "How does the email capture work exactly? We need to exclude some internal mailboxes.",
         "Can you share an architecture diagram? {o} wants to understand where our data would be stored."},
        {"Great questions. The {e} sync runs every few minutes; we only need read access for deals, contacts "
         "and activities. Manager views follow your existing team hierarchy. {x} can go deeper on a call.",
         "Yes to both: SSO via SAML and automatic provisioning via SCIM. Tokens are encrypted at rest. I've "
         "attached our technical overview.",
         "You can exclude any mailbox or domain from capture, and nothing outside the allowed list is ever "
         "stored. Happy to set up a session with {x}.",
         "Attached. Data is hosted in the region you choose and never leaves it. {x} can walk {o} through "
         "the "
         "details."},
        {"That helps, thanks. I'll pass it on to our security team.", "Perfect, that answers it.",
         "Thanks. Let's set up that session with {x} next week."},
    };

    topic(T::SecurityReview) = {
        Side::Buyer,
        false,
        {"Security review - {c}", "Vendor security questionnaire", "InfoSec requirements",
         "SOC 2 report request"},
        {"Before we can go further, our security team needs the SOC 2 Type II report, a recent pen test "
         "summary "
         "and the attached questionnaire completed.",
         "Our InfoSec group flagged a few items: data retention, where the data is hosted, and "
         "subprocessors. "
         "Can you send documentation?",
         "Security review has started on our side. {o} will be the point of contact. Please fill out the "
         "attached questionnaire by {y}."},
        {"Of course. Attached are our SOC 2 Type II report and the pen test summary; the questionnaire will "
         "be "
         "back to you by {y}.",
         "Thanks for the heads-up. Data is hosted in the region of your choice, retention is configurable, "
         "and "
         "our subprocessor list is attached. Our security team will complete the questionnaire this week.",
         "Happy to help. I'll loop in our security lead; we usually turn these around in under a week."},
        {"Received, thank you. {o} will review and come back if anything is missing.",
         "Thanks. Security signed off on everything except one question on data deletion; can you clarify?",
         "Got it, thanks for the quick turnaround."},
    };

    topic(T::Resources) = {
        Side::Ours,
        false,
        {"Case study you might like", "How a similar team rolled out {w}", "Resource: forecast call template",
         "Thought this would be useful"},
        {"Thought you'd find this useful: a short case study from a sales team about your size that cut "
         "forecast misses by a third in two quarters.",
         "Sharing the forecast call template a few of our customers use with {p}. It might help even before "
         "any decision.",
         "Here's the rollout checklist I mentioned. It shows what your admins would do in week one.",
         "A customer in your space just published how they run deal reviews with {w}. Worth five minutes."},
        {"Thanks, this is useful. Forwarding to {o}.",
         "Appreciated. The template is close to what we want to move towards.",
         "Thanks, will read it this week."},
        {"Glad it helps!", "Anytime."},
    };

    topic(T::CheckIn) = {
        Side::Ours,
        false,
        {"Checking in", "Next steps", "Following up", "Where do things stand?", "Update from our side"},
        {"Checking in on where things stand after last week. Is there anything you need from me to keep "
         "things "
         "moving?",
         "Wanted to see how the internal review is going. Happy to join a call with {o} if that helps.",
         "Quick update from our side: the {e} connector you asked about is now generally available. How are "
         "things on your end?",
         "Hope the week is going well. Are we still on track for a decision by {y}?",
         "Following up on our last conversation. I put together a draft rollout plan; want me to walk you "
         "through it on {d}?"},
        {"Thanks for checking in. Things are moving; {o} is reviewing this week and we should have feedback "
         "by {d}.",
         "All good on our side. We're on track for {y}.",
         "Yes, let's do {d}. I'd like {o} to see the rollout plan.",
         "Thanks for the nudge. Busy week here but this is still a priority. Will get back to you soon.",
         "Good timing, I was about to email you. {o} gave a thumbs up on the approach."},
        {"Great, thanks for the update.", "Perfect. Invite for {d} is on its way.", "Appreciate it."},
    };

    topic(T::ChampionUpdate) = {
        Side::Buyer,
        false,
        {"Update from our side", "Good news", "Internal update", "Quick update on the evaluation"},
        {"Quick update: I presented the business case to the leadership team yesterday and it went really "
         "well. {o} wants to understand the rollout plan.",
         "Good news: {o} is on board and we're aiming to wrap up by {y}.",
         "FYI, our managers used the trial workspace this week and the feedback is very positive. Let's talk "
         "about next steps.",
         "Wanted to give you a heads-up: we're consolidating a couple of tools and {w} came out on top in "
         "our "
         "comparison."},
        {"That's great to hear, thank you for championing this. I'll send the rollout plan today.",
         "Fantastic news. Shall we set up time with {o} on {d}?",
         "Really appreciate the update. Anything I can prepare for the next step?"},
        {"Sounds good, {d} works.", "Thanks, that will help."},
    };

    topic(T::Proposal) = {
        Side::Ours,
        false,
        {"{w} proposal for {c}", "Proposal: {p} for {s} seats", "Pricing and order form",
         "Your proposal from {w}", "Revised proposal"},
        {"As promised, attached is the proposal for {s} seats of {p}: {a} per year, including onboarding and "
         "admin training. Pricing is valid through {y}.",
         "Please find our proposal attached. It covers {s} seats, the {e} integration and premium support, "
         "for a total of {a} annually. Happy to walk through it with you and {o}.",
         "Here's the proposal we discussed. I included two options: a one-year term at {a}, and a two-year "
         "term with a {n}% discount. Let me know which direction you'd like to take.",
         "Attached is the order form and the proposal summary. Total is {a} for the first year. I can set up "
         "a call with {o} to go through the numbers."},
        {"Thanks, reviewing with {o} this week.",
         "Received. The two-year option looks interesting; let me check with finance.",
         "Thanks for turning this around quickly. We'll come back with questions by {d}.",
         "Got it. {o} will want to understand the price per seat compared to what we pay today.",
         "Looks reasonable overall. Let me socialise it internally."},
        {"Sounds good. Happy to jump on a call if questions come up.", "Great, thanks. I'll check in on {d}.",
         "Of course, I can put together a side-by-side comparison for {o}."},
    };

    topic(T::PriceObjection) = {
        Side::Buyer,
        false,
        {"Re: {w} proposal", "Pricing feedback", "Budget concerns", "About the numbers"},
        {"We reviewed the proposal. Honestly, it's well above what we budgeted for this year; we'd need the "
         "price to come down significantly to move forward.",
         "{o} pushed back on the price. At {a} it's hard to justify compared to what we pay for our current "
         "tools.",
         "The per-seat price is too expensive for us at this scale. Is there flexibility, or should we "
         "reduce "
         "the number of seats?",
         "I like the product but I can't get {a} approved. We'd need something closer to our budget."},
        {"Understood, thanks for being direct. A couple of options: a two-year term brings the annual price "
         "down by {n}%, or we start with the managers only and expand later.",
         "I hear you. Let me see what I can do on our side; if we can align on a signature date before "
         "quarter "
         "end, I have some flexibility.",
         "Thanks for the feedback. Could we walk {o} through the ROI model? Most teams recover the cost "
         "within "
         "two quarters."},
        {"The phased approach could work. Send me a revised proposal.",
         "Quarter end is possible if the number works.",
         "Let's see the revised numbers before we book more time."},
    };

    topic(T::TimingObjection) = {
        Side::Buyer,
        false,
        {"Timing", "Update on our timeline", "Pushing our decision", "Re: Next steps"},
        {"I need to be upfront: we're in the middle of a reorg and this may slip to {Q}.",
         "Our priorities shifted this quarter; the team is focused on the {e} migration. Can we revisit in a "
         "few weeks?",
         "We won't be able to decide by {y}. {o} is out for two weeks and needs to sign off."},
        {"Thanks for letting me know. Would it help if we planned the rollout around the reorg, starting "
         "with "
         "one team in {Q}?",
         "Understood. I'll hold the pricing until {y} so you don't lose anything by waiting.",
         "No problem. When would be a sensible time to check back in?"},
        {"Let me check with {o} and get back to you.", "Thanks, holding the pricing helps."},
    };

    topic(T::IntegrationObjection) = {
        Side::Buyer,
        false,
        {"Integration concerns", "IT feedback", "Concerns about the rollout"},
        {"Our IT team is worried about the integration effort with {e}. They don't have capacity this "
         "quarter.",
         "We tested the connector in the sandbox and ran into issues with custom fields. This is a blocker "
         "for "
         "us.",
         "IT is concerned about giving a third party access to every mailbox. We need a way to limit the "
         "scope."},
        {"That's a fair concern. {x} can do the setup with your admin in a two-hour session, no IT project "
         "needed.",
         "Sorry about that. {x} looked at the logs and the custom field mapping just needs a config change. "
         "Can we fix it together on {d}?",
         "Understood. You can restrict capture to specific users and domains; I'll send the configuration "
         "guide."},
        {"OK, let's try the session with {x}.", "If that works in the sandbox we're back on track."},
    };

    topic(T::Legal) = {
        Side::Ours,
        false,
        {"MSA and order form", "Contract documents for {c}", "Redlines", "MSA redlines", "Legal review"},
        {"Sending over our MSA, DPA and the order form. Let me know who on your legal team should receive "
         "them.",
         "Attached are the contract documents. Our counsel is available for a call if your legal team has "
         "questions.",
         "Our legal team reviewed your redlines. We accept the changes to the liability cap and the payment "
         "terms; the auto-renewal clause needs a small tweak. Updated version attached."},
        {"Our legal team has a few redlines: limitation of liability, the auto-renewal clause and the data "
         "processing addendum. Marked-up version attached.",
         "Thanks. Legal is reviewing; they usually take about two weeks.",
         "Good news: legal approved the terms. Sending for signature on our side.",
         "Legal is asking for a mutual NDA first and a change to the governing law clause.",
         "We're close. One open item from legal on the indemnification section."},
        {"Thanks, our counsel will turn these around in a couple of days.",
         "Great, we can accept that. Updated documents attached.",
         "Fantastic, thank you for pushing this through."},
    };

    topic(T::Procurement) = {
        Side::Buyer,
        false,
        {"Vendor onboarding", "Procurement requirements", "PO request", "Supplier registration"},
        {"Procurement needs you set up as a vendor before we can issue a PO: W-9, banking details and a "
         "certificate of insurance.",
         "Please register in our supplier portal; procurement won't release the PO until that's done.",
         "Procurement is asking for an additional {n}% discount for a multi-year commitment. Is that "
         "possible?"},
        {"Done, all documents are submitted through the portal.",
         "Registered today. Let me know if anything else is needed.",
         "We can meet you halfway on the discount if we sign this month."},
        {"Thanks. PO is being raised now.", "Received, the PO is on its way.",
         "Works for us, I'll update the order form."},
    };

    topic(T::Won) = {
        Side::Buyer,
        false,
        {"Signed order form", "Order form", "PO attached", "We're good to go"},
        {"Great news: signed order form attached and the PO is on its way.",
         "DocuSign is completed on our side. Looking forward to getting started!",
         "Legal approved the terms and {o} signed this morning. The PO number will follow from procurement.",
         "PO is on its way. Can we schedule the kickoff for {d}?"},
        {"Fantastic, thank you! Welcome aboard. I'll introduce you to your onboarding manager today.",
         "Wonderful news, thanks to you and {o} for pushing this through. Kickoff invite coming shortly.",
         "Thank you! Countersigned copy attached. Excited to get your team live."},
        {"Thanks, talk at kickoff."},
    };

    topic(T::Kickoff) = {
        Side::Ours,
        false,
        {"Welcome to {w}!", "Kickoff next steps", "Getting started with {p}"},
        {"Welcome aboard! Attached is the onboarding plan. Your onboarding manager will reach out to "
         "schedule "
         "the admin setup.",
         "Thanks again for choosing {w}. Here's the agenda for kickoff and a checklist for your admins."},
        {"Thanks, excited to get started.", "Great, we're ready. {o} will be our admin."},
        {"Perfect, see you at kickoff."},
    };

    topic(T::LostCompetitor) = {
        Side::Buyer,
        false,
        {"Decision", "Update on our evaluation", "Re: Proposal", "Our decision"},
        {"Thanks for all your work on this. After a lot of deliberation we went with another vendor; {v} fit "
         "better with our existing stack.",
         "I wanted to let you know personally that we decided to go with {v}. It came down to price and an "
         "existing relationship.",
         "We've decided to move forward with another vendor. I appreciate the time you and {x} put into "
         "this."},
        {"Sorry to hear that, but thank you for letting me know. Would you be open to sharing what tipped "
         "the "
         "decision?",
         "Understood, and thanks for the transparency. If anything changes, I'm here. Mind if I check in "
         "after "
         "your first renewal?"},
        {"Mostly price and the fact that {o} had used them before. Nothing against your product.",
         "Sure, feel free to check in next year."},
    };

    topic(T::LostBudget) = {
        Side::Buyer,
        false,
        {"Budget update", "Unfortunately", "Putting this on hold"},
        {"Unfortunately our CFO has put a budget freeze on all new software spend through {Q}. We have to "
         "put "
         "this on hold.",
         "Bad news: budgets were cut after the board meeting and this project didn't make the list.",
         "We've lost the budget for this initiative. I'm sorry, I know you put a lot of work into it."},
        {"Thanks for letting me know. Let's circle back next quarter when budgets reopen.",
         "Sorry to hear that. I'll keep the proposal on file; if things change we can pick it back up "
         "quickly."},
        {"Will do, thanks for understanding."},
    };

    topic(T::LostTiming) = {
        Side::Buyer,
        false,
        {"Circling back later", "Not the right time", "Re: Next steps"},
        {"We've decided not to move forward this year. Let's circle back next quarter.",
         "Priorities have changed and this is no longer on our roadmap for {Q}. Can we reconnect later in "
         "the "
         "year?"},
        {"Understood. I'll reach out early next quarter. Thanks for your time, {b}.",
         "No problem, thanks for being clear. Talk in a few months."},
        {"Thanks again for everything."},
    };

    topic(T::StalledCheckIn) = {
        Side::Ours,
        false,
        {"Checking in", "Any movement?", "Status update?", "Re: Proposal"},
        {"Checking in on where things stand with {o}'s review. Anything I can do to help?",
         "It's been a few weeks since we spoke, so I wanted to see if anything has moved on your side.",
         "Is the decision still planned for {y}? I want to make sure we have onboarding capacity reserved."},
        {"Still waiting on sign-off from {o}. It's in the queue, nothing has changed on our side.",
         "No news yet, sorry. Budget discussions are taking longer than expected.",
         "It's still on the list, but other projects keep jumping ahead of it.",
         "Not much movement. I'll chase {o} again this week."},
        {"Thanks for the update. I'll check back in two weeks.",
         "Understood. Let me know if a call with {o} would help."},
    };

    topic(T::Concern) = {
        Side::Buyer,
        false,
        {"Concerns", "Some frustration on our side", "Re: Rollout plan", "Feedback",
         "Problems with the pilot"},
        {"We're frustrated with how long this is taking. The pilot was supposed to be running two weeks ago.",
         "We're disappointed with the pilot results so far. The managers don't trust the health scores yet.",
         "I'm worried about the price increase in year two. That wasn't clear in the original proposal and "
         "it's a "
         "problem for {o}.",
         "Full disclosure: we're also evaluating {v} now. {o} is unhappy with the delays and is pushing for "
         "their "
         "offer.",
         "The integration problems {o} ran into are serious. We can't move forward until they're fixed.",
         "Unfortunately the proposal doesn't work for us in its current form, and I'm worried it won't get "
         "approved."},
        {"I'm sorry, that's not the experience we want you to have. Can we get {x} on a call on {d} to fix "
         "this "
         "properly?",
         "Thank you for telling me directly. Let me escalate internally and come back with a concrete plan "
         "by {d}.",
         "Understood. I'd like to understand what {v} is offering so we can make a fair comparison."},
        {"We need to see real results this week, or this is at risk.",
         "Noted. The team is frustrated and I'm running out of arguments.",
         "We'll look at the plan, but I'm not optimistic."},
    };

    topic(T::InternalReview) = {
        Side::Ours,
        true,
        {"Deal review: {c}", "{c}: where we are", "Need your help on {c}", "Exec call with {c}"},
        {"Quick summary for our 1:1: {c} is in good shape, the champion is {b}, decision by {y}. Main "
         "risk is budget sign-off from {o}.",
         "Heads-up on {c}: the buyer has been slow to respond. I'm planning to go over {b}'s head to {o}. "
         "Thoughts?",
         "Can you join the exec call with {c} on {d}? Their {O} wants to meet someone senior."},
        {"Thanks. Let's make sure we have a mutual action plan with dates before we call it commit.",
         "Happy to join. Send me the background and the key people beforehand.",
         "Agree on going to {o}, but give {b} a heads-up first.",
         "Good progress. What's the single biggest thing that could derail this?"},
        {"Will do, sending the background now.", "Budget timing. I'll confirm it with {o} this week."},
    };

    topic(T::InternalDiscount) = {
        Side::Ours,
        true,
        {"Discount approval: {c}", "Approval needed: {c} pricing"},
        {"Requesting approval for a {n}% discount on {c} ({a}). They're comparing us with {v} and want "
         "to sign by {y}.",
         "Need sign-off on non-standard terms for {c}: {n}% off and net-60 payment. The champion says it "
         "gets "
         "us over the line."},
        {"Approved, as long as they sign by quarter end.",
         "I can do {n}% with a two-year term. Let's not give it away for one year.",
         "Let's hold off. Ask what we get in return first."},
        {"Understood, I'll go back with the two-year option.", "Thanks, will confirm the date with them."},
    };
}

void loadFraming(DemoPhrases &p) {
    p.greetings = {"Hi {b},", "Hi {b},", "Hey {b},", "Hello {b},", "{b},", "Good morning {b},", "Hi {b} -"};
    p.groupGreetings = {"Hi all,", "Hello everyone,", "Hi team,", "Hi both,"};
    p.buyerGreetings = {"Hi {r},", "Hi {r},", "Hey {r},", "{r},", "Hello {r},", "Hi {r} -", "Morning {r},"};
    p.internalGreetings = {"Hi {m},", "{m},", "Hey {m},"};
    p.managerGreetings = {"{r},", "Hi {r},", "Hey {r},"};
    p.openers = {"Hope your week is off to a good start.", "Hope you had a good weekend.",
                 "Hope all is well at {c}.", "Hope the quarter is going well.",
                 "Hope things are good on your side."};
    p.asks = {"Let me know what you think.",
              "Happy to jump on a call if that's easier.",
              "Any questions, just shout.",
              "Looking forward to hearing from you.",
              "Talk soon.",
              "Let me know if I can help in the meantime."};
    p.repSignoffs = {"Best,\n{r}",   "Thanks,\n{r}", "Cheers,\n{r}",
                     "Thanks!\n{r}", "- {r}",        "Best regards,\n{r}"};
    p.repSignatures = {"Best,\n{R}\n{j} | {w}\n{h}", "Thanks,\n{R}\n{j}, {w}\n{h} | brightlane.io",
                       "Kind regards,\n{R}\n{j}\n{w} | {h}"};
    p.buyerSignoffs = {"Thanks,\n{b}",  "Best,\n{B}\n{T}, {c}", "{b}",
                       "Regards,\n{B}", "Cheers,\n{b}",         "Thanks,\n{B}\n{T} | {c}"};
    p.mobileSignoffs = {"Sent from my iPhone", "Sent from my phone, please excuse brevity",
                        "{b}\n\nSent from Outlook for iOS"};
    p.internalSignoffs = {"{r}", "Thanks, {r}", "Cheers"};
    p.managerSignoffs = {"{m}", "Thanks, {m}", "- {m}"};
}

void loadSingles(DemoPhrases &p) {
    p.nudges = {"Just bumping this up in case it got buried.",
                "Any update on your side?",
                "Wanted to float this back to the top of your inbox. Happy to answer any questions.",
                "Following up on my last note. Is {y} still realistic for a decision?",
                "Checking in again. If priorities have shifted, just let me know and I'll adjust.",
                "I know things get busy. Would a 15-minute call on {d} be easier than email?",
                "Circling back on this. {o} mentioned you'd have feedback by now; anything I can help with?",
                "Just making sure this didn't get lost. Let me know if someone else should own it now.",
                "Quick nudge on this one. I'm holding onboarding capacity for {y} and want to confirm it.",
                "I tried calling earlier. Is there a better time to reach you this week?"};
    p.breakups = {
        "I haven't heard back, so I assume priorities have changed. Should I close the file for now? No "
        "hard feelings either way.",
        "I don't want to keep filling your inbox. If now isn't the right time, just reply 'later' and "
        "I'll check back next quarter.",
        "Last note from me for now. If this is still a priority, I'm here; otherwise I'll close it out "
        "on my side."};
    p.prospectNudges = {
        "Following up on my note below. Worth a quick chat?",
        "Did this land at a bad time? Happy to reconnect next month instead.",
        "One more thought: teams your size usually feel {k} most at quarter end. Is that on your radar?",
        "Is improving forecast accuracy a priority for {c} this quarter?",
        "Should I be talking to someone else about this? Happy to be pointed in the right direction.",
        "Sharing a two-minute video of how managers use {w} on Monday mornings, in case it's useful.",
        "Trying one last time. If it's not a fit, no problem at all."};
    p.nudgeSubjects = {"Checking in", "Following up", "Any update?", "Quick follow-up", "Next steps?"};
    p.anchors = {"Thanks. Let me discuss internally with {o} and get back to you next week.",
                 "Got it, I'll review and circle back.",
                 "Thanks for sending. Things are hectic this week; I'll come back to you soon.",
                 "Received. I need to run this by {o} first.",
                 "Appreciate it. We'll review as a team and let you know.",
                 "Thanks. Give me a few days to get everyone aligned."};
    p.negativeReplies = {"This doesn't address our concerns. {o} is still unhappy with where this is.",
                         "We're disappointed. This is taking much longer than we were told.",
                         "I'm worried this won't work for us. The pricing is still a problem.",
                         "We keep running into problems, and the team is losing patience.",
                         "Unfortunately {o} has serious doubts and wants to pause the evaluation.",
                         "This is frustrating. The fix we were told about last week still hasn't happened.",
                         "I can't justify the cost right now, and the delays make it worse.",
                         "To be blunt, the pilot has been a struggle and the results are disappointing.",
                         "Sadly the numbers from the pilot are poor. This is hard to defend internally."};
    p.curtSignoffs = {"{b}", "Regards,\n{B}", "{B}\n{T}, {c}", "- {b}"};
    p.buyerAcks = {"Thanks, that's helpful.", "Great, thank you.", "Sounds good.", "Perfect, thanks!",
                   "Thanks, will take a look."};
}

} // namespace

void loadEmailText(DemoPhrases &phrases) {
    loadTopics(phrases);
    loadFraming(phrases);
    loadSingles(phrases);
}

} // namespace dp::demo
