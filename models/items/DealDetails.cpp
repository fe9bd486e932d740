// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/DealDetails.h"

#include "analytics/HealthText.h"
#include "domain/Clock.h"
#include "items/Money.h"
#include "store/Database.h"
#include "store/DirectoryStore.h"
#include "store/FeedbackStore.h"
#include "store/InteractionStore.h"
#include "store/MetricsStore.h"
#include "store/SentimentStore.h"
#include "store/TimelineStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace dp {
namespace {

// Written out as QCoreApplication::translate so lupdate files every string under "DealDetails".
QString nameOf(const QString &address, const QHash<QString, QString> &names) {
    return names.value(address.toLower(), address);
}

QString namesOf(const QStringList &addresses, const QHash<QString, QString> &names) {
    QStringList out;
    out.reserve(addresses.size());
    for (const QString &address : addresses)
        out.append(nameOf(address, names));
    return QLocale().createSeparatedList(out);
}

QString formatDate(const QString &isoDate) {
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : isoDate;
}

QString formatAmount(const QString &value, const QString &currency) {
    bool ok = false;
    const double amount = value.toDouble(&ok);
    if (!ok)
        return value;
    return formatMoney(amount, currency);
}

} // namespace

QString participantsText(const Interaction &i, const QHash<QString, QString> &names) {
    const QString from = i.fromAddress.isEmpty() ? QString() : nameOf(i.fromAddress, names);
    const QString to = namesOf(i.toAddresses, names);
    const QString cc = namesOf(i.ccAddresses, names);
    QString text;
    switch (i.kind) {
    case InteractionKind::Email:
        text = to.isEmpty() ? QCoreApplication::translate("DealDetails", "From %1").arg(from)
                            : QCoreApplication::translate("DealDetails", "From %1 to %2").arg(from, to);
        break;
    case InteractionKind::Meeting:
        text = to.isEmpty() ? QCoreApplication::translate("DealDetails", "Organised by %1").arg(from)
                            : QCoreApplication::translate("DealDetails", "%1 with %2").arg(from, to);
        break;
    case InteractionKind::Call:
        text = to.isEmpty() ? QCoreApplication::translate("DealDetails", "Call by %1").arg(from)
                            : QCoreApplication::translate("DealDetails", "%1 called %2").arg(from, to);
        break;
    case InteractionKind::Note:
        text = from.isEmpty() ? QString()
                              : QCoreApplication::translate("DealDetails", "Written by %1").arg(from);
        break;
    }
    if (!cc.isEmpty())
        text += QCoreApplication::translate("DealDetails", ", cc %1").arg(cc);
    return text;
}

QString describeChange(const FieldChangeRow &change, const QString &currency) {
    const bool first = change.oldValue.isEmpty();
    switch (change.field) {
    case DealField::CloseDate: {
        if (first)
            return QCoreApplication::translate("DealDetails", "Close date set to %1")
                .arg(formatDate(change.newValue));
        // Dates are YYYY-MM-DD, so text order is date order.
        const QString text =
            change.newValue > change.oldValue
                ? QCoreApplication::translate("DealDetails", "Close date pushed from %1 to %2")
                : QCoreApplication::translate("DealDetails", "Close date pulled in from %1 to %2");
        return text.arg(formatDate(change.oldValue), formatDate(change.newValue));
    }
    case DealField::Stage:
        return first ? QCoreApplication::translate("DealDetails", "Stage set to %1").arg(change.newValue)
                     : QCoreApplication::translate("DealDetails", "Stage moved from %1 to %2")
                           .arg(change.oldValue, change.newValue);
    case DealField::Amount:
        return first ? QCoreApplication::translate("DealDetails", "Amount set to %1")
                           .arg(formatAmount(change.newValue, currency))
                     : QCoreApplication::translate("DealDetails", "Amount changed from %1 to %2")
                           .arg(formatAmount(change.oldValue, currency),
                                formatAmount(change.newValue, currency));
    case DealField::ForecastCategory:
        return first ? QCoreApplication::translate("DealDetails", "Forecast category set to %1")
                           .arg(change.newValue)
                     : QCoreApplication::translate("DealDetails", "Forecast category changed from %1 to %2")
                           .arg(change.oldValue, change.newValue);
    }
    return {};
}

std::optional<DealDetails> loadDealDetails(Database &db, const DealRequest &request, const Clock &clock) {
    std::optional<DealRow> deal = DealStore(db).find(request.dealId);
    if (!deal)
        return std::nullopt;
    DealDetails details;
    details.request = request;
    details.deal = std::move(*deal);
    details.metrics = MetricsStore(db).find(request.dealId);
    details.asOf = details.metrics ? details.metrics->asOf : clock.now();
    if (details.metrics) {
        details.bandText = bandLabel(details.metrics->band);
        details.reasons = describe(details.metrics->reasons);
        for (const HealthReason &reason : details.metrics->reasons) {
            using Code = HealthReason::Code;
            details.reasonIsGood.append(reason.code == Code::RecentInbound ||
                                        reason.code == Code::ActiveBuyer || reason.code == Code::ClosedWon);
        }
    }
    details.history = DealStore(db).history(request.dealId);
    details.notes = FeedbackStore(db).notes(request.dealId);
    details.ours.names = SentimentStore(db).ourNames();
    details.ours.domains = DirectoryStore(db).ourDomains();

    TimelineStore timelineStore(db);
    details.names = timelineStore.peopleNames(request.dealId);
    QHash<qint64, RatingRow> ratings;
    for (RatingRow &rating : timelineStore.dealRatings(request.dealId, request.user))
        ratings.insert(rating.rating.interactionId, std::move(rating)); // the latest wins
    QHash<qint64, QList<Rating>> othersRatings;
    for (RatingRow &rating : timelineStore.othersDealRatings(request.dealId, request.user))
        othersRatings[rating.rating.interactionId].append(std::move(rating.rating));

    QList<InteractionRow> rows = InteractionStore(db).timeline(request.dealId);
    details.timeline.reserve(rows.size());
    QList<ChartEvent> events;
    events.reserve(rows.size());
    for (InteractionRow &row : rows) {
        TimelineEntry entry;
        entry.id = row.id;
        entry.sentiment = row.sentiment;
        if (const auto it = ratings.constFind(row.id); it != ratings.constEnd()) {
            entry.rating = it->rating.value;
            entry.ratingNote = it->rating.note;
        }
        entry.othersRatings = othersRatings.value(row.id);
        events.append(ChartEvent{row.interaction.occurredAt, row.interaction.direction, row.sentiment});
        entry.interaction = std::move(row.interaction);
        details.timeline.append(std::move(entry));
    }
    details.chart =
        dealActivityChart(events, details.asOf, request.weeks, request.goingDarkDays, request.zone);
    return details;
}

} // namespace dp
