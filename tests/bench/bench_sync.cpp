// Sync throughput against the HubSpot test server on loopback. The baseline, measured in the same run, is
// a plain libcurl download of exactly the requests the sync sent (replayed on one connection, bodies
// discarded): the ratio says how much the parsing, mapping and SQLite writing add to the network transfer.
// Usage: bench_sync [--deals N] [--per-deal N]   (default 50,000 deals × 40 engagements = 2,000,000)

#include "SyncFixtures.h"

#include "sync/HttpClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace dp;
using namespace dp::test;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("deals"), QStringLiteral("Deals (default 50000)."), QStringLiteral("N"),
                      QStringLiteral("50000")});
    parser.addOption({QStringLiteral("per-deal"), QStringLiteral("Engagements per deal (default 40)."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.addHelpOption();
    parser.process(app);
    const int deals = parser.value(QStringLiteral("deals")).toInt();
    const int perDeal = parser.value(QStringLiteral("per-deal")).toInt();
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
    timer.restart();
    const SyncOutcome outcome = syncHubSpot(*opened.database, server, setup);
    const double syncSeconds = timer.nsecsElapsed() / 1e9;
    if (!outcome.ok)
        qFatal("sync failed: %s", qPrintable(outcome.error));
    const QList<ServerRequest> requests = server.recordedRequests();
    server.setRecording(false);

    // Baseline: the same requests, downloaded with libcurl and thrown away.
    sync::HttpClient http;
    qint64 bytes = 0;
    timer.restart();
    for (const ServerRequest &request : requests) {
        sync::HttpRequest replay;
        replay.method = request.method;
        replay.url = server.baseUrl() + QString::fromUtf8(request.target);
        replay.body = request.body;
        replay.headers.emplaceBack("Authorization", request.header("authorization"));
        replay.headers.emplaceBack("Content-Type", request.header("content-type"));
        const sync::HttpResult result = http.perform(replay);
        bytes += result.body.size();
    }
    const double downloadSeconds = timer.nsecsElapsed() / 1e9;

    out << "sync:      " << outcome.report.records << " records, " << outcome.report.pages << " pages, "
        << requests.size() << " requests in " << syncSeconds
        << " s = " << qRound64(outcome.report.records / syncSeconds) << " records/s\n";
    out << "download:  the same " << requests.size() << " requests (" << bytes / 1048576 << " MiB) in "
        << downloadSeconds << " s\n";
    out << "ratio sync/download: " << syncSeconds / downloadSeconds << " (target <= 1.3)\n";
    return 0;
}
