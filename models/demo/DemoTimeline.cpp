// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoTimeline.h"

#include "demo/DemoCalendar.h"

#include <algorithm>
#include <array>

namespace dp::demo {
namespace {

constexpr std::array<StageInfo, 7> kStages{{
    {"Discovery", 1, 0.1},
    {"Qualification", 2, 0.2},
    {"Demo", 3, 0.4},
    {"Proposal", 4, 0.6},
    {"Negotiation", 5, 0.8},
    {"Closed Won", 6, 1.0},
    {"Closed Lost", 7, 0.0},
}};

// Deal sizes: most between 5k and 250k, a thin tail up to 900k.
constexpr std::array<double, 12> kAmountQuantiles{3500,  7000,  11000, 16000,  22000,  30000,
                                                  40000, 55000, 75000, 110000, 180000, 900000};
// How busy a deal is compared with the average.
constexpr std::array<double, 10> kIntensityQuantiles{0.25, 0.4, 0.55, 0.7, 0.9, 1.1, 1.35, 1.7, 2.3, 3.4};

constexpr std::array<const char *, 6> kDealProducts{"Forecasting",
                                                    "Deal Insights",
                                                    "Revenue Platform",
                                                    "Pipeline Analytics",
                                                    "Conversation Intelligence",
                                                    "Forecasting + Deal Insights"};

QString label(int stage) {
    return QString::fromLatin1(kStages[std::size_t(stage)].label);
}

double roundAmount(double amount) {
    const double step = amount < 20000 ? 500 : amount < 200000 ? 1000 : 5000;
    return std::max(step, double(qint64(amount / step + 0.5)) * step);
}

QString amountText(double amount) {
    return QString::number(qint64(amount));
}

QDate monthEnd(const QDate &date) {
    return QDate(date.year(), date.month(), date.daysInMonth());
}

QString categoryFor(int stage, ForecastStyle style, bool leansIn) {
    int level = stage <= Qualification ? 0
                : stage == DemoStage   ? (leansIn ? 1 : 0)
                : stage == Proposal    ? 1
                                       : 2;
    if (style == ForecastStyle::Sandbagger && level > 0)
        --level;
    else if (style == ForecastStyle::Optimist && stage >= Qualification)
        level = std::min(2, level + 1);
    static const std::array<QString, 3> names{QStringLiteral("pipeline"), QStringLiteral("best_case"),
                                              QStringLiteral("commit")};
    return names[std::size_t(level)];
}

std::vector<int> stagePath(int lastOpenStage, Rng &rng) {
    std::vector<int> path;
    for (int s = Discovery; s <= lastOpenStage; ++s)
        path.push_back(s);
    // Some reps jump straight from discovery to a demo.
    if (lastOpenStage >= DemoStage && rng.chance(0.15))
        path.erase(path.begin() + 1);
    return path;
}

class TimelinePlanner final {
public:
    TimelinePlanner(const DemoCast &cast, const DealOutline &outline, Rng &rng, Millis now)
        : m_outline(outline)
        , m_rep(cast.reps[std::size_t(outline.rep)])
        , m_account(cast.accounts[std::size_t(outline.account)])
        , m_rng(rng)
        , m_now(now)
        , m_today(dateAt(now)) {}

    DealTimeline plan() {
        m_pace = m_rng.uniform(0.7, 1.4);
        if (isOpen(m_outline.scenario))
            planOpen();
        else
            planClosed();
        m_tl.createdAt = m_tl.stages.front().enteredAt;
        const double busy = m_rng.quantile(kIntensityQuantiles);
        m_tl.intensity = busy * (m_outline.scenario == Scenario::Stalled ? 0.7 : 1.0);
        m_tl.inboundLead = m_outline.scenario != Scenario::NoInbound && m_rng.chance(0.25);
        planAmount();
        planForecast();
        planCloseDate();
        fillDeal();
        return std::move(m_tl);
    }

private:
    Millis daysAgo(double lo, double hi) { return m_now - Millis(m_rng.uniform(lo, hi) * double(kDay)); }
    Millis stageSpan() { return Millis(m_rng.uniform(7.0, 26.0) * m_pace * double(kDay)); }
    Millis repMoment(Millis t) { return workingMoment(t, m_rep.utcOffset, m_rng); }
    Millis notAfter(Millis t, Millis limit) { return t < limit ? t : limit - m_rng.between(1, 12) * kHour; }

    // Stages entered one after another, the last at lastEntered.
    void walkBack(const std::vector<int> &path, Millis lastEntered) {
        std::vector<StageStep> steps(path.size());
        Millis t = lastEntered;
        for (std::size_t i = path.size(); i-- > 0;) {
            steps[i] = {path[i], t};
            t = repMoment(t - stageSpan());
            if (i > 0 && t >= steps[i].enteredAt)
                t = steps[i].enteredAt - kDay;
        }
        m_tl.stages.insert(m_tl.stages.begin(), steps.begin(), steps.end());
    }

    void planOpen() {
        const Scenario s = m_outline.scenario;
        int last = Discovery;
        Millis lastChange = 0;
        switch (s) {
        case Scenario::Healthy:
            last = m_rng.weighted(std::array{14, 18, 24, 24, 20});
            lastChange = last == Discovery ? daysAgo(8, 30) : daysAgo(1, 20);
            break;
        case Scenario::DarkShort:
        case Scenario::DarkMedium:
        case Scenario::DarkLong:
        case Scenario::DarkVeryLong:
        case Scenario::Chasing: {
            // Windows sit inside the pattern's band even after moving a weekend to the next working day.
            last = s == Scenario::Chasing ? m_rng.between(DemoStage, Negotiation)
                                          : m_rng.between(Qualification, Negotiation);
            const double lo = s == Scenario::DarkShort    ? 14
                              : s == Scenario::DarkMedium ? 24
                              : s == Scenario::DarkLong   ? 33
                              : s == Scenario::Chasing    ? 33
                                                          : 55;
            const double hi = s == Scenario::DarkShort    ? 17
                              : s == Scenario::DarkMedium ? 28
                              : s == Scenario::DarkLong   ? 41
                              : s == Scenario::Chasing    ? 46
                                                          : 68;
            m_tl.inboundUntil = workingMoment(daysAgo(lo, hi), m_account.utcOffset, m_rng);
            lastChange = m_tl.inboundUntil -
                         Millis(m_rng.uniform(2, 14) * double(kDay)); // e.g. a proposal, then silence
            break;
        }
        case Scenario::NoInbound: {
            last = m_rng.chance(0.7) ? Discovery : Qualification;
            const Millis created = repMoment(daysAgo(18, 75));
            m_tl.stages.push_back({Discovery, created});
            if (last == Qualification)
                m_tl.stages.push_back({Qualification, repMoment(created + m_rng.between(2, 8) * kDay)});
            m_tl.inboundUntil = std::numeric_limits<Millis>::min();
            m_tl.activityEnd = m_now;
            return;
        }
        case Scenario::SingleThreaded:
            last = m_rng.between(Qualification, Negotiation);
            lastChange = daysAgo(4, 35);
            break;
        case Scenario::Stalled:
            last = m_rng.between(DemoStage, Negotiation);
            // About a third of them: a slow, steady buyer, stuck long enough for a history of monthly replies
            // (dark by the fixed rule, yet within their own rhythm: the rhythm rule must leave them be).
            m_tl.slowSteady = m_rng.chance(0.35);
            lastChange = m_tl.slowSteady ? daysAgo(150, 190) : daysAgo(62, 115);
            break;
        case Scenario::Souring:
            last = m_rng.between(DemoStage, Negotiation);
            lastChange = daysAgo(30, 65);
            m_tl.negativeFrom = daysAgo(17, 24);
            break;
        case Scenario::Slipping:
            // Not dark yet: the champion last wrote one to two and a half weeks ago, unhappily.
            last = m_rng.between(DemoStage, Negotiation);
            m_tl.inboundUntil = workingMoment(daysAgo(9, 17), m_account.utcOffset, m_rng);
            m_tl.negativeFrom = m_tl.inboundUntil - m_rng.between(8, 14) * kDay;
            lastChange = daysAgo(45, 80);
            break;
        default:
            break;
        }
        walkBack(stagePath(last, m_rng), notAfter(repMoment(lastChange), m_now));
        m_tl.activityEnd = m_now;
        const double future = s == Scenario::Healthy          ? 0.6
                              : s == Scenario::SingleThreaded ? 0.35
                              : s == Scenario::Souring        ? 0.25
                              : s == Scenario::Stalled        ? 0.1
                                                              : 0.0;
        m_tl.futureMeetings = m_rng.chance(future);
    }

    void planClosed() {
        const Scenario s = m_outline.scenario;
        // Closed over the last four quarters and the current one so far.
        const Millis from = startOfDay(quarterStart(m_today).addMonths(-12));
        m_tl.closedAt = notAfter(repMoment(m_rng.between64(from, m_now - 2 * kDay)), m_now);
        int reached = Negotiation;
        switch (s) {
        case Scenario::LostCompetitor:
            reached = DemoStage + m_rng.weighted(std::array{3, 4, 3});
            break;
        case Scenario::LostNoDecision:
            reached = m_rng.between(Qualification, Proposal);
            break;
        case Scenario::LostBudget:
            reached = m_rng.between(DemoStage, Negotiation);
            break;
        case Scenario::LostTiming:
            reached = m_rng.between(Qualification, Proposal);
            break;
        default:
            break;
        }
        Millis lastOpen = m_tl.closedAt - stageSpan();
        if (s == Scenario::LostNoDecision) {
            m_tl.inboundUntil =
                workingMoment(m_tl.closedAt - m_rng.between(21, 50) * kDay, m_account.utcOffset, m_rng);
            lastOpen = std::min(lastOpen, m_tl.inboundUntil - m_rng.between(3, 15) * kDay);
        }
        walkBack(stagePath(reached, m_rng), repMoment(lastOpen));
        m_tl.stages.push_back({s == Scenario::Won ? ClosedWon : ClosedLost, m_tl.closedAt});
        m_tl.activityEnd = s == Scenario::Won ? std::min(m_now, m_tl.closedAt + 12 * kDay) : m_tl.closedAt;
    }

    void change(DealField field, const QString &from, const QString &to, Millis at) {
        m_tl.changes.push_back({m_outline.remoteId, field, from, to, at});
    }

    void planAmount() {
        double amount = roundAmount(m_rng.quantile(kAmountQuantiles));
        if (m_outline.type == DealType::Expansion)
            amount = roundAmount(amount * 0.5);
        const bool missing = m_rng.chance(0.03); // some reps never fill it in
        for (const StageStep &step : m_tl.stages) {
            const bool revise = (step.stage == Proposal && m_rng.chance(0.4)) ||
                                (step.stage == Negotiation && m_rng.chance(0.35));
            if (!revise)
                continue;
            const double revised = roundAmount(step.stage == Proposal ? amount * m_rng.uniform(0.75, 1.3)
                                                                      : amount * m_rng.uniform(0.85, 0.97));
            const Millis at = notAfter(step.enteredAt + m_rng.between(1, 72) * kHour, m_tl.activityEnd);
            if (!missing && revised != amount && at > step.enteredAt)
                change(DealField::Amount, amountText(amount), amountText(revised), at);
            amount = revised;
        }
        m_tl.textAmount = amount;
        m_tl.seats = std::clamp(int(amount / m_rng.uniform(550, 1400)), 5, 3000);
        m_tl.discount = m_rng.pick(std::array{5, 8, 10, 12, 15, 20});
        if (!missing)
            m_tl.deal.amount = amount;
    }

    void planForecast() {
        const bool leansIn = m_rng.chance(0.5);
        QString current;
        for (const StageStep &step : m_tl.stages) {
            QString next = step.stage == ClosedWon    ? QStringLiteral("closed")
                           : step.stage == ClosedLost ? QStringLiteral("omitted")
                                                      : categoryFor(step.stage, m_rep.style, leansIn);
            if (!current.isEmpty() && next != current)
                change(DealField::ForecastCategory, current, next, step.enteredAt + kMinute);
            current = next;
        }
        m_tl.deal.forecastCategory = current;

        QString stage;
        for (const StageStep &step : m_tl.stages) {
            change(DealField::Stage, stage, label(step.stage), step.enteredAt);
            stage = label(step.stage);
        }
    }

    QDate openCloseDate() {
        const QDate q0 = quarterStart(m_today);
        const bool troubled =
            m_outline.scenario == Scenario::Slipping || m_outline.scenario == Scenario::Souring;
        int window =
            troubled ? m_rng.weighted(std::array{40, 35, 20, 5}) : m_rng.weighted(std::array{9, 45, 31, 15});
        if (window == 0)
            return m_today.addDays(-m_rng.between(1, 25));
        if (window == 1 && m_today.addDays(1) > q0.addMonths(3).addDays(-1))
            window = 2;
        const QDate lo = window == 1 ? m_today.addDays(1) : q0.addMonths(3 * (window - 1));
        const QDate hi = q0.addMonths(3 * window).addDays(-1);
        QDate date = lo.addDays(m_rng.between(0, int(lo.daysTo(hi))));
        if (m_rng.chance(0.4)) // reps love the last day of a month
            date = monthEnd(date);
        return date;
    }

    int pushCount() {
        switch (m_outline.scenario) {
        case Scenario::Stalled:
            return 1 + m_rng.weighted(std::array{3, 4, 3});
        case Scenario::DarkVeryLong:
            return m_rng.weighted(std::array{3, 3, 3, 1});
        case Scenario::Chasing:
            return m_rng.weighted(std::array{4, 4, 2});
        case Scenario::DarkLong:
            return m_rng.weighted(std::array{5, 4, 1});
        case Scenario::Souring:
            return 1 + m_rng.weighted(std::array{3, 5, 2});
        case Scenario::Slipping:
            return 2 + m_rng.weighted(std::array{6, 4});
        case Scenario::NoInbound:
            return 0;
        case Scenario::Won:
            return m_rng.weighted(std::array{70, 25, 5});
        case Scenario::LostNoDecision:
        case Scenario::LostTiming:
            return m_rng.weighted(std::array{50, 35, 15});
        default:
            return m_rng.weighted(std::array{66, 22, 9, 3});
        }
    }

    void planCloseDate() {
        const bool open = isOpen(m_outline.scenario);
        const QDate finalDate = open ? openCloseDate() : dateAt(m_tl.closedAt);
        const Millis limit = open ? m_now : m_tl.closedAt;
        const int pushes = pushCount();

        // Walk back from the date the deal has now to the one it was created with.
        std::vector<QDate> dates(std::size_t(pushes) + 1);
        dates.back() = finalDate;
        for (int i = pushes - 1; i >= 0; --i) {
            QDate earlier = dates[std::size_t(i) + 1].addDays(-m_rng.between(14, 45));
            if (m_rng.chance(0.5) && monthEnd(earlier) < dates[std::size_t(i) + 1])
                earlier = monthEnd(earlier);
            dates[std::size_t(i)] = earlier;
        }
        // A push happens around the date that is about to slip, and never after the limit.
        std::vector<Millis> times(std::size_t(pushes) + 1, 0);
        for (int i = pushes; i >= 1; --i) {
            const Millis aroundOld = startOfDay(dates[std::size_t(i) - 1]) + m_rng.between(-10, 3) * kDay;
            const Millis bound = i == pushes ? limit - Millis(m_rng.uniform(0.5, 6.0) * double(kDay))
                                             : times[std::size_t(i) + 1] - m_rng.between(2, 10) * kDay;
            Millis t = repMoment(std::min(aroundOld, bound));
            if (t > limit - kHour)
                t = limit - m_rng.between(1, 20) * kHour;
            if (i < pushes && t >= times[std::size_t(i) + 1])
                t = times[std::size_t(i) + 1] - 2 * kHour;
            times[std::size_t(i)] = t;
        }
        // Drop the earliest pushes that would predate the deal or start from an implausible date.
        int first = 1;
        const QDate created = dateAt(m_tl.createdAt);
        while (first <= pushes && (times[std::size_t(first)] <= m_tl.createdAt + kDay ||
                                   dates[std::size_t(first) - 1] < created.addDays(7)))
            ++first;
        for (int i = first; i <= pushes; ++i) {
            const QDate from = dates[std::size_t(i) - 1];
            const QDate to = dates[std::size_t(i)];
            change(DealField::CloseDate, from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                   times[std::size_t(i)]);
            m_tl.pushes.push_back({times[std::size_t(i)], to});
        }
        m_tl.deal.closeDate = finalDate;
    }

    void fillDeal() {
        Deal &deal = m_tl.deal;
        deal.source = demoSource();
        deal.remoteId = m_outline.remoteId;
        deal.accountRemoteId = m_account.remoteId;
        deal.ownerRemoteId = m_rep.remoteId;
        deal.pipeline = QStringLiteral("Sales Pipeline");
        const int stage = m_tl.stages.back().stage;
        deal.stage = label(stage);
        deal.stageOrder = kStages[std::size_t(stage)].order;
        deal.stageProbability = kStages[std::size_t(stage)].probability;
        deal.currency = m_account.currency;
        deal.createdAt = m_tl.createdAt;
        deal.isClosed = stage == ClosedWon || stage == ClosedLost;
        deal.isWon = stage == ClosedWon;

        const QString product = QLatin1String(m_rng.pick(kDealProducts));
        if (m_account.language == Language::Romanian) {
            const QString seats =
                QStringLiteral(" (") + QString::number(m_tl.seats) + QStringLiteral(" licențe)");
            if (m_outline.type == DealType::Expansion) {
                const int form = m_rng.below(3);
                deal.name = m_account.name + (form == 0   ? QStringLiteral(" - Extindere") + seats
                                              : form == 1 ? QStringLiteral(" - Modul ") + product
                                                          : QStringLiteral(" - Al doilea departament"));
            } else {
                deal.name = m_account.name + QStringLiteral(" - ") + product;
                if (m_rng.chance(0.35))
                    deal.name += seats;
            }
        } else if (m_outline.type == DealType::Expansion) {
            const int form = m_rng.below(3);
            deal.name =
                m_account.name + (form == 0 ? QStringLiteral(" - Expansion (") + QString::number(m_tl.seats) +
                                                  QStringLiteral(" seats)")
                                  : form == 1 ? QStringLiteral(" - ") + product + QStringLiteral(" add-on")
                                              : QStringLiteral(" - Second team rollout"));
        } else {
            deal.name = m_account.name + QStringLiteral(" - ") + product;
            if (m_rng.chance(0.35))
                deal.name += QStringLiteral(" (") + QString::number(m_tl.seats) + QStringLiteral(" seats)");
        }
    }

    const DealOutline &m_outline;
    const PersonInfo &m_rep;
    const AccountInfo &m_account;
    Rng &m_rng;
    Millis m_now;
    QDate m_today;
    double m_pace = 1.0;
    DealTimeline m_tl;
};

} // namespace

const StageInfo &stageInfo(int stage) {
    return kStages[std::size_t(stage)];
}

DealTimeline planTimeline(const DemoCast &cast, const DealOutline &outline, Rng &rng, Millis now) {
    return TimelinePlanner(cast, outline, rng, now).plan();
}

} // namespace dp::demo
