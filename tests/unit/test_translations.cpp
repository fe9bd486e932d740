// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped catalogues: complete, embedded, and applied with Romanian plurals and diacritics.

#include "analytics/HealthText.h"
#include "translations/Language.h"

#include <QFile>
#include <QLocale>
#include <QXmlStreamReader>
#include <QtTest>

using namespace dp;

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void cataloguesHaveNoUnfinishedMessage() {
        for (const char *language : {"en", "ro"}) {
            QFile file(qEnvironmentVariable("DEALPULSE_SOURCE_DIR") +
                       QStringLiteral("/translations/dealpulse_%1.ts").arg(QLatin1String(language)));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QXmlStreamReader xml(&file);
            int messages = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("message"))
                    ++messages;
                if (xml.name() == QLatin1String("translation"))
                    QVERIFY2(
                        xml.attributes().value(QLatin1String("type")) != QLatin1String("unfinished"),
                        qPrintable(QStringLiteral("%1: unfinished message").arg(QLatin1String(language))));
            }
            QVERIFY(!xml.hasError());
            QVERIFY(messages > 100);
        }
    }

    void romanianAppliesWithPluralsAndLocale() {
        QCOMPARE(installLanguage(QStringLiteral("ro")), QStringLiteral("ro"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::NoInboundFor, 1, 0}),
                 QStringLiteral("Niciun răspuns de la cumpărător de 1 zi"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::NoInboundFor, 3, 0}),
                 QStringLiteral("Niciun răspuns de la cumpărător de 3 zile"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::NoInboundFor, 23, 0}),
                 QStringLiteral("Niciun răspuns de la cumpărător de 23 de zile"));
        // Two counts in one reason, each with its own plural.
        QCOMPARE(describe(HealthReason{HealthReason::Code::SilentBeyondRhythm, 22, 1}),
                 QStringLiteral("De obicei răspunde în cel mult 1 zi; tace de 22 de zile"));
        QCOMPARE(bandLabel(HealthBand::AtRisk), QStringLiteral("În pericol"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    }

    void unknownLanguageFallsBackToEnglish() {
        QCOMPARE(installLanguage(QStringLiteral("xx")), QStringLiteral("en"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::ClosePushed, 2, 0}),
                 QStringLiteral("Close date pushed 2 times"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
