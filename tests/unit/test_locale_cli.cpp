// SPDX-License-Identifier: GPL-3.0-or-later
// The command line speaks the language of the shell it runs in: the real binary, run with LANG set as a
// user's session sets it.

#include "PipelineBuilder.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace dp;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// `lang` as the only locale variable: LC_ALL, LC_MESSAGES and LANGUAGE would override it.
Run dealpulse(const QString &lang, const QStringList &arguments) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LANGUAGE"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LANG"), lang);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("DEALPULSE_APP"), arguments);
    if (!process.waitForFinished(120000))
        qFatal("dealpulse did not finish: %s", qPrintable(arguments.join(QLatin1Char(' '))));
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

const QString kRomanian = QStringLiteral("ro_RO.UTF-8");
const QString kC = QStringLiteral("C");

} // namespace

class TestLocaleCli : public QObject {
    Q_OBJECT

private slots:
    void errorsFollowTheLanguageOfTheShell() {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        const QStringList arguments{QStringLiteral("snapshot"), QStringLiteral("list"),
                                    QStringLiteral("--db"), missing};

        const Run romanian = dealpulse(kRomanian, arguments);
        QCOMPARE(romanian.exitCode, 1);
        QCOMPARE(romanian.err.trimmed(),
                 QStringLiteral("dealpulse: Nu există niciun cache la %1.").arg(missing));

        const Run english = dealpulse(kC, arguments);
        QCOMPARE(english.exitCode, 1);
        QCOMPARE(english.err.trimmed(), QStringLiteral("dealpulse: No cache at %1.").arg(missing));

        // Arguments too: a bad option is explained in the user's language, with the usual exit code.
        const QStringList bad = QStringList{QStringLiteral("snapshot"), QStringLiteral("take")}
                                << QStringLiteral("--db") << missing << QStringLiteral("--label")
                                << QStringLiteral("week 48") << QStringLiteral("--going-dark-days")
                                << QStringLiteral("7");
        const Run badRomanian = dealpulse(kRomanian, bad);
        QCOMPARE(badRomanian.exitCode, 2);
        QVERIFY2(badRomanian.err.contains(QStringLiteral("așteaptă un număr întreg între 14 și 42")),
                 qPrintable(badRomanian.err));
        QVERIFY2(dealpulse(kC, bad).err.contains(QStringLiteral("wants a whole number from 14 to 42")),
                 qPrintable(dealpulse(kC, bad).err));

        // --help is translated too; packaging/gen-cli-docs.py runs it with LANG=C for the English man page.
        QVERIFY(dealpulse(kRomanian, {QStringLiteral("--help")}).out.contains(QStringLiteral("Comenzi")));
        QVERIFY(dealpulse(kC, {QStringLiteral("--help")}).out.contains(QStringLiteral("Commands")));
    }

    // Romanian counts take three forms: 1, 2–19 (and 101–119, …), and 20 or more with "de".
    void countsUseRomanianPluralForms_data() {
        QTest::addColumn<int>("deals");
        QTest::addColumn<QString>("romanian");
        QTest::addColumn<QString>("english");
        QTest::newRow("1") << 1 << QStringLiteral("(1 oportunitate)") << QStringLiteral("(1 deal)");
        QTest::newRow("3") << 3 << QStringLiteral("(3 oportunități)") << QStringLiteral("(3 deals)");
        QTest::newRow("25") << 25 << QStringLiteral("(25 de oportunități)") << QStringLiteral("(25 deals)");
    }

    void countsUseRomanianPluralForms() {
        QFETCH(int, deals);
        QFETCH(QString, romanian);
        QFETCH(QString, english);
        test::TempCache cache;
        test::PipelineBuilder builder(cache.db());
        for (int i = 0; i < deals; ++i)
            builder.deal(QStringLiteral("deal-%1").arg(i), 1'790'000'000'000 - qint64(i) * kMillisPerDay);
        cache.close();
        const QStringList take = QStringList{QStringLiteral("snapshot"), QStringLiteral("take")}
                                 << QStringLiteral("--db") << cache.path() << QStringLiteral("--label")
                                 << QStringLiteral("week 38") << QStringLiteral("--as-of")
                                 << QStringLiteral("2026-09-22T00:00:00Z");

        const Run inRomanian = dealpulse(kRomanian, take);
        QCOMPARE(inRomanian.exitCode, 0);
        QVERIFY2(inRomanian.err.startsWith(QStringLiteral("S-a realizat instantaneul ")),
                 qPrintable(inRomanian.err));
        QVERIFY2(inRomanian.err.trimmed().endsWith(romanian), qPrintable(inRomanian.err));

        const Run inEnglish = dealpulse(kC, take);
        QCOMPARE(inEnglish.exitCode, 0);
        QVERIFY2(inEnglish.err.trimmed().endsWith(english), qPrintable(inEnglish.err));
    }
};

QTEST_GUILESS_MAIN(TestLocaleCli)
#include "test_locale_cli.moc"
