// SPDX-License-Identifier: GPL-3.0-or-later
// Exports a cache (the 50,000-deal demo) to each format and prints time and peak memory beside a baseline
// measured in the same run: reading the same deals as the export reads them (evaluating the cache as of now
// and visiting every deal with its deal-rows hash) without writing anything.
// Each measurement runs in a child process of its own, so each peak (VmHWM) is that run's alone.
// Usage: bench_export --db FILE [--out FOLDER] [--formats csv,xlsx,json,pdf]

#include "forecast/DealRowsHash.h"
#include "forecast/ExportFormat.h"
#include "forecast/SnapshotCapture.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

using namespace dp;

namespace {

// Peak resident memory of this process in MB, from /proc (VmHWM), else getrusage.
double peakMegabytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// One measurement in this process: prints "seconds peak_mb deals bytes".
int runOne(const QString &dbPath, const QString &what, const QString &outDir) {
    OpenResult opened = Database::open(dbPath, Database::Mode::ReadWrite);
    if (!opened.ok()) {
        QTextStream(stderr) << opened.error << '\n';
        return 1;
    }
    Database &db = *opened.database;
    const Millis now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    LiveSnapshot live(db, CaptureOptions{now, {}, {}});
    int deals = 0;
    qint64 bytes = 0;
    if (what == QLatin1String("read")) {
        DealRowsHash hash;
        live.forEach({}, [&](const SnapshotDeal &deal) {
            hash.add(deal);
            ++deals;
        });
        bytes = hash.hex().size();
    } else {
        const std::optional<ExportFormat> format = exportFormatFromKey(what);
        if (!format)
            return 2;
        const QString path = QDir(outDir).filePath(QStringLiteral("bench-export.") + what);
        ExportContext context;
        context.header.takenAt = now;
        context.header.asOf = now;
        const auto writer = makeSnapshotWriter(*format);
        QString error;
        const auto summary = exportSnapshot(
            context, [&](const DealVisitor &visit) { live.forEach({}, visit); }, *writer, path, &error);
        if (!summary) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        deals = summary->deals;
        bytes = QFileInfo(path).size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << seconds << ' ' << peakMegabytes() << ' ' << deals << ' ' << bytes << '\n';
    return 0;
}

struct Figures {
    double seconds = 0;
    double peakMb = 0;
    int deals = 0;
    qint64 bytes = 0;
};

std::optional<Figures> measure(const QString &self, const QString &db, const QString &what,
                               const QString &outDir) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(self,
                {QStringLiteral("--db"), db, QStringLiteral("--one"), what, QStringLiteral("--out"), outDir});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() != 4)
        return std::nullopt;
    return Figures{parts[0].toDouble(), parts[1].toDouble(), parts[2].toInt(), parts[3].toLongLong()};
}

} // namespace

int main(int argc, char *argv[]) {
    // The PDF writer draws text, which needs a GUI application; the offscreen platform needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("The cache to export."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Folder for the files (default: a temporary one)."),
                      QStringLiteral("FOLDER")});
    parser.addOption({QStringLiteral("formats"),
                      QStringLiteral("Formats to run (default csv,xlsx,json,pdf)."), QStringLiteral("LIST")});
    parser.addOption(
        {QStringLiteral("one"), QStringLiteral("Internal: one measurement."), QStringLiteral("WHAT")});
    parser.addHelpOption();
    parser.process(app);
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty() || !QFileInfo::exists(db)) {
        QTextStream(stderr) << "bench_export: --db FILE (an existing cache) is required\n";
        return 2;
    }
    const QString outDir =
        parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : QDir::tempPath();
    if (parser.isSet(QStringLiteral("one")))
        return runOne(db, parser.value(QStringLiteral("one")), outDir);

    const QStringList formats = parser.isSet(QStringLiteral("formats"))
                                    ? parser.value(QStringLiteral("formats")).split(QLatin1Char(','))
                                    : QStringList{QStringLiteral("csv"), QStringLiteral("xlsx"),
                                                  QStringLiteral("json"), QStringLiteral("pdf")};
    QTextStream out(stdout);
    const QString self = QCoreApplication::applicationFilePath();
    const std::optional<Figures> baseline = measure(self, db, QStringLiteral("read"), outDir);
    if (!baseline) {
        out << "bench_export: the baseline run failed\n";
        return 1;
    }
    out << QStringLiteral("%1 deals; baseline (read and hash every deal, no file): %2 s, peak %3 MB\n")
               .arg(baseline->deals)
               .arg(baseline->seconds, 0, 'f', 2)
               .arg(baseline->peakMb, 0, 'f', 0);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("format"), -7)
               .arg(QStringLiteral("time s"), 8)
               .arg(QStringLiteral("x base"), 7)
               .arg(QStringLiteral("peak MB"), 8)
               .arg(QStringLiteral("x base"), 7)
               .arg(QStringLiteral("file MB"), 8);
    int failures = 0;
    for (const QString &format : formats) {
        const std::optional<Figures> run = measure(self, db, format, outDir);
        if (!run || run->deals != baseline->deals) {
            out << format << ": failed\n";
            ++failures;
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(format, -7)
                   .arg(run->seconds, 8, 'f', 2)
                   .arg(run->seconds / baseline->seconds, 7, 'f', 2)
                   .arg(run->peakMb, 8, 'f', 0)
                   .arg(run->peakMb / baseline->peakMb, 7, 'f', 2)
                   .arg(double(run->bytes) / 1e6, 8, 'f', 1);
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}
