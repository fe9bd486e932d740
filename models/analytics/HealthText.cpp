// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/HealthText.h"

#include <QCoreApplication>

namespace dp {
// Written out as QCoreApplication::translate so lupdate finds every string under the "HealthReason" context.
QString describe(const HealthReason &reason) {
    using Code = HealthReason::Code;
    switch (reason.code) {
    case Code::NoInboundFor:
        return QCoreApplication::translate("HealthReason", "No reply from the buyer in %n day(s)", nullptr,
                                           reason.value);
    case Code::NoInboundEver:
        return QCoreApplication::translate("HealthReason",
                                           "No reply from the buyer since the deal was created %n day(s) ago",
                                           nullptr, reason.value);
    case Code::InboundFalling:
        return QCoreApplication::translate("HealthReason",
                                           "Buyer engagement fell from %1 to %2 in the last 4 weeks")
            .arg(reason.other)
            .arg(reason.value);
    case Code::OutboundOnly:
        return QCoreApplication::translate(
            "HealthReason", "%n touch(es) from us and no reply in the last 4 weeks", nullptr, reason.value);
    case Code::NoBuyerEngaged:
        return QCoreApplication::translate("HealthReason", "No buyer contact engaged in the last 60 days");
    case Code::SingleThreaded:
        return QCoreApplication::translate("HealthReason", "Only one buyer contact engaged");
    case Code::ClosePushed:
        return QCoreApplication::translate("HealthReason", "Close date pushed %n time(s)", nullptr,
                                           reason.value);
    case Code::StalledInStage:
        return QCoreApplication::translate("HealthReason", "In this stage for %n day(s) (usually %1)",
                                           nullptr, reason.value)
            .arg(reason.other);
    case Code::ClosePassed:
        return QCoreApplication::translate("HealthReason", "Close date passed %n day(s) ago", nullptr,
                                           reason.value);
    case Code::NegativeSentiment:
        return QCoreApplication::translate("HealthReason", "Buyer sentiment is negative (%1)")
            .arg(reason.value / 100.0, 0, 'f', 2);
    case Code::SentimentFalling:
        return QCoreApplication::translate("HealthReason", "Buyer sentiment is falling (%1)")
            .arg(reason.value / 100.0, 0, 'f', 2);
    case Code::RecentInbound:
        return reason.value == 0 ? QCoreApplication::translate("HealthReason", "Buyer engaged today")
                                 : QCoreApplication::translate("HealthReason", "Buyer engaged %n day(s) ago",
                                                               nullptr, reason.value);
    case Code::ActiveBuyer:
        return QCoreApplication::translate("HealthReason", "%n buyer interaction(s) in the last 4 weeks",
                                           nullptr, reason.value);
    case Code::SilentBeyondRhythm:
        // Two counts, each with its own plural form: the usual reply time, then the silence.
        return QCoreApplication::translate("HealthReason", "%1; silent for %n day(s)", nullptr, reason.value)
            .arg(QCoreApplication::translate("HealthReason", "Usually replies within %n day(s)", nullptr,
                                             reason.other));
    case Code::ClosedWon:
        return QCoreApplication::translate("HealthReason", "Closed won");
    case Code::ClosedLost:
        return QCoreApplication::translate("HealthReason", "Closed lost");
    }
    return {};
}

QStringList describe(const QList<HealthReason> &reasons) {
    QStringList texts;
    for (const HealthReason &reason : reasons)
        texts.append(describe(reason));
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
