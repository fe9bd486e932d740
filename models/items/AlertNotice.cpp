// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/AlertNotice.h"

#include <QCoreApplication>

namespace dp {
namespace {

// A notification has room for a line: two names, and how many more.
QString someNames(const QStringList &names) {
    constexpr int kShown = 2;
    if (names.size() == 1)
        return names.first();
    if (names.size() == kShown)
        return QCoreApplication::translate("dp::AlertNotice", "%1 and %2").arg(names.at(0), names.at(1));
    return QCoreApplication::translate("dp::AlertNotice", "%1 and %n more", nullptr,
                                       int(names.size()) - kShown)
        .arg(names.mid(0, kShown).join(QCoreApplication::translate("dp::AlertNotice", ", ")));
}

} // namespace

std::optional<AlertNotice> alertNotice(const QList<NewAlert> &alerts) {
    QStringList dark;
    QStringList atRisk;
    for (const NewAlert &alert : alerts)
        (alert.band == HealthBand::Dark ? dark : atRisk).append(alert.dealName);
    if (dark.isEmpty() && atRisk.isEmpty())
        return std::nullopt;
    QStringList lines;
    if (!dark.isEmpty())
        lines.append(QCoreApplication::translate("dp::AlertNotice", "%n deal(s) went dark: %1", nullptr,
                                                 int(dark.size()))
                         .arg(someNames(dark)));
    if (!atRisk.isEmpty())
        lines.append(QCoreApplication::translate("dp::AlertNotice", "%n deal(s) now at risk: %1", nullptr,
                                                 int(atRisk.size()))
                         .arg(someNames(atRisk)));
    return AlertNotice{QCoreApplication::translate("dp::AlertNotice", "Dealpulse: deals need a look"),
                       lines.join(QLatin1Char('\n'))};
}

} // namespace dp
