// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Now" is injected everywhere so that every computation and every test is deterministic.

#include <QtGlobal>

namespace dp {

// UTC milliseconds since the Unix epoch: the one representation of an instant in the cache.
using Millis = qint64;

inline constexpr Millis kMillisPerDay = 24LL * 60 * 60 * 1000;

class Clock {
public:
    virtual ~Clock() = default;
    virtual Millis now() const = 0;
};

class SystemClock final : public Clock {
public:
    Millis now() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(Millis at)
        : m_at(at) {}
    Millis now() const override { return m_at; }
    void set(Millis at) { m_at = at; }
    void advance(Millis by) { m_at += by; }

private:
    Millis m_at;
};

} // namespace dp
