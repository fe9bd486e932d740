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

// The Romanian overlay of each English file: "names.txt" → "names_ro.txt".
QString overlayName(const QString &name) {
    return QString(name).insert(name.lastIndexOf(u'.'), QLatin1String("_ro"));
}

// Reads the tables of one set of files into a DemoPhrases. An overlay's tables are optional: a table it
// does not have keeps the value the DemoPhrases already holds.
class TableReader final {
public:
    explicit TableReader(bool overlay)
        : m_overlay(overlay) {}

    void phrases(PhraseFile &file, const QString &table, PhraseList &target) const {
        if (m_overlay && !file.has(table))
            return;
        const QStringList entries = file.take(table);
        for (const QString &entry : entries) {
            if (const QString problem = slotProblem(entry); !problem.isEmpty())
                file.report(table, QStringLiteral("\"%1\": %2").arg(entry, problem));
        }
        target = PhraseList(entries);
    }

    void words(PhraseFile &file, const QString &table, WordList &target) const {
        if (m_overlay && !file.has(table))
            return;
        const QStringList entries = file.take(table);
        for (const QString &entry : entries) {
            if (entry.contains(u'{') || entry.contains(u'}'))
                file.report(table, QStringLiteral("\"%1\": words take no slots").arg(entry));
        }
        target = WordList(entries);
    }

    void topic(PhraseFile &file, const QString &name, TopicText &topic) const {
        const QString openerTable = name + QLatin1String(".opener");
        if (!m_overlay || file.has(openerTable)) {
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
        }
        phrases(file, name + QLatin1String(".subjects"), topic.subjects);
        phrases(file, name + QLatin1String(".opens"), topic.opens);
        phrases(file, name + QLatin1String(".replies"), topic.replies);
        phrases(file, name + QLatin1String(".followUps"), topic.followUps);
    }

    void meeting(PhraseFile &file, const QString &name, MeetingText &meeting) const {
        phrases(file, name + QLatin1String(".titles"), meeting.titles);
        phrases(file, name + QLatin1String(".agenda"), meeting.agenda);
        phrases(file, name + QLatin1String(".ourLines"), meeting.ourLines);
        phrases(file, name + QLatin1String(".buyerLines"), meeting.buyerLines);
    }

    // Every table of the five files; `open` gives the file of an English file name.
    template <typename Open> void readAll(DemoPhrases &p, Open open) const {
        PhraseFile names = open(kNames);
        for (const auto &[table, member] : kNameTables)
            words(names, QLatin1String(table), p.*member);
        names.reportUntaken();

        PhraseFile threads = open(kEmailThreads);
        for (std::size_t i = 0; i < p.topics.size(); ++i)
            topic(threads, QLatin1String(kTopicNames[i]), p.topics[i]);
        threads.reportUntaken();

        PhraseFile parts = open(kEmailParts);
        for (const auto &[table, member] : kEmailPartTables)
            phrases(parts, QLatin1String(table), p.*member);
        parts.reportUntaken();

        PhraseFile meetings = open(kMeetings);
        for (std::size_t i = 0; i < p.meetings.size(); ++i)
            meeting(meetings, QLatin1String(kMeetingNames[i]), p.meetings[i]);
        for (const auto &[table, member] : kTranscriptTables)
            phrases(meetings, QLatin1String(table), p.*member);
        meetings.reportUntaken();

        PhraseFile callsAndNotes = open(kCallsAndNotes);
        for (const auto &[table, member] : kCallAndNoteTables)
            phrases(callsAndNotes, QLatin1String(table), p.*member);
        callsAndNotes.reportUntaken();
    }

private:
    bool m_overlay;
};

} // namespace

QStringList DemoPhrases::fileNames() {
    const QStringList english{kNames, kEmailThreads, kEmailParts, kMeetings, kCallsAndNotes};
    QStringList all = english;
    for (const QString &name : english)
        all.append(overlayName(name));
    return all;
}

std::optional<DemoPhrases> DemoPhrases::fromTexts(const PhraseTexts &texts, QStringList &problems) {
    const qsizetype problemsBefore = problems.size();
    for (const auto &[name, text] : texts) {
        if (!fileNames().contains(name))
            problems.append(QStringLiteral("%1: not a file the demo reads").arg(name));
    }
    auto opener = [&](bool overlay) {
        return [&texts, &problems, overlay](const QString &englishName) {
            const QString name = overlay ? overlayName(englishName) : englishName;
            const auto it = texts.find(name);
            if (it == texts.end())
                problems.append(QStringLiteral("%1: missing").arg(name));
            return PhraseFile(name, it == texts.end() ? QString() : it->second, problems);
        };
    };

    DemoPhrases p;
    TableReader(false).readAll(p, opener(false));
    DemoPhrases romanian = p;
    TableReader(true).readAll(romanian, opener(true));
    if (problems.size() > problemsBefore)
        return std::nullopt;
    p.romanian = std::make_shared<const DemoPhrases>(std::move(romanian));
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
