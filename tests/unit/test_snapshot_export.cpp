// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot exports: stored snapshots, filters, and the CSV, XLSX and JSON files carrying the same deals
// with the same hash, read back value for value; the CSV a plain table with its description beside it on
// request; new exports private to their owner.

#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "forecast/CsvWriter.h"
#include "forecast/DealRowsHash.h"
#include "forecast/ExportFormat.h"
#include "forecast/SnapshotArchive.h"
#include "forecast/SnapshotCapture.h"
#include "forecast/SnapshotJson.h"
#include "store/DealStore.h"
#include "translations/Language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <sys/stat.h>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;

// Names a spreadsheet or a naive CSV reader gets wrong.
const QString kCommaName = QStringLiteral("Acme, Inc. - renewal");
const QString kQuoteName = QStringLiteral("The \"big\" one");
const QString kNewlineName = QStringLiteral("Two\nlines\r\nand CRLF");
const QString kUnicodeName = QStringLiteral("Москва – 東京 ✓ Ünïcödé");
const QString kFormulaName = QStringLiteral("=HYPERLINK(\"http://x\")");
const QString kApostropheName = QStringLiteral("'quoted");

void addNamedDeal(Database &db, const QString &remoteId, const QString &name, std::optional<double> amount,
                  const QDate &closeDate) {
    Deal deal;
    deal.source = test::PipelineBuilder::kSource;
    deal.remoteId = remoteId;
    deal.name = name;
    deal.accountRemoteId = QStringLiteral("acme");
    deal.ownerRemoteId = QStringLiteral("rep");
    deal.stage = QStringLiteral("Negotiation");
    deal.stageProbability = 0.8;
    deal.amount = amount;
    deal.currency = QStringLiteral("EUR");
    deal.closeDate = closeDate;
    deal.createdAt = kAsOf - 20 * kDay;
    DealStore(db).upsert(deal);
}

void buildPipeline(Database &db) {
    test::PipelineBuilder(db)
        .deal(QStringLiteral("b-dark"), kAsOf - 40 * kDay, std::nullopt)
        .email(QStringLiteral("b-dark"), kAsOf - 30 * kDay, 1)
        .deal(QStringLiteral("a-busy"), kAsOf - 10 * kDay, 25000.5)
        .email(QStringLiteral("a-busy"), kAsOf - 1 * kDay, 2)
        .closedDeal(QStringLiteral("0-won"), kAsOf - 300 * kDay, true);
    addNamedDeal(db, QStringLiteral("n1"), kCommaName, 1234.25, QDate(2026, 12, 15));
    addNamedDeal(db, QStringLiteral("n2"), kQuoteName, 0.1, QDate(2026, 12, 31));
    addNamedDeal(db, QStringLiteral("n3"), kNewlineName, 1e9, QDate(2027, 2, 1));
    addNamedDeal(db, QStringLiteral("n4"), kUnicodeName, 99.99, QDate(2026, 10, 1));
    addNamedDeal(db, QStringLiteral("n5"), kFormulaName, -5, QDate(2026, 11, 30));
    addNamedDeal(db, QStringLiteral("n6"), kApostropheName, 7, QDate());
}

QList<SnapshotDeal> liveDeals(Database &db, const SnapshotFilter &filter = {}) {
    LiveSnapshot live(db, CaptureOptions{kAsOf, {}, {}});
    QList<SnapshotDeal> deals;
    live.forEach(filter, [&](const SnapshotDeal &deal) { deals.append(deal); });
    return deals;
}

std::optional<ExportSummary> exportLive(Database &db, ExportFormat format, const QString &path,
                                        const SnapshotFilter &filter = {}) {
    LiveSnapshot live(db, CaptureOptions{kAsOf, {}, {}});
    ExportContext context;
    context.header.takenAt = kAsOf + 1000;
    context.header.asOf = kAsOf;
    context.header.filter = filter;
    const auto writer = makeSnapshotWriter(format);
    QString error;
    auto summary = exportSnapshot(
        context, [&](const DealVisitor &visit) { live.forEach(filter, visit); }, *writer, path, &error);
    if (!summary)
        qWarning() << error;
    return summary;
}

// A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text) {
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            field += c;
        }
    }
    Q_UNUSED(wasQuoted);
    return records;
}

// The permission bits of a file (0600 for the owner alone).
int fileMode(const QString &path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

// Undoes the writer's formula guard.
QString unguard(const QString &cell) {
    return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell;
}

QByteArray run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// The PDF's text in content-stream order with white space folded, so a name wrapped in its cell reads whole.
QString pdfText(const QString &path) {
    return QString::fromUtf8(
               run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                 QStringLiteral("UTF-8"), path, QStringLiteral("-")}))
        .simplified();
}

QByteArray unzip(const QString &archive, const QString &member) {
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// The <c> element of one cell in a sheet's XML.
QString cellXml(const QString &sheet, const QString &reference) {
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"[^>]*?(/>|>.*?</c>)").arg(reference));
    return cell.match(sheet).captured(0);
}

} // namespace

class TestSnapshotExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { installLanguage(QStringLiteral("en")); }

    void openDealsComeFirstThenClosedOnes() {
        test::TempCache cache;
        buildPipeline(cache.db());
        const QList<SnapshotDeal> deals = liveDeals(cache.db());
        QCOMPARE(deals.size(), 9);
        QCOMPARE(deals.first().remoteId, QStringLiteral("a-busy"));
        QCOMPARE(deals.last().remoteId, QStringLiteral("0-won"));
        QCOMPARE(deals.last().forecastCategory, ForecastCategory::Closed);
        // No CRM category: mapped from the stage probability.
        const auto n1 = std::find_if(deals.begin(), deals.end(),
                                     [](const SnapshotDeal &d) { return d.remoteId == QLatin1String("n1"); });
        QCOMPARE(n1->forecastCategory, ForecastCategory::Commit);
        QCOMPARE(n1->team, QStringLiteral("East"));
        QCOMPARE(n1->ownerName, QStringLiteral("Rita Rep"));
    }

    void filtersByBandOwnerAndTeam() {
        test::TempCache cache;
        buildPipeline(cache.db());
        SnapshotFilter dark;
        dark.bands = {HealthBand::Dark};
        const QList<SnapshotDeal> darkDeals = liveDeals(cache.db(), dark);
        QVERIFY(!darkDeals.isEmpty());
        for (const SnapshotDeal &deal : darkDeals)
            QCOMPARE(deal.band, HealthBand::Dark);
        SnapshotFilter owner;
        owner.ownerEmail = QStringLiteral("REP@seller.io");
        QCOMPARE(liveDeals(cache.db(), owner).size(), 9);
        owner.ownerEmail = QStringLiteral("someone@else.io");
        QCOMPARE(liveDeals(cache.db(), owner).size(), 0);
        SnapshotFilter team;
        team.team = QStringLiteral("east");
        QCOMPARE(liveDeals(cache.db(), team).size(), 9);
        team.team = QStringLiteral("West");
        QCOMPARE(liveDeals(cache.db(), team).size(), 0);

        QCOMPARE(SnapshotFilter::parseBands(QStringLiteral("dark, at_risk")),
                 std::optional(QList<HealthBand>{HealthBand::Dark, HealthBand::AtRisk}));
        QVERIFY(!SnapshotFilter::parseBands(QStringLiteral("dark,gloomy")));
        SnapshotFilter all{{HealthBand::Watch}, QStringLiteral("a@b.c"), QStringLiteral("T")};
        QCOMPARE(SnapshotFilter::fromJson(all.toJson()), std::optional(all));
    }

    void storedSnapshotKeepsItsDealsWhateverHappensLater() {
        test::TempCache cache;
        buildPipeline(cache.db());
        SnapshotFilter filter;
        filter.team = QStringLiteral("East");
        const TakenSnapshot taken = takeSnapshot(
            cache.db(),
            TakeOptions{kAsOf + 5, QStringLiteral("rita"), QStringLiteral("Week 48"), filter, kAsOf, {}, {}});
        QCOMPARE(taken.deals, 9);
        const QList<SnapshotDeal> before = liveDeals(cache.db());

        // The live deal changes; the snapshot must not.
        addNamedDeal(cache.db(), QStringLiteral("n1"), QStringLiteral("Renamed"), 1.0, QDate(2030, 1, 1));
        cache.reopen();

        const QList<SnapshotListing> listing = listSnapshots(cache.db());
        QCOMPARE(listing.size(), 1);
        QCOMPARE(listing.first().deals, 9);
        QCOMPARE(listing.first().header.label, QStringLiteral("Week 48"));
        QCOMPARE(listing.first().header.takenBy, QStringLiteral("rita"));
        QCOMPARE(listing.first().header.takenAt, kAsOf + 5);
        QCOMPARE(listing.first().header.filter, filter);
        const std::optional<StoredSnapshot> stored = StoredSnapshot::open(cache.db(), taken.id);
        QVERIFY(stored);
        QCOMPARE(stored->deals(), before);
        QVERIFY(!StoredSnapshot::open(cache.db(), taken.id + 1));
    }

    void jsonReimportsToTheSameRows() {
        test::TempCache cache;
        buildPipeline(cache.db());
        const QString path = cache.dir() + QStringLiteral("/s.json");
        const auto summary = exportLive(cache.db(), ExportFormat::Json, path);
        QVERIFY(summary);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        QList<SnapshotDeal> reread;
        for (const QJsonValue &value : document.value(QStringLiteral("deals")).toArray()) {
            const std::optional<SnapshotDeal> deal = snapshotDealFromJson(value.toObject());
            QVERIFY(deal);
            reread.append(*deal);
        }
        const QList<SnapshotDeal> expected = liveDeals(cache.db());
        QCOMPARE(reread, expected);
        QCOMPARE(document.value(QStringLiteral("deal_count")).toInt(), expected.size());
        QCOMPARE(document.value(QStringLiteral("deal_rows_sha256")).toString(), DealRowsHash::of(reread));
        QCOMPARE(summary->dealRowsSha256, DealRowsHash::of(expected));
        QVERIFY(document.value(QStringLiteral("rollups")).toObject().contains(QStringLiteral("currencies")));
    }

    void csvParsesBackWithTheSameValues() {
        test::TempCache cache;
        buildPipeline(cache.db());
        const QString path = cache.dir() + QStringLiteral("/s.csv");
        const auto summary = exportLive(cache.db(), ExportFormat::Csv, path);
        QVERIFY(summary);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        const QStringList header = records.first();
        const auto column = [&](const char *key) { return header.indexOf(QLatin1String(key)); };
        QCOMPARE(header.size(), 26);

        const QList<SnapshotDeal> expected = liveDeals(cache.db());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList &row = records[i + 1];
            const SnapshotDeal &deal = expected[i];
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row[column("remote_id")], deal.remoteId);
            QCOMPARE(unguard(row[column("name")]), deal.name);
            QCOMPARE(row[column("amount")].isEmpty(), !deal.amount);
            if (deal.amount)
                QCOMPARE(row[column("amount")].toDouble(),
                         *deal.amount); // C-locale spelling reads back exactly
            QCOMPARE(row[column("close_date")],
                     deal.closeDate.isValid() ? deal.closeDate.toString(Qt::ISODate) : QString());
            QCOMPARE(row[column("is_closed")],
                     deal.isClosed ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(row[column("health_reasons")].split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                     deal.reasons);
            QCOMPARE(row[column("forecast_category")], toKey(deal.forecastCategory));
        }
        // Names survive exactly, and formula-looking text is guarded for spreadsheets.
        QStringList names;
        for (qsizetype i = 1; i <= expected.size(); ++i)
            names.append(records[i][column("name")]);
        QVERIFY(names.contains(kCommaName));
        QVERIFY(names.contains(kQuoteName));
        QVERIFY(names.contains(kNewlineName));
        QVERIFY(names.contains(kUnicodeName));
        QVERIFY(names.contains(QLatin1Char('\'') + kFormulaName));
        QVERIFY(names.contains(QLatin1Char('\'') + kApostropheName));
        QVERIFY(bytes.contains("1000000000,EUR")); // no exponent, no grouping
        QVERIFY(bytes.contains("0.1,EUR"));

        // A plain table: the header and one record per deal, nothing after them.
        QCOMPARE(records.size(), 1 + expected.size());
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.contains("#format"));
        QVERIFY(!QFile::exists(CsvWriter::sidecarPath(path)));
    }

    void csvReadsAsAPlainTableInPython() {
        test::TempCache cache;
        buildPipeline(cache.db());
        const QString path = cache.dir() + QStringLiteral("/plain.csv");
        const auto summary = exportLive(cache.db(), ExportFormat::Csv, path);
        QVERIFY(summary);
        // Python's csv module, as pandas and csvkit read a file: every record as wide as the header.
        const QByteArray out =
            run(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import csv, sys\n"
                                "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), "
                                "strict=True))\n"
                                "print(len(rows), sorted({len(r) for r in rows}), rows[0][0])\n"),
                 path});
        QCOMPARE(QString::fromUtf8(out).trimmed(), QStringLiteral("%1 [26] source").arg(1 + summary->deals));
    }

    void csvSidecarOnlyWhenAskedAndItsHashMatchesTheRows() {
        test::TempCache cache;
        buildPipeline(cache.db());
        const QString path = cache.dir() + QStringLiteral("/with.csv");
        const QString sidecar = CsvWriter::sidecarPath(path);
        QCOMPARE(sidecar, path + QStringLiteral(".json"));

        LiveSnapshot live(cache.db(), CaptureOptions{kAsOf, {}, {}});
        ExportContext context;
        context.header.takenAt = kAsOf + 1000;
        context.header.asOf = kAsOf;
        context.header.goingDarkDays = 21;
        CsvWriter writer;
        writer.setWriteSidecar(true);
        QString error;
        const auto summary = exportSnapshot(
            context, [&](const DealVisitor &visit) { live.forEach({}, visit); }, writer, path, &error);
        QVERIFY2(summary, qPrintable(error));
        QFile file(sidecar);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const QList<SnapshotDeal> expected = liveDeals(cache.db());
        QCOMPARE(meta.value(QStringLiteral("format")).toString(), QStringLiteral("dealpulse-snapshot-csv"));
        QCOMPARE(meta.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(meta.value(QStringLiteral("csv")).toString(), QStringLiteral("with.csv"));
        QCOMPARE(meta.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-28T12:00:00Z"));
        QCOMPARE(meta.value(QStringLiteral("going_dark_days")).toInt(), 21);
        QVERIFY(meta.value(QStringLiteral("filter")).isObject());
        QCOMPARE(meta.value(QStringLiteral("deal_count")).toInt(), expected.size());
        QCOMPARE(meta.value(QStringLiteral("deal_rows_sha256")).toString(), DealRowsHash::of(expected));
        QCOMPARE(meta.value(QStringLiteral("deal_rows_sha256")).toString(), summary->dealRowsSha256);
        QVERIFY(meta.value(QStringLiteral("rollups")).toObject().contains(QStringLiteral("currencies")));

        // The table beside it is still only the table.
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(QString::fromUtf8(csv.readAll().mid(3))).size(), 1 + expected.size());
        csv.close();

        // Exported again without it: the old description would describe rows that are gone.
        QVERIFY(exportLive(cache.db(), ExportFormat::Csv, path));
        QVERIFY(!QFile::exists(sidecar));
        // A file of the same name that is not ours is left alone.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"mine\": true}");
        file.close();
        QVERIFY(exportLive(cache.db(), ExportFormat::Csv, path));
        QVERIFY(QFile::exists(sidecar));
    }

    void newExportsAreReadableByTheirOwnerAlone() {
        // The usual umask, which left exports readable by everyone (0644).
        const mode_t previous = ::umask(022);
        test::TempCache cache;
        buildPipeline(cache.db());
        for (ExportFormat format :
             {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json, ExportFormat::Pdf}) {
            const QString path = cache.dir() + QStringLiteral("/private.") + toKey(format);
            QVERIFY(exportLive(cache.db(), format, path));
            QCOMPARE(fileMode(path), 0600);
            // A file the user already had keeps the permissions they gave it.
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
            QVERIFY(exportLive(cache.db(), format, path));
            QCOMPARE(fileMode(path), 0640);
        }
        // The CSV's sidecar too.
        const QString path = cache.dir() + QStringLiteral("/side.csv");
        LiveSnapshot live(cache.db(), CaptureOptions{kAsOf, {}, {}});
        CsvWriter writer;
        writer.setWriteSidecar(true);
        QString error;
        QVERIFY(exportSnapshot(
            ExportContext{}, [&](const DealVisitor &visit) { live.forEach({}, visit); }, writer, path,
            &error));
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(fileMode(CsvWriter::sidecarPath(path)), 0600);
        ::umask(previous);
    }

    void xlsxIsAZipWithTypedCells() {
        test::TempCache cache;
        buildPipeline(cache.db());
        const QString path = cache.dir() + QStringLiteral("/s.xlsx");
        const auto summary = exportLive(cache.db(), ExportFormat::Xlsx, path);
        QVERIFY(summary);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == QByteArray("PK\x03\x04", 4));

        const QString workbook = QString::fromUtf8(unzip(path, QStringLiteral("xl/workbook.xml")));
        QVERIFY2(workbook.contains(QLatin1String("name=\"Summary\"")), qPrintable(workbook));
        QVERIFY(workbook.contains(QLatin1String("name=\"Deals\"")));
        QVERIFY(!workbook.contains(QLatin1String("name=\"Changes\"")));
        QVERIFY(workbook.contains(QLatin1String("_xlnm._FilterDatabase")));

        const QString deals = QString::fromUtf8(unzip(path, QStringLiteral("xl/worksheets/sheet2.xml")));
        QVERIFY(!deals.isEmpty());
        QVERIFY(deals.contains(QLatin1String("<pane ySplit=\"1\""))); // frozen header
        QVERIFY(deals.contains(QLatin1String("<autoFilter ref=\"A1:Z10\"")));
        QVERIFY(cellXml(deals, QStringLiteral("C1")).contains(QLatin1String(">Deal<")));
        // Row 2 is a-busy: text inline, amount a number with a format, booleans typed, dates as serials.
        QVERIFY(cellXml(deals, QStringLiteral("B2")).contains(QLatin1String("t=\"inlineStr\"")));
        const QString amount = cellXml(deals, QStringLiteral("J2"));
        QVERIFY2(amount.contains(QLatin1String("<v>25000.5</v>")) && !amount.contains(QLatin1String(" t=")) &&
                     amount.contains(QLatin1String(" s=")),
                 qPrintable(amount));
        QVERIFY(cellXml(deals, QStringLiteral("M2")).contains(QLatin1String("t=\"b\"")));
        const QString closeDate = cellXml(deals, QStringLiteral("L2"));
        QVERIFY2(closeDate.contains(QLatin1String("<v>46418</v>")), qPrintable(closeDate)); // 2027-01-31
        QVERIFY(closeDate.contains(QLatin1String(" s=")));
        // Row 3 is b-dark: no amount, so no cell rather than a zero.
        QVERIFY(cellXml(deals, QStringLiteral("J3")).isEmpty());

        const QString styles = QString::fromUtf8(unzip(path, QStringLiteral("xl/styles.xml")));
        QVERIFY(styles.contains(QLatin1String("yyyy-mm-dd")));
        QVERIFY(styles.contains(QLatin1String("&quot;USD&quot;")));
        QVERIFY(styles.contains(QLatin1String("&quot;EUR&quot;")));

        const QString summarySheet =
            QString::fromUtf8(unzip(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(summarySheet.contains(summary->dealRowsSha256));
        QVERIFY(summarySheet.contains(QLatin1String("Commit (closed + commit)")));
        // Non-Latin text arrives intact.
        QVERIFY(deals.contains(kUnicodeName));
    }

    void everyFormatCarriesTheSameDealsAndHash() {
        test::TempCache cache;
        buildPipeline(cache.db());
        SnapshotFilter filter;
        filter.bands = {HealthBand::Dark, HealthBand::Closed};
        QStringList hashes;
        QList<int> counts;
        for (ExportFormat format :
             {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json, ExportFormat::Pdf}) {
            const auto summary =
                exportLive(cache.db(), format, cache.dir() + QStringLiteral("/f.") + toKey(format), filter);
            QVERIFY(summary);
            hashes.append(summary->dealRowsSha256);
            counts.append(summary->deals);
        }
        QCOMPARE(hashes.count(hashes.first()), 4);
        QCOMPARE(counts, (QList<int>{counts.first(), counts.first(), counts.first(), counts.first()}));
        QCOMPARE(hashes.first(), DealRowsHash::of(liveDeals(cache.db(), filter)));
    }

    void pdfTextHasEveryDealNameAndTheChecksum() {
        test::TempCache cache;
        buildPipeline(cache.db());
        const QString path = cache.dir() + QStringLiteral("/s.pdf");
        const auto summary = exportLive(cache.db(), ExportFormat::Pdf, path);
        QVERIFY(summary);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == QByteArray("%PDF-"));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is installed by scripts/install-deps.sh");
        for (const SnapshotDeal &deal : liveDeals(cache.db()))
            QVERIFY2(text.contains(deal.name.simplified()), qPrintable(deal.name));
        QVERIFY(text.contains(summary->dealRowsSha256));
        QVERIFY(text.contains(QLatin1String("Forecast snapshot")));
        QVERIFY(text.contains(QLatin1String("commit = closed won + commit")));
        QVERIFY(text.contains(QLatin1String("Open deals (8)")));
        QVERIFY(text.contains(QLatin1String("Closed deals (1)")));
        // Closed deals come after every open one.
        QVERIFY(text.indexOf(QLatin1String("Deal 0-won")) > text.indexOf(kFormulaName));
    }

    void pdfTablePaginatesWithTheHeaderOnEveryPage() {
        test::TempCache cache;
        test::PipelineBuilder builder(cache.db());
        for (int i = 0; i < 150; ++i)
            builder.deal(QStringLiteral("d%1").arg(i, 3, 10, QLatin1Char('0')), kAsOf - 30 * kDay);
        builder.closedDeal(QStringLiteral("x-won"), kAsOf - 90 * kDay, true);
        const QString path = cache.dir() + QStringLiteral("/many.pdf");
        QVERIFY(exportLive(cache.db(), ExportFormat::Pdf, path));
        const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}));
        const QRegularExpressionMatch pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        const int pageCount = pages.captured(1).toInt();
        // A summary page, the open deals over several pages, the closed deal on a page of its own.
        QVERIFY2(pageCount >= 5, qPrintable(info));
        for (int page = 2; page <= pageCount; ++page) {
            const QString text = QString::fromUtf8(
                run(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                     QStringLiteral("-raw"), path, QStringLiteral("-")}));
            QVERIFY2(text.contains(QLatin1String("Main reason")), qPrintable(QString::number(page)));
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pageCount)));
        }
        const QString last = QString::fromUtf8(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(pageCount),
                                              QStringLiteral("-raw"), path, QStringLiteral("-")}));
        QVERIFY(last.contains(QLatin1String("Closed deals (1)")));
        QVERIFY(last.contains(QLatin1String("Deal x-won")));
        QVERIFY(!last.contains(QLatin1String("Deal d149")));
    }

    void failedExportLeavesNoFile_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
        QTest::newRow("json") << int(ExportFormat::Json);
        QTest::newRow("pdf") << int(ExportFormat::Pdf);
    }

    void failedExportLeavesNoFile() {
        QFETCH(int, format);
        test::TempCache cache;
        buildPipeline(cache.db());
        const QString path = cache.dir() + QStringLiteral("/missing/folder/out");
        QVERIFY(!exportLive(cache.db(), ExportFormat(format), path));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(cache.dir()).entryList({QStringLiteral("*.part")}), QStringList());
    }
};

// A QGuiApplication: the PDF writer draws text, and fonts need one.
QTEST_MAIN(TestSnapshotExport)
#include "test_snapshot_export.moc"
