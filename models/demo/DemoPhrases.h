// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the demo cache says: names, companies, and the phrase tables for sales emails, meetings,
// calls and notes. The tables are text files in resources/demo, compiled into the application and read
// once, the first time a demo is generated. The Romanian team's tables are files of the same names ending
// in _ro, laid over the English ones.

#include "demo/DemoLanguage.h"
#include "demo/DemoPhrase.h"

#include <QStringList>

#include <array>
#include <map>
#include <memory>
#include <optional>

namespace dp::demo {

enum class Side : quint8 { Ours, Buyer };

// Email threads a deal can contain. Each has an opener side and phrases for both sides.
enum class Topic : quint8 {
    Outreach,
    Inquiry,
    DiscoveryRecap,
    Scheduling,
    Qualification,
    DemoRecap,
    MeetingRecap,
    Reschedule,
    TechQuestions,
    SecurityReview,
    Resources,
    CheckIn,
    ChampionUpdate,
    Proposal,
    PriceObjection,
    TimingObjection,
    IntegrationObjection,
    Legal,
    Procurement,
    Won,
    Kickoff,
    LostCompetitor,
    LostBudget,
    LostTiming,
    StalledCheckIn,
    Concern,
    InternalReview,
    InternalDiscount,
    Count
};

struct TopicText {
    Side opener = Side::Ours;
    bool internal = false; // between the rep and their manager, no buyer on it
    PhraseList subjects;
    PhraseList opens;     // the opener's first message
    PhraseList replies;   // the other side's answers
    PhraseList followUps; // the opener's later messages
};

enum class MeetingType : quint8 {
    Discovery,
    Demo,
    Technical,
    Security,
    Pricing,
    Executive,
    Legal,
    CheckIn,
    Kickoff,
    Count
};

struct MeetingText {
    PhraseList titles;
    PhraseList agenda;
    PhraseList ourLines; // said by the rep or the solutions engineer
    PhraseList buyerLines;
};

// The texts of the phrase files, by file name.
using PhraseTexts = std::map<QString, QString>;

struct DemoPhrases {
    // The tables compiled into the application, read and checked on first use, from any thread. A table
    // that is missing or malformed is a programming error: the program stops with every problem listed.
    static const DemoPhrases &builtin();
    // Reads the tables from the files' texts. Every problem found (file, line, what is wrong) is added to
    // `problems`, and then nothing is returned.
    static std::optional<DemoPhrases> fromTexts(const PhraseTexts &texts, QStringList &problems);
    // The files the tables are read from, as keys of PhraseTexts and names under :/demo: the English
    // ones, then their Romanian overlays.
    static QStringList fileNames();

    // The tables in a language. The Romanian ones are the English tables with those of the _ro files laid
    // over them: a table the _ro files leave out (brand names, products) is the English one.
    const DemoPhrases &in(Language language) const {
        return language == Language::Romanian && romanian ? *romanian : *this;
    }

    const TopicText &topic(Topic t) const { return topics[std::size_t(t)]; }
    const MeetingText &meeting(MeetingType t) const { return meetings[std::size_t(t)]; }

    std::array<TopicText, std::size_t(Topic::Count)> topics;
    std::array<MeetingText, std::size_t(MeetingType::Count)> meetings;

    // Framing around an email's core.
    PhraseList greetings, groupGreetings, buyerGreetings, internalGreetings, managerGreetings;
    PhraseList openers, asks, repSignoffs, repSignatures, buyerSignoffs, curtSignoffs, mobileSignoffs,
        internalSignoffs, managerSignoffs;
    // Single messages outside a topic's flow.
    PhraseList nudges, prospectNudges, breakups, anchors, negativeReplies, buyerAcks, nudgeSubjects;
    // Transcripts.
    PhraseList transcriptOpeners, transcriptClosers, buyerClosers, negativeLines, genericOurLines,
        genericBuyerLines;
    PhraseList callOpeners, callClosers, callBuyerClosers;
    // Calls.
    PhraseList callSubjects, inboundCallSubjects, attemptSubjects;
    PhraseList callCompleted, callInbound, callVoicemail, callNoAnswer, callBusy;
    // Internal notes.
    PhraseList noteSubjects, notes, riskNotes, pushNotes, stalledNotes, prospectNotes, coachingNotes,
        closeOutNotes;
    PhraseList meetingNoShowNotes;

    // Words.
    WordList firstNames, lastNames, companyHeads, companyTails, industries, teamSegments, teamRegions;
    WordList products, integrations, competitors, pains, goals, timesOfDay;
    WordList championTitles, leaderTitles, financeTitles, technicalTitles, legalTitles, procurementTitles;
    WordList repTitles, managerTitles, engineerTitles;

    std::shared_ptr<const DemoPhrases> romanian; // set on the English tables only
};

} // namespace dp::demo
