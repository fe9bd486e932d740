// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Clock.h"

#include <QDateTime>

namespace dp {

Millis SystemClock::now() const {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace dp
