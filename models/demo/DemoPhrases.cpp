// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPhrases.h"

#include "demo/DemoPhraseFile.h"

#include <QFile>

#include <utility>

namespace dp::demo {
namespace {

// A table of a file and the member it fills; the table is named as the member.
using WordTable = std::pair<const char *, WordList DemoPhrases::*>;
using PhraseTable = std::pair<const char *, PhraseList DemoPhrases::*>;
#define DP_DEMO_TABLE(member) std::pair(#member, &DemoPhrases::member)

constexpr WordTable kNameTables[] = {
    DP_DEMO_TABLE(firstNames),        DP_DEMO_TABLE(lastNames),       DP_DEMO_TABLE(companyHeads),
    DP_DEMO_TABLE(companyTails),      DP_DEMO_TABLE(industries),      DP_DEMO_TABLE(teamSegments),
    DP_DEMO_TABLE(teamRegions),       DP_DEMO_TABLE(products),        DP_DEMO_TABLE(integrations),
    DP_DEMO_TABLE(competitors),       DP_DEMO_TABLE(pains),           DP_DEMO_TABLE(goals),
    DP_DEMO_TABLE(timesOfDay),        DP_DEMO_TABLE(championTitles),  DP_DEMO_TABLE(leaderTitles),
    DP_DEMO_TABLE(financeTitles),     DP_DEMO_TABLE(technicalTitles), DP_DEMO_TABLE(legalTitles),
    DP_DEMO_TABLE(procurementTitles), DP_DEMO_TABLE(repTitles),       DP_DEMO_TABLE(managerTitles),
    DP_DEMO_TABLE(engineerTitles)};

constexpr PhraseTable kEmailPartTables[] = {DP_DEMO_TABLE(greetings),
                                            DP_DEMO_TABLE(groupGreetings),
                                            DP_DEMO_TABLE(buyerGreetings),
                                            DP_DEMO_TABLE(internalGreetings),
                                            DP_DEMO_TABLE(managerGreetings),
                                            DP_DEMO_TABLE(openers),
                                            DP_DEMO_TABLE(asks),
                                            DP_DEMO_TABLE(repSignoffs),
                                            DP_DEMO_TABLE(repSignatures),
                                            DP_DEMO_TABLE(buyerSignoffs),
                                            DP_DEMO_TABLE(mobileSignoffs),
                                            DP_DEMO_TABLE(internalSignoffs),
                                            DP_DEMO_TABLE(managerSignoffs),
                                            DP_DEMO_TABLE(nudges),
                                            DP_DEMO_TABLE(breakups),
                                            DP_DEMO_TABLE(prospectNudges),
                                            DP_DEMO_TABLE(nudgeSubjects),
                                            DP_DEMO_TABLE(anchors),
                                            DP_DEMO_TABLE(negativeReplies),
                                            DP_DEMO_TABLE(curtSignoffs),
                                            DP_DEMO_TABLE(buyerAcks)};

constexpr PhraseTable kTranscriptTables[] = {
    DP_DEMO_TABLE(transcriptOpeners), DP_DEMO_TABLE(transcriptClosers), DP_DEMO_TABLE(buyerClosers),
    DP_DEMO_TABLE(genericOurLines),   DP_DEMO_TABLE(genericBuyerLines), DP_DEMO_TABLE(callOpeners),
    DP_DEMO_TABLE(callClosers),       DP_DEMO_TABLE(callBuyerClosers),  DP_DEMO_TABLE(negativeLines)};

constexpr PhraseTable kCallAndNoteTables[] = {
    DP_DEMO_TABLE(callSubjects),      DP_DEMO_TABLE(inboundCallSubjects),
    DP_DEMO_TABLE(attemptSubjects),   DP_DEMO_TABLE(callCompleted),
    DP_DEMO_TABLE(callInbound),       DP_DEMO_TABLE(callVoicemail),
    DP_DEMO_TABLE(callNoAnswer),      DP_DEMO_TABLE(callBusy),
    DP_DEMO_TABLE(noteSubjects),      DP_DEMO_TABLE(notes),
    DP_DEMO_TABLE(riskNotes),         DP_DEMO_TABLE(pushNotes),
    DP_DEMO_TABLE(stalledNotes),      DP_DEMO_TABLE(prospectNotes),
    DP_DEMO_TABLE(coachingNotes),     DP_DEMO_TABLE(closeOutNotes),
    DP_DEMO_TABLE(meetingNoShowNotes)};

#undef DP_DEMO_TABLE

// Table name prefixes, in the order of the enums.
constexpr const char *kTopicNames[] = {"outreach",
                                       "inquiry",
                                       "discoveryRecap",
                                       "scheduling",
                                       "qualification",
                                       "demoRecap",
                                       "meetingRecap",
                                       "reschedule",
                                       "techQuestions",
                                       "securityReview",
                                       "resources",
                                       "checkIn",
                                       "championUpdate",
                                       "proposal",
                                       "priceObjection",
                                       "timingObjection",
                                       "integrationObjection",
                                       "legal",
                                       "procurement",
                                       "won",
                                       "kickoff",
                                       "lostCompetitor",
                                       "lostBudget",
                                       "lostTiming",
                                       "stalledCheckIn",
                                       "concern",
                                       "internalReview",
                                       "internalDiscount"};
static_assert(std::size(kTopicNames) == std::size_t(Topic::Count));

constexpr const char *kMeetingNames[] = {"discovery", "demo",  "technical", "security", "pricing",
                                         "executive", "legal", "checkIn",   "kickoff"};
static_assert(std::size(kMeetingNames) == std::size_t(MeetingType::Count));

const QString kNames = QStringLiteral("names.txt");
const QString kEmailThreads = QStringLiteral("email-threads.txt");
const QString kEmailParts = QStringLiteral("email-parts.txt");
const QString kMeetings = QStringLiteral("meetings.txt");
const QString kCallsAndNotes = QStringLiteral("calls-and-notes.txt");

PhraseList phrases(PhraseFile &file, const QString &table) {
    const QStringList entries = file.take(table);
    for (const QString &entry : entries) {
        if (const QString problem = slotProblem(entry); !problem.isEmpty())
            file.report(table, QStringLiteral("\"%1\": %2").arg(entry, problem));
    }
    return PhraseList(entries);
}

WordList words(PhraseFile &file, const QString &table) {
    const QStringList entries = file.take(table);
    for (const QString &entry : entries) {
        if (entry.contains(u'{') || entry.contains(u'}'))
            file.report(table, QStringLiteral("\"%1\": words take no slots").arg(entry));
    }
    return WordList(entries);
}

void readTopic(PhraseFile &file, const QString &name, TopicText &topic) {
    const QString openerTable = name + QLatin1String(".opener");
    const QStringList opener = file.take(openerTable);
    if (opener == QStringList{QStringLiteral("ours")}) {
        topic.opener = Side::Ours;
    } else if (opener == QStringList{QStringLiteral("buyer")}) {
        topic.opener = Side::Buyer;
    } else if (opener == QStringList{QStringLiteral("internal")}) {
        topic.opener = Side::Ours;
        topic.internal = true;
    } else if (!opener.isEmpty()) {
        file.report(openerTable, QStringLiteral("one entry: ours, buyer or internal"));
    }
    topic.subjects = phrases(file, name + QLatin1String(".subjects"));
    topic.opens = phrases(file, name + QLatin1String(".opens"));
    topic.replies = phrases(file, name + QLatin1String(".replies"));
    topic.followUps = phrases(file, name + QLatin1String(".followUps"));
}

void readMeeting(PhraseFile &file, const QString &name, MeetingText &meeting) {
    meeting.titles = phrases(file, name + QLatin1String(".titles"));
    meeting.agenda = phrases(file, name + QLatin1String(".agenda"));
    meeting.ourLines = phrases(file, name + QLatin1String(".ourLines"));
    meeting.buyerLines = phrases(file, name + QLatin1String(".buyerLines"));
}

} // namespace

QStringList DemoPhrases::fileNames() {
    return {kNames, kEmailThreads, kEmailParts, kMeetings, kCallsAndNotes};
}

std::optional<DemoPhrases> DemoPhrases::fromTexts(const PhraseTexts &texts, QStringList &problems) {
    const qsizetype problemsBefore = problems.size();
    for (const auto &[name, text] : texts) {
        if (!fileNames().contains(name))
            problems.append(QStringLiteral("%1: not a file the demo reads").arg(name));
    }
    auto open = [&](const QString &name) {
        const auto it = texts.find(name);
        if (it == texts.end())
            problems.append(QStringLiteral("%1: missing").arg(name));
        return PhraseFile(name, it == texts.end() ? QString() : it->second, problems);
    };

    DemoPhrases p;
    PhraseFile names = open(kNames);
    for (const auto &[table, member] : kNameTables)
        p.*member = words(names, QLatin1String(table));
    names.reportUntaken();

    PhraseFile threads = open(kEmailThreads);
    for (std::size_t i = 0; i < p.topics.size(); ++i)
        readTopic(threads, QLatin1String(kTopicNames[i]), p.topics[i]);
    threads.reportUntaken();

    PhraseFile parts = open(kEmailParts);
    for (const auto &[table, member] : kEmailPartTables)
        p.*member = phrases(parts, QLatin1String(table));
    parts.reportUntaken();

    PhraseFile meetings = open(kMeetings);
    for (std::size_t i = 0; i < p.meetings.size(); ++i)
        readMeeting(meetings, QLatin1String(kMeetingNames[i]), p.meetings[i]);
    for (const auto &[table, member] : kTranscriptTables)
        p.*member = phrases(meetings, QLatin1String(table));
    meetings.reportUntaken();

    PhraseFile callsAndNotes = open(kCallsAndNotes);
    for (const auto &[table, member] : kCallAndNoteTables)
        p.*member = phrases(callsAndNotes, QLatin1String(table));
    callsAndNotes.reportUntaken();

    if (problems.size() > problemsBefore)
        return std::nullopt;
    return p;
}

const DemoPhrases &DemoPhrases::builtin() {
    // A function-local static is built once even when several threads ask at the same time.
    static const DemoPhrases phrases = [] {
        PhraseTexts texts;
        for (const QString &name : fileNames()) {
            QFile file(QStringLiteral(":/demo/") + name);
            if (file.open(QIODevice::ReadOnly))
                texts[name] = QString::fromUtf8(file.readAll());
        }
        QStringList problems;
        std::optional<DemoPhrases> read = fromTexts(texts, problems);
        if (!read)
            qFatal("dealpulse.demo: the embedded phrase tables are broken:\n%s",
                   qPrintable(problems.join(u'\n')));
        return std::move(*read);
    }();
    return phrases;
}

} // namespace dp::demo
