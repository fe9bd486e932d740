// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/FailureText.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <new>

namespace dp {

Q_LOGGING_CATEGORY(lcTasks, "dealpulse.tasks")

QString failureText(const std::exception &error) {
    if (const auto *store = dynamic_cast<const StoreError *>(&error))
        return store->message();
    if (dynamic_cast<const std::bad_alloc *>(&error))
        return QCoreApplication::translate("FailureText",
                                           "Dealpulse ran out of memory; the work was stopped.");
    return QCoreApplication::translate("FailureText", "Unexpected error: %1")
        .arg(QString::fromLocal8Bit(error.what()));
}

QString unknownFailureText() {
    return QCoreApplication::translate("FailureText", "Unexpected error of an unknown kind.");
}

} // namespace dp
