// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The demo's own random numbers (xoshiro256** seeded through splitmix64) and the mappings to integers and
// reals. std::*_distribution and QRandomGenerator differ between library versions, and the demo cache must
// be the same for the same seed everywhere, so nothing here comes from the standard library's random tools.

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <span>

namespace dp::demo {

inline quint64 splitmix64(quint64 &state) {
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Rng final {
public:
    explicit Rng(quint64 seed) {
        for (quint64 &word : m_state)
            word = splitmix64(seed);
    }

    // An independent stream per purpose and index, so a deal's story never depends on how many numbers
    // another deal consumed.
    static Rng stream(quint64 seed, quint64 purpose, quint64 index = 0) {
        quint64 mix = seed ^ (purpose * 0xD1B54A32D192ED03ULL);
        const quint64 a = splitmix64(mix);
        mix ^= index * 0xA0761D6478BD642FULL;
        return Rng(a ^ splitmix64(mix));
    }

    quint64 next() {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // [0, n) by the multiply-shift mapping; the bias for our small n is far below anything visible.
    int below(int n) {
        if (n <= 1)
            return 0;
        return int((static_cast<unsigned __int128>(next()) * quint64(n)) >> 64);
    }
    // [lo, hi], both included.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    qint64 between64(qint64 lo, qint64 hi) {
        if (hi <= lo)
            return lo;
        return lo + qint64((static_cast<unsigned __int128>(next()) * quint64(hi - lo + 1)) >> 64);
    }
    // [0, 1) with 53 random bits.
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * real(); }
    bool chance(double p) { return real() < p; }

    template <typename T> const T &pick(std::span<const T> items) {
        return items[std::size_t(below(int(items.size())))];
    }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items) {
        return items[std::size_t(below(int(N)))];
    }

    // An index drawn with the given relative weights.
    int weighted(std::span<const int> weights) {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (roll < weights[i])
                return int(i);
            roll -= weights[i];
        }
        return int(weights.size()) - 1;
    }

    // A value from a distribution given by quantile points (x at cumulative 0, 1/(n-1), ..., 1), linearly
    // interpolated: long tails without exp/log, whose last bits differ between C libraries.
    double quantile(std::span<const double> points) {
        const double u = real() * double(points.size() - 1);
        const auto i = std::size_t(u);
        const double f = u - double(i);
        return points[i] + (points[i + 1] - points[i]) * f;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_state{};
};

} // namespace dp::demo
