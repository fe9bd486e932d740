// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The people and companies of the demo and each deal's outline: which scenario it plays, whose deal it is
// and with which account. Built up front in one sequential pass so that names and addresses stay unique and
// the same seed always gives the same cast.

#include "demo/DemoPhrases.h"

#include <QString>
#include <vector>

namespace dp::demo {

inline QString demoSource() {
    return QStringLiteral("demo");
}
inline QString ourDomain() {
    return QStringLiteral("brightlane.io");
}

// What a deal's story shows on the dashboard. Open scenarios first, then the closed ones.
enum class Scenario : quint8 {
    Healthy,        // recent inbound from several contacts, stage moving
    DarkShort,      // last buyer inbound about 15 days ago
    DarkMedium,     // about 25 days
    DarkLong,       // about 35 days
    DarkVeryLong,   // about 60 days
    NoInbound,      // the buyer never answered
    Chasing,        // dark for a month while the rep sends nudge after nudge
    SingleThreaded, // only one buyer contact ever engages
    Stalled,        // stuck in its stage for months, buyer still politely replying
    Souring,        // the buyer's recent mails turn negative
    Slipping,       // several warning signs at once: one contact left, quiet for two weeks, pushed, stuck
    Won,
    LostCompetitor,
    LostNoDecision, // went dark, then closed lost
    LostBudget,
    LostTiming,
};

inline bool isOpen(Scenario s) {
    return s < Scenario::Won;
}
// The buyer's engagement ends at a planned moment, after which only our side acts.
inline bool goesQuiet(Scenario s) {
    return s == Scenario::DarkShort || s == Scenario::DarkMedium || s == Scenario::DarkLong ||
           s == Scenario::DarkVeryLong || s == Scenario::Chasing || s == Scenario::LostNoDecision ||
           s == Scenario::Slipping;
}

enum class ForecastStyle : quint8 { Balanced, Sandbagger, Optimist };
enum class Persona : quint8 { Champion, Leader, Finance, Technical, Legal, Procurement };

struct TeamInfo {
    QString remoteId;
    QString name;
    int manager = -1; // index into DemoCast::reps
    int utcOffset = -5;
    Language language = Language::English;
};

// How a buyer types Romanian: with the comma-below letters (ș ț), with the older cedilla forms (ş ţ) an
// old keyboard layout gives, or without any diacritics, as many people do in a hurry.
enum class Diacritics : quint8 { Proper, Cedilla, None };

// One of our people: a rep, a manager (both owners) or a solutions engineer (not an owner).
struct PersonInfo {
    QString remoteId;
    QString firstName;
    QString lastName;
    QString fullName;
    QString email;
    QString title;
    QString phone;
    int team = -1;
    int utcOffset = -5;
    bool isManager = false;
    bool htmlMail = false;
    ForecastStyle style = ForecastStyle::Balanced;
    int dealWeight = 10;
};

struct ContactInfo {
    QString remoteId;
    QString firstName;
    QString lastName;
    QString fullName;
    QString email;
    QString title;
    Persona persona = Persona::Champion;
    bool htmlMail = false;
    bool mobile = false; // often answers from a phone
    Diacritics diacritics = Diacritics::Proper;
};

struct AccountInfo {
    QString remoteId;
    QString name;
    QString shortName; // how people refer to the company in conversation
    QString domain;
    QString currency;
    int firstContact = 0; // index into DemoCast::contacts
    int contactCount = 0;
    int utcOffset = -5;
    int owner = -1; // the rep who opened the account
    Language language = Language::English;
};

enum class DealType : quint8 { NewBusiness, Expansion };

struct DealOutline {
    int number = 0;
    QString remoteId;
    Scenario scenario = Scenario::Healthy;
    DealType type = DealType::NewBusiness;
    int rep = -1;
    int account = -1;
};

// Every fifth deal is the Romanian team's. The other deals are drawn exactly as they were before that team
// joined the demo, so the English teams keep their stories.
inline bool isRomanianDeal(int number) {
    return number % 5 == 0;
}

struct DemoCast {
    std::vector<TeamInfo> teams;       // the English teams, then the Romanian ones
    std::vector<PersonInfo> reps;      // managers included (isManager)
    std::vector<PersonInfo> engineers; // the English-speaking ones, then from romanianEngineers on
    int romanianEngineers = 0;
    std::vector<AccountInfo> accounts;
    std::vector<ContactInfo> contacts;
    std::vector<DealOutline> deals;
};

DemoCast buildCast(const DemoPhrases &phrases, quint64 seed, int dealCount);

// "Zoë Åberg" → "zoe", "aberg": letters a–z only, for email addresses and domains.
QString asciiWord(const QString &text);

} // namespace dp::demo
