// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks that a body is well-formed JSON without building it, and finds one top-level member on the way.
// The listing's fetch thread needs only a page's cursor to ask for the next page; building the whole
// document (QJsonDocument) there kept the next request waiting behind it, so the page is parsed later, on
// the prepare thread. The check stays on the fetch thread: a body cut short or an HTML error page must be
// retried in place, never taken for a last page because its cursor is missing.

#include <QByteArrayView>

#include <optional>

namespace dp::sync {

struct JsonScan {
    bool wellFormed = false;
    // The raw text of the root object's member named by the scan, when there is one (the value only, so it
    // parses on its own).
    std::optional<QByteArrayView> member;
};

// RFC 8259 syntax, as leniently as QJsonDocument reads it (which takes any character after a backslash but
// 'u', control characters inside strings, and "1."): what one accepts the other does. Keys are compared as
// written (a key spelled with escapes does not match).
JsonScan scanJson(QByteArrayView text, QByteArrayView topLevelKey = {});

} // namespace dp::sync
