// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusTasks.h"

#include "tasks/TaskRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace dp {

StatusTasks::StatusTasks(TaskRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this)) {
    setObjectName(QStringLiteral("statusTasks"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_title->setTextFormat(Qt::PlainText);
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Progress"));
    m_cancel->setObjectName(QStringLiteral("cancelTask"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running task"));
    connect(m_cancel, &QToolButton::clicked, this, &StatusTasks::cancel);
    connect(&runner, &TaskRunner::started, this, &StatusTasks::track);
    hide();
}

void StatusTasks::track(Task *task) {
    if (task->title().isEmpty())
        return;
    m_tasks.append(task);
    connect(task, &Task::progressed, this, [this, task](int done, int total) {
        if (current() == task)
            showProgress(done, total);
    });
    connect(task, &Task::finished, this, [this, task](bool cancelled) {
        const bool ok = !cancelled && task->failure().isEmpty();
        m_tasks.removeAll(task);
        showCurrent();
        emit finished(ok);
    });
    if (m_tasks.size() == 1)
        showCurrent();
}

void StatusTasks::showCurrent() {
    m_tasks.removeAll(nullptr);
    Task *task = current();
    if (!task) {
        hide();
        return;
    }
    m_title->setText(task->title());
    showProgress(task->done(), task->total());
    show();
}

void StatusTasks::showProgress(int done, int total) {
    m_bar->setRange(0, total > 0 ? total : 0); // no total yet: a busy bar
    if (total > 0)
        m_bar->setValue(done);
}

void StatusTasks::cancel() {
    if (Task *task = current())
        task->cancel();
}

} // namespace dp
