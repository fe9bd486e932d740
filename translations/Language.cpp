// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace dp {

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("ro")};
}

QStringList availableFormats() {
    return {QStringLiteral("en_US"), QStringLiteral("en_GB"), QStringLiteral("ro_RO")};
}

QString systemLanguage() {
    // uiLanguages() rather than name(): name() follows LC_NUMERIC, the messages' language LC_MESSAGES.
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QLocale formatsLocale(const QString &formats, const QString &language) {
    if (availableFormats().contains(formats))
        return QLocale(formats);
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::C)
        return system;
    return QLocale(language == QLatin1String("ro") ? QStringLiteral("ro_RO") : QStringLiteral("en_US"));
}

QString installLanguage(const QString &language, const QString &formats) {
    QString chosen = language.isEmpty() ? systemLanguage() : language;
    if (!availableLanguages().contains(chosen))
        chosen = QStringLiteral("en");

    // A language chosen again (tests switch back and forth) replaces the earlier translators rather than
    // stacking under them.
    static QPointer<QTranslator> ours;
    static QPointer<QTranslator> qt;
    for (QPointer<QTranslator> *old : {&ours, &qt}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    // English needs its catalogue too: it holds the plural forms ("1 day" / "2 days").
    ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/dealpulse_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    QLocale::setDefault(formatsLocale(formats, chosen));
    return chosen;
}

} // namespace dp
