// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user meets it: the real binary, run as a child process.

#include "AppProcess.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = dp::test::AppRun;

Run dealpulse(const QStringList &arguments) {
    return dp::test::runApp(arguments);
}

// One line, naming the command, and nothing else: what a script or a person needs.
void verifyOneLineError(const Run &run, int exitCode, const char *mentions) {
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(run.err.contains(QLatin1String(mentions)), qPrintable(run.err));
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(qEnvironmentVariable("DEALPULSE_APP")));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run run = dealpulse({QStringLiteral("demo"), QStringLiteral("--db"), m_demo,
                                   QStringLiteral("--deals"), QStringLiteral("60"), QStringLiteral("--now"),
                                   QStringLiteral("2026-11-28T09:00:00Z")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("60 deals")));
    }

    void everyVerbHasHelp() {
        for (const char *verb : {"demo", "export"}) {
            const Run run = dealpulse({QString::fromLatin1(verb), QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains(QLatin1String("Usage: dealpulse ") + QLatin1String(verb)));
            QVERIFY(run.out.contains(QLatin1String("--db")));
        }
    }

    void unknownVerbOrOptionIsAOneLineError() {
        verifyOneLineError(dealpulse({QStringLiteral("export"), QStringLiteral("--bogus")}), 2, "bogus");
        verifyOneLineError(dealpulse({QStringLiteral("export"), QStringLiteral("--db"), m_demo,
                                      QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.json")),
                                      QStringLiteral("--as-of"), QStringLiteral("last tuesday")}),
                           2, "--as-of");
        verifyOneLineError(dealpulse({QStringLiteral("export"), QStringLiteral("--db"), m_demo,
                                      QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.json")),
                                      QStringLiteral("--going-dark-days"), QStringLiteral("7")}),
                           2, "14 to 42");
        verifyOneLineError(dealpulse({QStringLiteral("export"), QStringLiteral("--db"), m_demo,
                                      QStringLiteral("--format"), QStringLiteral("yaml"),
                                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.y"))}),
                           2, "yaml");
        verifyOneLineError(
            dealpulse({QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("many")}), 2,
            "--deals");
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.json"))));
    }

    // The verbs with sub-commands share one dispatcher: a missing or unknown one names the choices.
    void missingOrUnknownSubCommandIsAOneLineError() {
        verifyOneLineError(dealpulse({QStringLiteral("snapshot")}), 2, "snapshot: wants take, list or diff");
        verifyOneLineError(dealpulse({QStringLiteral("team"), QStringLiteral("bogus")}), 2,
                           "team: unknown command 'bogus'; use init, add-user, sync or status");
        const Run help = dealpulse({QStringLiteral("snapshot"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QLatin1String("Usage: dealpulse snapshot take|list|diff")));
        // A sub-command's own errors carry its name.
        verifyOneLineError(
            dealpulse({QStringLiteral("snapshot"), QStringLiteral("take"), QStringLiteral("--bogus")}), 2,
            "snapshot take:");
    }

    void missingOrForeignCacheIsAOneLineError() {
        verifyOneLineError(dealpulse({QStringLiteral("export"), QStringLiteral("--db"),
                                      m_dir.filePath(QStringLiteral("none.sqlite")),
                                      QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y.json"))}),
                           1, "No cache at");
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a cache");
        file.close();
        verifyOneLineError(dealpulse({QStringLiteral("export"), QStringLiteral("--db"), text,
                                      QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y.json"))}),
                           1, "not a Dealpulse cache");
    }

    void demoRefusesToWriteOverAnExistingFile() {
        verifyOneLineError(dealpulse({QStringLiteral("demo"), QStringLiteral("--db"), m_demo}), 1,
                           "already exists");
    }

    void exportWritesTheSnapshotAsOfAnInstant() {
        const QString out = m_dir.filePath(QStringLiteral("snapshot.json"));
        const Run run =
            dealpulse({QStringLiteral("export"), QStringLiteral("--db"), m_demo, QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--out"), out, QStringLiteral("--as-of"),
                       QStringLiteral("2026-11-01T00:00:00Z"), QStringLiteral("--going-dark-days"),
                       QStringLiteral("28")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("dealpulse-snapshot"));
        QCOMPARE(document.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-01T00:00:00Z"));
        QCOMPARE(document.value(QStringLiteral("going_dark_days")).toInt(), 28);
        const QJsonArray deals = document.value(QStringLiteral("deals")).toArray();
        QVERIFY(deals.size() > 0 && deals.size() <= 60);
        for (const QJsonValue &deal : deals) {
            const QString lastInbound =
                deal[QStringLiteral("activity")][QStringLiteral("last_inbound_at")].toString();
            QVERIFY2(lastInbound.isEmpty() || lastInbound <= QLatin1String("2026-11-01T00:00:00Z"),
                     qPrintable(lastInbound));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
