// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/Learner.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace dp::sentiment {
namespace {

double sigmoid(double z) {
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

// AdaGrad's step for one parameter; the first step of a parameter is learningRate·sign(gradient).
void adagrad(double &value, double &sumSquares, double gradient, double learningRate) {
    if (gradient == 0.0)
        return;
    sumSquares += gradient * gradient;
    value -= learningRate * gradient / std::sqrt(sumSquares);
}

} // namespace

Learner::Learner(const LearnerOptions &options)
    : m_options(options) {
    reset(Language::English);
    reset(Language::Romanian);
}

double Learner::startSlope(Language language) const {
    // Each language has its base lexicon, so both start from the scorer's own decisions.
    Q_UNUSED(language)
    return m_options.startSlope;
}

void Learner::reset(Language language) {
    model(language) = Model{};
    model(language).a = startSlope(language);
}

double Learner::decision(const Model &m, const LearnerFeatures &features, double compound) const {
    double sum = 0.0;
    for (const QString &name : features.names)
        sum += m.w.value(name);
    return m.a * compound + m.b + sum * features.value;
}

double Learner::decision(QStringView text, double compound, Language language) const {
    return decision(model(language), learnerFeatures(text), compound);
}

double Learner::adaptiveScore(QStringView text, double compound, Language language) const {
    return std::tanh(decision(text, compound, language) / 2.0);
}

bool Learner::adaptiveActive(Language language) const {
    const Model &m = model(language);
    return m.modelRight > m.scorerRight;
}

double Learner::score(QStringView text, double compound, Language language) const {
    return adaptiveActive(language) ? adaptiveScore(text, compound, language) : compound;
}

void Learner::recordGuard(Model &m, bool modelRight, bool scorerRight) const {
    m.recent.emplace_back(modelRight, scorerRight);
    m.modelRight += modelRight;
    m.scorerRight += scorerRight;
    while (int(m.recent.size()) > m_options.guardWindow) {
        m.modelRight -= m.recent.front().first;
        m.scorerRight -= m.recent.front().second;
        m.recent.pop_front();
    }
}

void Learner::step(Model &m, const LearnerFeatures &features, double compound, bool positive) const {
    const double g = sigmoid(decision(m, features, compound)) - (positive ? 1.0 : 0.0);
    const double rate = m_options.learningRate;
    adagrad(m.a, m.ga, g * compound, rate);
    adagrad(m.b, m.gb, g, rate);
    for (const QString &name : features.names)
        adagrad(m.w[name], m.gw[name], g * features.value, rate);
}

LearnerFeatures Learner::taught(const LearnerExample &example) {
    LearnerFeatures features = learnerFeatures(example.text);
    // φ stays that of the whole text, so forgetting a term leaves the other terms' evidence as it was.
    for (const QString &term : example.forgotten)
        features.names.removeOne(term);
    return features;
}

void Learner::learn(const LearnerExample &example) {
    Model &m = model(example.language);
    const LearnerFeatures features = taught(example);
    // A zero counts as positive for both, as in VADER's published accuracy figures.
    const bool modelSaysPositive = decision(m, features, example.compound) >= 0;
    const bool scorerSaysPositive = example.compound >= 0;
    recordGuard(m, modelSaysPositive == example.positive, scorerSaysPositive == example.positive);
    step(m, features, example.compound, example.positive);
}

void Learner::refit(const QList<LearnerExample> &examples) {
    reset(Language::English);
    reset(Language::Romanian);
    for (const LearnerExample &example : examples)
        learn(example); // for the guard's record only; the weights are recomputed below

    for (const Language language : {Language::English, Language::Romanian}) {
        struct Row {
            std::vector<int> features;
            double value = 0.0;
            double compound = 0.0;
            double label = 0.0;
        };
        // Everything is laid out in a fixed order (ratings as given, features sorted) and summed in it,
        // so the same ratings always give bit-identical weights.
        QList<LearnerFeatures> extracted;
        QStringList vocabulary;
        for (const LearnerExample &example : examples) {
            if (example.language != language)
                continue;
            extracted.append(taught(example));
            vocabulary.append(extracted.back().names);
        }
        std::sort(vocabulary.begin(), vocabulary.end());
        vocabulary.erase(std::unique(vocabulary.begin(), vocabulary.end()), vocabulary.end());
        std::vector<Row> rows;
        qsizetype e = 0;
        for (const LearnerExample &example : examples) {
            if (example.language != language)
                continue;
            Row row{{}, extracted[e].value, example.compound, example.positive ? 1.0 : 0.0};
            for (const QString &name : std::as_const(extracted[e].names))
                row.features.push_back(int(std::lower_bound(vocabulary.cbegin(), vocabulary.cend(), name) -
                                           vocabulary.cbegin()));
            rows.push_back(std::move(row));
            ++e;
        }

        const double a0 = startSlope(language);
        double a = a0, b = 0.0, ga = 0.0, gb = 0.0;
        std::vector<double> w(std::size_t(vocabulary.size()), 0.0);
        std::vector<double> gw(w.size(), 0.0);
        std::vector<double> gradW(w.size(), 0.0);
        const double l2 = m_options.l2;
        for (int iteration = 0; iteration < m_options.refitIterations && !rows.empty(); ++iteration) {
            double gradA = l2 * (a - a0);
            double gradB = l2 * b;
            for (std::size_t k = 0; k < w.size(); ++k)
                gradW[k] = l2 * w[k];
            for (const Row &row : rows) {
                double z = a * row.compound + b;
                double sum = 0.0;
                for (const int f : row.features)
                    sum += w[std::size_t(f)];
                z += sum * row.value;
                const double g = sigmoid(z) - row.label;
                gradA += g * row.compound;
                gradB += g;
                for (const int f : row.features)
                    gradW[std::size_t(f)] += g * row.value;
            }
            adagrad(a, ga, gradA, m_options.learningRate);
            adagrad(b, gb, gradB, m_options.learningRate);
            for (std::size_t k = 0; k < w.size(); ++k)
                adagrad(w[k], gw[k], gradW[k], m_options.learningRate);
        }
        Model &m = model(language);
        m.a = a;
        m.b = b;
        m.ga = ga;
        m.gb = gb;
        m.w.clear();
        m.gw.clear();
        for (qsizetype k = 0; k < vocabulary.size(); ++k) {
            m.w.insert(vocabulary[k], w[std::size_t(k)]);
            m.gw.insert(vocabulary[k], gw[std::size_t(k)]);
        }
    }
}

} // namespace dp::sentiment
