// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Thrown when the team server cannot be reached, refuses a request or answers something unexpected. The
// message is one sentence for the user (the server's own words when it gave a reason).

#include <QString>
#include <stdexcept>

namespace dp::team {

class TeamError : public std::runtime_error {
public:
    explicit TeamError(const QString &message)
        : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromUtf8(what()); }
};

} // namespace dp::team
