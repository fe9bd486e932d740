// SPDX-License-Identifier: GPL-3.0-or-later
// A field of an export, from any deal or account name a CRM holds: read back by an RFC 4180 reader it must
// be one field whose text is the original (with the apostrophe that guards a would-be formula).

#include "FuzzInput.h"

#include "forecast/CsvWriter.h"

#include <optional>

namespace {

// Reads one RFC 4180 field that must span the whole record; nothing when it is not exactly one field.
std::optional<QString> readSingleField(const QByteArray &record) {
    const QString text = QString::fromUtf8(record);
    if (!text.startsWith(QLatin1Char('"'))) {
        for (const QChar c : text)
            if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
                c == QLatin1Char('\r'))
                return std::nullopt;
        return text;
    }
    QString field;
    qsizetype i = 1;
    for (; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('"')) {
            field += text[i];
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
            field += QLatin1Char('"');
            ++i;
            continue;
        }
        break;
    }
    if (i != text.size() - 1)
        return std::nullopt; // no closing quote, or something after it
    return field;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // Through UTF-8 and back, so the comparison is between texts the writer can represent.
    const QString text = QString::fromUtf8(dp::fuzz::utf8(data, size).toUtf8());
    const auto plain = readSingleField(dp::csvField(text, false));
    DP_FUZZ_CHECK(plain && *plain == text);
    const auto guarded = readSingleField(dp::csvField(text, true));
    DP_FUZZ_CHECK(guarded && (*guarded == text || *guarded == QLatin1Char('\'') + text));
    return 0;
}
