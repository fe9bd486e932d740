// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/PipelineSorting.h"

#include "analytics/HealthRules.h"
#include "items/PipelineModel.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace dp {
namespace {

// A numeric key per row, read once: sorting then compares plain numbers held next to each other in memory
// instead of reaching into 50,000 rows' structures on every comparison.
template <typename Key> std::vector<int> byKey(const QList<PipelineRow> &rows, Key key) {
    struct Entry {
        double key;
        qint64 id;
        int row;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i)
        entries.push_back(Entry{double(key(rows.at(i))), rows.at(i).deal.id, i});
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.key != b.key ? a.key < b.key : a.id < b.id; });
    std::vector<int> order;
    order.reserve(entries.size());
    for (const Entry &entry : entries)
        order.push_back(entry.row);
    return order;
}

// Text compares without regard to case, as the user reads a list of names. Each text is case-folded once,
// so the sort compares plain UTF-16 (as QString::compare with Qt::CaseInsensitive does, fold by fold)
// instead of folding both sides of every one of its ~800,000 comparisons.
template <typename Text> std::vector<int> byText(const QList<PipelineRow> &rows, Text text) {
    struct Entry {
        QString folded;
        qint64 id;
        int row;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(rows.size()));
    // Rows share one copy of a repeated name (the loader pools them): fold each copy once.
    QHash<const QChar *, QString> folded;
    for (int i = 0; i < int(rows.size()); ++i) {
        const QString &value = text(rows.at(i));
        auto it = folded.constFind(value.constData());
        if (it == folded.constEnd())
            it = folded.insert(value.constData(), value.toCaseFolded());
        entries.push_back(Entry{*it, rows.at(i).deal.id, i});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int c = QStringView(a.folded).compare(QStringView(b.folded), Qt::CaseSensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    std::vector<int> order;
    order.reserve(entries.size());
    for (const Entry &entry : entries)
        order.push_back(entry.row);
    return order;
}

} // namespace

int daysSinceInbound(const PipelineRow &row) {
    return elapsedDays(row.metrics.lastInboundAt.value_or(row.deal.deal.createdAt), row.metrics.asOf);
}

std::vector<int> ascendingOrder(const QList<PipelineRow> &rows, int column) {
    switch (column) {
    case PipelineModel::Band:
        return byKey(rows, [](const PipelineRow &r) { return int(r.metrics.band); });
    case PipelineModel::Score:
        return byKey(rows, [](const PipelineRow &r) { return r.metrics.score; });
    case PipelineModel::DealName:
        return byText(rows, [](const PipelineRow &r) -> const QString & { return r.deal.deal.name; });
    case PipelineModel::Account:
        return byText(rows, [](const PipelineRow &r) -> const QString & { return r.deal.accountName; });
    case PipelineModel::Owner:
        return byText(rows, [](const PipelineRow &r) -> const QString & { return r.deal.ownerName; });
    case PipelineModel::Stage: {
        // The pipeline's own order first, then the label for stages of different pipelines at one position.
        std::vector<int> order(size_t(rows.size()));
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const PipelineRow &l = rows.at(a);
            const PipelineRow &r = rows.at(b);
            if (l.deal.deal.stageOrder != r.deal.deal.stageOrder)
                return l.deal.deal.stageOrder < r.deal.deal.stageOrder;
            const int c = l.deal.deal.stage.compare(r.deal.deal.stage, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : l.deal.id < r.deal.id;
        });
        return order;
    }
    case PipelineModel::Forecast:
        return byText(rows,
                      [](const PipelineRow &r) -> const QString & { return r.deal.deal.forecastCategory; });
    case PipelineModel::Amount:
        // Deals without an amount sort below every real one.
        return byKey(rows, [](const PipelineRow &r) { return r.deal.deal.amount.value_or(-1.0); });
    case PipelineModel::CloseDate:
        // An unknown close date is the earliest possible day, so it comes first.
        return byKey(rows, [](const PipelineRow &r) {
            return r.deal.deal.closeDate.isValid() ? double(r.deal.deal.closeDate.toJulianDay())
                                                   : -std::numeric_limits<double>::infinity();
        });
    case PipelineModel::DaysSinceInbound:
        return byKey(rows, [](const PipelineRow &r) { return daysSinceInbound(r); });
    case PipelineModel::Inbound28d:
        return byKey(rows, [](const PipelineRow &r) { return r.metrics.inbound28d; });
    case PipelineModel::Outbound28d:
        return byKey(rows, [](const PipelineRow &r) { return r.metrics.outbound28d; });
    case PipelineModel::BuyerContacts60d:
        return byKey(rows, [](const PipelineRow &r) { return r.metrics.buyerContactsEngaged60d; });
    case PipelineModel::ClosePushes:
        return byKey(rows, [](const PipelineRow &r) { return r.metrics.closeDatePushes; });
    case PipelineModel::Sentiment:
        // Unscored deals sort below every score (scores run from −1 to +1).
        return byKey(rows, [](const PipelineRow &r) { return r.metrics.sentimentRecent.value_or(-2.0); });
    default: {
        // No column: the rows as the model holds them.
        std::vector<int> order(size_t(rows.size()));
        std::iota(order.begin(), order.end(), 0);
        return order;
    }
    }
}

} // namespace dp
