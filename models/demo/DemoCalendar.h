// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Calendar arithmetic for the demo on plain integers: days since the epoch, weekdays, quarters and working
// hours in a person's time zone. No time zone database or locale is consulted, so the output never depends
// on the machine that generates it.

#include "demo/DemoLanguage.h"
#include "demo/DemoRandom.h"
#include "domain/Clock.h"

#include <QDate>
#include <QString>

namespace dp::demo {

inline constexpr Millis kMinute = 60 * 1000;
inline constexpr Millis kHour = 60 * kMinute;
inline constexpr Millis kDay = kMillisPerDay;
inline constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01

inline qint64 dayOf(Millis t) {
    return t >= 0 ? t / kDay : -((-t + kDay - 1) / kDay);
}
// 0 = Monday … 6 = Sunday; 1970-01-01 was a Thursday.
inline int weekdayOf(qint64 day) {
    return int((((day % 7) + 7) % 7 + 3) % 7);
}
inline QDate dateOfDay(qint64 day) {
    return QDate::fromJulianDay(kEpochJulianDay + day);
}
inline qint64 dayOfDate(const QDate &date) {
    return date.toJulianDay() - kEpochJulianDay;
}
inline QDate dateAt(Millis t) {
    return dateOfDay(dayOf(t));
}
inline Millis startOfDay(const QDate &date) {
    return dayOfDate(date) * kDay;
}

QDate quarterStart(const QDate &date);
QString quarterLabel(const QDate &date); // "Q3"
// "May 14" or "14 mai", in the language asked for whatever the locale.
QString shortDate(const QDate &date, Language language = Language::English);
QString weekdayName(int weekday, Language language = Language::English); // 0 = Monday; "marți"

// A moment on a working day between fromHour and toHour local time (UTC + offsetHours), on the local day
// of t or, when that is a weekend, the Monday after. It may lie before t on the same day.
Millis workingMoment(Millis t, int offsetHours, Rng &rng, int fromHour = 8, int toHour = 18);
// Like workingMoment but on a full or half hour, as meetings are.
Millis meetingMoment(Millis t, int offsetHours, Rng &rng, int fromHour = 9, int toHour = 17);
// A working moment at least minGap after t: the time a reply or the next message is sent.
Millis replyMoment(Millis t, Millis minGap, Millis maxGap, int offsetHours, Rng &rng);

// "48,500" with a currency sign: "$48,500", "€48,500", "£48,500"; in Romanian "48.500 lei", "48.500 EUR".
QString moneyText(double amount, const QString &currency, Language language = Language::English);

} // namespace dp::demo
