// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a view tells the user that something they asked for failed. The box does not block: the slot that
// reports returns at once and the window stays usable (and a test finds the box among the view's children
// instead of waiting on a human). The message is plain text, since it quotes what SQLite, a file or the CRM
// said.

#include <QString>
#include <functional>

class QMessageBox;
class QWidget;

namespace dp {

QMessageBox *showError(QWidget *parent, const QString &title, const QString &message);

// For a GUI entry point (a slot, a button): runs `work` and shows whatever it throws, since an exception
// that leaves a slot ends the app. False when something was thrown.
bool guarded(QWidget *parent, const QString &title, const std::function<void()> &work);

} // namespace dp
