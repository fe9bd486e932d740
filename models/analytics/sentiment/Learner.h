// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Learns from ratings (+1/-1 on an interaction) a correction over the sales scorer, per language: a
// logistic model z = a·c + b + Σ w_f·φ_f over the scorer's compound c and the text's unigrams and bigrams
// (φ = 1/sqrt(|F|)). It starts at a = 3 for both languages (Romanian is scored by its own base lexicon),
// b = 0, w = 0, where its decisions are exactly the scorer's; learn() takes one AdaGrad step per rating,
// refit() recomputes the model from all stored ratings with an L2 pull toward that start, deterministically,
// so that refitting after a rating is deleted gives back exactly the model from before it was added. A guard
// keeps the scorer's own decision until the model beats it on the most recent ratings.

#include "analytics/sentiment/LanguageDetector.h"
#include "analytics/sentiment/LearnerFeatures.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <deque>

namespace dp::sentiment {

struct LearnerOptions {
    double startSlope = 3.0; // the start a: the scorer's decisions, moderately confident
    // Tuned once for all four VADER ground-truth sets with bench_prequential (shuffled, several seeds):
    // a larger step adapts faster without hurting the tweets, and a longer guard window makes the switch
    // to the model on more evidence, so that it flips less on noise. 0.3 / 100 gave NYT +4.5 points.
    double learningRate = 0.5; // AdaGrad's base step
    double l2 = 1.0;           // the pull toward the start in refit()
    int refitIterations = 300;
    int guardWindow = 400; // the most recent ratings the guard compares on
};

// One rating as the learner sees it.
struct LearnerExample {
    QString text;
    double compound = 0.0; // the sales scorer's compound of the text
    Language language = Language::English;
    bool positive = true;
    // Terms this rating no longer teaches (they were reset after it): their weights ignore it.
    QStringList forgotten;
};

class Learner final {
public:
    explicit Learner(const LearnerOptions &options = {});

    // The model's decision value z; positive means a positive text.
    double decision(QStringView text, double compound, Language language) const;
    // tanh(z/2) = 2σ(z) - 1, in [-1, 1]: the model's score on the compound's scale.
    double adaptiveScore(QStringView text, double compound, Language language) const;
    // What the app shows: the adaptive score while the guard allows it, else the scorer's compound.
    double score(QStringView text, double compound, Language language) const;
    bool adaptiveActive(Language language) const;

    // One rating, online: first scored for the guard, as a prediction made before the label was known,
    // then learned.
    void learn(const LearnerExample &example);
    // The model from scratch: the guard replays the ratings in the given order (oldest first), and the
    // weights are the minimum of the regularised log loss over all of them.
    void refit(const QList<LearnerExample> &examples);

    double slope(Language language) const { return model(language).a; }
    double bias(Language language) const { return model(language).b; }
    double weight(Language language, const QString &feature) const {
        return model(language).w.value(feature);
    }
    const QHash<QString, double> &weights(Language language) const { return model(language).w; }

private:
    struct Model {
        double a = 0.0;
        double b = 0.0;
        QHash<QString, double> w;
        // AdaGrad's sums of squared gradients.
        double ga = 0.0;
        double gb = 0.0;
        QHash<QString, double> gw;
        // The guard: for the recent ratings, whether the model and the scorer were right.
        std::deque<std::pair<bool, bool>> recent;
        int modelRight = 0;
        int scorerRight = 0;
    };

    Model &model(Language language) { return m_models[std::size_t(language)]; }
    const Model &model(Language language) const { return m_models[std::size_t(language)]; }
    double startSlope(Language language) const;
    double decision(const Model &model, const LearnerFeatures &features, double compound) const;
    static LearnerFeatures taught(const LearnerExample &example);
    void recordGuard(Model &model, bool modelRight, bool scorerRight) const;
    void step(Model &model, const LearnerFeatures &features, double compound, bool positive) const;
    void reset(Language language);

    LearnerOptions m_options;
    std::array<Model, 2> m_models;
};

} // namespace dp::sentiment
