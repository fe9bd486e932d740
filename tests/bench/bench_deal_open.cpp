// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a deal page with 2,000 interactions: what the worker reads (deal, metrics, history, notes,
// ratings, names, every interaction) and computes (chart series), then the timeline model taking the rows
// and answering for the first page of cards (including the driving words, found by scoring those rows
// again). Printed beside a baseline measured in the same run: the bare SQL select of the same rows.
// Usage: bench_deal_open [--interactions N] [--repeat N]

#include "BenchFigures.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/SalesScorer.h"
#include "items/DealDetails.h"
#include "items/TimelineModel.h"
#include "store/Database.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/FeedbackStore.h"
#include "store/InteractionStore.h"
#include "translations/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>

using namespace dp;
using dp::bench::median;
using dp::bench::ms;

namespace {

QTextStream out(stdout);
constexpr Millis kNow = 1795791600000; // 2026-11-27T15:00:00Z
constexpr int kFirstPage = 12;         // the cards a 900-pixel window shows

const QStringList kSentences{
    QStringLiteral("Thanks for the walkthrough yesterday, the team was impressed with the reporting."),
    QStringLiteral("Unfortunately there is a budget freeze until next quarter."),
    QStringLiteral("Legal approved the MSA, the PO is on its way."),
    QStringLiteral("Can we move the call to Thursday afternoon?"),
    QStringLiteral("Honestly the pricing is too expensive compared to the other vendor."),
    QStringLiteral("We would like to move forward with the pilot in January."),
    QStringLiteral("Please find the security questionnaire attached."),
    QStringLiteral("This is not a priority for us right now, circle back next quarter.")};

QString paragraph(int seed, int sentences) {
    QStringList parts;
    for (int i = 0; i < sentences; ++i)
        parts.append(kSentences[(seed * 7 + i * 3) % kSentences.size()]);
    return parts.join(QLatin1Char(' '));
}

// One deal with `count` interactions over the last year, written through the store API as sync does.
qint64 writeDeal(Database &db, int count) {
    const QString source = QStringLiteral("bench");
    DirectoryStore directory(db);
    directory.upsertTeam({source, QStringLiteral("t"), QStringLiteral("East")});
    directory.upsertOwner({source, QStringLiteral("rep"), QStringLiteral("Alison Engel"),
                           QStringLiteral("alison@brightlane.io"), QStringLiteral("t"), true});
    directory.upsertAccount(
        {source, QStringLiteral("acme"), QStringLiteral("Acme"), {QStringLiteral("acme.example")}});
    QStringList buyers;
    for (int c = 0; c < 6; ++c) {
        const QString email = QStringLiteral("buyer%1@acme.example").arg(c);
        directory.upsertContact({source,
                                 QStringLiteral("c%1").arg(c),
                                 QStringLiteral("acme"),
                                 QStringLiteral("Buyer"),
                                 QString::number(c),
                                 email,
                                 {}});
        buyers.append(email);
    }
    Deal deal;
    deal.source = source;
    deal.remoteId = QStringLiteral("big");
    deal.name = QStringLiteral("Acme enterprise agreement");
    deal.accountRemoteId = QStringLiteral("acme");
    deal.ownerRemoteId = QStringLiteral("rep");
    deal.stage = QStringLiteral("Negotiation");
    deal.amount = 250000.0;
    deal.currency = QStringLiteral("USD");
    deal.closeDate = QDate(2026, 12, 31);
    deal.createdAt = kNow - 400 * kMillisPerDay;
    const qint64 dealId = DealStore(db).upsert(deal);
    for (int i = 0; i < 12; ++i)
        DealStore(db).recordChange(
            source, FieldChange{deal.remoteId, DealField::CloseDate,
                                QStringLiteral("2026-%1-28").arg(i, 2, 10, QLatin1Char('0')),
                                QStringLiteral("2026-%1-28").arg(i + 1, 2, 10, QLatin1Char('0')),
                                kNow - (300 - i * 20) * kMillisPerDay});

    Transaction transaction(db);
    InteractionStore store(db);
    for (int n = 0; n < count; ++n) {
        Interaction i;
        i.source = source;
        i.remoteId = QStringLiteral("i%1").arg(n);
        i.occurredAt = kNow - Millis(n) * 365 * kMillisPerDay / count - 3600 * 1000;
        i.dealRemoteIds = {deal.remoteId};
        const QString buyer = buyers[n % buyers.size()];
        i.contactRemoteIds = {QStringLiteral("c%1").arg(n % buyers.size())};
        switch (n % 10) {
        case 0:
            i.kind = InteractionKind::Meeting;
            i.direction = Direction::Inbound;
            i.subject = QStringLiteral("Weekly sync");
            i.status = QStringLiteral("completed");
            i.durationSeconds = 1800;
            i.fromAddress = QStringLiteral("alison@brightlane.io");
            i.toAddresses = {buyer};
            i.transcript =
                QStringLiteral("Buyer %1 (Acme): %2\nAlison Engel (Brightlane): %3\nBuyer %1 (Acme): %4")
                    .arg(n % 6)
                    .arg(paragraph(n, 3), paragraph(n + 1, 2), paragraph(n + 2, 3));
            break;
        case 1:
        case 2:
            i.kind = InteractionKind::Call;
            i.direction = Direction::Outbound;
            i.subject = QStringLiteral("Call");
            i.status = QStringLiteral("no_answer");
            i.bodyText = paragraph(n, 1);
            i.fromAddress = QStringLiteral("alison@brightlane.io");
            i.toAddresses = {buyer};
            break;
        default:
            i.kind = InteractionKind::Email;
            i.direction = n % 2 ? Direction::Inbound : Direction::Outbound;
            i.subject = QStringLiteral("Re: rollout plan %1").arg(n);
            i.bodyText =
                QStringLiteral("Hi,\n\n%1\n\n%2\n\nBest regards,\nSomeone\n\nOn Monday someone wrote:\n> %3")
                    .arg(paragraph(n, 3), paragraph(n + 3, 2), paragraph(n + 5, 4));
            if (n % 3 == 0)
                i.bodyHtml = QStringLiteral("<html><body><p>%1</p><p>%2</p></body></html>")
                                 .arg(paragraph(n, 3), paragraph(n + 3, 2));
            i.fromAddress =
                i.direction == Direction::Inbound ? buyer : QStringLiteral("alison@brightlane.io");
            i.toAddresses = {i.direction == Direction::Inbound ? QStringLiteral("alison@brightlane.io")
                                                               : buyer};
        }
        store.upsert(i);
    }
    transaction.commit();
    return dealId;
}

// The baseline: the timeline's rows selected with the bare SQLite API, every column read.
double bareSelect(Database &db, qint64 dealId) {
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db.handle(),
                       "SELECT i.id, i.source, i.remote_id, i.kind, i.direction, i.occurred_at, i.subject,"
                       " i.body_text, i.body_html, i.from_address, i.to_addresses, i.cc_addresses,"
                       " i.duration_seconds, i.status, i.transcript, i.sentiment"
                       " FROM interaction_deals l JOIN interactions i ON i.id = l.interaction_id"
                       " WHERE l.deal_id = ?1 AND i.is_deleted = 0 ORDER BY i.occurred_at DESC, i.id DESC",
                       -1, &stmt, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_bind_int64(stmt, 1, dealId);
    qint64 bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < 16; ++c) {
            sqlite3_column_text(stmt, c);
            bytes += sqlite3_column_bytes(stmt, c);
        }
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    sqlite3_finalize(stmt);
    if (bytes == 0)
        qFatal("nothing read");
    return ms;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    installLanguage(QStringLiteral("en"));
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("interactions"),
                                         QStringLiteral("Interactions on the deal."), QStringLiteral("N"),
                                         QStringLiteral("2000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure."),
                                          QStringLiteral("N"), QStringLiteral("15"));
    parser.addOptions({countOption, repeatOption});
    parser.addHelpOption();
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deal.sqlite"));
    OpenResult opened = Database::open(path);
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.error));
    Database &db = *opened.database;
    const qint64 dealId = writeDeal(db, count);
    const auto scored = sentiment::rescoreCache(db, false);
    const FixedClock clock(kNow);
    AnalyticsEngine(db, clock).recomputeAll({});
    FeedbackStore(db).addNote(dealId, QStringLiteral("Maria"), QStringLiteral("Get to the CFO."), kNow);
    out << "deal with " << count << " interactions (" << scored.scored << " scored), median of " << repeat
        << " runs\n";

    DealRequest request;
    request.dealId = dealId;
    request.user = QStringLiteral("Maria");
    request.zone = QTimeZone(QByteArrayLiteral("Europe/Bucharest"));
    const auto scorer = std::make_shared<const sentiment::SalesScorer>();

    QList<double> baseline, load, open, cold;
    for (int run = 0; run < repeat + 1; ++run) {
        const double bare = bareSelect(db, dealId);
        QElapsedTimer timer;
        timer.start();
        std::optional<DealDetails> details = loadDealDetails(db, request, clock);
        const double loaded = timer.nsecsElapsed() / 1e6;
        TimelineModel model;
        model.setScorer(scorer);
        model.setEntries(std::move(details->timeline), details->ours, details->names, request.zone);
        qsizetype touched = 0;
        for (int row = 0; row < std::min(kFirstPage, model.rowCount()); ++row) {
            for (int role : {int(TimelineModel::SubjectRole), int(TimelineModel::TimeTextRole),
                             int(TimelineModel::ParticipantsRole), int(TimelineModel::PreviewRole),
                             int(TimelineModel::SentimentTextRole), int(TimelineModel::DrivingWordsRole)})
                touched += model.index(row).data(role).toString().size() + 1;
        }
        touched += model.index(0).data(TimelineModel::ContentHtmlRole).toString().size();
        const double shown = timer.nsecsElapsed() / 1e6;

        timer.restart();
        {
            OpenResult fresh = Database::open(path, Database::Mode::ReadWrite);
            std::optional<DealDetails> again = loadDealDetails(*fresh.database, request, clock);
            touched += again->timeline.size();
        }
        const double coldMs = timer.nsecsElapsed() / 1e6;
        if (touched == 0)
            qFatal("nothing shown");
        if (run == 0)
            continue; // warm-up
        baseline.append(bare);
        load.append(loaded);
        open.append(shown);
        cold.append(coldMs);
    }
    const double base = median(baseline);
    const auto line = [&](const char *what, double ms) {
        out << QStringLiteral("  %1 %2 ms  (%3x the bare select)\n")
                   .arg(QString::fromLatin1(what), -58)
                   .arg(ms, 8, 'f', 2)
                   .arg(ms / base, 0, 'f', 2);
    };
    out << QStringLiteral("  %1 %2 ms\n")
               .arg(QStringLiteral("baseline: bare SQL select of the same rows"), -58)
               .arg(base, 8, 'f', 2);
    line("loadDealDetails (all reads, names, ratings, chart series)", median(load));
    line("deal open: load + timeline model + first page of cards", median(open));
    line("on a fresh connection, as the worker does", median(cold));
    out << "  target: deal open < 100 ms\n";
    out.flush();
    return 0;
}
