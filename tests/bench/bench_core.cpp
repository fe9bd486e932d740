// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the data core on a large demo cache. Each figure is printed beside a baseline measured in
// the same run on the same data, so the ratio means something on any machine:
//   - interactions written per second through the store API vs a raw prepared INSERT of the same rows;
//   - recomputing analytics for all deals vs a bare GROUP BY computing last inbound and 28-day counts;
//   - exporting the JSON snapshot.
// Usage: bench_core [--deals N] [--dir FOLDER] [--repeat N]   (with --dir, a demo cache already there is
// reused)

#include "BenchFigures.h"
#include "analytics/AnalyticsEngine.h"
#include "demo/DemoGenerator.h"
#include "domain/TimeFormat.h"
#include "forecast/SnapshotJson.h"
#include "store/Database.h"
#include "store/DealStore.h"
#include "store/InteractionStore.h"
#include "store/SearchStore.h"
#include "translations/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace dp;
using dp::bench::median;
using dp::bench::ms;

namespace {

QTextStream out(stdout);

double seconds(const QElapsedTimer &timer) {
    return timer.nsecsElapsed() / 1e9;
}

double cpuSeconds() {
    return double(std::clock()) / CLOCKS_PER_SEC;
}

std::unique_ptr<Database> openOrDie(const QString &path) {
    OpenResult result = Database::open(path);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return std::move(result.database);
}

// Copies everything but the interactions and their links, so the write benchmarks start from the same deals.
void copyDirectory(Database &from, const QString &toPath) {
    from.exec(QByteArray("ATTACH DATABASE '" + toPath.toUtf8() + "' AS target").constData());
    // Teams and owners refer to each other, so the keys are checked at commit, when both are in.
    from.exec("BEGIN; PRAGMA defer_foreign_keys=ON;"
              "INSERT INTO target.teams SELECT * FROM main.teams;"
              "INSERT INTO target.owners SELECT * FROM main.owners;"
              "INSERT INTO target.accounts SELECT * FROM main.accounts;"
              "INSERT INTO target.account_domains SELECT * FROM main.account_domains;"
              "INSERT INTO target.contacts SELECT * FROM main.contacts;"
              "INSERT INTO target.deals SELECT * FROM main.deals;"
              "COMMIT;"
              "DETACH DATABASE target;");
}

struct Chunk {
    QList<Interaction> rows;
};

// Reads interactions in id order, a chunk at a time, with their deal and contact remote ids.
class InteractionReader final {
public:
    explicit InteractionReader(Database &db)
        : m_query(
              db.handle(),
              "SELECT i.id, i.source, i.remote_id, i.kind, i.direction, i.occurred_at, i.subject, "
              "i.body_text,"
              " i.body_html, i.from_address, i.to_addresses, i.cc_addresses, i.duration_seconds, i.status,"
              " i.transcript,"
              " (SELECT group_concat(d.remote_id, '|') FROM interaction_deals l JOIN deals d ON d.id = "
              "l.deal_id"
              "  WHERE l.interaction_id = i.id),"
              " (SELECT group_concat(c.remote_id, '|') FROM interaction_contacts l"
              "  JOIN contacts c ON c.id = l.contact_id WHERE l.interaction_id = i.id)"
              " FROM interactions i WHERE i.id > ?1 ORDER BY i.id LIMIT ?2") {}

    bool next(int size, Chunk &chunk) {
        chunk.rows.clear();
        m_query.bind(1, m_lastId).bind(2, size);
        while (m_query.step()) {
            Interaction i;
            m_lastId = m_query.int64(0);
            i.source = m_query.text(1);
            i.remoteId = m_query.text(2);
            i.kind = *interactionKindFromKey(m_query.text(3));
            i.direction = *directionFromKey(m_query.text(4));
            i.occurredAt = m_query.int64(5);
            i.subject = m_query.text(6);
            i.bodyText = m_query.text(7);
            i.bodyHtml = m_query.text(8);
            i.fromAddress = m_query.text(9);
            i.toAddresses = m_query.text(10).split(QLatin1String(", "), Qt::SkipEmptyParts);
            i.ccAddresses = m_query.text(11).split(QLatin1String(", "), Qt::SkipEmptyParts);
            if (!m_query.isNull(12))
                i.durationSeconds = int(m_query.int64(12));
            i.status = m_query.text(13);
            i.transcript = m_query.text(14);
            i.dealRemoteIds = m_query.text(15).split(QLatin1Char('|'), Qt::SkipEmptyParts);
            i.contactRemoteIds = m_query.text(16).split(QLatin1Char('|'), Qt::SkipEmptyParts);
            chunk.rows.append(std::move(i));
        }
        m_query.reset();
        return !chunk.rows.isEmpty();
    }

private:
    Statement m_query;
    qint64 m_lastId = 0;
};

constexpr int kChunk = 20000;

// The baseline: the same rows through one prepared INSERT each for the row and its links.
class RawWriter final {
public:
    explicit RawWriter(Database &target)
        : m_target(target)
        , m_insert(
              target.handle(),
              "INSERT INTO interactions(source, remote_id, kind, direction, occurred_at, subject, body_text,"
              " body_html, from_address, to_addresses, cc_addresses, duration_seconds, status, transcript)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
        , m_dealLink(target.handle(), "INSERT INTO interaction_deals(deal_id, interaction_id)"
                                      " SELECT id, ?2 FROM deals WHERE source = 'demo' AND remote_id = ?1")
        , m_contactLink(target.handle(),
                        "INSERT INTO interaction_contacts(interaction_id, contact_id)"
                        " SELECT ?2, id FROM contacts WHERE source = 'demo' AND remote_id = ?1") {}

    void write(const QList<Interaction> &rows) {
        Transaction transaction(m_target);
        for (const Interaction &i : rows) {
            m_insert.bind(1, i.source).bind(2, i.remoteId).bind(3, toKey(i.kind)).bind(4, toKey(i.direction));
            m_insert.bind(5, i.occurredAt).bind(6, i.subject).bind(7, i.bodyText).bind(8, i.bodyHtml);
            m_insert.bind(9, i.fromAddress).bind(10, i.toAddresses.join(QLatin1String(", ")));
            m_insert.bind(11, i.ccAddresses.join(QLatin1String(", ")));
            m_insert.bind(12, i.durationSeconds ? std::optional<qint64>(*i.durationSeconds) : std::nullopt);
            m_insert.bind(13, i.status).bind(14, i.transcript).run();
            const qint64 id = m_target.lastInsertRowId();
            for (const QString &deal : i.dealRemoteIds)
                m_dealLink.bind(1, deal).bind(2, id).run();
            for (const QString &contact : i.contactRemoteIds)
                m_contactLink.bind(1, contact).bind(2, id).run();
        }
        SearchStore(m_target).indexPending(); // the same index as the store path, built the same way
        transaction.commit();
    }

private:
    Database &m_target;
    Statement m_insert;
    Statement m_dealLink;
    Statement m_contactLink;
};

// Our write path: InteractionStore::upsert, one transaction per chunk.
void writeThroughStore(Database &target, const QList<Interaction> &rows) {
    Transaction transaction(target);
    InteractionStore store(target);
    for (const Interaction &i : rows)
        store.upsert(i);
    SearchStore(target).indexPending();
    transaction.commit();
}

struct WriteTimes {
    double store = 0;
    double raw = 0;
    qint64 rows = 0;
};

// Both paths write the same chunk in turn, so a machine that gets busier half-way slows both alike; only the
// writes are timed, not reading the source.
WriteTimes compareWrites(Database &source, Database &storeTarget, Database &rawTarget) {
    InteractionReader reader(source);
    RawWriter raw(rawTarget);
    Chunk chunk;
    WriteTimes times;
    QElapsedTimer timer;
    while (reader.next(kChunk, chunk)) {
        timer.start();
        writeThroughStore(storeTarget, chunk.rows);
        times.store += seconds(timer);
        timer.start();
        raw.write(chunk.rows);
        times.raw += seconds(timer);
        times.rows += chunk.rows.size();
    }
    return times;
}

// The analytics baseline: the one query a hand-written report would run.
double bareGroupBy(Database &db, Millis asOf) {
    QElapsedTimer timer;
    timer.start();
    Statement query(db.handle(),
                    "SELECT l.deal_id, max(CASE WHEN i.direction = 'inbound' THEN i.occurred_at END),"
                    " sum(i.direction = 'inbound' AND i.occurred_at > ?2),"
                    " sum(i.direction = 'outbound' AND i.occurred_at > ?2)"
                    " FROM interaction_deals l JOIN interactions i ON i.id = l.interaction_id"
                    " WHERE i.occurred_at <= ?1 GROUP BY l.deal_id");
    query.bind(1, asOf).bind(2, asOf - 28 * kMillisPerDay);
    while (query.step()) {
    }
    return seconds(timer);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    installLanguage(QStringLiteral("en"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("deals"), QStringLiteral("Deals in the demo cache."),
                      QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Folder for the caches (default: a temporary one)."),
                      QStringLiteral("FOLDER")});
    parser.addOption(
        {QStringLiteral("skip-writes"), QStringLiteral("Skip the store-versus-raw write comparison.")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs of each timed query."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const int deals = parser.value(QStringLiteral("deals")).toInt();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    QTemporaryDir temporary;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    QDir().mkpath(dir);
    const QString demoPath = QDir(dir).filePath(QStringLiteral("bench-demo.sqlite"));
    const QString storePath = QDir(dir).filePath(QStringLiteral("bench-store.sqlite"));
    const QString rawPath = QDir(dir).filePath(QStringLiteral("bench-raw.sqlite"));
    // A demo cache left by an earlier run with --dir is reused: generating millions of interactions takes a
    // while, and it is not what the ratios below measure.
    const bool reuseDemo = parser.isSet(QStringLiteral("dir")) && QFile::exists(demoPath);
    for (const QString &path : {reuseDemo ? QString() : demoPath, storePath, rawPath})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (!path.isEmpty())
                QFile::remove(path + suffix);

    const Millis now = *parseIsoInstant(QStringLiteral("2026-11-28T09:00:00Z"));
    out << "Dealpulse data-core benchmark: " << deals << " deals\n";
    out.flush();

    auto demo = openOrDie(demoPath);
    QElapsedTimer timer;
    if (reuseDemo) {
        out << "demo generation          skipped: reusing " << demoPath << "\n";
    } else {
        timer.start();
        const DemoSummary summary = DemoGenerator(*demo, DemoOptions{1, deals, now}).run();
        const double demoSeconds = seconds(timer);
        out << QStringLiteral("demo generation          %1 interactions in %2 s = %3 interactions/s (text "
                              "generation included)\n")
                   .arg(summary.interactions)
                   .arg(demoSeconds, 0, 'f', 2)
                   .arg(summary.interactions / demoSeconds, 0, 'f', 0);
    }
    out.flush();

    if (!parser.isSet(QStringLiteral("skip-writes"))) {
        openOrDie(storePath); // creates the schema
        openOrDie(rawPath);
        copyDirectory(*demo, storePath);
        copyDirectory(*demo, rawPath);
        auto storeTarget = openOrDie(storePath);
        auto rawTarget = openOrDie(rawPath);
        const WriteTimes writes = compareWrites(*demo, *storeTarget, *rawTarget);
        const double storeRate = writes.rows / writes.store;
        const double rawRate = writes.rows / writes.raw;
        out << QStringLiteral("store upsert             %1 interactions/s\n").arg(storeRate, 0, 'f', 0);
        out << QStringLiteral("raw prepared insert      %1 interactions/s\n").arg(rawRate, 0, 'f', 0);
        out << QStringLiteral("write ratio (store/raw)  %1x   (target >= 0.5x)\n")
                   .arg(storeRate / rawRate, 0, 'f', 2);
        out.flush();
    }

    const FixedClock clock(now);
    AnalyticsEngine engine(*demo, clock);
    // CPU time beside wall time: on a busy machine the wall clock measures the neighbours, the CPU time this
    // process spent does not.
    QList<double> analytics, analyticsCpu;
    QList<double> baseline, baselineCpu;
    for (int i = 0; i < repeat; ++i) {
        double cpu = cpuSeconds();
        baseline.append(bareGroupBy(*demo, now));
        baselineCpu.append(cpuSeconds() - cpu);
        cpu = cpuSeconds();
        timer.restart();
        engine.recomputeAll(HealthSettings{});
        analytics.append(seconds(timer));
        analyticsCpu.append(cpuSeconds() - cpu);
    }
    out << QStringLiteral("analytics, all deals     %1 s, %2 s CPU (median of %3)\n")
               .arg(median(analytics), 0, 'f', 3)
               .arg(median(analyticsCpu), 0, 'f', 3)
               .arg(repeat);
    out << QStringLiteral("bare GROUP BY baseline   %1 s, %2 s CPU\n")
               .arg(median(baseline), 0, 'f', 3)
               .arg(median(baselineCpu), 0, 'f', 3);
    out << QStringLiteral("analytics ratio          %1x, %2x by CPU   (target <= 2x)\n")
               .arg(median(analytics) / median(baseline), 0, 'f', 2)
               .arg(median(analyticsCpu) / median(baselineCpu), 0, 'f', 2);
    out.flush();

    QList<double> exports;
    const QString exportPath = QDir(dir).filePath(QStringLiteral("bench-snapshot.json"));
    for (int i = 0; i < repeat; ++i) {
        QString error;
        timer.restart();
        if (writeSnapshotJson(*demo, SnapshotOptions{now, now, HealthSettings{}}, exportPath, &error) < 0)
            qFatal("%s", qPrintable(error));
        exports.append(seconds(timer));
    }
    out << QStringLiteral("JSON snapshot export     %1 s (median of %2), %3 MB\n")
               .arg(median(exports), 0, 'f', 3)
               .arg(repeat)
               .arg(QFileInfo(exportPath).size() / 1e6, 0, 'f', 1);
    return 0;
}
