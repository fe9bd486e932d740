// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/SnapshotDiff.h"

#include "domain/EnumKeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace dp {
namespace {

constexpr EnumKeyTable<ChangeKind, 10> kKeys{{
    {ChangeKind::Added, "added"},
    {ChangeKind::Won, "won"},
    {ChangeKind::Lost, "lost"},
    {ChangeKind::Deleted, "deleted"},
    {ChangeKind::PushedOut, "pushed_out"},
    {ChangeKind::PulledIn, "pulled_in"},
    {ChangeKind::AmountUp, "amount_up"},
    {ChangeKind::AmountDown, "amount_down"},
    {ChangeKind::CategoryMoved, "category_moved"},
    {ChangeKind::HealthMoved, "health_moved"},
}};

QString amountText(const std::optional<double> &amount) {
    return amount ? QString::number(*amount, 'f', QLocale::FloatingPointShortest) : QString();
}

QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool inRollup(ForecastCategory category, RollupKind kind) {
    switch (kind) {
    case RollupKind::Commit:
        return category == ForecastCategory::Closed || category == ForecastCategory::Commit;
    case RollupKind::BestCase:
        return category == ForecastCategory::Closed || category == ForecastCategory::Commit ||
               category == ForecastCategory::BestCase;
    case RollupKind::Pipeline:
        return category == ForecastCategory::Commit || category == ForecastCategory::BestCase ||
               category == ForecastCategory::Pipeline;
    }
    return false;
}

double contribution(const SnapshotDeal *deal, const QString &currency, RollupKind kind,
                    const ForecastPeriod &period) {
    if (!deal || deal->currency != currency || !deal->amount || !period.contains(deal->closeDate) ||
        !inRollup(deal->forecastCategory, kind))
        return 0;
    return *deal->amount;
}

// The one change a deal's move in a roll-up is put down to, so the steps of a waterfall add up exactly.
ChangeKind causeOf(const SnapshotDeal *before, const SnapshotDeal *after, RollupKind kind,
                   const ForecastPeriod &period, double delta) {
    if (!before)
        return ChangeKind::Added;
    if (!after)
        return ChangeKind::Deleted;
    if (!before->isClosed && after->isClosed)
        return after->isWon ? ChangeKind::Won : ChangeKind::Lost;
    const bool wasIn = period.contains(before->closeDate);
    if (wasIn != period.contains(after->closeDate))
        return wasIn ? ChangeKind::PushedOut : ChangeKind::PulledIn;
    if (inRollup(before->forecastCategory, kind) != inRollup(after->forecastCategory, kind))
        return ChangeKind::CategoryMoved;
    return delta >= 0 ? ChangeKind::AmountUp : ChangeKind::AmountDown;
}

class Comparer final {
public:
    explicit Comparer(SnapshotDiff &diff)
        : m_diff(diff) {}

    void compare(const SnapshotDeal *before, const SnapshotDeal *after) {
        if (!before) {
            add(ChangeKind::Added, *after, before, after, QString(), toKey(after->forecastCategory));
            return;
        }
        if (!after) {
            add(ChangeKind::Deleted, *before, before, after, toKey(before->forecastCategory), QString());
            return;
        }
        if (!before->isClosed && after->isClosed)
            add(after->isWon ? ChangeKind::Won : ChangeKind::Lost, *after, before, after,
                toKey(before->forecastCategory), after->stage);
        const bool openInBoth = !before->isClosed && !after->isClosed;
        const QDate &periodEnd = m_diff.period.last;
        if (openInBoth && before->closeDate.isValid() && after->closeDate.isValid()) {
            if (before->closeDate <= periodEnd && after->closeDate > periodEnd)
                add(ChangeKind::PushedOut, *after, before, after, dateText(before->closeDate),
                    dateText(after->closeDate));
            else if (before->closeDate > periodEnd && after->closeDate <= periodEnd)
                add(ChangeKind::PulledIn, *after, before, after, dateText(before->closeDate),
                    dateText(after->closeDate));
        }
        // A missing amount counts as nothing, so filling one in is a rise and clearing it a fall.
        const double amountBefore = before->amount.value_or(0);
        const double amountAfter = after->amount.value_or(0);
        if (before->amount != after->amount)
            add(amountAfter >= amountBefore ? ChangeKind::AmountUp : ChangeKind::AmountDown, *after, before,
                after, amountText(before->amount), amountText(after->amount));
        if (openInBoth && before->forecastCategory != after->forecastCategory)
            add(ChangeKind::CategoryMoved, *after, before, after, toKey(before->forecastCategory),
                toKey(after->forecastCategory));
        if (openInBoth && before->band != after->band)
            add(ChangeKind::HealthMoved, *after, before, after, toKey(before->band), toKey(after->band));
    }

    void waterfall(const SnapshotDeal *before, const SnapshotDeal *after) {
        QStringList currencies;
        if (before)
            currencies.append(before->currency);
        if (after && !currencies.contains(after->currency))
            currencies.append(after->currency);
        for (const QString &currency : currencies) {
            for (RollupKind kind : kRollupKinds) {
                const double was = contribution(before, currency, kind, m_diff.period);
                const double now = contribution(after, currency, kind, m_diff.period);
                Waterfall &fall = m_diff.waterfalls[currency][kind];
                fall.before += was;
                fall.after += now;
                if (now != was)
                    m_steps[currency][kind][int(causeOf(before, after, kind, m_diff.period, now - was))] +=
                        now - was;
            }
        }
    }

    void finish() {
        std::stable_sort(m_diff.changes.begin(), m_diff.changes.end(),
                         [](const DealChange &a, const DealChange &b) { return a.kind < b.kind; });
        for (auto currency = m_steps.cbegin(); currency != m_steps.cend(); ++currency)
            for (auto kind = currency->cbegin(); kind != currency->cend(); ++kind)
                for (auto step = kind->cbegin(); step != kind->cend(); ++step)
                    m_diff.waterfalls[currency.key()][kind.key()].steps.append(
                        WaterfallStep{ChangeKind(step.key()), step.value()});
    }

private:
    void add(ChangeKind kind, const SnapshotDeal &deal, const SnapshotDeal *before, const SnapshotDeal *after,
             const QString &was, const QString &now) {
        DealChange change;
        change.kind = kind;
        change.source = deal.source;
        change.remoteId = deal.remoteId;
        change.name = deal.name;
        change.ownerEmail = deal.ownerEmail;
        change.currency = deal.currency;
        change.before = was;
        change.after = now;
        change.amountBefore = before ? before->amount : std::nullopt;
        change.amountAfter = after ? after->amount : std::nullopt;
        m_diff.changes.append(change);
    }

    SnapshotDiff &m_diff;
    // currency → roll-up → cause (as int, for ChangeKind order) → sum
    QMap<QString, QMap<RollupKind, QMap<int, double>>> m_steps;
};

} // namespace

QString toKey(ChangeKind kind) {
    return keyOf(kKeys, kind);
}

QString changeLabel(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return QCoreApplication::translate("SnapshotDiff", "Added");
    case ChangeKind::Won:
        return QCoreApplication::translate("SnapshotDiff", "Won");
    case ChangeKind::Lost:
        return QCoreApplication::translate("SnapshotDiff", "Lost");
    case ChangeKind::Deleted:
        return QCoreApplication::translate("SnapshotDiff", "Removed");
    case ChangeKind::PushedOut:
        return QCoreApplication::translate("SnapshotDiff", "Pushed out of the period");
    case ChangeKind::PulledIn:
        return QCoreApplication::translate("SnapshotDiff", "Pulled into the period");
    case ChangeKind::AmountUp:
        return QCoreApplication::translate("SnapshotDiff", "Amount up");
    case ChangeKind::AmountDown:
        return QCoreApplication::translate("SnapshotDiff", "Amount down");
    case ChangeKind::CategoryMoved:
        return QCoreApplication::translate("SnapshotDiff", "Forecast category moved");
    case ChangeKind::HealthMoved:
        return QCoreApplication::translate("SnapshotDiff", "Health band moved");
    }
    return {};
}

QList<DealChange> SnapshotDiff::changesOf(ChangeKind kind) const {
    QList<DealChange> result;
    for (const DealChange &change : changes)
        if (change.kind == kind)
            result.append(change);
    return result;
}

QStringList SnapshotDiff::currencies() const {
    QStringList result = before.byCurrency().keys();
    for (const QString &currency : after.byCurrency().keys())
        if (!result.contains(currency))
            result.append(currency);
    std::sort(result.begin(), result.end());
    return result;
}

SnapshotDiff compareSnapshots(const SnapshotHeader &fromHeader, const QList<SnapshotDeal> &from,
                              const SnapshotHeader &toHeader, const QList<SnapshotDeal> &to,
                              const ForecastPeriod &period) {
    SnapshotDiff diff{fromHeader, toHeader, period, {}, CurrencyRollups(period), CurrencyRollups(period), {}};
    QHash<QString, const SnapshotDeal *> earlier;
    for (const SnapshotDeal &deal : from) {
        earlier.insert(deal.key(), &deal);
        diff.before.add(deal);
    }
    using Pair = std::pair<const SnapshotDeal *, const SnapshotDeal *>;
    QList<Pair> pairs;
    for (const SnapshotDeal &deal : to) {
        diff.after.add(deal);
        pairs.append(Pair(earlier.take(deal.key()), &deal));
    }
    for (const SnapshotDeal *gone : std::as_const(earlier))
        pairs.append(Pair(gone, nullptr));
    // (source, remote id) order inside each kind, whatever order the snapshots came in.
    const auto keyOf = [](const Pair &pair) {
        const SnapshotDeal *deal = pair.second ? pair.second : pair.first;
        return std::pair(deal->source, deal->remoteId);
    };
    std::sort(pairs.begin(), pairs.end(), [&](const auto &a, const auto &b) { return keyOf(a) < keyOf(b); });

    Comparer comparer(diff);
    for (const auto &[before, after] : pairs) {
        comparer.compare(before, after);
        comparer.waterfall(before, after);
    }
    comparer.finish();
    return diff;
}

} // namespace dp
