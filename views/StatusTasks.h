// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The status bar's progress bar with a Cancel button for the runner's long work (recomputing figures,
// rebuilding the cache, making the demo): every task started with a title shows here, the oldest first,
// while the window stays usable. Work without a title (page loads, the weekly snapshot) stays quiet.

#include "tasks/Task.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace dp {

class TaskRunner;

class StatusTasks final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusTasks)

public:
    explicit StatusTasks(TaskRunner &runner, QWidget *parent = nullptr);

    // A titled task is running (shown or waiting its turn).
    bool isRunning() const { return !m_tasks.isEmpty(); }
    // The task shown, or null.
    Task *current() const { return m_tasks.value(0); }
    // Cancels the task shown.
    void cancel();

signals:
    // A titled task ended: ok unless it was cancelled or its work threw.
    void finished(bool ok);

private:
    void track(Task *task);
    void showCurrent();
    void showProgress(int done, int total);

    QList<QPointer<Task>> m_tasks;
    QLabel *m_title;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace dp
