// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/CacheRescorer.h"

#include "analytics/sentiment/RatingService.h"
#include "analytics/sentiment/TextWords.h"
#include "store/Database.h"
#include "store/DirectoryStore.h"
#include "store/LexiconStore.h"
#include "store/MetaStore.h"

#include <algorithm>

namespace dp::sentiment {
namespace {

const QString kScoredVersionKey = QStringLiteral("sentiment_lexicon_version");
// Set by a schema step when the scorer changed (step 15, the intent layer): the next rescoring scores every
// interaction, and clears it once it has been through them all.
const QString kRescoreAllKey = QStringLiteral("sentiment_rescore_all");

// Where a piece of the learner's text came from in `whole`.
struct Piece {
    qsizetype learnerBegin = 0;
    qsizetype wholeBegin = 0;
    qsizetype length = 0;
};

QList<Piece> learnerPieces(const InteractionAnalysis &analysis) {
    QList<Piece> pieces;
    qsizetype at = 0;
    for (const TextSpan &part : analysis.parts) {
        pieces.append({at, part.begin, part.length});
        at += part.length + 1;
    }
    return pieces;
}

// The field and field offset of a position in `whole`.
std::pair<DrivingTerm::Field, qsizetype> placeInField(const InteractionAnalysis &analysis, qsizetype at) {
    if (analysis.transcript)
        return {DrivingTerm::Field::Transcript, at};
    if (at < analysis.bodyOffset)
        return {DrivingTerm::Field::Subject, at};
    return {DrivingTerm::Field::Body, at - analysis.bodyOffset};
}

bool isSpoken(const QString &kind) {
    return kind == toKey(InteractionKind::Call) || kind == toKey(InteractionKind::Meeting);
}

} // namespace

InteractionAnalysis analyseInteraction(const SalesScorer &scorer, const InteractionText &text,
                                       const OurSide &ours) {
    InteractionAnalysis analysis;
    if (!text.transcript.trimmed().isEmpty()) {
        analysis.whole = text.transcript;
        analysis.transcript = true;
        for (const Utterance &utterance : transcriptUtterances(text.transcript, ours)) {
            if (utterance.buyer)
                analysis.parts.append(utterance.span);
        }
    } else {
        // The subject is a sentence of its own, then the part of the body its sender wrote.
        analysis.whole = text.subject + QStringLiteral("\n\n") + text.bodyText;
        analysis.bodyOffset = text.subject.size() + 2;
        // A call or a meeting without a transcript has only what our side wrote about it (the rep's note):
        // no buyer words to score. A buyer who did not answer is going dark, not negative.
        if (isSpoken(text.kind))
            return analysis;
        if (!text.subject.trimmed().isEmpty())
            analysis.parts.append({0, text.subject.size()});
        for (const TextSpan &span : authoredEmailSpans(text.bodyText))
            analysis.parts.append({span.begin + analysis.bodyOffset, span.length});
    }
    if (analysis.parts.isEmpty())
        return analysis;
    analysis.score = scorer.score(analysis.whole, analysis.parts);
    QStringList pieces;
    for (const TextSpan &part : std::as_const(analysis.parts))
        pieces.append(analysis.whole.mid(part.begin, part.length));
    analysis.learnerText = pieces.join(u'\n');
    return analysis;
}

std::optional<LearnerExample> learnerExample(const InteractionAnalysis &analysis, bool positive) {
    if (analysis.parts.isEmpty())
        return std::nullopt;
    return LearnerExample{
        analysis.learnerText, analysis.score.compound, analysis.score.language, positive, {}};
}

std::optional<double> interactionScore(const InteractionAnalysis &analysis, const Learner &learner) {
    // Each language has its base lexicon, so any buyer text has a score.
    if (analysis.parts.isEmpty())
        return std::nullopt;
    return learner.score(analysis.learnerText, analysis.score.compound, analysis.score.language);
}

std::optional<double> scoreInteraction(const SalesScorer &scorer, const InteractionText &text,
                                       const OurSide &ours) {
    const InteractionAnalysis analysis = analyseInteraction(scorer, text, ours);
    if (analysis.parts.isEmpty())
        return std::nullopt;
    return analysis.score.compound;
}

std::optional<SalesScore> scoreInteractionDetail(const SalesScorer &scorer, const InteractionText &text,
                                                 const OurSide &ours) {
    InteractionAnalysis analysis = analyseInteraction(scorer, text, ours);
    if (analysis.parts.isEmpty())
        return std::nullopt;
    return std::move(analysis.score);
}

QList<DrivingTerm> drivingTerms(const InteractionAnalysis &analysis, const Learner &learner) {
    QList<DrivingTerm> terms;
    for (const Term &term : analysis.score.terms) {
        const auto [field, at] = placeInField(analysis, term.position);
        terms.append({field, at, term.length, term.token, term.valence, false});
    }
    const Language language = analysis.score.language;
    if (!analysis.parts.isEmpty() && learner.adaptiveActive(language)) {
        const QList<Piece> pieces = learnerPieces(analysis);
        const QList<Word> words = textWords(analysis.learnerText);
        const auto toWhole = [&pieces](qsizetype learnerAt) {
            for (const Piece &piece : pieces) {
                if (learnerAt >= piece.learnerBegin && learnerAt <= piece.learnerBegin + piece.length)
                    return piece.wholeBegin + (learnerAt - piece.learnerBegin);
            }
            return learnerAt;
        };
        const double value = learnerFeatures(analysis.learnerText).value;
        const auto add = [&](const QString &name, qsizetype begin, qsizetype end) {
            const double weight = learner.weight(language, name);
            if (std::abs(weight) < kShownWeight)
                return;
            const qsizetype wholeBegin = toWhole(begin);
            const auto [field, at] = placeInField(analysis, wholeBegin);
            terms.append({field, at, toWhole(end) - wholeBegin, name, weight * value, true});
        };
        for (qsizetype i = 0; i < words.size(); ++i) {
            add(words[i].lower, words[i].begin, words[i].begin + words[i].length);
            if (i + 1 < words.size())
                add(words[i].lower + u' ' + words[i + 1].lower, words[i].begin,
                    words[i + 1].begin + words[i + 1].length);
        }
    }
    std::stable_sort(terms.begin(), terms.end(), [](const DrivingTerm &x, const DrivingTerm &y) {
        return std::pair(int(x.field), x.begin) < std::pair(int(y.field), y.begin);
    });
    return terms;
}

QList<DrivingTerm> drivingTerms(const InteractionText &text, const OurSide &ours, const Learner &learner) {
    const SalesScorer scorer;
    return drivingTerms(analyseInteraction(scorer, text, ours), learner);
}

OurSide ourSide(Database &db) {
    OurSide ours;
    ours.names = SentimentStore(db).ourNames();
    ours.domains = DirectoryStore(db).ourDomains();
    return ours;
}

RescoreSummary rescoreCache(Database &db, const Learner &learner, bool all, const RescoreProgress &progress,
                            int batchSize) {
    const bool scorerChanged = MetaStore(db).value(kRescoreAllKey) == QLatin1String("1");
    all = all || scorerChanged;
    SentimentStore store(db);
    const OurSide ours = ourSide(db);
    // The version is read before scoring: a version recorded meanwhile leaves the scores behind it.
    const qint64 version = LexiconStore(db).latestVersionId().value_or(0);
    const SalesScorer scorer;
    RescoreSummary summary;
    const int total = store.countTexts(all);
    int done = 0;
    if (progress && !progress(0, total)) {
        summary.cancelled = true;
        return summary;
    }
    qint64 afterId = 0;
    for (;;) {
        const QList<InteractionText> batch = store.texts(all, afterId, batchSize);
        if (batch.isEmpty())
            break;
        QList<SentimentUpdate> updates;
        updates.reserve(batch.size());
        for (const InteractionText &text : batch) {
            const std::optional<double> score =
                interactionScore(analyseInteraction(scorer, text, ours), learner);
            (score ? summary.scored : summary.unscored) += 1;
            updates.append({text.id, score});
        }
        summary.changed += store.writeScores(updates);
        afterId = batch.back().id;
        done += int(batch.size());
        if (progress && !progress(std::min(done, total), total)) {
            summary.cancelled = true;
            return summary;
        }
    }
    if (all)
        MetaStore(db).setValue(kScoredVersionKey, QString::number(version));
    if (scorerChanged)
        MetaStore(db).setValue(kRescoreAllKey, QStringLiteral("0"));
    return summary;
}

RescoreSummary rescoreCache(Database &db, bool all, int batchSize) {
    return rescoreCache(db, storedLearner(db), all, {}, batchSize);
}

qint64 scoredLexiconVersion(Database &db) {
    return MetaStore(db).value(kScoredVersionKey).value_or(QString()).toLongLong();
}

bool rescoreOutstanding(Database &db) {
    return LexiconStore(db).latestVersionId().value_or(0) > scoredLexiconVersion(db);
}

} // namespace dp::sentiment
