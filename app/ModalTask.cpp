// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModalTask.h"

#include "tasks/TaskRunner.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <optional>

namespace dp {

bool runWithProgress(TaskRunner &runner, const QString &title,
                     std::function<TaskResult(TaskControl &)> work) {
    QProgressDialog dialog(title, QObject::tr("Cancel"), 0, 0);
    dialog.setWindowTitle(QObject::tr("Dealpulse"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    std::optional<TaskResult> result;
    Task *task = runner.run<TaskResult>(&dialog, title, std::move(work),
                                        [&result](TaskResult outcome) { result = std::move(outcome); });
    QObject::connect(task, &Task::progressed, &dialog, [&dialog](int done, int total) {
        dialog.setMaximum(total);
        dialog.setValue(done);
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, task, &Task::cancel);
    bool cancelled = false;
    QEventLoop loop; // the launcher goes on once the work ended, as it would after a modal dialog
    QObject::connect(task, &Task::finished, &loop, [&loop, &cancelled, &result, task](bool wasCancelled) {
        cancelled = wasCancelled;
        if (!result)
            result = TaskResult{false, task->failure()};
        loop.quit();
    });
    loop.exec();
    dialog.hide();

    if (!result->ok && !result->error.isEmpty()) {
        // Plain text: errors quote what SQLite or a file said, which is not markup.
        QMessageBox box(QMessageBox::Critical, QObject::tr("Dealpulse"), result->error, QMessageBox::Ok);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    return result->ok && !cancelled;
}

} // namespace dp
