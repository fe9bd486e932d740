// SPDX-License-Identifier: GPL-3.0-or-later
// A listed page's body as the fetch thread checks it: the scanner must finish on any bytes, and a member it
// finds in a well-formed body must be well-formed JSON on its own (the next request is built from it).

#include "FuzzInput.h"

#include "sync/http/JsonScan.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body = dp::fuzz::bytes(data, size);
    const dp::sync::JsonScan scan = dp::sync::scanJson(body, "paging");
    if (scan.member) {
        DP_FUZZ_CHECK(scan.wellFormed);
        DP_FUZZ_CHECK(dp::sync::scanJson(*scan.member).wellFormed);
    }
    (void)dp::sync::scanJson(body);
    return 0;
}
