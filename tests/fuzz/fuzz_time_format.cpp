// SPDX-License-Identifier: GPL-3.0-or-later
// Instants from the command line, a CRM or a file: any text either parses or is refused, and an instant we
// accept is written back and read again as the same instant.

#include "FuzzInput.h"

#include "domain/TimeFormat.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = dp::fuzz::utf8(data, size);
    if (const auto instant = dp::parseIsoInstant(text)) {
        const QString written = dp::isoUtc(*instant);
        const auto again = dp::parseIsoInstant(written);
        DP_FUZZ_CHECK(again && *again == *instant);
    }
    // The bytes as a count of milliseconds, extremes included (dates at INT64_MIN once were undefined).
    if (size >= sizeof(qint64)) {
        qint64 millis = 0;
        std::memcpy(&millis, data, sizeof millis);
        (void)dp::isoUtc(millis);
    }
    return 0;
}
