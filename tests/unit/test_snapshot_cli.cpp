// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse snapshot take|list|diff and export in every format, run as a user would: the real binary.

#include "AppProcess.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = dp::test::AppRun;

Run dealpulse(const QStringList &arguments) {
    return dp::test::runApp(arguments);
}

QByteArray runTool(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// The deal names in a CSV export, in order: the "name" column of every record after the header.
QStringList csvNames(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll()).mid(1); // the byte-order mark
    QStringList names;
    QStringList record;
    QString field;
    bool quoted = false;
    bool header = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            record.append(field);
            field.clear();
            ++i; // the line feed
            if (record.size() == 1 && record.first().isEmpty())
                break;
            if (!header)
                names.append(record.value(2));
            header = false;
            record.clear();
        } else {
            field += c;
        }
    }
    return names;
}

// The deal names of an XLSX export's Deals sheet (column C below the header), in order.
QStringList xlsxNames(const QString &path) {
    const QString sheet = QString::fromUtf8(runTool(
        QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet2.xml")}));
    QStringList names;
    static const QRegularExpression cell(
        QStringLiteral("<c r=\"C(\\d+)\"[^>]*><is><t[^>]*>(.*?)</t></is></c>"),
        QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpressionMatch &match : cell.globalMatch(sheet)) {
        if (match.captured(1) == QLatin1String("1"))
            continue;
        QString name = match.captured(2);
        name.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        names.append(name);
    }
    return names;
}

QStringList jsonNames(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    for (const QJsonValue &deal :
         QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("deals")).toArray())
        names.append(deal.toObject().value(QStringLiteral("name")).toString());
    return names;
}

// pdftotext in content-stream order with all white space folded, so a name wrapped in its cell reads whole.
QString pdfText(const QString &path) {
    return QString::fromUtf8(
               runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                     QStringLiteral("UTF-8"), path, QStringLiteral("-")}))
        .simplified();
}

QString hashIn(const QString &stderrText) {
    const qsizetype at = stderrText.indexOf(QLatin1String("SHA-256 "));
    return at < 0 ? QString() : stderrText.mid(at + 8, 64);
}

} // namespace

class TestSnapshotCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() {
        m_db = file("demo.sqlite");
        const Run run = dealpulse({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--deals"), QStringLiteral("60"), QStringLiteral("--now"),
                                   QStringLiteral("2026-11-28T09:00:00Z")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void takeListAndDiff() {
        const Run first = dealpulse(
            {QStringLiteral("snapshot"), QStringLiteral("take"), QStringLiteral("--db"), m_db,
             QStringLiteral("--label"), QStringLiteral("Week 40"), QStringLiteral("--as-of"),
             QStringLiteral("2026-10-01T09:00:00Z"), QStringLiteral("--taken-by"), QStringLiteral("rita")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.out.trimmed(), QStringLiteral("1"));
        const Run second =
            dealpulse({QStringLiteral("snapshot"), QStringLiteral("take"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--label"), QStringLiteral("Week 48")});
        QCOMPARE(second.out.trimmed(), QStringLiteral("2"));

        const Run list =
            dealpulse({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QLatin1String("id\ttaken_at")));
        QVERIFY(lines[1].startsWith(QLatin1String("2\t"))); // newest first
        QVERIFY(lines[2].contains(QLatin1String("\trita\tWeek 40")));
        QVERIFY(lines[2].contains(QLatin1String("2026-10-01T09:00:00Z")));

        const Run diff = dealpulse({QStringLiteral("snapshot"), QStringLiteral("diff"),
                                    QStringLiteral("--db"), m_db, QStringLiteral("1"), QStringLiteral("2")});
        QVERIFY2(diff.exitCode == 0, qPrintable(diff.err));
        const QJsonObject json = QJsonDocument::fromJson(diff.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("dealpulse-snapshot-diff"));
        QVERIFY(!json.value(QStringLiteral("changes")).toArray().isEmpty());
        QVERIFY(json.value(QStringLiteral("totals")).toObject().contains(QStringLiteral("USD")));

        const Run csv = dealpulse({QStringLiteral("snapshot"), QStringLiteral("diff"), QStringLiteral("--db"),
                                   m_db, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("--out"), file("diff.csv")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QFile diffCsv(file("diff.csv"));
        QVERIFY(diffCsv.open(QIODevice::ReadOnly));
        QVERIFY(diffCsv.readLine().contains("change,source,remote_id"));

        const Run xlsx =
            dealpulse({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                       QStringLiteral("xlsx"), QStringLiteral("--out"), file("changes.xlsx"),
                       QStringLiteral("--snapshot"), QStringLiteral("2"), QStringLiteral("--compare"),
                       QStringLiteral("1")});
        QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-p"), file("changes.xlsx"), QStringLiteral("xl/workbook.xml")});
        QVERIFY(unzip.waitForFinished());
        QVERIFY(unzip.readAllStandardOutput().contains("name=\"Changes\""));
    }

    void everyFormatOfOneExportCarriesTheSameDeals() {
        const Run take =
            dealpulse({QStringLiteral("snapshot"), QStringLiteral("take"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--label"), QStringLiteral("For export")});
        const QString id = take.out.trimmed();
        QStringList hashes;
        for (const char *format : {"csv", "xlsx", "json"}) {
            const Run run =
                dealpulse({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                           QString::fromLatin1(format), QStringLiteral("--out"),
                           file("s.") + QString::fromLatin1(format), QStringLiteral("--snapshot"), id,
                           QStringLiteral("--health"), QStringLiteral("dark,at_risk,closed")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            hashes.append(hashIn(run.err));
        }
        QCOMPARE(hashes.count(hashes.first()), 3);
        QCOMPARE(hashes.first().size(), 64);
        QFile json(file("s.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll())
                     .object()
                     .value(QStringLiteral("deal_rows_sha256"))
                     .toString(),
                 hashes.first());
    }

    void theFourFormatsCarryTheSameDealsForOneCommandAndFilter() {
        // A past instant and a filter, so reconstruction and filtering both shape what every format holds.
        QStringList hashes;
        for (const char *format : {"csv", "xlsx", "json", "pdf"}) {
            const Run run =
                dealpulse({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                           QString::fromLatin1(format), QStringLiteral("--out"),
                           file("four.") + QString::fromLatin1(format), QStringLiteral("--as-of"),
                           QStringLiteral("2026-10-15T09:00:00Z"), QStringLiteral("--health"),
                           QStringLiteral("healthy,watch,dark,closed")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            hashes.append(hashIn(run.err));
        }
        QCOMPARE(hashes.count(hashes.first()), 4);
        const QStringList names = jsonNames(file("four.json"));
        QVERIFY(names.size() > 5);
        QCOMPARE(csvNames(file("four.csv")), names);
        QCOMPARE(xlsxNames(file("four.xlsx")), names);
        const QString pdf = pdfText(file("four.pdf"));
        QVERIFY2(pdf.contains(hashes.first()), "the PDF carries the deal-rows SHA-256");
        qsizetype from = 0;
        for (const QString &name : names) {
            // Every name, in the same order.
            const qsizetype at = pdf.indexOf(name.simplified(), from);
            QVERIFY2(at >= 0, qPrintable(name));
            from = at + 1;
        }
    }

    void csvIsAPlainTableWithItsDescriptionBesideItOnlyWhenAsked() {
        // One instant for both, so both carry the same rows.
        const QStringList export_ = {QStringLiteral("export"),
                                     QStringLiteral("--db"),
                                     m_db,
                                     QStringLiteral("--as-of"),
                                     QStringLiteral("2026-11-28T09:00:00Z"),
                                     QStringLiteral("--format"),
                                     QStringLiteral("csv"),
                                     QStringLiteral("--out")};
        const Run plain = dealpulse(export_ + QStringList{file("plain.csv")});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY(!QFile::exists(file("plain.csv.json")));
        const QStringList names = csvNames(file("plain.csv"));
        QCOMPARE(names.size(), 60);
        // Python's csv module reads 1 + 60 records, all as wide as the header.
        const QString counted = QString::fromUtf8(runTool(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import csv, sys\n"
                            "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n"
                            "print(len(rows), len({len(r) for r in rows}))\n"),
             file("plain.csv")}));
        QCOMPARE(counted.trimmed(), QStringLiteral("61 1"));

        const Run described =
            dealpulse(export_ + QStringList{file("described.csv"), QStringLiteral("--csv-metadata")});
        QVERIFY2(described.exitCode == 0, qPrintable(described.err));
        QFile sidecar(file("described.csv.json"));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(sidecar.readAll()).object();
        QCOMPARE(meta.value(QStringLiteral("format")).toString(), QStringLiteral("dealpulse-snapshot-csv"));
        QCOMPARE(meta.value(QStringLiteral("deal_count")).toInt(), 60);
        QCOMPARE(meta.value(QStringLiteral("deal_rows_sha256")).toString(), hashIn(described.err));
        QCOMPARE(hashIn(described.err), hashIn(plain.err));
        QCOMPARE(csvNames(file("described.csv")), names);

        const Run wrongFormat =
            dealpulse({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--out"), file("x.json"),
                       QStringLiteral("--csv-metadata")});
        QCOMPARE(wrongFormat.exitCode, 2);
        QVERIFY(wrongFormat.err.contains(QLatin1String("--csv-metadata")));
    }

    void badArgumentsAreOneLineErrors() {
        const auto verify = [](const Run &run, int code, const char *mentions) {
            QCOMPARE(run.exitCode, code);
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
            QVERIFY2(run.err.contains(QLatin1String(mentions)), qPrintable(run.err));
        };
        verify(dealpulse({QStringLiteral("snapshot"), QStringLiteral("take"), QStringLiteral("--db"), m_db}),
               2, "--label");
        verify(dealpulse({QStringLiteral("snapshot"), QStringLiteral("bogus")}), 2, "bogus");
        verify(dealpulse({QStringLiteral("snapshot"), QStringLiteral("diff"), QStringLiteral("--db"), m_db,
                          QStringLiteral("1")}),
               2, "two snapshot ids");
        verify(dealpulse({QStringLiteral("snapshot"), QStringLiteral("diff"), QStringLiteral("--db"), m_db,
                          QStringLiteral("1"), QStringLiteral("999")}),
               1, "999");
        verify(dealpulse({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--out"), file("x.csv"),
                          QStringLiteral("--health"), QStringLiteral("gloomy")}),
               2, "--health");
        verify(dealpulse({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--out"), file("x.csv"),
                          QStringLiteral("--snapshot"), QStringLiteral("1"), QStringLiteral("--as-of"),
                          QStringLiteral("2026-01-01")}),
               2, "--snapshot");
        QVERIFY(!QFile::exists(file("x.csv")));
        const Run help =
            dealpulse({QStringLiteral("snapshot"), QStringLiteral("diff"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("Usage: dealpulse snapshot diff")));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCli)
#include "test_snapshot_cli.moc"
