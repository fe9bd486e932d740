// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CrmValues.h"

#include "domain/CheckedNumber.h"
#include "domain/TimeFormat.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace dp::sync {

ParsedAmount parseAmount(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("null"))
        return {};
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return {std::nullopt, false};
    return {value, true};
}

std::optional<Millis> parseCrmInstant(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^-?\\d{9,}$"));
    if (digits.match(trimmed).hasMatch()) {
        bool ok = false;
        const qint64 millis = trimmed.toLongLong(&ok);
        if (!ok || millis < kEarliestInstant || millis > kLatestInstant)
            return std::nullopt;
        return millis;
    }
    return parseIsoInstant(trimmed);
}

std::optional<int> secondsBetween(Millis start, Millis end) {
    Millis span = 0;
    if (end < start || qSubOverflow(end, start, &span))
        return std::nullopt;
    return toIntChecked(double(span / 1000));
}

QString wholeNumberText(double number) {
    const std::optional<qint64> whole = toInt64Checked(number);
    return whole ? QString::number(*whole) : QString();
}

std::optional<QDate> parseCrmDate(const QString &text) {
    const QString trimmed = text.trimmed();
    const QDate bare = QDate::fromString(trimmed.left(10), Qt::ISODate);
    if (trimmed.size() == 10 && bare.isValid())
        return bare;
    const auto instant = parseCrmInstant(trimmed);
    if (!instant)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*instant, Qt::UTC).date();
}

std::optional<double> parseProbability(const QString &text) {
    const ParsedAmount parsed = parseAmount(text);
    if (!parsed.value)
        return std::nullopt;
    const double value = *parsed.value > 1.0 ? *parsed.value / 100.0 : *parsed.value;
    return std::clamp(value, 0.0, 1.0);
}

// "Ana <ana@x.com>; bob@y.com" → addresses, lower case.
QStringList addressList(const QString &text) {
    static const QRegularExpression separator(QStringLiteral("[;,]"));
    static const QRegularExpression angle(QStringLiteral("<([^>]+)>"));
    QStringList addresses;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
        const auto match = angle.match(part);
        const QString address = (match.hasMatch() ? match.captured(1) : part).trimmed().toLower();
        if (address.contains(QLatin1Char('@')))
            addresses.append(address);
    }
    return addresses;
}

} // namespace dp::sync
