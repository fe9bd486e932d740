// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Forecast roll-ups as forecasting tools add them up, cumulatively: Commit = Closed + Commit,
// Best case = Closed + Commit + Best case, Pipeline = every open deal the rep did not omit. Only deals whose
// close date falls in the period count, and amounts in different currencies are never added together.

#include "forecast/Snapshot.h"

#include <QDate>
#include <QMap>
#include <array>
#include <optional>

namespace dp {

struct ForecastPeriod {
    QDate first;
    QDate last;

    bool contains(const QDate &date) const { return date.isValid() && date >= first && date <= last; }
    static ForecastPeriod quarterOf(const QDate &date);
    // The UTC calendar quarter holding the instant.
    static ForecastPeriod quarterOf(Millis at);
    friend bool operator==(const ForecastPeriod &, const ForecastPeriod &) = default;
};

struct RollupLine {
    double amount = 0;
    int deals = 0;
    int withoutAmount = 0; // counted in deals, not in amount: a missing amount is not zero

    void add(const std::optional<double> &value);
    RollupLine &operator+=(const RollupLine &other);
    friend RollupLine operator+(RollupLine a, const RollupLine &b) { return a += b; }
    friend bool operator==(const RollupLine &, const RollupLine &) = default;
};

// The three cumulative roll-ups, as shown side by side.
enum class RollupKind { Commit, BestCase, Pipeline };
inline constexpr std::array kRollupKinds{RollupKind::Commit, RollupKind::BestCase, RollupKind::Pipeline};
QString toKey(RollupKind kind); // "commit", "best_case", "pipeline"
QString rollupLabel(RollupKind kind);

class ForecastRollup final {
public:
    // Adds the deal when it closes in the period (every deal when there is no period).
    void add(const SnapshotDeal &deal, const std::optional<ForecastPeriod> &period);

    const RollupLine &category(ForecastCategory category) const { return m_lines[std::size_t(category)]; }
    RollupLine rollup(RollupKind kind) const;
    friend bool operator==(const ForecastRollup &, const ForecastRollup &) = default;

private:
    std::array<RollupLine, kForecastCategories.size()> m_lines{};
};

// One roll-up per currency, in currency-code order.
class CurrencyRollups final {
public:
    explicit CurrencyRollups(std::optional<ForecastPeriod> period = std::nullopt)
        : m_period(period) {}

    void add(const SnapshotDeal &deal) { m_byCurrency[deal.currency].add(deal, m_period); }
    const QMap<QString, ForecastRollup> &byCurrency() const { return m_byCurrency; }
    const std::optional<ForecastPeriod> &period() const { return m_period; }

private:
    std::optional<ForecastPeriod> m_period;
    QMap<QString, ForecastRollup> m_byCurrency;
};

} // namespace dp
