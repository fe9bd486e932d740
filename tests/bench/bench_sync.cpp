// SPDX-License-Identifier: GPL-3.0-or-later
// Sync throughput against the HubSpot or Salesforce test server on loopback. The baseline, measured in the
// same run, is a plain libcurl download of exactly the requests the sync sent (same URLs and bodies, same
// server, replayed one after another on one connection, bodies discarded): the ratio says how much parsing,
// mapping, scoring and SQLite writing add to merely moving the pages. Target: sync / download <= 1.3.
// (Salesforce cursors live on in the test server, so a replayed nextRecordsUrl reads the same batch again.)
//
// Usage: bench_sync [--crm hubspot|salesforce] [--deals N] [--per-deal N] [--latency-ms N]
//   default HubSpot, 1,000 deals × 40 engagements (a quick run); the full scale is --deals 50000
//   (2,000,000 engagements).
//   HubSpot: fillHubSpot's org, list and search pages of 100.
//   Salesforce: fillSalesforceVolume's org (Enhanced Emails both ways with real-looking text and HTML
//   bodies, logged emails, calls, meetings, Enhanced Notes), queryAll keysets with LIMIT 2000 read in
//   batches of 500.
//   --latency-ms: the server waits this long before each answer, in the sync and in the download alike, as
//   a CRM across the internet does (0, the default, is the harshest case: nothing to hide the work behind).

#include "SalesforceFixtures.h"
#include "SyncFixtures.h"

#include "sync/http/HttpClient.h"

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
    parser.setApplicationDescription(QStringLiteral("Times a CRM sync beside a plain download of the "
                                                    "same pages (issue scale: --deals 50000)."));
    parser.addOption({QStringLiteral("crm"), QStringLiteral("hubspot or salesforce (default hubspot)."),
                      QStringLiteral("CRM"), QStringLiteral("hubspot")});
    parser.addOption({QStringLiteral("latency-ms"),
                      QStringLiteral("Server latency per request in milliseconds (default 0)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("deals"), QStringLiteral("Deals (default 1000)."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("per-deal"), QStringLiteral("Engagements per deal (default 40)."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.addHelpOption();
    parser.process(app);
    const int deals = std::max(1, parser.value(QStringLiteral("deals")).toInt());
    const int perDeal = std::max(0, parser.value(QStringLiteral("per-deal")).toInt());
    const std::chrono::milliseconds latency(std::max(0, parser.value(QStringLiteral("latency-ms")).toInt()));
    const QString crm = parser.value(QStringLiteral("crm"));
    const bool salesforce = crm == u"salesforce";
    if (!salesforce && crm != u"hubspot")
        qFatal("--crm is hubspot or salesforce");
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    // Only the chosen CRM's server is filled (and recorded); the other stays empty.
    HubSpotServer hubSpot;
    SalesforceServer salesforceServer;
    if (salesforce)
        fillSalesforceVolume(salesforceServer, deals, perDeal);
    else
        fillHubSpot(hubSpot, {12, std::max(4, deals / 2), deals, perDeal});
    out << "server filled (" << crm << "): " << deals << " deals, " << qint64(deals) * perDeal
        << " engagements in " << timer.elapsed() / 1000.0 << " s\n";
    out.flush();
    LoopbackServer &server = salesforce ? salesforceServer.http() : hubSpot.http();
    server.setLatency(latency);
    const QString baseUrl = salesforce ? salesforceServer.instanceUrl() : hubSpot.baseUrl();

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened.ok())
        qFatal("cannot create the cache");
    server.setRecording(true);
    SyncSetup setup;
    setup.pageSize = salesforce ? 2000 : 100; // Salesforce: the connector's default LIMIT
    // A search over two million records takes the test server a while on a busy machine; no request may
    // fail for that (the download below uses HttpClient's default of a minute too).
    setup.stallTimeout = std::chrono::milliseconds(60000);
    const double loadBefore = loadAverage();
    const double serverBusyBefore = server.busySeconds();
    const double processCpuBefore = processCpuSeconds();
    const double writerCpuBefore = threadCpuSeconds();
    timer.restart();
    const SyncOutcome outcome = salesforce ? syncSalesforce(*opened.database, salesforceServer, setup)
                                           : syncHubSpot(*opened.database, hubSpot, setup);
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
        replay.url = baseUrl + QString::fromUtf8(request.target);
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
    out << "deals:       " << deals << ", engagements: " << qint64(deals) * perDeal
        << ", server latency: " << latency.count() << " ms per request\n";
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
