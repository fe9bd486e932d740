// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading the loosely typed values CRMs send: every HubSpot property is a string, dates come as ISO with
// "Z" or "+0000", as epoch milliseconds, or as bare dates. Nothing here throws: what does not parse is
// reported as absent so the caller can store null and warn.

#include "domain/Clock.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace dp::sync {

// "" and null are absent; "12,500.50" or "3092727991;3881228353" do not parse (ok = false).
struct ParsedAmount {
    std::optional<double> value;
    bool ok = true;
};
ParsedAmount parseAmount(const QString &text);

// ISO 8601 (Z, +0000, +02:00, with or without milliseconds), epoch milliseconds, or a bare date (midnight
// UTC).
std::optional<Millis> parseCrmInstant(const QString &text);

// The calendar date of a close date as the CRM meant it: a bare date as is; an instant as its UTC date, so
// no user's time zone can shift it by a day.
std::optional<QDate> parseCrmDate(const QString &text);

// Whole seconds from start to end; nothing when end is earlier or the span does not fit an int.
std::optional<int> secondsBetween(Millis start, Millis end);

// A JSON number that stands for an integer (an id, "12"); empty when it is out of qint64's range (1e300).
QString wholeNumberText(double number);

// "1.0", "0.6", "60" (a percentage) → 0..1.
std::optional<double> parseProbability(const QString &text);

// "Ana <ana@x.com>; bob@y.com" → the addresses, lower case; parts without an "@" are dropped.
QStringList addressList(const QString &text);

} // namespace dp::sync
