// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Last sync": when the last sync ended and how, how many records it wrote in how long, the deals it
// turned dark, and its warnings (objects skipped, transcripts unavailable, unreadable values) listed.

#include "items/AlertNotice.h" // SyncSummary

#include <QDialog>
#include <QTimeZone>

namespace dp {

class LastSyncDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastSyncDialog)

public:
    LastSyncDialog(const SyncSummary &summary, const QTimeZone &zone, QWidget *parent = nullptr);
};

} // namespace dp
