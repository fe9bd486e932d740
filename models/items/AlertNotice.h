// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one desktop notification after a sync that turned deals dark or at risk: "3 deals went dark: Acme
// renewal, Globex pilot and 1 more", with a second line for those now at risk.

#include "store/LastSyncStore.h"

#include <optional>

namespace dp {

struct AlertNotice {
    QString title;
    QString text;
};

// Nothing when no deal newly needs a look.
std::optional<AlertNotice> alertNotice(const QList<NewAlert> &alerts);

} // namespace dp
