// SPDX-License-Identifier: GPL-3.0-or-later
// The team outbox in the local cache: every rating, coaching-note version and snapshot is queued in the
// transaction that makes it, so a change is never made without its entry nor queued without being made.

#include "TestSupport.h"
#include "store/CacheRebuild.h"
#include "store/FeedbackStore.h"
#include "store/LexiconStore.h"
#include "store/Migrations.h"
#include "store/SnapshotStore.h"
#include "store/TeamOutboxStore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace dp;

namespace {

void addCrmRows(Database &db) {
    db.exec("INSERT INTO owners(id, source, remote_id, name, email) VALUES (1, 'hubspot', 'o1', 'Rita', "
            "'Rita@Example.com');"
            "INSERT INTO deals(id, source, remote_id, name, created_at, owner_id) VALUES"
            " (1, 'hubspot', 'd1', 'Acme', 0, 1);"
            "INSERT INTO interactions(id, source, remote_id, kind, direction, occurred_at, body_text) VALUES"
            " (10, 'hubspot', 'e1', 'email', 'inbound', 1, 'Love it');");
}

QJsonObject payloadOf(const OutboxEntry &entry) {
    return QJsonDocument::fromJson(entry.payload).object();
}

QString columnText(Database &db, const char *sql) {
    Statement query(db.handle(), sql);
    return query.step() ? query.text(0) : QString();
}

} // namespace

class TestTeamOutbox : public QObject {
    Q_OBJECT

private slots:
    void ratingIsQueuedWithItsChange() {
        test::TempCache cache;
        addCrmRows(cache.db());
        FeedbackStore feedback(cache.db());
        const qint64 id =
            feedback.addRating(Rating{10, QStringLiteral("rita"), 1, QStringLiteral("good"), 500});
        TeamOutboxStore outbox(cache.db());
        const QList<OutboxEntry> entries = outbox.pending(10);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].kind, QStringLiteral("rating"));
        QCOMPARE(entries[0].changeId.size(), 32);
        const QJsonObject payload = payloadOf(entries[0]);
        QCOMPARE(payload.value(QStringLiteral("source")).toString(), QStringLiteral("hubspot"));
        QCOMPARE(payload.value(QStringLiteral("remote_id")).toString(), QStringLiteral("e1"));
        QCOMPARE(payload.value(QStringLiteral("value")).toInt(), 1);
        QCOMPARE(payload.value(QStringLiteral("note")).toString(), QStringLiteral("good"));
        QCOMPARE(qint64(payload.value(QStringLiteral("rated_at")).toDouble()), 500);
        QCOMPARE(columnText(cache.db(), "SELECT team_change_id FROM ratings"), entries[0].changeId);

        // Removing it queues a withdrawal (value 0) for the same interaction.
        feedback.removeRating(id);
        const QList<OutboxEntry> after = outbox.pending(10);
        QCOMPARE(after.size(), 2);
        QCOMPARE(payloadOf(after[1]).value(QStringLiteral("value")).toInt(), 0);
        QCOMPARE(payloadOf(after[1]).value(QStringLiteral("remote_id")).toString(), QStringLiteral("e1"));
        QVERIFY(after[0].id < after[1].id);
    }

    void rolledBackChangeLeavesNoEntry() {
        test::TempCache cache;
        addCrmRows(cache.db());
        {
            Transaction transaction(cache.db());
            LexiconStore(cache.db()).addRating(Rating{10, QStringLiteral("rita"), -1, {}, 1});
            FeedbackStore(cache.db()).addNote(1, QStringLiteral("rita"), QStringLiteral("call back"), 2);
            QCOMPARE(TeamOutboxStore(cache.db()).count(), 2);
            // Not committed: the changes and their entries go together.
        }
        QCOMPARE(TeamOutboxStore(cache.db()).count(), 0);
        QCOMPARE(cache.db().cached("SELECT count(*) FROM ratings").singleInt64(), 0);
        QCOMPARE(cache.db().cached("SELECT count(*) FROM coaching_notes").singleInt64(), 0);
    }

    void noteVersionsNameTheVersionTheyEdit() {
        test::TempCache cache;
        addCrmRows(cache.db());
        FeedbackStore feedback(cache.db());
        const qint64 note = feedback.addNote(1, QStringLiteral("mgr"), QStringLiteral("Ask for budget"), 10);
        QVERIFY(
            feedback.editNote(note, QStringLiteral("mgr"), QStringLiteral("Ask for the budget owner"), 20));
        // Not the author: nothing changes, nothing is queued.
        QVERIFY(!feedback.editNote(note, QStringLiteral("someone"), QStringLiteral("hijack"), 30));
        QVERIFY(!feedback.deleteNote(note, QStringLiteral("someone")));
        QVERIFY(feedback.deleteNote(note, QStringLiteral("mgr")));
        const QList<OutboxEntry> entries = TeamOutboxStore(cache.db()).pending(10);
        QCOMPARE(entries.size(), 3);
        const QJsonObject created = payloadOf(entries[0]);
        const QJsonObject edited = payloadOf(entries[1]);
        const QJsonObject deleted = payloadOf(entries[2]);
        QVERIFY(created.value(QStringLiteral("base")).isNull());
        QCOMPARE(edited.value(QStringLiteral("base")).toString(), entries[0].changeId);
        QCOMPARE(deleted.value(QStringLiteral("base")).toString(), entries[1].changeId);
        const QString noteId = created.value(QStringLiteral("note_id")).toString();
        QCOMPARE(noteId.size(), 32);
        QCOMPARE(edited.value(QStringLiteral("note_id")).toString(), noteId);
        QCOMPARE(deleted.value(QStringLiteral("note_id")).toString(), noteId);
        QCOMPARE(edited.value(QStringLiteral("body")).toString(), QStringLiteral("Ask for the budget owner"));
        QCOMPARE(edited.value(QStringLiteral("owner")).toString(), QStringLiteral("rita@example.com"));
        QCOMPARE(edited.value(QStringLiteral("remote_id")).toString(), QStringLiteral("d1"));
        QVERIFY(!edited.value(QStringLiteral("deleted")).toBool());
        QVERIFY(deleted.value(QStringLiteral("deleted")).toBool());
    }

    void snapshotIsQueued() {
        test::TempCache cache;
        SnapshotRecord record;
        record.takenAt = 5;
        record.label = QStringLiteral("Week 48");
        record.asOf = 5;
        record.goingDarkDays = 14;
        const qint64 id = SnapshotStore(cache.db()).insert(record);
        const QList<OutboxEntry> entries = TeamOutboxStore(cache.db()).pending(10);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].kind, QStringLiteral("snapshot"));
        QCOMPARE(qint64(payloadOf(entries[0]).value(QStringLiteral("snapshot_id")).toDouble()), id);
        QCOMPARE(columnText(cache.db(), "SELECT team_change_id FROM snapshots"), entries[0].changeId);
    }

    void pendingAndRemoveKeepOrder() {
        test::TempCache cache;
        addCrmRows(cache.db());
        FeedbackStore feedback(cache.db());
        for (int i = 0; i < 5; ++i)
            feedback.addRating(Rating{10, QStringLiteral("rita"), i % 2 ? 1 : -1, {}, i});
        TeamOutboxStore outbox(cache.db());
        const QList<OutboxEntry> first = outbox.pending(2);
        QCOMPARE(first.size(), 2);
        outbox.remove({first[0].id, first[1].id});
        QCOMPARE(outbox.count(), 3);
        QVERIFY(outbox.pending(10).first().id > first[1].id);
        QCOMPARE(outbox.lastServerChange(), qint64(0));
        outbox.setLastServerChange(7);
        outbox.setLastServerChange(9);
        QCOMPARE(outbox.lastServerChange(), qint64(9));
    }

    // A rebuilt cache keeps the unsent changes (they exist nowhere else), the last server change pulled and
    // the change ids it holds.
    void rebuildKeepsTheTeamState() {
        test::TempCache cache;
        addCrmRows(cache.db());
        FeedbackStore(cache.db()).addRating(Rating{10, QStringLiteral("rita"), 1, {}, 1});
        FeedbackStore(cache.db()).addNote(1, QStringLiteral("rita"), QStringLiteral("call back"), 2);
        TeamOutboxStore(cache.db()).setLastServerChange(42);
        const QList<OutboxEntry> before = TeamOutboxStore(cache.db()).pending(10);
        cache.db().exec(
            "INSERT INTO team_known_changes(change_id) VALUES ('0123456789abcdef0123456789abcdef')");
        const QString path = cache.path();
        cache.close();
        RebuildReport report = CacheRebuild(path).build();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(CacheRebuild::swapIn(report, path), QString());
        cache.reopen();
        TeamOutboxStore outbox(cache.db());
        const QList<OutboxEntry> after = outbox.pending(10);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].changeId, before[i].changeId);
            QCOMPARE(after[i].payload, before[i].payload);
        }
        QCOMPARE(outbox.lastServerChange(), qint64(42));
        QCOMPARE(cache.db().cached("SELECT count(*) FROM team_known_changes").singleInt64(), 3);
        QCOMPARE(columnText(cache.db(), "SELECT team_change_id FROM ratings"), before[0].changeId);
    }

    // Step 15 queues what the cache held before it, so the first team sync shares it.
    void stepFifteenQueuesEarlierJudgments() {
        test::TempCache cache;
        addCrmRows(cache.db());
        cache.db().exec(
            "DROP TABLE team_outbox; DROP TABLE team_state; DROP TABLE team_known_changes;"
            "DROP INDEX ratings_team_change; ALTER TABLE ratings DROP COLUMN team_change_id;"
            "DROP INDEX coaching_notes_team_change; ALTER TABLE coaching_notes DROP COLUMN team_note_id;"
            "ALTER TABLE coaching_notes DROP COLUMN team_change_id;"
            "DROP INDEX snapshots_team_change; ALTER TABLE snapshots DROP COLUMN team_change_id;"
            "INSERT INTO ratings(interaction_id, rater, value, note, rated_at) VALUES (10, 'rita', 1, '', 3),"
            " (10, 'max', -1, 'meh', 4);"
            "INSERT INTO coaching_notes(deal_id, author, body, created_at, updated_at) VALUES"
            " (1, 'mgr', 'Push for a date', 5, 6);"
            "INSERT INTO snapshots(taken_at, as_of, going_dark_days) VALUES (7, 7, 14);"
            "PRAGMA user_version=14;");
        cache.reopen();
        QCOMPARE(cache.db().userVersion(), Migrations::latestVersion());
        const QList<OutboxEntry> entries = TeamOutboxStore(cache.db()).pending(10);
        QCOMPARE(entries.size(), 4);
        QStringList kinds;
        QSet<QString> ids;
        for (const OutboxEntry &entry : entries) {
            kinds.append(entry.kind);
            ids.insert(entry.changeId);
            QCOMPARE(entry.changeId.size(), 32);
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("rating"), QStringLiteral("rating"),
                                     QStringLiteral("note"), QStringLiteral("snapshot")}));
        QCOMPARE(ids.size(), 4);
        QCOMPARE(payloadOf(entries[1]).value(QStringLiteral("note")).toString(), QStringLiteral("meh"));
        QCOMPARE(payloadOf(entries[2]).value(QStringLiteral("owner")).toString(),
                 QStringLiteral("rita@example.com"));
        QVERIFY(!payloadOf(entries[2]).value(QStringLiteral("deleted")).toBool());
        QCOMPARE(cache.db().cached("SELECT count(*) FROM ratings WHERE team_change_id IS NULL").singleInt64(),
                 0);
        QCOMPARE(columnText(cache.db(), "SELECT team_change_id FROM coaching_notes"), entries[2].changeId);
    }
};

QTEST_GUILESS_MAIN(TestTeamOutbox)
#include "test_team_outbox.moc"
