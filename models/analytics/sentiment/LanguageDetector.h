// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A cheap guess of the language of a text, enough to keep the English lexicon away from Romanian mail:
// Romanian diacritics and a handful of stop words of each language decide it.

#include <QStringView>

namespace dp::sentiment {

enum class Language { English, Romanian };

Language detectLanguage(QStringView text);

// "en" / "ro", for logs and the command line.
QStringView languageCode(Language language);

} // namespace dp::sentiment
