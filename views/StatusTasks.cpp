// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusTasks.h"

#include "items/Background.h"
#include "tasks/FailureText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace dp {

// Shared with the worker, so a window closed mid-task leaves the worker writing into live memory.
struct StatusTasks::State {
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelled{false};
};

StatusTasks::StatusTasks(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("statusTasks"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Progress"));
    m_cancel->setObjectName(QStringLiteral("cancelTask"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running task"));
    connect(m_cancel, &QToolButton::clicked, this, &StatusTasks::cancel);
    connect(m_timer, &QTimer::timeout, this, &StatusTasks::poll);
    hide();
}

StatusTasks::~StatusTasks() {
    cancel();
}

bool StatusTasks::start(const QString &title, Work work, Done done) {
    if (m_state)
        return false;
    auto state = std::make_shared<State>();
    m_state = state;
    m_title->setText(title);
    m_bar->setRange(0, 0);
    show();
    m_timer->start(100);
    runInBackground<TaskResult>(
        this,
        [state, work = std::move(work)] {
            try {
                return work(ProgressReport(state->done, state->total, state->cancelled));
            } catch (const std::exception &error) {
                return TaskResult{false, failureText(error)};
            } catch (...) {
                return TaskResult{false, unknownFailureText()};
            }
        },
        [this, state, done = std::move(done)](TaskResult result) {
            m_timer->stop();
            m_state.reset();
            hide();
            const bool cancelled = state->cancelled;
            if (done)
                done(result, cancelled);
            emit finished(result.ok && !cancelled);
        });
    return true;
}

void StatusTasks::cancel() {
    if (m_state)
        m_state->cancelled = true;
}

void StatusTasks::poll() {
    if (!m_state)
        return;
    const int total = m_state->total;
    m_bar->setRange(0, total > 0 ? total : 0);
    if (total > 0)
        m_bar->setValue(m_state->done);
}

} // namespace dp
