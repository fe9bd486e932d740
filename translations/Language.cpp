// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dp {

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("ro")};
}

QString installLanguage(const QString &language) {
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QLocale::system().name().left(2);
    if (!availableLanguages().contains(chosen))
        chosen = QStringLiteral("en");

    // English needs its catalogue too: it holds the plural forms ("1 day" / "2 days").
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/dealpulse_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    QLocale::setDefault(
        QLocale(chosen == QLatin1String("ro") ? QStringLiteral("ro_RO") : QStringLiteral("en_US")));
    return chosen;
}

} // namespace dp
