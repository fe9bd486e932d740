// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/VaderValence.h"

#include <algorithm>
#include <cmath>

namespace dp::sentiment {

double normalize(double score, double alpha) {
    const double normalized = score / std::sqrt(score * score + alpha);
    return std::clamp(normalized, -1.0, 1.0);
}

double punctuationEmphasis(QStringView text) {
    qsizetype exclamations = 0;
    qsizetype questions = 0;
    for (const QChar c : text) {
        exclamations += c == u'!';
        questions += c == u'?';
    }
    const double exclamation =
        double(std::min<qsizetype>(exclamations, vader::kMaxExclamations)) * vader::kExclamationIncrement;
    double question = 0.0;
    if (questions > 1)
        question = questions <= 3 ? double(questions) * vader::kQuestionIncrement : vader::kQuestionCap;
    return exclamation + question;
}

VaderScores scoreValences(std::span<const double> sentiments, double punctuationEmphasis) {
    if (sentiments.empty())
        return {};

    // Summed left to right like Python's sum(), so the result is bit-identical to the reference's.
    double sum = 0.0;
    for (const double s : sentiments)
        sum += s;
    if (sum > 0)
        sum += punctuationEmphasis;
    else if (sum < 0)
        sum -= punctuationEmphasis;

    // Each sentiment-bearing word also counts as one plain word, so it weighs against the neutral ones.
    double posSum = 0.0;
    double negSum = 0.0;
    int neutral = 0;
    for (const double s : sentiments) {
        if (s > 0)
            posSum += s + 1;
        if (s < 0)
            negSum += s - 1;
        if (s == 0)
            ++neutral;
    }
    if (posSum > std::fabs(negSum))
        posSum += punctuationEmphasis;
    else if (posSum < std::fabs(negSum))
        negSum -= punctuationEmphasis;

    const double total = posSum + std::fabs(negSum) + neutral;
    VaderScores scores;
    scores.neg = std::fabs(negSum / total);
    scores.neu = std::fabs(neutral / total);
    scores.pos = std::fabs(posSum / total);
    scores.compound = normalize(sum);
    return scores;
}

} // namespace dp::sentiment
