// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LexiconStore.h"

#include "store/Database.h"
#include "store/TeamOutboxStore.h"

#include <array>

namespace dp {
namespace {

constexpr std::array kCauseKeys{"rated", "unrated", "reset", "unreset"};

QString causeKey(LexiconVersion::Cause cause) {
    return QString::fromLatin1(kCauseKeys[std::size_t(cause)]);
}

LexiconVersion::Cause causeFromKey(const QString &key) {
    for (std::size_t i = 0; i < kCauseKeys.size(); ++i) {
        if (key == QLatin1String(kCauseKeys[i]))
            return LexiconVersion::Cause(i);
    }
    return LexiconVersion::Cause::Rated;
}

// The columns readVersion() expects, in its order. Macros, because Database::cached() keys its statements
// by string literal. A version is "undone" when a later one undid it or its cause is no longer in effect
// (its rating was deleted, its reset lifted).
#define DP_VERSION_COLUMNS                                                                                   \
    "v.id, v.created_at, v.language, v.cause, v.undoes, v.rating_id, v.interaction_id, v.rater, v.value,"    \
    " v.note, v.rated_at, v.reset_id, v.term, coalesce(i.subject, ''),"                                      \
    " (EXISTS (SELECT 1 FROM lexicon_versions u WHERE u.undoes = v.id) OR CASE v.cause"                      \
    " WHEN 'rated' THEN NOT EXISTS (SELECT 1 FROM ratings r WHERE r.id = v.rating_id)"                       \
    " WHEN 'unrated' THEN EXISTS (SELECT 1 FROM ratings r WHERE r.id = v.rating_id)"                         \
    " WHEN 'reset' THEN NOT EXISTS (SELECT 1 FROM lexicon_term_resets t WHERE t.id = v.reset_id)"            \
    " ELSE EXISTS (SELECT 1 FROM lexicon_term_resets t WHERE t.id = v.reset_id) END),"                       \
    " v.through_rating_id, v.reset_at"
#define DP_VERSION_FROM " FROM lexicon_versions v LEFT JOIN interactions i ON i.id = v.interaction_id"

LexiconVersion readVersion(const Statement &row, int first = 0) {
    LexiconVersion v;
    v.id = row.int64(first);
    v.createdAt = row.int64(first + 1);
    v.language = row.text(first + 2);
    v.cause = causeFromKey(row.text(first + 3));
    v.undoes = row.optionalInt64(first + 4);
    v.ratingId = row.optionalInt64(first + 5);
    v.interactionId = row.optionalInt64(first + 6);
    v.rater = row.text(first + 7);
    v.value = int(row.optionalInt64(first + 8).value_or(0));
    v.note = row.text(first + 9);
    v.ratedAt = row.optionalInt64(first + 10);
    v.resetId = row.optionalInt64(first + 11);
    v.term = row.text(first + 12);
    v.interactionSubject = row.text(first + 13);
    v.undone = row.int64(first + 14) != 0;
    v.throughRatingId = row.optionalInt64(first + 15);
    v.resetAt = row.optionalInt64(first + 16);
    return v;
}

// The interaction columns of RatedInteraction, after the rating's.
#define DP_RATED_COLUMNS                                                                                     \
    "r.id, r.interaction_id, r.rater, r.value, r.note, r.rated_at, i.kind, i.subject, i.body_text,"          \
    " i.transcript FROM ratings r JOIN interactions i ON i.id = r.interaction_id"

RatedInteraction readRated(const Statement &row) {
    RatedInteraction rated;
    rated.ratingId = row.int64(0);
    rated.rating = Rating{row.int64(1), row.text(2), int(row.int64(3)), row.text(4), row.int64(5)};
    rated.text = InteractionText{row.int64(1), row.text(6), row.text(7), row.text(8), row.text(9)};
    return rated;
}

} // namespace

qint64 LexiconStore::addVersion(const LexiconVersion &v, const QList<TermDelta> &deltas) {
    Transaction transaction(m_db, Transaction::JoinOuter);
    Statement &insert = m_db.cached(
        "INSERT INTO lexicon_versions(created_at, language, cause, undoes, rating_id, interaction_id, rater,"
        " value, note, rated_at, reset_id, term, through_rating_id, reset_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    insert.bind(1, v.createdAt).bind(2, v.language).bind(3, causeKey(v.cause)).bind(4, v.undoes);
    insert.bind(5, v.ratingId).bind(6, v.interactionId).bind(7, v.rater);
    insert.bind(8, v.ratingId ? std::optional<qint64>(v.value) : std::nullopt);
    insert.bind(9, v.note).bind(10, v.ratedAt).bind(11, v.resetId).bind(12, v.term);
    insert.bind(13, v.throughRatingId).bind(14, v.resetAt).run();
    const qint64 id = m_db.lastInsertRowId();
    Statement &delta = m_db.cached(
        "INSERT INTO lexicon_term_deltas(version_id, term, before, after) VALUES (?1, ?2, ?3, ?4)");
    for (const TermDelta &d : deltas)
        delta.bind(1, id).bind(2, d.term).bind(3, d.before).bind(4, d.after).run();
    transaction.commit();
    return id;
}

QList<LexiconVersion> LexiconStore::readVersions(const char *sql, qint64 key) {
    Query query = m_db.query(sql);
    query.bind(1, key);
    QList<LexiconVersion> result;
    while (query.step())
        result.append(readVersion(query.row()));
    return result;
}

std::optional<LexiconVersion> LexiconStore::version(qint64 versionId) {
    const QList<LexiconVersion> found =
        readVersions("SELECT " DP_VERSION_COLUMNS DP_VERSION_FROM " WHERE v.id = ?1", versionId);
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

QList<LexiconVersion> LexiconStore::versions() {
    return readVersions("SELECT " DP_VERSION_COLUMNS DP_VERSION_FROM " WHERE ?1 ORDER BY v.id DESC", 1);
}

QList<TermDelta> LexiconStore::deltas(qint64 versionId) {
    Query query = m_db.query("SELECT term, before, after FROM lexicon_term_deltas WHERE version_id = ?1"
                             " ORDER BY abs(after - before) DESC, term");
    query.bind(1, versionId);
    QList<TermDelta> result;
    while (query.step())
        result.append({query.text(0), query.real(1), query.real(2)});
    return result;
}

QList<TermMove> LexiconStore::termHistory(const QString &language, const QString &term) {
    Query query = m_db.query("SELECT d.term, d.before, d.after, " DP_VERSION_COLUMNS DP_VERSION_FROM
                             " JOIN lexicon_term_deltas d ON d.version_id = v.id"
                             " WHERE d.term = ?2 AND v.language = ?1 ORDER BY v.id DESC");
    query.bind(1, language).bind(2, term);
    QList<TermMove> result;
    while (query.step())
        result.append({readVersion(query.row(), 3), {query.text(0), query.real(1), query.real(2)}});
    return result;
}

std::optional<qint64> LexiconStore::latestVersionId() {
    Query query = m_db.query("SELECT max(id) FROM lexicon_versions");
    std::optional<qint64> id;
    if (query.step())
        id = query.optionalInt64(0);
    return id;
}

qint64 LexiconStore::addReset(const QString &language, const QString &term, qint64 throughRatingId,
                              Millis at) {
    m_db.cached("INSERT INTO lexicon_term_resets(language, term, through_rating_id, reset_at)"
                " VALUES (?1, ?2, ?3, ?4)")
        .bind(1, language)
        .bind(2, term)
        .bind(3, throughRatingId)
        .bind(4, at)
        .run();
    return m_db.lastInsertRowId();
}

void LexiconStore::restoreReset(const TermReset &reset) {
    m_db.cached("INSERT INTO lexicon_term_resets(id, language, term, through_rating_id, reset_at)"
                " VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, reset.id)
        .bind(2, reset.language)
        .bind(3, reset.term)
        .bind(4, reset.throughRatingId)
        .bind(5, reset.resetAt)
        .run();
}

void LexiconStore::removeReset(qint64 resetId) {
    m_db.cached("DELETE FROM lexicon_term_resets WHERE id = ?1").bind(1, resetId).run();
}

std::optional<TermReset> LexiconStore::reset(qint64 resetId) {
    for (const TermReset &r : resets()) {
        if (r.id == resetId)
            return r;
    }
    return std::nullopt;
}

QList<TermReset> LexiconStore::resets() {
    Query query = m_db.query(
        "SELECT id, language, term, through_rating_id, reset_at FROM lexicon_term_resets ORDER BY id");
    QList<TermReset> result;
    while (query.step())
        result.append({query.int64(0), query.text(1), query.text(2), query.int64(3), query.int64(4)});
    return result;
}

QList<RatedInteraction> LexiconStore::ratedInteractions() {
    Query query = m_db.query("SELECT " DP_RATED_COLUMNS " WHERE i.is_deleted = 0 ORDER BY r.rated_at, r.id");
    QList<RatedInteraction> result;
    while (query.step())
        result.append(readRated(query.row()));
    return result;
}

std::optional<RatedInteraction> LexiconStore::ratedInteraction(qint64 ratingId) {
    Query query = m_db.query("SELECT " DP_RATED_COLUMNS " WHERE r.id = ?1");
    query.bind(1, ratingId);
    std::optional<RatedInteraction> result;
    if (query.step())
        result = readRated(query.row());
    return result;
}

void LexiconStore::restoreRating(qint64 ratingId, const Rating &rating) {
    // Put back or new, it is a change the team has not seen: queued in the same transaction.
    Transaction transaction(m_db, Transaction::JoinOuter);
    const std::optional<QString> changeId =
        TeamOutboxStore(m_db).queueRating(rating.interactionId, rating.value, rating.note, rating.ratedAt);
    Statement &insert = m_db.cached("INSERT INTO ratings(id, interaction_id, rater, value, note, rated_at,"
                                    " team_change_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, ratingId).bind(2, rating.interactionId).bind(3, rating.rater).bind(4, rating.value);
    insert.bind(5, rating.note).bind(6, rating.ratedAt).bind(7, changeId).run();
    transaction.commit();
}

qint64 LexiconStore::addRating(const Rating &rating) {
    const qint64 id = lastRatingId() + 1;
    restoreRating(id, rating);
    return id;
}

qint64 LexiconStore::lastRatingId() {
    Query query = m_db.query("SELECT max(coalesce((SELECT max(id) FROM ratings), 0),"
                             " coalesce((SELECT max(rating_id) FROM lexicon_versions), 0),"
                             " coalesce((SELECT max(through_rating_id) FROM lexicon_term_resets), 0))");
    qint64 id = 0;
    if (query.step())
        id = query.int64(0);
    return id;
}

} // namespace dp
