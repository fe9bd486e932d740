// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The single scenes of a deal's story, written in the deal's voice and within its timeline: an email thread,
// a meeting with its invite, transcript and recap, a call, a note, a run of unanswered follow-ups. Which
// scenes a deal gets, and when, is the plot in DemoStory.cpp.

#include "demo/DemoCast.h"
#include "demo/DemoStory.h"
#include "demo/DemoTimeline.h"
#include "domain/Direction.h"

#include <vector>

namespace dp::demo {

inline QString replySubject(const QString &subject) {
    return subject.startsWith(QLatin1String("Re: ")) ? subject : QStringLiteral("Re: ") + subject;
}

class Scenes {
public:
    Scenes(const DemoCast &cast, const DemoPhrases &phrases, const DealOutline &outline, quint64 seed,
           Millis now);

protected:
    ~Scenes() = default;

    Millis limit() const { return std::min({m_now, m_tl.activityEnd, m_phaseEnd}); }
    int otherEngaged(int besides);
    void repEmail(Millis at, const QString &subject, const Phrase &core, int to, int cc, bool ccColleague,
                  bool firstMessage = false);
    // Our message a buyer answers, which a Romanian buyer's mail client quotes below the reply.
    struct Sent {
        Millis at = -1;
        QString subject;
        QString bodyText;
        QString fromName;
        QString fromAddress;
    };

    // An email thread alternating between the topic's opener and the other side. Buyer messages stop once
    // the buyer has gone quiet; nothing is written after the deal's activity ends. Returns the time of the
    // last message, or -1 when none was written.
    Millis thread(Topic topic, Millis around, int turns, int buyer = -1, bool colleaguesReply = true,
                  bool exactStart = false);
    void meeting(MeetingType type, Millis around, bool schedule);
    void call(Millis around, bool attemptOnly);
    void note(const PhraseList &pool, Millis around, const QDate &date = {});

    // Outbound follow-ups with no reply, spread over [from, to], each in the thread the buyer last saw.
    void nudges(Millis from, Millis to, int count, bool breakupLast);

    // The buyer's last words before going quiet, exactly at the end of their engagement.
    void anchor();
    DealStory finish();

    // The deal's cast, timeline and running state, shared with the plot.
    const DemoCast &m_cast;
    const DemoPhrases &m_phrases;
    const DealOutline &m_outline;
    const AccountInfo &m_account;
    const Language m_language; // the account's
    const PersonInfo &m_rep;
    const PersonInfo &m_manager;
    Millis m_now;
    Rng m_rng;
    DealTimeline m_tl;
    const PersonInfo &m_engineer;
    EmailParties m_parties;
    Fill m_fill;
    std::vector<int> m_engaged; // the champion first
    std::vector<int> m_bystanders;
    int m_champion = -1;
    int m_senior = -1;
    QString m_seniorFirst;
    QString m_seniorTitle;
    QString m_repLabel;
    QString m_engineerLabel;
    QString m_lastSubject;
    int m_lastBuyer = -1;
    Millis m_phaseEnd = kNever; // the current phase's threads stop here
    Millis m_closingAt = 0;     // closed deals: when the deciding email is written
    std::vector<Interaction> m_out;

private:
    const ContactInfo &contact(int index) const { return m_cast.contacts[std::size_t(index)]; }
    QSet<QString> buyerAddresses() const;
    void chooseContacts();
    void fillDealSlots();
    void setBuyer(int c);
    void setMoment(Millis t);
    bool buyerMayAct(Millis t) const { return t <= m_tl.inboundUntil; }
    bool negativeAt(Millis t) const { return t >= m_tl.negativeFrom; }
    int pickBuyer();
    Interaction &add(InteractionKind kind, Millis at);
    void linkContact(Interaction &i, int c) { i.contactRemoteIds.append(contact(c).remoteId); }
    // sour: an unhappy buyer signs off curtly, without the usual thanks.
    void buyerEmail(Millis at, const QString &subject, const Phrase &core, int from, int cc,
                    bool sour = false, const Sent *answered = nullptr);
    // The quoted history under a reply, as Gmail, Outlook or Apple Mail set in Romanian write it.
    QString romanianQuote(const Sent &answered, const ContactInfo &buyer);
    void internalEmail(Millis at, const QString &subject, const Phrase &core, bool fromManager);
    int ccFor(int buyer) { return m_rng.chance(0.2) ? otherEngaged(buyer) : -1; }
    std::vector<int> attendees(MeetingType type);
    QString agenda(const MeetingText &text);
    QString buyerLabel(int c) const;

    // Speaker turns. Topic lines are taken in a rotating order so none repeats within one transcript, with
    // some small talk mixed in; a call opens and closes differently from a meeting.
    QString transcript(const MeetingText &text, const std::vector<int> &who, bool engineer, bool negative,
                       int exchanges, bool call);
    static int plannedMinutes(MeetingType type);
};
} // namespace dp::demo
