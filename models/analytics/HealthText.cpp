// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/HealthText.h"

#include <QCoreApplication>

namespace dp {
namespace {

// How a reason's sentence is looked up: in the user's language, or the English source text.
using Words = QString (*)(const char *source, int count);

QString userLanguage(const char *source, int count) {
    return QCoreApplication::translate("HealthReason", source, nullptr, count);
}

// The source texts spell their plurals "day(s)", "touch(es)": resolved here as the English catalogue does,
// so the exports need no translator to be in English.
QString english(const char *source, int count) {
    QString text = QString::fromUtf8(source);
    if (count < 0)
        return text;
    text.replace(QLatin1String("%n"), QString::number(count));
    text.replace(QLatin1String("(es)"), count == 1 ? QString() : QStringLiteral("es"));
    text.replace(QLatin1String("(s)"), count == 1 ? QString() : QStringLiteral("s"));
    return text;
}

// Written with QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP so lupdate finds every string under the
// "HealthReason" context whichever way it is looked up.
QString describeWith(const HealthReason &reason, Words words) {
    using Code = HealthReason::Code;
    switch (reason.code) {
    case Code::NoInboundFor:
        return words(QT_TRANSLATE_N_NOOP("HealthReason", "No reply from the buyer in %n day(s)"),
                     reason.value);
    case Code::NoInboundEver:
        return words(QT_TRANSLATE_N_NOOP("HealthReason",
                                         "No reply from the buyer since the deal was created %n day(s) ago"),
                     reason.value);
    case Code::InboundFalling:
        return words(QT_TRANSLATE_NOOP("HealthReason",
                                       "Buyer engagement fell from %1 to %2 in the last 4 weeks"),
                     -1)
            .arg(reason.other)
            .arg(reason.value);
    case Code::OutboundOnly:
        return words(
            QT_TRANSLATE_N_NOOP("HealthReason", "%n touch(es) from us and no reply in the last 4 weeks"),
            reason.value);
    case Code::NoBuyerEngaged:
        return words(QT_TRANSLATE_NOOP("HealthReason", "No buyer contact engaged in the last 60 days"), -1);
    case Code::SingleThreaded:
        return words(QT_TRANSLATE_NOOP("HealthReason", "Only one buyer contact engaged"), -1);
    case Code::ClosePushed:
        return words(QT_TRANSLATE_N_NOOP("HealthReason", "Close date pushed %n time(s)"), reason.value);
    case Code::StalledInStage:
        return words(QT_TRANSLATE_N_NOOP("HealthReason", "In this stage for %n day(s) (usually %1)"),
                     reason.value)
            .arg(reason.other);
    case Code::ClosePassed:
        return words(QT_TRANSLATE_N_NOOP("HealthReason", "Close date passed %n day(s) ago"), reason.value);
    case Code::NegativeSentiment:
        return words(QT_TRANSLATE_NOOP("HealthReason", "Buyer sentiment is negative (%1)"), -1)
            .arg(reason.value / 100.0, 0, 'f', 2);
    case Code::SentimentFalling:
        return words(QT_TRANSLATE_NOOP("HealthReason", "Buyer sentiment is falling (%1)"), -1)
            .arg(reason.value / 100.0, 0, 'f', 2);
    case Code::RecentInbound:
        return reason.value == 0
                   ? words(QT_TRANSLATE_NOOP("HealthReason", "Buyer engaged today"), -1)
                   : words(QT_TRANSLATE_N_NOOP("HealthReason", "Buyer engaged %n day(s) ago"), reason.value);
    case Code::ActiveBuyer:
        return words(QT_TRANSLATE_N_NOOP("HealthReason", "%n buyer interaction(s) in the last 4 weeks"),
                     reason.value);
    case Code::SilentBeyondRhythm:
        // Two counts, each with its own plural form: the usual reply time, then the silence.
        return words(QT_TRANSLATE_N_NOOP("HealthReason", "%1; silent for %n day(s)"), reason.value)
            .arg(
                words(QT_TRANSLATE_N_NOOP("HealthReason", "Usually replies within %n day(s)"), reason.other));
    case Code::ClosedWon:
        return words(QT_TRANSLATE_NOOP("HealthReason", "Closed won"), -1);
    case Code::ClosedLost:
        return words(QT_TRANSLATE_NOOP("HealthReason", "Closed lost"), -1);
    }
    return {};
}

} // namespace

QString describe(const HealthReason &reason) {
    return describeWith(reason, userLanguage);
}

QStringList describe(const QList<HealthReason> &reasons) {
    QStringList texts;
    for (const HealthReason &reason : reasons)
        texts.append(describe(reason));
    return texts;
}

QStringList describeInEnglish(const QList<HealthReason> &reasons) {
    QStringList texts;
    for (const HealthReason &reason : reasons)
        texts.append(describeWith(reason, english));
    return texts;
}

QString bandLabel(HealthBand band) {
    switch (band) {
    case HealthBand::Healthy:
        return QCoreApplication::translate("HealthReason", "Healthy");
    case HealthBand::Watch:
        return QCoreApplication::translate("HealthReason", "Watch");
    case HealthBand::AtRisk:
        return QCoreApplication::translate("HealthReason", "At risk");
    case HealthBand::Dark:
        return QCoreApplication::translate("HealthReason", "Going dark");
    case HealthBand::Closed:
        return QCoreApplication::translate("HealthReason", "Closed");
    }
    return {};
}

} // namespace dp
