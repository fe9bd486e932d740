// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sentence a user reads when work failed with an exception rather than a reported error: caught at the
// edge of a worker or a GUI slot, so nothing thrown ever reaches Qt's event loop or ends a thread (either
// would terminate the app).

#include <QLoggingCategory>
#include <QString>
#include <exception>

namespace dp {

Q_DECLARE_LOGGING_CATEGORY(lcTasks)

// StoreError's own message; for running out of memory, a sentence that says so; otherwise what() with a
// lead-in, since a bare what() rarely means anything to a sales manager.
QString failureText(const std::exception &error);
// For a catch (...): something was thrown that is not even a std::exception.
QString unknownFailureText();

} // namespace dp
