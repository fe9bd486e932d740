// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCalendar.h"

#include <array>

namespace dp::demo {
namespace {

constexpr std::array<const char *, 12> kMonths{"January",   "February", "March",    "April",
                                               "May",       "June",     "July",     "August",
                                               "September", "October",  "November", "December"};
constexpr std::array<const char *, 7> kWeekdays{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                "Friday", "Saturday", "Sunday"};
constexpr std::array<const char16_t *, 12> kRomanianMonths{
    u"ianuarie", u"februarie", u"martie",     u"aprilie",   u"mai",       u"iunie",
    u"iulie",    u"august",    u"septembrie", u"octombrie", u"noiembrie", u"decembrie"};
constexpr std::array<const char16_t *, 7> kRomanianWeekdays{u"luni",   u"marți",   u"miercuri", u"joi",
                                                            u"vineri", u"sâmbătă", u"duminică"};

qint64 workingDay(Millis t, int offsetHours) {
    qint64 day = dayOf(t + offsetHours * kHour);
    const int weekday = weekdayOf(day);
    if (weekday >= 5)
        day += 7 - weekday;
    return day;
}

} // namespace

QDate quarterStart(const QDate &date) {
    return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
}

QString quarterLabel(const QDate &date) {
    return QLatin1Char('Q') + QString::number((date.month() - 1) / 3 + 1);
}

QString shortDate(const QDate &date, Language language) {
    if (language == Language::Romanian)
        return QString::number(date.day()) + QLatin1Char(' ') +
               QString::fromUtf16(kRomanianMonths[std::size_t(date.month() - 1)]);
    return QLatin1String(kMonths[std::size_t(date.month() - 1)]) + QLatin1Char(' ') +
           QString::number(date.day());
}

QString weekdayName(int weekday, Language language) {
    if (language == Language::Romanian)
        return QString::fromUtf16(kRomanianWeekdays[std::size_t(weekday % 7)]);
    return QLatin1String(kWeekdays[std::size_t(weekday % 7)]);
}

Millis workingMoment(Millis t, int offsetHours, Rng &rng, int fromHour, int toHour) {
    const qint64 day = workingDay(t, offsetHours);
    const int minute = rng.between(fromHour * 60, toHour * 60 - 1);
    return day * kDay + minute * kMinute + rng.below(60) * 1000 - offsetHours * kHour;
}

Millis meetingMoment(Millis t, int offsetHours, Rng &rng, int fromHour, int toHour) {
    const qint64 day = workingDay(t, offsetHours);
    const int slot = rng.between(fromHour * 2, toHour * 2 - 1);
    return day * kDay + slot * 30 * kMinute - offsetHours * kHour;
}

Millis replyMoment(Millis t, Millis minGap, Millis maxGap, int offsetHours, Rng &rng) {
    const Millis earliest = t + minGap;
    const Millis target = rng.between64(earliest, t + maxGap);
    Millis moment = workingMoment(target, offsetHours, rng);
    if (moment < earliest) // the working day's slot fell before the gap: answer later that day
        moment = earliest + rng.between(5, 180) * kMinute;
    return moment;
}

QString moneyText(double amount, const QString &currency, Language language) {
    const QString digits = QString::number(qint64(amount));
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 1);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += language == Language::Romanian ? QLatin1Char('.') : QLatin1Char(',');
        grouped += digits[i];
    }
    if (language == Language::Romanian) {
        const QString unit = currency == QLatin1String("RON") ? QStringLiteral("lei") : currency;
        return grouped + QLatin1Char(' ') + unit;
    }
    const QString sign = currency == QLatin1String("EUR")   ? QStringLiteral("€")
                         : currency == QLatin1String("GBP") ? QStringLiteral("£")
                                                            : QStringLiteral("$");
    return sign + grouped;
}

} // namespace dp::demo
