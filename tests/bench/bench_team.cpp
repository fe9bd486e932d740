// SPDX-License-Identifier: GPL-3.0-or-later
// The team layer at scale, against a throwaway PostgreSQL 15 (as the team tests make one): DESKTOPS desktops
// each rate RATINGS interactions offline and push them through one server; then a fresh desktop pulls them
// all. Prints the push time, the pull time beside a bare COPY of the same rows out of the server, and the
// learner's refit time on every pulled rating. The defaults are the full scale: 20 × 5,000 = 100,000
// ratings.

#include "BenchFigures.h"
#include "PostgresServer.h"
#include "analytics/sentiment/LexiconDigest.h"
#include "analytics/sentiment/RatingService.h"
#include "store/Database.h"
#include "store/FeedbackStore.h"
#include "store/TeamPullStore.h"
#include "team/PgConnection.h"
#include "team/TeamMembers.h"
#include "team/TeamSchema.h"
#include "team/TeamSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace dp;

namespace {

const QByteArray kPassword = "bench password";

const char *const kWords[] = {"great",   "pricing",  "delay",  "love",    "concern", "budget", "approved",
                              "blocked", "excited",  "unsure", "legal",   "signed",  "risk",   "happy",
                              "worried", "timeline", "demo",   "problem", "perfect", "cancel"};

// A cache holding the same `interactions` buyer emails as every other desktop's.
std::unique_ptr<Database> makeDesktop(const QString &path, int interactions) {
    OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
    if (!opened.ok())
        qFatal("cannot create %s", qPrintable(path));
    std::unique_ptr<Database> db = std::move(opened.database);
    Transaction transaction(*db);
    Statement &insert =
        db->cached("INSERT INTO interactions(id, source, remote_id, kind, direction, occurred_at,"
                   " body_text) VALUES (?1, 'bench', ?2, 'email', 'inbound', ?1, ?3)");
    for (int i = 1; i <= interactions; ++i) {
        QString text;
        for (int w = 0; w < 6; ++w)
            text += QLatin1String(kWords[(i * 7 + w * 13 + w * i) % 20]) + QLatin1Char(' ');
        insert.bind(1, qint64(i)).bind(2, QStringLiteral("e%1").arg(i)).bind(3, text).run();
    }
    transaction.commit();
    return db;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("desktops"), QStringLiteral("Desktops (default 20)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("ratings"), QStringLiteral("Ratings per desktop (default 5000)."),
                      QStringLiteral("N")});
    parser.process(app);
    const int desktops =
        parser.isSet(QStringLiteral("desktops")) ? parser.value(QStringLiteral("desktops")).toInt() : 20;
    const int perDesktop =
        parser.isSet(QStringLiteral("ratings")) ? parser.value(QStringLiteral("ratings")).toInt() : 5000;
    QTextStream out(stdout);

    test::PostgresServer server;
    if (!server.isRunning()) {
        std::fprintf(stderr, "bench_team: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QString database = server.createDatabase(QStringLiteral("bench"));
    {
        auto admin = team::PgConnection::open(server.superuserParameters(database));
        team::TeamSchema::apply(*admin);
        for (int d = 0; d < desktops; ++d)
            team::addMember(*admin, {QStringLiteral("rep%1@example.com").arg(d), team::MemberRole::Rep,
                                     QStringLiteral("bench"), kPassword});
    }
    QTemporaryDir dir;
    QElapsedTimer timer;
    double rateMs = 0;
    double pushMs = 0;
    for (int d = 0; d < desktops; ++d) {
        const QString email = QStringLiteral("rep%1@example.com").arg(d);
        auto db = makeDesktop(dir.filePath(QStringLiteral("d%1.sqlite").arg(d)), perDesktop);
        timer.start();
        {
            Transaction transaction(*db);
            FeedbackStore feedback(*db);
            for (int i = 1; i <= perDesktop; ++i)
                feedback.addRating(Rating{i, email, (i + d) % 3 ? 1 : -1, {}, qint64(d) * perDesktop + i});
            transaction.commit();
        }
        rateMs += bench::ms(timer);
        auto connection = team::PgConnection::open(server.parameters(database, email, kPassword));
        team::TeamSync sync(*db, *connection);
        team::TeamSyncResult result;
        timer.start();
        sync.push(result);
        pushMs += bench::ms(timer);
        if (result.pushed != perDesktop)
            qFatal("desktop %d pushed %d of %d", d, result.pushed, perDesktop);
    }
    const qint64 total = qint64(desktops) * perDesktop;
    out << "ratings: " << desktops << " desktops x " << perDesktop << " = " << total << '\n';
    out << "rate (store + outbox): " << qRound(rateMs) << " ms" << '\n';
    out << "push: " << qRound(pushMs) << " ms (" << qRound(total / (pushMs / 1000.0)) << " ratings/s)"
        << '\n';

    // A fresh desktop pulls everything; the baseline copies the same rows out of the server, as the same rep.
    auto reader = makeDesktop(dir.filePath(QStringLiteral("reader.sqlite")), perDesktop);
    auto connection =
        team::PgConnection::open(server.parameters(database, QStringLiteral("rep0@example.com"), kPassword));
    timer.start();
    const qint64 bytes = connection->copyOutBytes(
        "COPY (SELECT change_id, seq, rater, interaction_source, interaction_remote_id, value, note, rated_at"
        " FROM ratings ORDER BY seq) TO STDOUT");
    const double copyMs = bench::ms(timer);
    team::TeamSync pull(*reader, *connection);
    team::TeamSyncResult pulled;
    timer.start();
    pull.pull(pulled);
    const double pullMs = bench::ms(timer);
    if (pulled.pulledRatings != total)
        qFatal("pulled %d of %lld", pulled.pulledRatings, total);
    out << "pull: " << qRound(pullMs) << " ms; bare COPY of the same rows: " << qRound(copyMs) << " ms ("
        << bytes << " bytes); ratio " << QString::number(pullMs / copyMs, 'f', 1) << '\n';

    timer.start();
    const sentiment::Learner learner = sentiment::storedLearner(*reader);
    const double refitMs = bench::ms(timer);
    out << "refit on " << TeamPullStore(*reader).counts().ratings << " ratings: " << qRound(refitMs)
        << " ms; lexicon version " << sentiment::lexiconDigest(learner) << '\n';
    return 0;
}
