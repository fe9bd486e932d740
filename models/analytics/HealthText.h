// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A health reason in words the manager reads ("No reply from the buyer in 23 days"), in the user's language.

#include "domain/Health.h"

#include <QString>
#include <QStringList>

namespace dp {

QString describe(const HealthReason &reason);
QStringList describe(const QList<HealthReason> &reasons);
// The same sentences in English whatever the user's language: what exports carry, so a file reads the same
// (and hashes the same) on every machine.
QStringList describeInEnglish(const QList<HealthReason> &reasons);
// "Healthy", "Watch", "At risk", "Going dark", "Closed".
QString bandLabel(HealthBand band);

} // namespace dp
