// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/VaderScores.h"

#include <charconv>

namespace dp::sentiment {

namespace {

// std::to_chars with a precision rounds the exact binary value correctly, ties to even, as CPython's
// round(x, n) does; going through text is what makes the result identical, not merely close.
double roundLikePython(double value, int decimals) {
    char buffer[64];
    const auto printed =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    double result = value;
    std::from_chars(buffer, printed.ptr, result);
    return result;
}

} // namespace

VaderScores VaderScores::rounded() const {
    return {roundLikePython(neg, 3), roundLikePython(neu, 3), roundLikePython(pos, 3),
            roundLikePython(compound, 4)};
}

} // namespace dp::sentiment
