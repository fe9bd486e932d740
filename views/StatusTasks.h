// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The status bar's progress bar with a Cancel button: runs long work (recomputing figures, and the sync
// when it plugs in) on a worker thread while the window stays usable. One task at a time.

#include "items/TaskProgress.h"

#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;
class QTimer;

namespace dp {

class StatusTasks final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusTasks)

public:
    using Work = std::function<TaskResult(const ProgressReport &)>;
    using Done = std::function<void(const TaskResult &, bool cancelled)>;

    explicit StatusTasks(QWidget *parent = nullptr);
    ~StatusTasks() override;

    // False (and nothing runs) while another task is running.
    bool start(const QString &title, Work work, Done done);
    bool isRunning() const { return m_state != nullptr; }
    void cancel();

signals:
    void finished(bool ok);

private:
    struct State;
    void poll();

    QLabel *m_title;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QTimer *m_timer;
    std::shared_ptr<State> m_state;
};

} // namespace dp
