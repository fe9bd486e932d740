// Sync throughput against the HubSpot test server on loopback. The baseline, measured in the same run, is
// a plain libcurl download of exactly the requests the sync sent (same URLs and bodies, same server, replayed
// one after another on one connection, bodies discarded): the ratio says how much parsing, mapping and
// SQLite writing add to merely moving the pages. Target: sync / download <= 1.3.
//
// Usage: bench_sync [--deals N] [--per-deal N]
//   default 1,000 deals × 40 engagements (a quick run); the scale is --deals 50000 (2,000,000
//   engagements).

#include "SyncFixtures.h"

#include "sync/HttpClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <sys/resource.h>
#include <time.h>

using namespace dp;
using namespace dp::test;

namespace {

// CPU seconds of every thread of this process (the test server's included), and of the calling thread.
double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

double loadAverage() {
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times a HubSpot sync beside a plain download of the "
                                                    "same pages (issue scale: --deals 50000)."));
    parser.addOption({QStringLiteral("deals"), QStringLiteral("Deals (default 1000)."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("per-deal"), QStringLiteral("Engagements per deal (default 40)."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.addHelpOption();
    parser.process(app);
    const int deals = std::max(1, parser.value(QStringLiteral("deals")).toInt());
    const int perDeal = std::max(0, parser.value(QStringLiteral("per-deal")).toInt());
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    HubSpotServer server;
    fillHubSpot(server, {12, std::max(4, deals / 2), deals, perDeal});
    out << "server filled: " << deals << " deals, " << qint64(deals) * perDeal << " engagements in "
        << timer.elapsed() / 1000.0 << " s\n";
    out.flush();

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened.ok())
        qFatal("cannot create the cache");
    server.setRecording(true);
    SyncSetup setup;
    setup.pageSize = 100;
    // A search over two million records takes the test server a while on a busy machine; no request may
    // fail for that (the download below uses HttpClient's default of a minute too).
    setup.stallTimeout = std::chrono::milliseconds(60000);
    const double loadBefore = loadAverage();
    const double serverBusyBefore = server.busySeconds();
    const double processCpuBefore = processCpuSeconds();
    const double writerCpuBefore = threadCpuSeconds();
    timer.restart();
    const SyncOutcome outcome = syncHubSpot(*opened.database, server, setup);
    const double syncSeconds = timer.nsecsElapsed() / 1e9;
    const double serverBusyInSync = server.busySeconds() - serverBusyBefore;
    const double processCpuInSync = processCpuSeconds() - processCpuBefore;
    const double writerCpuInSync = threadCpuSeconds() - writerCpuBefore;
    if (!outcome.ok)
        qFatal("sync failed: %s", qPrintable(outcome.error));
    const QList<ServerRequest> requests = server.recordedRequests();
    server.setRecording(false);

    // Baseline: the same requests, downloaded with libcurl and thrown away.
    sync::HttpClient http;
    qint64 bytes = 0;
    const double serverBusyBeforeDownload = server.busySeconds();
    const double processCpuBeforeDownload = processCpuSeconds();
    timer.restart();
    for (const ServerRequest &request : requests) {
        sync::HttpRequest replay;
        replay.method = request.method;
        replay.url = server.baseUrl() + QString::fromUtf8(request.target);
        replay.body = request.body;
        replay.headers.emplaceBack("Authorization", request.header("authorization"));
        replay.headers.emplaceBack("Content-Type", request.header("content-type"));
        const sync::HttpResult result = http.perform(replay);
        if (!result.ok() || result.httpStatus >= 300)
            qFatal("the replayed download failed: %s", qPrintable(replay.url));
        bytes += result.body.size();
    }
    const double downloadSeconds = timer.nsecsElapsed() / 1e9;
    const double serverBusyInDownload = server.busySeconds() - serverBusyBeforeDownload;
    const double processCpuInDownload = processCpuSeconds() - processCpuBeforeDownload;

    const sync::SyncReport &report = outcome.report;
    out << "deals:       " << deals << ", engagements: " << qint64(deals) * perDeal << "\n";
    out << "sync:        " << report.records << " records, " << report.pages << " pages, " << requests.size()
        << " requests in " << syncSeconds << " s = " << qRound64(report.records / syncSeconds)
        << " records/s\n";
    out << "  of which analytics recompute: " << report.recomputeSeconds << " s ("
        << qRound(100 * report.recomputeSeconds / syncSeconds) << " %) for " << report.dealsRecomputed
        << " deals\n";
    out << "download:    the same " << requests.size() << " requests (" << bytes / 1048576 << " MiB) in "
        << downloadSeconds << " s\n";
    out << "server busy: " << serverBusyInSync << " s during the sync, " << serverBusyInDownload
        << " s during the download (" << qRound(100 * serverBusyInDownload / downloadSeconds)
        << " % of it)\n";
    // CPU time does not depend on what else runs on the machine: it shows what each phase costs in all.
    out << "cpu:         " << processCpuInSync << " s in the sync (" << writerCpuInSync
        << " s of it on the writing thread), " << processCpuInDownload << " s in the download\n";
    out << "load average: " << loadBefore << " before the sync, " << loadAverage() << " at the end ("
        << QThread::idealThreadCount() << " cores)\n";
    out << "ratio sync/download: " << syncSeconds / downloadSeconds << " (target <= 1.3)\n";
    return 0;
}
