// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TimeFormat.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace dp {

QString isoUtc(Millis at) {
    if (at < kEarliestInstant || at > kLatestInstant)
        return {};
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    return utc.toString(at % 1000 == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")
                                       : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<Millis> parseIsoInstant(const QString &text) {
    const QString trimmed = text.trimmed();
    const QDate dateOnly = QDate::fromString(trimmed, Qt::ISODate);
    if (dateOnly.isValid() && trimmed.size() == 10) {
        const Millis at = QDateTime(dateOnly, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        if (at < kEarliestInstant || at > kLatestInstant)
            return std::nullopt;
        return at;
    }

    // Qt's ISO parser wants "+02:00"; Salesforce writes "+0000".
    static const QRegularExpression compactOffset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    QString normalised = trimmed;
    if (normalised.size() > 19 && normalised.contains(QLatin1Char('T')))
        normalised.replace(compactOffset, QStringLiteral("\\1:\\2"));

    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    // Without a zone designator the text is ambiguous; we refuse it rather than guess the local zone.
    if (parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    const Millis at = parsed.toMSecsSinceEpoch();
    if (at < kEarliestInstant || at > kLatestInstant)
        return std::nullopt;
    return at;
}

} // namespace dp
