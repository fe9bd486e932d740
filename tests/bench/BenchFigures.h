// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every benchmark reports: milliseconds from a timer, and the median of repeated runs.

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace dp::bench {

inline double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace dp::bench
