// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every fuzz target shares: the libFuzzer entry point's signature, and the input as the text types
// the code under test takes.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace dp::fuzz {

// The bytes as given, not copied (valid during one call of the entry point).
inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The bytes read as UTF-8, as text from a server or a file is read: invalid sequences become U+FFFD.
inline QString utf8(const uint8_t *data, size_t size) {
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant that must hold for every input: a failure aborts, so libFuzzer keeps the input that broke it.
#define DP_FUZZ_CHECK(condition)                                                                             \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            qFatal("fuzz invariant failed: %s (%s:%d)", #condition, __FILE__, __LINE__);                     \
    } while (false)

} // namespace dp::fuzz
