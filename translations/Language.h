// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loading the user's language: our catalogue plus Qt's own, from the resources built into the binary; and
// the locale dates, numbers and amounts are written in, which is a choice of its own (a Romanian reading
// the English window may still want 31.12.2026 and 1.234,50 lei).

#include <QLocale>
#include <QString>
#include <QStringList>

namespace dp {

// "en", "ro".
QStringList availableLanguages();
// The locales the Settings offer for formats besides the system's: "en_US", "en_GB", "ro_RO".
QStringList availableFormats();
// The language of the system's messages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as QLocale::system() reads
// them) when we have a catalogue for it, else English.
QString systemLanguage();
// The locale for `formats` ("" = the system's). A system without a locale of its own (C, POSIX: a bare
// container or a test) gets the usual one of `language` instead of C's, which writes 1234567 and 2026-12-31.
QLocale formatsLocale(const QString &formats, const QString &language);
// Installs the translators for `language` ("" = the system's, falling back to English) on the running
// application and makes formatsLocale(formats, language) the default QLocale, so numbers, dates and
// currencies follow it. Returns the language actually installed.
QString installLanguage(const QString &language, const QString &formats = {});

} // namespace dp
