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

    // docs/translation-glossary.md: "commit" is "Confirmat", never "Angajat", in every Romanian entry.
    void romanianFollowsTheGlossary() {
        QFile file(qEnvironmentVariable("DEALPULSE_SOURCE_DIR") +
                   QStringLiteral("/translations/dealpulse_ro.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(!text.contains(QStringLiteral("angajat"), Qt::CaseInsensitive), "banned term: Angajat");
        QCOMPARE(installLanguage(QStringLiteral("ro")), QStringLiteral("ro"));
        QCOMPARE(QCoreApplication::translate("Forecast", "Commit"), QStringLiteral("Confirmat"));
        QCOMPARE(bandLabel(HealthBand::Dark), QStringLiteral("Fără răspuns"));
    }

    // Counts from the sync and the PDF report, in the three Romanian forms: 1, 3 and 25 ("de").
    void romanianCountsHaveThreeForms_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("synced");
        QTest::addColumn<QString>("deals");
        QTest::newRow("1") << 1 << QStringLiteral("S-a sincronizat 1 înregistrare; ")
                           << QStringLiteral("1 oportunitate");
        QTest::newRow("3") << 3 << QStringLiteral("S-au sincronizat 3 înregistrări; ")
                           << QStringLiteral("3 oportunități");
        QTest::newRow("25") << 25 << QStringLiteral("S-au sincronizat 25 de înregistrări; ")
                            << QStringLiteral("25 de oportunități");
        QTest::newRow("1234") << 1234 << QStringLiteral("S-au sincronizat 1.234 de înregistrări; ")
                              << QStringLiteral("1.234 de oportunități");
    }

    void romanianCountsHaveThreeForms() {
        QFETCH(int, count);
        QFETCH(QString, synced);
        QFETCH(QString, deals);
        QCOMPARE(installLanguage(QStringLiteral("ro")), QStringLiteral("ro"));
        QCOMPARE(QCoreApplication::translate("dp::sync::SyncController", "Synced %Ln record(s); %1", nullptr,
                                             count)
                     .arg(QString()),
                 synced);
        QCOMPARE(QCoreApplication::translate("PdfReport", "%Ln deal(s)", nullptr, count), deals);
        installLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("PdfReport", "%Ln deal(s)", nullptr, count),
                 count == 1 ? QStringLiteral("1 deal")
                            : QStringLiteral("%1 deals").arg(QLocale().toString(count)));
    }

    // Exports carry the reasons in English whatever the window's language (docs/snapshot-format.md).
    void exportedReasonsStayEnglish() {
        QCOMPARE(installLanguage(QStringLiteral("ro")), QStringLiteral("ro"));
        const QList<HealthReason> reasons{{HealthReason::Code::NoInboundFor, 1, 0},
                                          {HealthReason::Code::OutboundOnly, 3, 0},
                                          {HealthReason::Code::SilentBeyondRhythm, 22, 1}};
        QCOMPARE(describeInEnglish(reasons),
                 (QStringList{QStringLiteral("No reply from the buyer in 1 day"),
                              QStringLiteral("3 touches from us and no reply in the last 4 weeks"),
                              QStringLiteral("Usually replies within 1 day; silent for 22 days")}));
        QCOMPARE(describe(reasons).first(), QStringLiteral("Niciun răspuns de la cumpărător de 1 zi"));
    }

    void unknownLanguageFallsBackToEnglish() {
        QCOMPARE(installLanguage(QStringLiteral("xx")), QStringLiteral("en"));
        QCOMPARE(describe(HealthReason{HealthReason::Code::ClosePushed, 2, 0}),
                 QStringLiteral("Close date pushed 2 times"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
