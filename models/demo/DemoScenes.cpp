// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoScenes.h"

#include "demo/DemoCalendar.h"

#include <algorithm>

namespace dp::demo {
namespace {

constexpr quint64 kStoryStream = 7;

// An email body and its HTML twin, built paragraph by paragraph.
class Body final {
public:
    explicit Body(bool html)
        : m_wantHtml(html) {}

    void add(const Phrase &phrase, const Fill &fill) { add(nullptr, phrase, fill); }
    // lead, when given, starts the same paragraph ("Hope you had a good weekend. As promised…").
    void add(const Phrase *lead, const Phrase &phrase, const Fill &fill) {
        if (!m_text.isEmpty())
            m_text += QLatin1String("\n\n");
        const qsizetype from = m_text.size();
        if (lead) {
            lead->appendTo(m_text, fill);
            m_text += QLatin1Char(' ');
        }
        phrase.appendTo(m_text, fill);
        if (m_wantHtml)
            appendHtml(QStringView(m_text).mid(from));
    }

    // Text added as it is, after the paragraphs: the quoted history of a reply.
    void addVerbatim(const QString &text) {
        m_text += QLatin1String("\n\n");
        const qsizetype from = m_text.size();
        m_text += text;
        if (m_wantHtml)
            appendHtml(QStringView(m_text).mid(from));
    }

    QString takeText() { return std::move(m_text); }
    QString takeHtml() { return std::move(m_html); }

private:
    void appendHtml(QStringView paragraph) {
        m_html += QLatin1String("<p>");
        for (qsizetype i = 0; i < paragraph.size(); ++i) {
            const QChar c = paragraph[i];
            if (c == QLatin1Char('\n')) {
                const bool breakParagraph = i + 1 < paragraph.size() && paragraph[i + 1] == QLatin1Char('\n');
                m_html += breakParagraph ? QLatin1String("</p><p>") : QLatin1String("<br>");
                i += breakParagraph ? 1 : 0;
            } else if (c == QLatin1Char('<')) {
                m_html += QLatin1String("&lt;");
            } else if (c == QLatin1Char('>')) {
                m_html += QLatin1String("&gt;");
            } else if (c == QLatin1Char('&')) {
                m_html += QLatin1String("&amp;");
            } else {
                m_html += c;
            }
        }
        m_html += QLatin1String("</p>");
    }

    bool m_wantHtml;
    QString m_text;
    QString m_html;
};

const PersonInfo &engineerFor(const DemoCast &cast, Language language, Rng &rng) {
    const int romanian = cast.romanianEngineers;
    if (language == Language::Romanian && romanian < int(cast.engineers.size()))
        return cast.engineers[std::size_t(romanian + rng.below(int(cast.engineers.size()) - romanian))];
    return cast.engineers[std::size_t(rng.below(romanian > 0 ? romanian : int(cast.engineers.size())))];
}

// Romanian as a buyer types it: the cedilla letters of an old keyboard layout, or no diacritics at all.
QString typed(QString text, Diacritics diacritics) {
    if (diacritics == Diacritics::Proper)
        return text;
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (diacritics == Diacritics::Cedilla) {
            c = u == u'ș' ? u'ş' : u == u'Ș' ? u'Ş' : u == u'ț' ? u'ţ' : u == u'Ț' ? u'Ţ' : u;
            continue;
        }
        c = u == u'ș' || u == u'ş'   ? u's'
            : u == u'Ș' || u == u'Ş' ? u'S'
            : u == u'ț' || u == u'ţ' ? u't'
            : u == u'Ț' || u == u'Ţ' ? u'T'
            : u == u'ă' || u == u'â' ? u'a'
            : u == u'Ă' || u == u'Â' ? u'A'
            : u == u'î'              ? u'i'
            : u == u'Î'              ? u'I'
                                     : u;
    }
    return text;
}

} // namespace

Scenes::Scenes(const DemoCast &cast, const DemoPhrases &phrases, const DealOutline &outline, quint64 seed,
               Millis now)
    : m_cast(cast)
    , m_phrases(phrases.in(cast.accounts[std::size_t(outline.account)].language))
    , m_outline(outline)
    , m_account(cast.accounts[std::size_t(outline.account)])
    , m_language(m_account.language)
    , m_rep(cast.reps[std::size_t(outline.rep)])
    , m_manager(cast.reps[std::size_t(cast.teams[std::size_t(m_rep.team)].manager)])
    , m_now(now)
    , m_rng(Rng::stream(seed, kStoryStream, quint64(outline.number)))
    , m_tl(planTimeline(cast, outline, m_rng, now))
    , m_engineer(engineerFor(cast, m_language, m_rng))
    , m_parties(buyerAddresses(), {ourDomain()}) {
    chooseContacts();
    fillDealSlots();
}

QSet<QString> Scenes::buyerAddresses() const {
    QSet<QString> addresses;
    for (int c = 0; c < m_account.contactCount; ++c)
        addresses.insert(contact(m_account.firstContact + c).email);
    return addresses;
}

void Scenes::chooseContacts() {
    const int first = m_account.firstContact;
    const int count = m_account.contactCount;
    m_champion = first;
    std::vector<int> rest;
    for (int c = first + 1; c < first + count; ++c)
        rest.push_back(c);
    for (std::size_t k = rest.size(); k > 1; --k)
        std::swap(rest[k - 1], rest[std::size_t(m_rng.below(int(k)))]);

    int engaged = 1;
    switch (m_outline.scenario) {
    case Scenario::SingleThreaded:
    case Scenario::Slipping:
        break;
    case Scenario::NoInbound:
        engaged = m_rng.chance(0.4) ? 2 : 1;
        break;
    case Scenario::Healthy:
        engaged = m_rng.between(3, 4);
        break;
    default:
        engaged = m_rng.between(2, 4);
        break;
    }
    engaged = std::min(engaged, count);
    m_engaged.push_back(m_champion);
    for (std::size_t i = 0; i < rest.size(); ++i)
        (int(i) + 1 < engaged ? m_engaged : m_bystanders).push_back(rest[i]);
    std::sort(m_engaged.begin() + 1, m_engaged.end());

    // The colleague buyers mention ("I need to run this by {o}"): someone senior if there is one.
    m_senior = -1;
    for (int c = first + 1; c < first + count && m_senior < 0; ++c)
        if (contact(c).persona == Persona::Leader || contact(c).persona == Persona::Finance)
            m_senior = c;
    if (m_senior < 0 && count > 1)
        m_senior = first + 1;
    if (m_senior < 0) {
        m_seniorFirst = m_phrases.firstNames.pick(m_rng);
        m_seniorTitle = m_phrases.financeTitles.pick(m_rng);
    } else {
        m_seniorFirst = contact(m_senior).firstName;
        m_seniorTitle = contact(m_senior).title;
    }
}

void Scenes::fillDealSlots() {
    const QDate today = dateAt(m_now);
    m_fill.set(Slot::RepFirst, m_rep.firstName);
    m_fill.set(Slot::RepFull, m_rep.fullName);
    m_fill.set(Slot::RepTitle, m_rep.title);
    m_fill.set(Slot::RepPhone, m_rep.phone);
    m_fill.set(Slot::Company, m_account.shortName);
    m_fill.set(Slot::Product, m_phrases.products.pick(m_rng));
    m_fill.set(Slot::Seats, QString::number(m_tl.seats));
    m_fill.set(Slot::Amount, moneyText(m_tl.textAmount, m_account.currency, m_language));
    m_fill.set(Slot::Quarter, quarterLabel(today));
    m_fill.set(Slot::NextQuarter, quarterLabel(today.addMonths(3)));
    m_fill.set(Slot::Competitor, m_phrases.competitors.pick(m_rng));
    m_fill.set(Slot::Integration, m_phrases.integrations.pick(m_rng));
    m_fill.set(Slot::Discount, QString::number(m_tl.discount));
    m_fill.set(Slot::ManagerFirst, m_manager.firstName);
    m_fill.set(Slot::EngineerFirst, m_engineer.firstName);
    m_fill.set(Slot::Vendor, QStringLiteral("Brightlane"));
    m_fill.set(Slot::Pain, m_phrases.pains.pick(m_rng));
    m_fill.set(Slot::Goal, m_phrases.goals.pick(m_rng));
    m_repLabel = m_rep.fullName + QStringLiteral(" (Brightlane)");
    m_engineerLabel = m_engineer.fullName + QStringLiteral(" (Brightlane)");
}

void Scenes::setBuyer(int c) {
    const ContactInfo &buyer = contact(c);
    m_fill.set(Slot::BuyerFirst, buyer.firstName);
    m_fill.set(Slot::BuyerFull, buyer.fullName);
    m_fill.set(Slot::BuyerTitle, buyer.title);
    const bool championSpeaks = c == m_champion;
    m_fill.set(Slot::OtherFirst, championSpeaks ? m_seniorFirst : contact(m_champion).firstName);
    m_fill.set(Slot::OtherTitle, championSpeaks ? m_seniorTitle : contact(m_champion).title);
}

void Scenes::setMoment(Millis t) {
    const int today = weekdayOf(dayOf(t));
    m_fill.set(Slot::Weekday, weekdayName((std::min(today, 4) + m_rng.between(1, 3)) % 5, m_language));
    m_fill.set(Slot::TimeOfDay, m_phrases.timesOfDay.pick(m_rng));
    m_fill.set(Slot::Date, shortDate(dateAt(t + m_rng.between(5, 21) * kDay), m_language));
}

int Scenes::pickBuyer() {
    if (m_engaged.size() == 1 || m_rng.chance(0.6))
        return m_champion;
    return m_engaged[std::size_t(m_rng.between(1, int(m_engaged.size()) - 1))];
}

int Scenes::otherEngaged(int besides) {
    if (m_engaged.size() < 2)
        return -1;
    int pick = besides;
    while (pick == besides)
        pick = m_engaged[std::size_t(m_rng.below(int(m_engaged.size())))];
    return pick;
}

Interaction &Scenes::add(InteractionKind kind, Millis at) {
    Interaction &i = m_out.emplace_back();
    i.source = demoSource();
    i.kind = kind;
    i.occurredAt = at;
    i.dealRemoteIds = QStringList{m_outline.remoteId};
    return i;
}

void Scenes::repEmail(Millis at, const QString &subject, const Phrase &core, int to, int cc, bool ccColleague,
                      bool firstMessage) {
    setBuyer(to);
    setMoment(at);
    Body body(m_rep.htmlMail);
    body.add(cc >= 0 && m_rng.chance(0.4) ? m_phrases.groupGreetings.pick(m_rng)
                                          : m_phrases.greetings.pick(m_rng),
             m_fill);
    body.add(firstMessage && m_rng.chance(0.3) ? &m_phrases.openers.pick(m_rng) : nullptr, core, m_fill);
    if (m_rng.chance(0.45))
        body.add(m_phrases.asks.pick(m_rng), m_fill);
    body.add(m_rng.chance(0.35) ? m_phrases.repSignatures.pick(m_rng) : m_phrases.repSignoffs.pick(m_rng),
             m_fill);

    Interaction &i = add(InteractionKind::Email, at);
    i.subject = subject;
    i.bodyText = body.takeText();
    i.bodyHtml = body.takeHtml();
    i.fromAddress = m_rep.email;
    i.toAddresses.append(contact(to).email);
    linkContact(i, to);
    if (cc >= 0) {
        i.ccAddresses.append(contact(cc).email);
        linkContact(i, cc);
    }
    if (ccColleague)
        i.ccAddresses.append(m_rng.chance(0.7) ? m_engineer.email : m_manager.email);
    i.directionRule = DirectionRule::Addresses;
    i.direction = emailDirection(m_parties, i.fromAddress, i.toAddresses + i.ccAddresses);
}

void Scenes::buyerEmail(Millis at, const QString &subject, const Phrase &core, int from, int cc, bool sour,
                        const Sent *answered) {
    const ContactInfo &buyer = contact(from);
    setBuyer(from);
    setMoment(at);
    const bool onPhone = buyer.mobile && m_rng.chance(0.6);
    Body body(buyer.htmlMail && !onPhone);
    if (!onPhone || m_rng.chance(0.5))
        body.add(m_phrases.buyerGreetings.pick(m_rng), m_fill);
    body.add(core, m_fill);
    body.add(sour      ? m_phrases.curtSignoffs.pick(m_rng)
             : onPhone ? m_phrases.mobileSignoffs.pick(m_rng)
                       : m_phrases.buyerSignoffs.pick(m_rng),
             m_fill);
    // A Romanian buyer's reply carries our message below it, as most mail clients send it, so the demo
    // shows that only the buyer's own words are read.
    QString text = typed(body.takeText(), buyer.diacritics);
    QString html = typed(body.takeHtml(), buyer.diacritics);
    if (answered && m_language == Language::Romanian && m_rng.chance(0.7)) {
        Body quote(!html.isEmpty());
        quote.addVerbatim(romanianQuote(*answered, buyer));
        text += quote.takeText();
        html += quote.takeHtml();
    }

    Interaction &i = add(InteractionKind::Email, at);
    i.subject = subject;
    i.bodyText = std::move(text);
    i.bodyHtml = std::move(html);
    i.fromAddress = buyer.email;
    i.toAddresses.append(m_rep.email);
    linkContact(i, from);
    if (cc >= 0) {
        i.ccAddresses.append(contact(cc).email);
        linkContact(i, cc);
    }
    i.directionRule = DirectionRule::Addresses;
    i.direction = emailDirection(m_parties, i.fromAddress, i.toAddresses + i.ccAddresses);
    m_lastBuyer = from;
}

QString Scenes::romanianQuote(const Sent &answered, const ContactInfo &buyer) {
    // The time as the buyer's client shows it, in the buyer's zone.
    const Millis local = answered.at + m_account.utcOffset * kHour;
    const QDate date = dateAt(local);
    const Millis minutes = (local - dayOf(local) * kDay) / kMinute;
    const QString time = QStringLiteral("%1:%2")
                             .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                             .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QString weekday = weekdayName(weekdayOf(dayOf(local)), Language::Romanian);
    const QString month = shortDate(date, Language::Romanian).section(u' ', 1);
    const QString sender = answered.fromName + QStringLiteral(" <") + answered.fromAddress + QLatin1Char('>');
    auto quoted = [](const QString &body) {
        QString out;
        for (const QString &line : body.split(u'\n'))
            out += (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line) + QLatin1Char('\n');
        out.chop(1);
        return out;
    };
    switch (m_rng.below(3)) {
    case 0: // Gmail
        return QStringLiteral("În %1, %2 %3 %4 la %5, %6 a scris:\n")
                   .arg(weekday.left(3) + QLatin1Char('.'), QString::number(date.day()),
                        month.left(3) + QLatin1Char('.'), QString::number(date.year()), time, sender) +
               quoted(answered.bodyText);
    case 1: // Outlook
        return QStringLiteral("________________________________\nDe la: %1\nTrimis: %2, %3 %4 %5 %6\n"
                              "Către: %7 <%8>\nSubiect: %9\n\n")
                   .arg(sender, weekday, QString::number(date.day()), month, QString::number(date.year()),
                        time, buyer.fullName, buyer.email, answered.subject) +
               answered.bodyText;
    default: // Apple Mail
        return QStringLiteral("Pe %1 %2 %3, la %4, %5 a scris:\n")
                   .arg(QString::number(date.day()), month, QString::number(date.year()), time, sender) +
               quoted(answered.bodyText);
    }
}

void Scenes::internalEmail(Millis at, const QString &subject, const Phrase &core, bool fromManager) {
    setBuyer(m_champion);
    setMoment(at);
    Body body(false);
    body.add(fromManager ? m_phrases.managerGreetings.pick(m_rng) : m_phrases.internalGreetings.pick(m_rng),
             m_fill);
    body.add(core, m_fill);
    body.add(fromManager ? m_phrases.managerSignoffs.pick(m_rng) : m_phrases.internalSignoffs.pick(m_rng),
             m_fill);

    Interaction &i = add(InteractionKind::Email, at);
    i.subject = subject;
    i.bodyText = body.takeText();
    i.fromAddress = fromManager ? m_manager.email : m_rep.email;
    i.toAddresses.append(fromManager ? m_rep.email : m_manager.email);
    i.directionRule = DirectionRule::Addresses;
    i.direction = emailDirection(m_parties, i.fromAddress, i.toAddresses);
}

Millis Scenes::thread(Topic topic, Millis around, int turns, int buyer, bool colleaguesReply,
                      bool exactStart) {
    const TopicText &text = m_phrases.topic(topic);
    if (buyer < 0)
        buyer = pickBuyer();
    setBuyer(buyer);
    setMoment(around);
    const QString subject = text.subjects.pick(m_rng).expand(m_fill);
    const QString reply = replySubject(subject);
    Side side = text.opener;
    const bool internal = text.internal;
    auto offsetOf = [&](Side s) {
        return s == Side::Ours || internal ? m_rep.utcOffset : m_account.utcOffset;
    };
    Millis t = exactStart ? around : workingMoment(around, offsetOf(side), m_rng);
    Millis last = -1;
    bool buyerWasSour = false;
    Sent sent; // our last message in the thread
    for (int turn = 0; turn < turns; ++turn) {
        const bool ours = side == Side::Ours;
        if (turn > 0)
            t = replyMoment(t, 30 * kMinute, (turn == 1 ? 30 : 54) * kHour, offsetOf(side), m_rng);
        if (t > limit())
            break;
        const PhraseList &pool = turn == 0 ? text.opens : side == text.opener ? text.followUps : text.replies;
        const QString &title = turn == 0 ? subject : reply;
        if (internal) {
            internalEmail(t, title, pool.pick(m_rng), !ours);
        } else if (ours) {
            // After a negative reply the rep answers the concern, not the topic.
            const PhraseList &answer = buyerWasSour ? m_phrases.topic(Topic::Concern).replies : pool;
            repEmail(t, title, answer.pick(m_rng), buyer, ccFor(buyer), m_rng.chance(0.08), turn == 0);
            sent = {t, title, m_out.back().bodyText, m_rep.fullName, m_rep.email};
        } else {
            if (!buyerMayAct(t))
                break;
            // A colleague sometimes answers instead: threads reach several people.
            if (turn > 0 && colleaguesReply && m_engaged.size() > 1 && m_rng.chance(0.2))
                buyer = otherEngaged(buyer);
            const bool concern = topic == Topic::Concern; // negative by itself
            buyerWasSour = negativeAt(t) && !concern;
            buyerEmail(t, title, buyerWasSour ? m_phrases.negativeReplies.pick(m_rng) : pool.pick(m_rng),
                       buyer, ccFor(buyer), buyerWasSour || concern, sent.at >= 0 ? &sent : nullptr);
        }
        last = t;
        side = ours ? Side::Buyer : Side::Ours;
    }
    if (last >= 0 && !internal)
        m_lastSubject = subject;
    return last;
}

std::vector<int> Scenes::attendees(MeetingType type) {
    std::vector<int> who{m_champion};
    auto present = [&](int c) { return std::find(who.begin(), who.end(), c) != who.end(); };
    auto addPersona = [&](Persona persona) {
        for (int c : m_engaged)
            if (contact(c).persona == persona && !present(c)) {
                who.push_back(c);
                return;
            }
    };
    auto addAnyone = [&] {
        for (int tries = 0; tries < 4 && m_engaged.size() > who.size(); ++tries) {
            const int c = m_engaged[std::size_t(m_rng.below(int(m_engaged.size())))];
            if (!present(c)) {
                who.push_back(c);
                return;
            }
        }
    };
    switch (type) {
    case MeetingType::Discovery:
    case MeetingType::CheckIn:
        if (m_rng.chance(0.4))
            addAnyone();
        break;
    case MeetingType::Demo:
    case MeetingType::Kickoff:
        for (int n = m_rng.between(1, 3); n > 0; --n)
            addAnyone();
        break;
    case MeetingType::Technical:
    case MeetingType::Security:
        addPersona(Persona::Technical);
        break;
    case MeetingType::Pricing:
        addPersona(Persona::Finance);
        break;
    case MeetingType::Executive:
        addPersona(Persona::Leader);
        addPersona(Persona::Finance);
        break;
    case MeetingType::Legal:
        addPersona(Persona::Legal);
        break;
    case MeetingType::Count:
        break;
    }
    return who;
}

QString Scenes::agenda(const MeetingText &text) {
    QString out = QStringLiteral("Agenda:\n");
    const int n = text.agenda.size();
    const int items = std::min(n, m_rng.between(3, 5));
    const int start = m_rng.below(n);
    for (int k = 0; k < items; ++k) {
        out += QString::number(k + 1) + QLatin1String(". ");
        text.agenda.at((start + k) % n).appendTo(out, m_fill);
        out += QLatin1Char('\n');
    }
    out += m_language == Language::Romanian ? QLatin1String("\nLink: https://meet.brightlane.io/")
                                            : QLatin1String("\nJoin: https://meet.brightlane.io/");
    for (int k = 0; k < 12; ++k) // "abc-defg-hij", like a video call link
        out += k == 3 || k == 8 ? QLatin1Char('-') : QLatin1Char(char('a' + m_rng.below(26)));
    return out;
}

QString Scenes::buyerLabel(int c) const {
    return contact(c).fullName + QStringLiteral(" (") + m_account.shortName + QLatin1Char(')');
}

QString Scenes::transcript(const MeetingText &text, const std::vector<int> &who, bool engineer, bool negative,
                           int exchanges, bool call) {
    QString out;
    out.reserve(1600);
    auto say = [&](const QString &speaker, const Phrase &phrase) {
        out += speaker;
        out += QLatin1String(": ");
        phrase.appendTo(out, m_fill);
        out += QLatin1Char('\n');
    };
    const int ours = text.ourLines.size();
    const int theirs = text.buyerLines.size();
    const int ourStart = m_rng.below(ours);
    const int theirStart = m_rng.below(theirs);
    int theirUsed = 0;
    auto buyerLine = [&]() -> const Phrase & {
        if (theirUsed < theirs && !m_rng.chance(0.2))
            return text.buyerLines.at((theirStart + theirUsed++) % theirs);
        return m_phrases.genericBuyerLines.pick(m_rng);
    };
    exchanges = std::min(exchanges, ours);
    setBuyer(who.front());
    say(m_repLabel, call ? m_phrases.callOpeners.pick(m_rng) : m_phrases.transcriptOpeners.pick(m_rng));
    for (int e = 0; e < exchanges; ++e) {
        const QString &us = engineer && m_rng.chance(0.4) ? m_engineerLabel : m_repLabel;
        say(us, text.ourLines.at((ourStart + e) % ours));
        const int speaker = who[std::size_t(m_rng.below(int(who.size())))];
        setBuyer(speaker);
        say(buyerLabel(speaker),
            negative && m_rng.chance(0.6) ? m_phrases.negativeLines.pick(m_rng) : buyerLine());
        if (who.size() > 1 && m_rng.chance(0.3)) {
            const int second = who[std::size_t(m_rng.below(int(who.size())))];
            if (second != speaker) {
                setBuyer(second);
                say(buyerLabel(second), buyerLine());
            }
        }
        if (m_rng.chance(0.2))
            say(us, m_phrases.genericOurLines.pick(m_rng));
    }
    setBuyer(who.front());
    say(m_repLabel, call ? m_phrases.callClosers.pick(m_rng) : m_phrases.transcriptClosers.pick(m_rng));
    const PhraseList &last = negative ? m_phrases.negativeLines
                             : call   ? m_phrases.callBuyerClosers
                                      : m_phrases.buyerClosers;
    say(buyerLabel(who.front()), last.pick(m_rng));
    return out;
}

int Scenes::plannedMinutes(MeetingType type) {
    switch (type) {
    case MeetingType::Demo:
    case MeetingType::Technical:
    case MeetingType::Kickoff:
        return 60;
    case MeetingType::Security:
    case MeetingType::Pricing:
    case MeetingType::Legal:
        return 45;
    default:
        return 30;
    }
}

void Scenes::meeting(MeetingType type, Millis around, bool schedule) {
    const Millis at = meetingMoment(around, m_rep.utcOffset, m_rng);
    const bool future = at > m_now;
    if (future ? (!m_tl.futureMeetings || at > m_now + 21 * kDay) : at > limit())
        return;
    const std::vector<int> who = attendees(type);
    if (schedule) {
        const Millis ask = at - m_rng.between(1, 6) * kDay - m_rng.between(1, 8) * kHour;
        if (ask > m_tl.createdAt)
            thread(Topic::Scheduling, ask, m_rng.between(2, 3), who.front(), false);
    }

    QString outcome;
    if (future) {
        outcome = QStringLiteral("scheduled");
    } else if (!buyerMayAct(at)) {
        if (m_rng.chance(0.5)) // most meetings with a silent buyer never get booked at all
            return;
        outcome = m_rng.chance(0.6) ? QStringLiteral("no_show") : QStringLiteral("canceled");
    } else {
        const double roll = m_rng.real();
        outcome = roll < 0.88   ? QStringLiteral("completed")
                  : roll < 0.94 ? QStringLiteral("canceled")
                                : QStringLiteral("no_show");
    }
    const bool completed = outcome == QLatin1String("completed");

    const MeetingText &text = m_phrases.meeting(type);
    setBuyer(who.front());
    setMoment(at);
    const bool engineer =
        type == MeetingType::Demo || type == MeetingType::Technical || type == MeetingType::Security;
    const bool manager =
        type == MeetingType::Executive || (type == MeetingType::Pricing && m_rng.chance(0.3));
    Interaction i;
    i.source = demoSource();
    i.kind = InteractionKind::Meeting;
    i.occurredAt = at;
    i.dealRemoteIds = QStringList{m_outline.remoteId};
    i.subject = text.titles.pick(m_rng).expand(m_fill);
    i.bodyText = agenda(text);
    i.fromAddress = m_rep.email;
    for (int c : who) {
        i.toAddresses.append(contact(c).email);
        linkContact(i, c);
    }
    if (engineer)
        i.toAddresses.append(m_engineer.email);
    if (manager)
        i.toAddresses.append(m_manager.email);
    const int planned = plannedMinutes(type);
    if (completed) {
        i.durationSeconds = (planned + m_rng.between(-8, 10)) * 60;
        i.transcript = transcript(text, who, engineer, negativeAt(at), m_rng.between(3, 6), false);
    } else if (future) {
        i.durationSeconds = planned * 60;
    } else {
        if (outcome == QLatin1String("no_show"))
            i.durationSeconds = m_rng.between(5, 15) * 60;
        i.bodyText += QLatin1String("\n\n") + m_phrases.meetingNoShowNotes.pick(m_rng).expand(m_fill);
    }
    i.status = outcome;
    i.direction = meetingDirection(outcome, true);
    m_out.push_back(std::move(i));

    if (completed && m_rng.chance(0.7)) {
        const Topic recap = type == MeetingType::Discovery ? Topic::DiscoveryRecap
                            : type == MeetingType::Demo    ? Topic::DemoRecap
                                                           : Topic::MeetingRecap;
        thread(recap, at + planned * kMinute + m_rng.between(1, 20) * kHour, m_rng.between(1, 3),
               who.front());
    } else if (!completed && !future && m_rng.chance(0.6)) {
        thread(Topic::Reschedule, at + m_rng.between(1, 20) * kHour, m_rng.between(1, 2), who.front(), false);
    }
}

void Scenes::call(Millis around, bool attemptOnly) {
    const Millis at = workingMoment(around, m_rep.utcOffset, m_rng);
    if (at > limit())
        return;
    const int buyer = pickBuyer();
    setBuyer(buyer);
    setMoment(at);
    const bool reachable = !attemptOnly && buyerMayAct(at);
    const bool buyerCalled = reachable && m_rng.chance(0.12);
    // 0 completed, 1 voicemail, 2 no answer, 3 busy
    const int status = buyerCalled ? 0
                       : reachable ? m_rng.weighted(std::array{46, 24, 24, 6})
                                   : 1 + m_rng.weighted(std::array{50, 42, 8});
    static const std::array<QString, 4> kStatus{QStringLiteral("completed"), QStringLiteral("voicemail"),
                                                QStringLiteral("no_answer"), QStringLiteral("busy")};
    const PhraseList &notes = buyerCalled   ? m_phrases.callInbound
                              : status == 0 ? m_phrases.callCompleted
                              : status == 1 ? m_phrases.callVoicemail
                              : status == 2 ? m_phrases.callNoAnswer
                                            : m_phrases.callBusy;
    const PhraseList &subjects = buyerCalled   ? m_phrases.inboundCallSubjects
                                 : status == 0 ? m_phrases.callSubjects
                                               : m_phrases.attemptSubjects;
    Interaction &i = add(InteractionKind::Call, at);
    i.subject = subjects.pick(m_rng).expand(m_fill);
    i.bodyText = notes.pick(m_rng).expand(m_fill);
    i.status = kStatus[std::size_t(status)];
    i.durationSeconds = status == 0   ? m_rng.between(180, 2400)
                        : status == 1 ? m_rng.between(25, 95)
                        : status == 2 ? m_rng.between(15, 40)
                                      : m_rng.between(0, 5);
    i.fromAddress = buyerCalled ? contact(buyer).email : m_rep.email;
    i.toAddresses.append(buyerCalled ? m_rep.email : contact(buyer).email);
    linkContact(i, buyer);
    i.direction = callDirection(i.status, buyerCalled);
    if (status == 0 && m_rng.chance(0.45))
        i.transcript = transcript(m_phrases.meeting(MeetingType::CheckIn), {buyer}, false, negativeAt(at),
                                  m_rng.between(1, 3), true);
}

void Scenes::note(const PhraseList &pool, Millis around, const QDate &date) {
    const Millis at = workingMoment(around, m_rep.utcOffset, m_rng);
    if (at > limit())
        return;
    setBuyer(m_champion);
    setMoment(at);
    if (date.isValid())
        m_fill.set(Slot::Date, shortDate(date, m_language));
    Interaction &i = add(InteractionKind::Note, at);
    i.subject = m_phrases.noteSubjects.pick(m_rng).expand(m_fill);
    i.bodyText = pool.pick(m_rng).expand(m_fill);
    i.fromAddress = m_rep.email;
    i.direction = Direction::Internal; // notes are internal by definition (Direction.h)
}

void Scenes::nudges(Millis from, Millis to, int count, bool breakupLast) {
    const Millis end = std::min(to, limit());
    if (count <= 0 || end <= from)
        return;
    const int buyer = m_lastBuyer >= 0 ? m_lastBuyer : m_champion;
    setBuyer(buyer);
    const QString subject = replySubject(
        m_lastSubject.isEmpty() ? m_phrases.nudgeSubjects.pick(m_rng).expand(m_fill) : m_lastSubject);
    const int n = m_phrases.nudges.size();
    const int start = m_rng.below(n);
    const double span = double(end - from);
    for (int k = 0; k < count; ++k) {
        Millis t = workingMoment(from + Millis(span * (k + m_rng.uniform(0.15, 0.85)) / count),
                                 m_rep.utcOffset, m_rng);
        if (t > end)
            t = end - m_rng.between(1, 10) * kHour;
        if (t <= from)
            continue;
        const bool breakup = breakupLast && k == count - 1;
        repEmail(t, subject, breakup ? m_phrases.breakups.pick(m_rng) : m_phrases.nudges.at((start + k) % n),
                 buyer, -1, false);
        if (m_rng.chance(0.3))
            call(t + m_rng.between(1, 48) * kHour, true);
    }
}

void Scenes::anchor() {
    const int buyer = m_lastBuyer >= 0 ? m_lastBuyer : m_champion;
    setBuyer(buyer);
    const QString subject = m_lastSubject.isEmpty()
                                ? m_phrases.topic(Topic::Proposal).subjects.pick(m_rng).expand(m_fill)
                                : m_lastSubject;
    const bool sour = negativeAt(m_tl.inboundUntil);
    buyerEmail(m_tl.inboundUntil, replySubject(subject),
               sour ? m_phrases.negativeReplies.pick(m_rng) : m_phrases.anchors.pick(m_rng), buyer, -1, sour);
}

DealStory Scenes::finish() {
    DealStory story;
    story.deal = std::move(m_tl.deal);
    story.changes = std::move(m_tl.changes);
    std::stable_sort(m_out.begin(), m_out.end(),
                     [](const Interaction &a, const Interaction &b) { return a.occurredAt < b.occurredAt; });
    const QString number = QString::number(m_outline.number).rightJustified(6, QLatin1Char('0'));
    int sequence = 0;
    for (Interaction &i : m_out) {
        const char *prefix = i.kind == InteractionKind::Email     ? "email-"
                             : i.kind == InteractionKind::Meeting ? "meeting-"
                             : i.kind == InteractionKind::Call    ? "call-"
                                                                  : "note-";
        i.remoteId = QLatin1String(prefix) + number + QLatin1Char('-') +
                     QString::number(++sequence).rightJustified(4, QLatin1Char('0'));
    }
    story.interactions = std::move(m_out);

    static const QHash<int, QString> kRoles{
        {int(Persona::Champion), QStringLiteral("Champion")},
        {int(Persona::Leader), QStringLiteral("Decision Maker")},
        {int(Persona::Finance), QStringLiteral("Economic Buyer")},
        {int(Persona::Technical), QStringLiteral("Technical Evaluator")},
        {int(Persona::Legal), QStringLiteral("Legal")},
        {int(Persona::Procurement), QStringLiteral("Procurement")},
    };
    for (int c : m_engaged)
        story.roles.push_back({m_outline.remoteId, contact(c).remoteId, kRoles.value(int(contact(c).persona)),
                               c == m_champion});
    // Some contacts are on the deal in the CRM without ever taking part.
    for (int c : m_bystanders)
        if (m_rng.chance(0.3))
            story.roles.push_back(
                {m_outline.remoteId, contact(c).remoteId, QStringLiteral("Influencer"), false});
    return story;
}

} // namespace dp::demo
