#include "analytics/sentiment/CacheRescorer.h"

#include "store/Database.h"
#include "store/DirectoryStore.h"

namespace dp::sentiment {

std::optional<double> scoreInteraction(const SalesScorer &scorer, const InteractionText &text,
                                       const OurSide &ours) {
    const std::optional<SalesScore> score = scoreInteractionDetail(scorer, text, ours);
    return score ? std::optional<double>(score->compound) : std::nullopt;
}

std::optional<SalesScore> scoreInteractionDetail(const SalesScorer &scorer, const InteractionText &text,
                                                 const OurSide &ours) {
    SalesScore score;
    if (!text.transcript.trimmed().isEmpty()) {
        QList<TextSpan> buyer;
        for (const Utterance &utterance : transcriptUtterances(text.transcript, ours)) {
            if (utterance.buyer)
                buyer.append(utterance.span);
        }
        if (buyer.isEmpty())
            return std::nullopt;
        score = scorer.score(text.transcript, buyer);
    } else {
        // The subject is a sentence of its own, then the part of the body its sender wrote.
        const QString whole = text.subject + QStringLiteral("\n\n") + text.bodyText;
        QList<TextSpan> parts{{0, text.subject.size()}};
        const qsizetype offset = scoredBodyOffset(text);
        for (const TextSpan &span : authoredEmailSpans(text.bodyText))
            parts.append({span.begin + offset, span.length});
        score = scorer.score(whole, parts);
    }
    if (score.language != Language::English)
        return std::nullopt;
    return score;
}

RescoreSummary rescoreCache(Database &db, bool all, int batchSize) {
    SentimentStore store(db);
    OurSide ours;
    ours.names = store.ourNames();
    ours.domains = DirectoryStore(db).ourDomains();
    const SalesScorer scorer;
    RescoreSummary summary;
    qint64 afterId = 0;
    for (;;) {
        const QList<InteractionText> batch = store.texts(all, afterId, batchSize);
        if (batch.isEmpty())
            break;
        QList<SentimentUpdate> updates;
        updates.reserve(batch.size());
        for (const InteractionText &text : batch) {
            const std::optional<double> score = scoreInteraction(scorer, text, ours);
            (score ? summary.scored : summary.unscored) += 1;
            updates.append({text.id, score});
        }
        store.writeScores(updates);
        afterId = batch.back().id;
    }
    return summary;
}

} // namespace dp::sentiment
