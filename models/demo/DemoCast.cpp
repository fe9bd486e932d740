// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCast.h"

#include <QSet>

#include <algorithm>

namespace dp::demo {
namespace {

enum Purpose : quint64 {
    kTeamsStream = 1,
    kAccountsStream,
    kDealsStream,
    kRomanianTeamsStream,
    kRomanianDealsStream
};

// One round of scenarios, shuffled per round: every pattern the dashboard must catch appears in every 40
// deals, and open deals are about 45% of the pipeline.
constexpr std::array<std::pair<Scenario, int>, 16> kDeck{{
    {Scenario::Healthy, 4},
    {Scenario::DarkShort, 1},
    {Scenario::DarkMedium, 2},
    {Scenario::DarkLong, 1},
    {Scenario::DarkVeryLong, 1},
    {Scenario::NoInbound, 1},
    {Scenario::Chasing, 1},
    {Scenario::SingleThreaded, 2},
    {Scenario::Stalled, 2},
    {Scenario::Souring, 2},
    {Scenario::Slipping, 2},
    {Scenario::Won, 8},
    {Scenario::LostCompetitor, 5},
    {Scenario::LostNoDecision, 3},
    {Scenario::LostBudget, 3},
    {Scenario::LostTiming, 2},
}};

QString padded(int value, int width) {
    return QString::number(value).rightJustified(width, QLatin1Char('0'));
}

int regionOffset(const QString &region) {
    static const QSet<QString> pacific{QStringLiteral("West"), QStringLiteral("Pacific"),
                                       QStringLiteral("Southwest")};
    static const QSet<QString> mountain{QStringLiteral("Mountain")};
    static const QSet<QString> central{QStringLiteral("Central"), QStringLiteral("Great Lakes"),
                                       QStringLiteral("Gulf"), QStringLiteral("South"),
                                       QStringLiteral("North")};
    static const QSet<QString> uk{QStringLiteral("EMEA"), QStringLiteral("UK & Ireland"),
                                  QStringLiteral("Iberia")};
    static const QSet<QString> europe{QStringLiteral("DACH"), QStringLiteral("Nordics"),
                                      QStringLiteral("Benelux"), QStringLiteral("France")};
    if (pacific.contains(region))
        return -8;
    if (mountain.contains(region))
        return -7;
    if (central.contains(region))
        return -6;
    if (uk.contains(region))
        return 0;
    if (europe.contains(region))
        return 1;
    return -5;
}

// Team sizes of four to six reps; small pipelines get evenly sized teams.
std::vector<int> teamSizes(int reps, Rng &rng) {
    std::vector<int> sizes;
    if (reps <= 15) {
        const int teams = std::max(1, (reps * 2 + 4) / 9); // round(reps / 4.5)
        for (int i = 0; i < teams; ++i)
            sizes.push_back(reps / teams + (i < reps % teams ? 1 : 0));
        return sizes;
    }
    int remaining = reps;
    while (remaining >= 10) {
        const int size = rng.between(4, 6);
        sizes.push_back(size);
        remaining -= size;
    }
    if (remaining <= 6) {
        sizes.push_back(remaining);
    } else {
        sizes.push_back(remaining / 2);
        sizes.push_back(remaining - remaining / 2);
    }
    return sizes;
}

class CastBuilder final {
public:
    CastBuilder(const DemoPhrases &phrases, quint64 seed)
        : m_phrases(phrases)
        , m_romanian(phrases.in(Language::Romanian))
        , m_seed(seed) {}

    DemoCast build(int dealCount) {
        const int reps = std::max(3, (dealCount + 25) / 50);
        buildTeams(reps);
        buildRomanianTeams(std::max(3, (reps + 2) / 4));
        buildDeals(dealCount);
        return std::move(m_cast);
    }

private:
    QString uniqueOurEmail(const QString &first, const QString &last) {
        const QString base = asciiWord(first) + QLatin1Char('.') + asciiWord(last);
        QString local = base;
        for (int n = 2; m_ourAddresses.contains(local); ++n)
            local = base + QString::number(n);
        m_ourAddresses.insert(local);
        return local + QLatin1Char('@') + ourDomain();
    }

    PersonInfo person(Rng &rng, const WordList &titles, int team, int utcOffset) {
        return person(rng, m_phrases, titles, team, utcOffset);
    }
    PersonInfo person(Rng &rng, const DemoPhrases &phrases, const WordList &titles, int team, int utcOffset) {
        PersonInfo p;
        p.firstName = phrases.firstNames.pick(rng);
        p.lastName = phrases.lastNames.pick(rng);
        p.fullName = p.firstName + QLatin1Char(' ') + p.lastName;
        p.email = uniqueOurEmail(p.firstName, p.lastName);
        p.title = titles.pick(rng);
        p.team = team;
        p.utcOffset = utcOffset;
        p.htmlMail = rng.chance(0.5);
        p.phone = &phrases == &m_romanian ? QStringLiteral("+40 21 310 ") + padded(rng.below(10000), 4)
                  : utcOffset >= 0        ? QStringLiteral("+44 20 7946 0") + padded(rng.below(1000), 3)
                                          : QStringLiteral("+1 (415) 555-01") + padded(rng.below(100), 2);
        return p;
    }

    // The Romanian teams come after the English ones, from a random stream of their own, so the English
    // teams are drawn as they were before. Owner numbers continue after the English teams'.
    void buildRomanianTeams(int repCount) {
        Rng rng = Rng::stream(m_seed, kRomanianTeamsStream);
        const std::vector<int> sizes = teamSizes(repCount, rng);
        const WordList &segments = m_romanian.teamSegments;
        const WordList &regions = m_romanian.teamRegions;
        const std::size_t firstRep = m_cast.reps.size();
        const int firstTeam = int(m_cast.teams.size());
        for (std::size_t t = 0; t < sizes.size(); ++t) {
            const int i = int(t);
            const int team = firstTeam + i;
            TeamInfo info;
            info.remoteId = QStringLiteral("team-") + padded(team + 1, 4);
            info.name = segments.at(i % segments.size()) + QLatin1Char(' ') + regions.at(i % regions.size());
            if (i >= regions.size())
                info.name += QLatin1Char(' ') + QString::number(i / regions.size() + 1);
            info.utcOffset = 2;
            info.language = Language::Romanian;

            PersonInfo manager = person(rng, m_romanian, m_romanian.managerTitles, team, info.utcOffset);
            manager.isManager = true;
            info.manager = int(m_cast.reps.size());
            m_cast.reps.push_back(manager);
            for (int r = 0; r < sizes[t]; ++r) {
                PersonInfo rep = person(rng, m_romanian, m_romanian.repTitles, team, info.utcOffset);
                rep.style = ForecastStyle(rng.weighted(std::array{60, 20, 20}));
                rep.dealWeight = rng.between(6, 14);
                m_cast.reps.push_back(rep);
            }
            m_cast.teams.push_back(info);
        }
        int number = int(firstRep);
        for (std::size_t k = firstRep; k < m_cast.reps.size(); ++k) {
            PersonInfo &p = m_cast.reps[k];
            p.remoteId = QStringLiteral("owner-") + padded(++number, 5);
            if (!p.isManager) {
                m_romanianReps.push_back(int(k));
                m_romanianWeights.push_back(p.dealWeight);
            }
        }
        m_cast.romanianEngineers = int(m_cast.engineers.size());
        for (int i = 0; i < std::max(1, repCount / 5); ++i)
            m_cast.engineers.push_back(person(rng, m_romanian, m_romanian.engineerTitles, -1, 2));
    }

    void buildTeams(int repCount) {
        Rng rng = Rng::stream(m_seed, kTeamsStream);
        const std::vector<int> sizes = teamSizes(repCount, rng);
        const WordList &segments = m_phrases.teamSegments;
        const WordList &regions = m_phrases.teamRegions;
        for (std::size_t t = 0; t < sizes.size(); ++t) {
            const int i = int(t);
            // Distinct (segment, region) pairs for the first 100 teams, numbered after that.
            const QString &region = regions.at(i % regions.size());
            TeamInfo team;
            team.remoteId = QStringLiteral("team-") + padded(i + 1, 4);
            team.name = segments.at((i / regions.size() + i) % segments.size()) + QLatin1Char(' ') + region;
            if (i >= segments.size() * regions.size())
                team.name += QLatin1Char(' ') + QString::number(i / (segments.size() * regions.size()) + 1);
            team.utcOffset = regionOffset(region);

            PersonInfo manager = person(rng, m_phrases.managerTitles, i, team.utcOffset);
            manager.isManager = true;
            team.manager = int(m_cast.reps.size());
            m_cast.reps.push_back(manager);
            for (int r = 0; r < sizes[t]; ++r) {
                PersonInfo rep = person(rng, m_phrases.repTitles, i, team.utcOffset);
                const int style = rng.weighted(std::array{60, 20, 20});
                rep.style = ForecastStyle(style);
                rep.dealWeight = rng.between(6, 14);
                m_cast.reps.push_back(rep);
            }
            m_cast.teams.push_back(team);
        }
        int number = 0;
        for (PersonInfo &p : m_cast.reps) {
            p.remoteId = QStringLiteral("owner-") + padded(++number, 5);
            if (!p.isManager) {
                m_repIndices.push_back(int(&p - m_cast.reps.data()));
                m_repWeights.push_back(p.dealWeight);
            }
        }
        const int engineers = std::max(2, repCount / 5);
        for (int i = 0; i < engineers; ++i)
            m_cast.engineers.push_back(person(rng, m_phrases.engineerTitles, -1, -6));
    }

    int pickRep(Rng &rng) { return m_repIndices[std::size_t(rng.weighted(m_repWeights))]; }

    QString uniqueCompanyName(Rng &rng, const DemoPhrases &p, QString &shortName) {
        for (int attempt = 0;; ++attempt) {
            const QString head = p.companyHeads.pick(rng);
            const QString coined = head + p.companyTails.pick(rng);
            const int form = rng.weighted(std::array{60, 25, 15});
            QString name;
            if (form == 0) {
                name = coined + QLatin1Char(' ') + p.industries.pick(rng);
                shortName = coined;
            } else if (form == 1) {
                name = coined;
                shortName = coined;
            } else {
                name = head + QLatin1Char(' ') + p.industries.pick(rng);
                shortName = name;
            }
            if (attempt > 40) // crowded at very large sizes: number the rest
                name += QLatin1Char(' ') + QString::number(attempt);
            if (!m_companyNames.contains(name)) {
                m_companyNames.insert(name);
                return name;
            }
        }
    }

    QString domainFor(const QString &name, const QString &currency, Rng &rng, bool romanian = false) {
        QString stem;
        for (const QString &word : name.split(QLatin1Char(' ')))
            stem += asciiWord(word);
        static const std::array kUsTlds{".com", ".com", ".com", ".com", ".com", ".io", ".co", ".net"};
        static const std::array kEuTlds{".de", ".fr", ".nl", ".eu", ".com"};
        const char *tld = romanian                           ? ".ro"
                          : currency == QLatin1String("GBP") ? ".co.uk"
                          : currency == QLatin1String("EUR") ? rng.pick(kEuTlds)
                                                             : rng.pick(kUsTlds);
        QString domain = stem + QLatin1String(tld);
        for (int n = 2; m_domains.contains(domain); ++n)
            domain = stem + QString::number(n) + QLatin1String(tld);
        m_domains.insert(domain);
        return domain;
    }

    static const WordList &titlesFor(const DemoPhrases &phrases, Persona persona) {
        switch (persona) {
        case Persona::Champion:
            return phrases.championTitles;
        case Persona::Leader:
            return phrases.leaderTitles;
        case Persona::Finance:
            return phrases.financeTitles;
        case Persona::Technical:
            return phrases.technicalTitles;
        case Persona::Legal:
            return phrases.legalTitles;
        case Persona::Procurement:
            return phrases.procurementTitles;
        }
        return phrases.championTitles;
    }

    // firstNames starts with the rep's and manager's, so nobody in a conversation shares a first name.
    void addContacts(AccountInfo &account, Rng &rng, std::vector<QString> firstNames) {
        const bool romanian = account.language == Language::Romanian;
        const DemoPhrases &phrases = m_phrases.in(account.language);
        account.firstContact = int(m_cast.contacts.size());
        account.contactCount = 1 + rng.weighted(std::array{8, 14, 24, 24, 16, 14});
        // The champion first, then the people a deal of this kind usually pulls in, in varying order.
        std::array<Persona, 5> others{Persona::Leader, Persona::Finance, Persona::Technical, Persona::Legal,
                                      Persona::Procurement};
        for (std::size_t i = 0; i + 1 < others.size(); ++i) {
            if (rng.chance(0.3))
                std::swap(others[i], others[i + 1]);
        }
        // Every company writes its addresses one way.
        const int convention = rng.weighted(std::array{55, 20, 15, 10});
        std::vector<QString> used;
        for (int c = 0; c < account.contactCount; ++c) {
            ContactInfo contact;
            // The Romanian contacts are numbered apart, so the English ones keep their numbers.
            contact.remoteId = romanian ? QStringLiteral("contact-ro-") + padded(++m_romanianContacts, 6)
                                        : QStringLiteral("contact-") + padded(++m_englishContacts, 7);
            contact.persona = c == 0 ? Persona::Champion : others[std::size_t(c - 1)];
            // No two colleagues share a first name: the texts refer to people by it.
            do
                contact.firstName = phrases.firstNames.pick(rng);
            while (std::find(firstNames.begin(), firstNames.end(), asciiWord(contact.firstName)) !=
                   firstNames.end());
            firstNames.push_back(asciiWord(contact.firstName));
            contact.lastName = phrases.lastNames.pick(rng);
            contact.fullName = contact.firstName + QLatin1Char(' ') + contact.lastName;
            contact.title = titlesFor(phrases, contact.persona).pick(rng);
            contact.htmlMail = rng.chance(0.3);
            contact.mobile = rng.chance(0.25);
            if (romanian)
                contact.diacritics = Diacritics(rng.weighted(std::array{55, 15, 30}));
            const QString first = asciiWord(contact.firstName);
            const QString last = asciiWord(contact.lastName);
            QString local = convention == 0   ? first + QLatin1Char('.') + last
                            : convention == 1 ? first.left(1) + last
                            : convention == 2 ? first + QLatin1Char('_') + last
                                              : first + last.left(1);
            const QString base = local;
            for (int n = 2; std::find(used.begin(), used.end(), local) != used.end(); ++n)
                local = base + QString::number(n);
            used.push_back(local);
            contact.email = local + QLatin1Char('@') + account.domain;
            m_cast.contacts.push_back(contact);
        }
    }

    int newAccount(int rep, Rng &rng) {
        AccountInfo account;
        account.remoteId = QStringLiteral("account-") + padded(++m_englishAccounts, 6);
        account.name = uniqueCompanyName(rng, m_phrases, account.shortName);
        const int repOffset = m_cast.reps[std::size_t(rep)].utcOffset;
        if (repOffset >= 0) { // European teams sell mostly in pounds and euros
            const int c = rng.weighted(std::array{20, 40, 40});
            account.currency = c == 0   ? QStringLiteral("USD")
                               : c == 1 ? QStringLiteral("GBP")
                                        : QStringLiteral("EUR");
        } else {
            const int c = rng.weighted(std::array{85, 9, 6});
            account.currency = c == 0   ? QStringLiteral("USD")
                               : c == 1 ? QStringLiteral("EUR")
                                        : QStringLiteral("GBP");
        }
        account.utcOffset = account.currency == QLatin1String("GBP") ? 0
                            : account.currency == QLatin1String("EUR")
                                ? 1
                                : rng.pick(std::array{-5, -5, -6, -7, -8});
        account.domain = domainFor(account.name, account.currency, rng);
        account.owner = rep;
        const PersonInfo &owner = m_cast.reps[std::size_t(rep)];
        const PersonInfo &manager = m_cast.reps[std::size_t(m_cast.teams[std::size_t(owner.team)].manager)];
        addContacts(account, rng, {asciiWord(owner.firstName), asciiWord(manager.firstName)});
        m_cast.accounts.push_back(account);
        m_englishAccountIndices.push_back(int(m_cast.accounts.size()) - 1);
        return int(m_cast.accounts.size()) - 1;
    }

    // A Romanian company: Romanian names, .ro addresses, lei mostly.
    int newRomanianAccount(int rep, Rng &rng) {
        AccountInfo account;
        account.remoteId = QStringLiteral("account-ro-") + padded(++m_romanianAccounts, 5);
        account.language = Language::Romanian;
        account.name = uniqueCompanyName(rng, m_romanian, account.shortName);
        account.currency = rng.chance(0.85) ? QStringLiteral("RON") : QStringLiteral("EUR");
        account.utcOffset = 2;
        account.domain = domainFor(account.name, account.currency, rng, true);
        account.owner = rep;
        const PersonInfo &owner = m_cast.reps[std::size_t(rep)];
        const PersonInfo &manager = m_cast.reps[std::size_t(m_cast.teams[std::size_t(owner.team)].manager)];
        addContacts(account, rng, {asciiWord(owner.firstName), asciiWord(manager.firstName)});
        m_cast.accounts.push_back(account);
        m_romanianAccountIndices.push_back(int(m_cast.accounts.size()) - 1);
        return int(m_cast.accounts.size()) - 1;
    }

    // The Romanian team's deal in place of the one drawn: its own rep and account, from its own stream.
    void makeRomanian(DealOutline &deal, Rng &rng) {
        const int rep = m_romanianReps[std::size_t(rng.weighted(m_romanianWeights))];
        if (m_romanianAccountIndices.size() >= 4 && rng.chance(0.2)) {
            deal.account =
                m_romanianAccountIndices[std::size_t(rng.below(int(m_romanianAccountIndices.size())))];
            const int owner = m_cast.accounts[std::size_t(deal.account)].owner;
            deal.rep = rng.chance(0.85) ? owner : rep;
            deal.type = DealType::Expansion;
        } else {
            deal.rep = rep;
            deal.account = newRomanianAccount(rep, rng);
            deal.type = DealType::NewBusiness;
        }
    }

    void buildDeals(int dealCount) {
        Rng rng = Rng::stream(m_seed, kDealsStream);
        Rng romanianRng = Rng::stream(m_seed, kRomanianDealsStream);
        std::vector<Scenario> deck;
        for (const auto &[scenario, copies] : kDeck)
            deck.insert(deck.end(), std::size_t(copies), scenario);
        std::size_t position = deck.size();
        for (int i = 0; i < dealCount; ++i) {
            if (position == deck.size()) { // Fisher–Yates, with our own numbers
                for (std::size_t k = deck.size() - 1; k > 0; --k)
                    std::swap(deck[k], deck[std::size_t(rng.below(int(k) + 1))]);
                position = 0;
            }
            DealOutline deal;
            deal.number = i + 1;
            deal.remoteId = QStringLiteral("deal-") + padded(deal.number, 6);
            deal.scenario = deck[position++];
            // About one deal in five is a second deal with a company we already sell to.
            // The English draw is made for every deal, the Romanian team's too, so that the English deals
            // after it come out as they did before that team joined.
            if (m_englishAccountIndices.size() >= 8 && rng.chance(0.2)) {
                deal.account =
                    m_englishAccountIndices[std::size_t(rng.below(int(m_englishAccountIndices.size())))];
                const int owner = m_cast.accounts[std::size_t(deal.account)].owner;
                deal.rep = rng.chance(0.85) ? owner : pickRep(rng);
                deal.type = DealType::Expansion;
            } else {
                deal.rep = pickRep(rng);
                deal.account = newAccount(deal.rep, rng);
            }
            if (isRomanianDeal(deal.number))
                makeRomanian(deal, romanianRng);
            m_cast.deals.push_back(deal);
        }
    }

    const DemoPhrases &m_phrases;
    const DemoPhrases &m_romanian;
    quint64 m_seed;
    DemoCast m_cast;
    std::vector<int> m_repIndices;
    std::vector<int> m_repWeights;
    std::vector<int> m_romanianReps;
    std::vector<int> m_romanianWeights;
    std::vector<int> m_englishAccountIndices;
    std::vector<int> m_romanianAccountIndices;
    int m_englishAccounts = 0;
    int m_romanianAccounts = 0;
    int m_englishContacts = 0;
    int m_romanianContacts = 0;
    QSet<QString> m_ourAddresses; // membership only: never iterated, so output order stays fixed
    QSet<QString> m_companyNames;
    QSet<QString> m_domains;
};

} // namespace

QString asciiWord(const QString &text) {
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            out += c;
        else if (c == QChar(0x00F8)) // ø does not decompose
            out += QLatin1Char('o');
        else if (c == QChar(0x00E6))
            out += QLatin1String("ae");
        else if (c == QChar(0x00DF))
            out += QLatin1String("ss");
    }
    return out;
}

DemoCast buildCast(const DemoPhrases &phrases, quint64 seed, int dealCount) {
    return CastBuilder(phrases, seed).build(std::max(0, dealCount));
}

} // namespace dp::demo
