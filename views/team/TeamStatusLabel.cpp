// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/TeamStatusLabel.h"

#include "team/TeamSyncRunner.h"

namespace dp {

TeamStatusLabel::TeamStatusLabel(team::TeamSyncRunner &runner, QWidget *parent)
    : QLabel(parent)
    , m_runner(runner) {
    setObjectName(QStringLiteral("teamSyncStatus"));
    connect(&m_runner, &team::TeamSyncRunner::statusChanged, this, &TeamStatusLabel::update);
    update();
}

void TeamStatusLabel::update() {
    using State = team::TeamSyncRunner::State;
    const qint64 unsent = m_runner.unsent();
    switch (m_runner.state()) {
    case State::NotConfigured:
        setVisible(false);
        setText({});
        setToolTip({});
        return;
    case State::Counting:
        setText(tr("Team: …"));
        setToolTip({});
        break;
    case State::Unsent:
        setText(tr("Team: %n unsent", nullptr, int(unsent)));
        setToolTip(tr("Changes not yet sent to the team server; they go with the next team sync."));
        break;
    case State::UpToDate:
        setText(tr("Team: up to date"));
        setToolTip(m_runner.snapshotsKept()
                       ? tr("Everything you can share is on the team server; your snapshots stay on this "
                            "desktop, since only managers share snapshots.")
                       : tr("Everything is shared with the team server."));
        break;
    case State::Offline:
        setText(unsent > 0 ? tr("Team: offline, %n unsent", nullptr, int(unsent)) : tr("Team: offline"));
        setToolTip(m_runner.error());
        break;
    }
    setAccessibleName(text());
    setVisible(true);
}

} // namespace dp
