// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a command returns: its value, or the sentence that says why it failed. Commands catch what the
// store throws, so a slot that calls them never lets an exception out (that would end the app).

#include "tasks/FailureText.h"

#include <QString>
#include <exception>
#include <optional>
#include <utility>

namespace dp {

template <typename T> struct Outcome {
    std::optional<T> value; // empty on failure
    QString error;

    bool ok() const { return value.has_value(); }

    static Outcome failed(QString why) { return Outcome{std::nullopt, std::move(why)}; }
};

// Runs `work`, turning whatever it throws into the outcome's error.
template <typename T, typename Work> Outcome<T> attempt(Work &&work) {
    try {
        return Outcome<T>{std::optional<T>(work()), QString()};
    } catch (const std::exception &error) {
        return Outcome<T>::failed(failureText(error));
    } catch (...) {
        return Outcome<T>::failed(unknownFailureText());
    }
}

} // namespace dp
