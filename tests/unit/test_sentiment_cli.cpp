// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse sentiment as a script meets it: the real binary, text on stdin, scores on stdout.

#include "AppProcess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QStringList lines;
    QString err;
};

Run sentiment(const QStringList &arguments, const QString &input) {
    const dp::test::AppRun run =
        dp::test::runApp(QStringList{QStringLiteral("sentiment")} + arguments, input);
    return {run.exitCode, run.outLines(), run.err};
}

} // namespace

class TestSentimentCli final : public QObject {
    Q_OBJECT

private slots:
    void scoresOneLinePerLine() {
        const QString input =
            QStringLiteral("Please remove me from your mailing list.\n\nLegal approved the terms; PO "
                           "is on its way.\n");
        const Run vader = sentiment(
            {QStringLiteral("--score"), QStringLiteral("--lexicon"), QStringLiteral("vader")}, input);
        QCOMPARE(vader.exitCode, 0);
        QCOMPARE(vader.lines, QStringList({QStringLiteral("0.3182"), QStringLiteral("0.0000"),
                                           QStringLiteral("-0.2577")}));
        const Run sales = sentiment({QStringLiteral("--score")}, input);
        QCOMPARE(sales.exitCode, 0);
        QCOMPARE(sales.lines.size(), 3);
        QVERIFY(sales.lines[0].toDouble() < 0);
        QCOMPARE(sales.lines[1], QStringLiteral("0.0000"));
        QVERIFY(sales.lines[2].toDouble() > 0);
    }

    void scoresEachLineInItsLanguage() {
        // A mixed stream: each line is read in the language detected in it, so the Romanian lines score
        // with the Romanian lexicon (they have no English word the English lexicons know).
        const QString input = QStringLiteral("Suntem foarte mulțumiți de demonstrație.\n"
                                             "The demo was great.\n"
                                             "Prețul este prea scump pentru noi.\n");
        const Run detected = sentiment({QStringLiteral("--score")}, input);
        QCOMPARE(detected.exitCode, 0);
        QCOMPARE(detected.lines.size(), 3);
        QVERIFY(detected.lines[0].toDouble() > 0.3);
        QVERIFY(detected.lines[1].toDouble() > 0.3);
        QVERIFY(detected.lines[2].toDouble() < -0.3);
        const Run automatic = sentiment(
            {QStringLiteral("--score"), QStringLiteral("--language"), QStringLiteral("auto")}, input);
        QCOMPARE(automatic.lines, detected.lines);

        // Told the language, every line is read in it: the English lexicons know no Romanian word, the
        // Romanian one no English word.
        const Run english =
            sentiment({QStringLiteral("--score"), QStringLiteral("--language"), QStringLiteral("en")}, input);
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(english.lines[0], QStringLiteral("0.0000"));
        QCOMPARE(english.lines[1], detected.lines[1]);
        QCOMPARE(english.lines[2], QStringLiteral("0.0000"));
        const Run romanian =
            sentiment({QStringLiteral("--score"), QStringLiteral("--language"), QStringLiteral("ro")}, input);
        QCOMPARE(romanian.exitCode, 0);
        QCOMPARE(romanian.lines[0], detected.lines[0]);
        QCOMPARE(romanian.lines[1], QStringLiteral("0.0000"));
        QCOMPARE(romanian.lines[2], detected.lines[2]);

        QCOMPARE(
            sentiment({QStringLiteral("--score"), QStringLiteral("--language"), QStringLiteral("fr")}, {})
                .exitCode,
            2);
        QCOMPARE(sentiment({QStringLiteral("--score"), QStringLiteral("--lexicon"), QStringLiteral("vader"),
                            QStringLiteral("--language"), QStringLiteral("ro")},
                           {})
                     .exitCode,
                 2);
    }

    void prequentialLearnsAfterPredicting() {
        QString input;
        for (int i = 0; i < 30; ++i)
            input +=
                QStringLiteral("0\tGreat, another budget review next month.\n1\tWe signed the order form.\n");
        const Run run = sentiment({QStringLiteral("--prequential")}, input);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.size(), 60);
        for (const QString &line : run.lines) {
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.size(), 3);
            for (const QString &v : f)
                QVERIFY(std::abs(v.toDouble()) <= 1.0);
        }
        QCOMPARE(run.lines.first().section(u'\t', 2),
                 run.lines.first().section(u'\t', 1, 1)); // nothing learned yet
        QVERIFY(run.lines.first().section(u'\t', 0, 0).toDouble() > 0);
        QVERIFY(run.lines[58].section(u'\t', 2).toDouble() < 0); // learned that this one is bad news
        QVERIFY(run.lines[59].section(u'\t', 2).toDouble() > 0);
    }

    void rescoresACache() {
        // The demo scores its interactions before computing health; --rescore --all scores them again.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        QProcess demo;
        demo.start(qEnvironmentVariable("DEALPULSE_APP"),
                   {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--deals"),
                    QStringLiteral("8"), QStringLiteral("--now"), QStringLiteral("2026-11-28T09:00:00Z")});
        QVERIFY(demo.waitForFinished(120000));
        QCOMPARE(demo.exitCode(), 0);
        const Run pending = sentiment({QStringLiteral("--db"), db, QStringLiteral("--rescore")}, {});
        QCOMPARE(pending.exitCode, 0);
        QVERIFY2(pending.lines.value(0).startsWith(QLatin1String("Scored 0 interactions")),
                 qPrintable(pending.lines.value(0)));
        const Run all =
            sentiment({QStringLiteral("--db"), db, QStringLiteral("--rescore"), QStringLiteral("--all"),
                       QStringLiteral("--now"), QStringLiteral("2026-11-28T09:00:00Z")},
                      {});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(!all.lines.value(0).startsWith(QLatin1String("Scored 0 ")), qPrintable(all.lines.value(0)));
        // Same texts, same scores: nothing changed, so no deal needed recomputing.
        QVERIFY2(all.lines.value(0).endsWith(QLatin1String("recomputed 0 deals.")),
                 qPrintable(all.lines.value(0)));
        QCOMPARE(sentiment({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")),
                            QStringLiteral("--rescore")},
                           {})
                     .exitCode,
                 1);
    }

    void badInputIsAOneLineError() {
        const Run run = sentiment({QStringLiteral("--prequential")}, QStringLiteral("1\tok\npositive\tno\n"));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.lines.size(), 1);
        QVERIFY(run.err.contains(QLatin1String("line 2")));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QCOMPARE(sentiment({QStringLiteral("--score"), QStringLiteral("--lexicon"), QStringLiteral("x")}, {})
                     .exitCode,
                 2);
        QCOMPARE(sentiment({}, {}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSentimentCli)
#include "test_sentiment_cli.moc"
