// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loading the user's language: our catalogue plus Qt's own, from the resources built into the binary.

#include <QString>
#include <QStringList>

namespace dp {

// "en", "ro".
QStringList availableLanguages();
// Installs the translators for `language` ("" = the system's, falling back to English) on the running
// application and sets the default QLocale to match, so numbers, dates and currencies follow it.
// Returns the language actually installed.
QString installLanguage(const QString &language);

} // namespace dp
