// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The status bar's team indicator: unsent changes, up to date, or offline with the reason as its tooltip.
// Hidden while no team server is set. Shows what TeamSyncRunner knows; decides nothing.

#include <QLabel>

namespace dp {

namespace team {
class TeamSyncRunner;
}

class TeamStatusLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamStatusLabel)

public:
    explicit TeamStatusLabel(team::TeamSyncRunner &runner, QWidget *parent = nullptr);

private:
    void update();
    team::TeamSyncRunner &m_runner;
};

} // namespace dp
