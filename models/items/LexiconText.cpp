// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/LexiconText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace dp {
QString describeLexiconVersion(const LexiconVersion &v) {
    const QString subject = v.interactionSubject.isEmpty()
                                ? QCoreApplication::translate("dp::LexiconView", "(no subject)")
                                : v.interactionSubject;
    switch (v.cause) {
    case LexiconVersion::Cause::Rated:
        return v.value > 0 ? QCoreApplication::translate("dp::LexiconView", "%1 rated “%2” positive")
                                 .arg(v.rater, subject)
                           : QCoreApplication::translate("dp::LexiconView", "%1 rated “%2” negative")
                                 .arg(v.rater, subject);
    case LexiconVersion::Cause::Unrated:
        return v.value > 0
                   ? QCoreApplication::translate("dp::LexiconView", "Positive rating of “%2” by %1 removed")
                         .arg(v.rater, subject)
                   : QCoreApplication::translate("dp::LexiconView", "Negative rating of “%2” by %1 removed")
                         .arg(v.rater, subject);
    case LexiconVersion::Cause::Reset:
        return QCoreApplication::translate("dp::LexiconView", "“%1” reset").arg(v.term);
    case LexiconVersion::Cause::Unreset:
        return QCoreApplication::translate("dp::LexiconView", "Reset of “%1” undone").arg(v.term);
    }
    return {};
}

QString signedWeight(double value) {
    const QString digits = QLocale().toString(std::abs(value), 'f', 3);
    if (digits == QLocale().toString(0.0, 'f', 3))
        return digits;
    return value < 0 ? QStringLiteral("−") + digits : QStringLiteral("+") + digits;
}

QString lexiconTime(Millis at) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime(), QLocale::ShortFormat);
}

} // namespace dp
